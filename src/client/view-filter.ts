/**
 * The view filter: ?show=all|lines|sourced|unsourced|opinion|none. The choice is read from the address, and
 * choosing another rewrites the address without reloading, so that the view can be shared.
 */
const article = document.querySelector<HTMLElement>('.article');
// The views are the page's own choices (ReaderTools.astro writes one link for each), so the script
// carries no list of kinds of its own, nor the module that holds it.
const VIEWS = [...document.querySelectorAll<HTMLAnchorElement>('.view-choices a')].map((link) => link.dataset.show);

function apply(view: string): void {
  if (!article) return;
  const shown = VIEWS.includes(view) ? view : 'all';
  // The page is in the default view as it loads: marking it so would make the browser restyle every claim.
  if ((article.dataset.show ?? 'all') === shown) return markChoice(shown);
  article.dataset.show = shown;
  markChoice(shown);
  // Notes appear or go with the view: the margin must be laid out again.
  document.dispatchEvent(new Event('annotated:viewchange'));
}

function markChoice(shown: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.view-choices a')) {
    if (link.dataset.show === shown) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

apply(new URLSearchParams(location.search).get('show') ?? 'all');
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="?show="]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const view = new URL(link.href).searchParams.get('show') ?? 'all';
  const url = new URL(location.href);
  url.searchParams.set('show', view);
  url.hash = '';
  history.replaceState(null, '', url);
  apply(view);
});
