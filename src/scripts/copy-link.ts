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
    await navigator.clipboard.writeText(new URL(`claims/${encodeURIComponent(note.dataset.claim ?? '')}/`, location.href).href);
    button.textContent = 'Link copied';
  });
  link.after(button);
}

/** The button comes with the note's first opening, so a closed note carries none. */
export function copyLinksInOpenedNotes(): void {
  // `toggle` does not bubble; listening in the capture phase hears every note.
  document.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.open && event.target.matches('.note')) addCopyButton(event.target);
    },
    true,
  );
}
