import type { ClaimHit } from './claim-hits.ts';
import { claimItem, handleResultKeys } from './render-results.ts';
import { loadPagefind, preloadClaims, searchClaims } from './pagefind-client.ts';
import { wordsInText } from './words-in-text.ts';

const DEBOUNCE_MS = 120;
const SHOWN = 6;

const claimsMatch = (n: number, query: string, complete: boolean) => {
  if (n > 0) return `${complete ? '' : 'At least '}${n} ${n === 1 ? 'claim matches' : 'claims match'} “${query}”.`;
  return complete ? `No claim matches “${query}”.` : `No claim among the best matches holds every word of “${query}”.`;
};

/**
 * The search box in every page's header. Without JavaScript it is a plain form to /search/?q=…;
 * with it, the first results appear under the box as the reader types.
 */
class SiteSearch extends HTMLElement {
  #latest = 0;
  #timer = 0;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const panel = this.querySelector<HTMLElement>('.search-panel')!;
    const list = panel.querySelector<HTMLOListElement>('ol')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const more = panel.querySelector<HTMLAnchorElement>('.search-all')!;
    const texts = panel.querySelector<HTMLAnchorElement>('.search-in-text')!;

    const close = () => {
      panel.hidden = true;
    };
    const clear = () => {
      input.value = '';
      list.replaceChildren();
      status.textContent = '';
      close();
    };

    const run = async () => {
      const id = ++this.#latest;
      const query = input.value.trim();
      if (!query) return clear();
      const found = await searchClaims({ query, kind: null, record: null, article: null });
      if (id !== this.#latest || !found) return; // a newer search has started: this answer is stale
      const all = `${import.meta.env.BASE_URL}search/?q=${encodeURIComponent(query)}`;
      more.href = all;
      texts.hidden = found.texts.length === 0;
      texts.href = all;
      texts.textContent = wordsInText(found.texts.length);
      // Shown as each record is read, until there are SHOWN.
      const shown: ClaimHit[] = [];
      let batch: ClaimHit[];
      do {
        batch = await found.next(SHOWN - shown.length);
        shown.push(...batch);
        if (id !== this.#latest) return;
        // A reader arrowing through the results keeps their place when a later answer redraws them:
        // the same result, if it is still listed, or else the box.
        const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).getAttribute('href') : null;
        list.replaceChildren(...shown.map((hit) => claimItem(hit, query)));
        if (focused !== null) ([...list.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.getAttribute('href') === focused) ?? input).focus();
        more.hidden = shown.length === 0;
        panel.hidden = false;
      } while (batch.length > 0 && shown.length < SHOWN && found.hasMore());
      // Counted once the results are on screen: the count says how many claims match, and only claims
      // (the articles' own text is counted apart).
      const counts = await found.count();
      if (id !== this.#latest) return;
      status.textContent = claimsMatch(counts.claims, query, counts.complete) + (found.texts.length > 0 ? ` ${wordsInText(found.texts.length)}.` : '');
    };

    input.addEventListener('focus', () => void loadPagefind(), { once: true });
    input.addEventListener('input', () => {
      preloadClaims(input.value);
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(run, DEBOUNCE_MS);
    });
    this.addEventListener('keydown', (event) => handleResultKeys(event, input, list, clear));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) close();
    });
  }
}

customElements.define('site-search', SiteSearch);
