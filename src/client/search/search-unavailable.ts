/**
 * What both search boxes say, in their status line (a live region, so a screen reader hears it), when
 * the search cannot load: Pagefind's code or index refused (a server that cannot read them answers
 * 403), missing (404) or out of reach (offline). Said plainly, because an empty list would look like a
 * search that found nothing or is still under way; the articles themselves need no search.
 */
export const SEARCH_UNAVAILABLE = 'Search is unavailable just now: its index could not be loaded. Every claim can still be read on the article pages.';
