/**
 * <site-search>, the search box in every page's header. Without JavaScript it is a plain form to
 * /search/?q=…; with it, the first results appear under the box as the reader types. The code that
 * does that (and Pagefind) loads only when the reader turns to the box — a pointer over it or the
 * focus in it — so a reader who never searches never fetches it.
 */
class SiteSearch extends HTMLElement {
  #started?: Promise<void>;

  connectedCallback(): void {
    const start = () => {
      this.#started ??= import('./header-search.ts').then(({ startHeaderSearch }) => startHeaderSearch(this));
    };
    this.addEventListener('pointerenter', start, { once: true });
    this.addEventListener('focusin', start, { once: true });
  }
}

customElements.define('site-search', SiteSearch);
