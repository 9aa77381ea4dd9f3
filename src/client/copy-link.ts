/**
 * Gives an opened note a button that copies the claim's share link (`claims/<id>/`, beside the
 * article): a page that previews the claim in chat apps and lands on it, words highlighted.
 */
function addCopyButton(note: HTMLDetailsElement): void {
  const link = note.querySelector<HTMLAnchorElement>('.note-quote > a');
  if (!link || !navigator.clipboard || note.querySelector('.copy-link')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = 'Copy link';
  button.addEventListener('click', async () => {
    // Beside the article's folder, whether the page was reached with its trailing slash or without.
    const article = new URL(location.pathname.replace(/\/?$/, '/'), location.origin);
    await navigator.clipboard.writeText(new URL(`claims/${encodeURIComponent(note.dataset.claim ?? '')}/`, article).href);
    button.textContent = 'Link copied';
  });
  link.after(button);
}

/**
 * The button comes with the note's first opening, so a closed note carries none. It comes as the
 * `open` attribute changes, before the margin places the note (note-placement.ts), which must measure
 * the note with it; `toggle` would come a task later.
 */
export function copyLinksInOpenedNotes(): void {
  new MutationObserver((changes) => {
    for (const { target } of changes) if (target instanceof HTMLDetailsElement && target.open && target.matches('.note')) addCopyButton(target);
  }).observe(document.documentElement, { attributeFilter: ['open'], subtree: true });
}
