import type { ClaimHit } from './claim-hits.ts';
import { claimItem, handleResultKeys } from './render-results.ts';
import { loadPagefind, searchClaims } from './pagefind-client.ts';
import { COUNT_AFTER_TYPING_MS, pause, searchAsTyped } from './search-as-typed.ts';
import { SEARCH_UNAVAILABLE } from './search-unavailable.ts';
import { nothingHolds, wordsInText } from './words-in-text.ts';

const SHOWN = 6;

const claimsMatch = (n: number, query: string, complete: boolean) => {
  if (n > 0) return `${complete ? '' : 'At least '}${n} ${n === 1 ? 'claim matches' : 'claims match'} “${query}”.`;
  return complete ? `No claim matches “${query}”.` : `No claim among the best matches holds every word of “${query}”.`;
};

/**
 * The header's search box at work: the first results appear under the box as the reader types.
 * Loaded only once the reader turns to the box (site-search-element.ts), with whatever they have
 * typed meanwhile.
 */
export function startHeaderSearch(box: HTMLElement): void {
  let latest = 0;
  const input = box.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = box.querySelector<HTMLElement>('.search-panel')!;
  const list = panel.querySelector<HTMLOListElement>('ol')!;
  const status = box.querySelector<HTMLElement>('[role="status"]')!;
  const more = panel.querySelector<HTMLAnchorElement>('.search-all')!;
  const texts = panel.querySelector<HTMLAnchorElement>('.search-in-text')!;
  const none = panel.querySelector<HTMLElement>('.search-none')!;

  // The status line is heard, not seen; that the search cannot load is shown as well, under the box,
  // where the results would be.
  const statusShown = (shown: boolean) => {
    status.classList.toggle('visually-hidden', !shown);
    status.classList.toggle('search-panel', shown);
  };
  const close = () => {
    panel.hidden = true;
    statusShown(false);
  };
  const clear = () => {
    input.value = '';
    list.replaceChildren();
    status.textContent = '';
    close();
  };

  const run = async () => {
    const id = ++latest;
    const query = input.value.trim();
    if (!query) return clear();
    const found = await searchClaims({ query, kind: null, record: null, article: null });
    if (id !== latest || !found) return; // a newer search has started: this answer is stale
    none.hidden = true;
    statusShown(false);
    const all = `${import.meta.env.BASE_URL}search/?q=${encodeURIComponent(query)}`;
    // Shown as each record is read, until there are SHOWN.
    const shown: ClaimHit[] = [];
    let batch: ClaimHit[];
    do {
      batch = await found.next(SHOWN - shown.length);
      shown.push(...batch);
      if (id !== latest) return;
      // A reader arrowing through the results keeps their place when a later answer redraws them:
      // the same result, if it is still listed, or else the box.
      const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).getAttribute('href') : null;
      list.replaceChildren(...shown.map((hit) => claimItem(hit, query)));
      // The links to every result go with the results drawn, never ahead of them to a query still read.
      more.href = all;
      texts.hidden = found.texts.length === 0;
      texts.href = all;
      texts.textContent = wordsInText(found.texts.length, found.textsComplete);
      if (focused !== null) ([...list.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.getAttribute('href') === focused) ?? input).focus();
      more.hidden = shown.length === 0;
      panel.hidden = false;
    } while (batch.length > 0 && shown.length < SHOWN && found.hasMore());
    // Counted once the results are on screen and the reader has stopped typing: the count says how
    // many claims match, and only claims (the articles' own text is counted apart).
    await pause(COUNT_AFTER_TYPING_MS);
    if (id !== latest) return;
    const counts = await found.count();
    if (id !== latest) return;
    const inText = found.texts.length > 0 ? ` ${wordsInText(found.texts.length, found.textsComplete)}.` : '';
    const nothing = counts.claims === 0 && counts.complete && !inText;
    status.textContent = nothing ? nothingHolds(query) : claimsMatch(counts.claims, query, counts.complete) + inText;
    // Shown too, not only heard: an empty panel would look like a search still under way.
    none.textContent = nothing ? nothingHolds(query) : '';
    none.hidden = !nothing;
  };

  const runOrSayUnavailable = () => {
    const answer = run();
    const id = latest;
    answer.catch(() => {
      if (id !== latest) return;
      close();
      status.textContent = SEARCH_UNAVAILABLE;
      statusShown(true);
    });
  };

  // Pagefind is fetched once the reader is in the box, not when a pointer merely passes over it. (Should
  // it fail, the search that needs it says so.)
  const warm = () => void loadPagefind().catch(() => undefined);
  if (box.contains(document.activeElement)) warm();
  else input.addEventListener('focus', warm, { once: true });
  searchAsTyped(input, { stale: () => (latest += 1), search: runOrSayUnavailable });
  box.addEventListener('keydown', (event) => handleResultKeys(event, input, list, clear));
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) runOrSayUnavailable();
}
