import { preloadClaims } from './pagefind-client.ts';

/** How long the typing must pause before a box searches what it holds. */
export const SEARCH_AFTER_TYPING_MS = 120;

/**
 * How long a reader must have stopped typing before a search's claims are counted. The results show at
 * once, but counting reads up to COUNTED_RECORDS records, and at a reader's pace (a key every 150 ms
 * or so) every pause longer than SEARCH_AFTER_TYPING_MS searches what is typed so far: counting "M",
 * "Ma", "Mas"… would read records for counts no one sees. The count, a live region, is also said once,
 * not at every key.
 */
export const COUNT_AFTER_TYPING_MS = 300;
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Both search boxes as the reader types: every key first makes whatever is still being searched or
 * counted for the earlier text stale (`stale`), then preloads the words' index, and the box searches
 * (`search`) once the typing pauses. Returns what cancels a search still waiting for that pause (a
 * form sent with Enter searches at once).
 */
export function searchAsTyped(input: HTMLInputElement, { stale, search }: { stale(): void; search(): void }): () => void {
  let timer = 0;
  input.addEventListener('input', () => {
    stale();
    preloadClaims(input.value);
    clearTimeout(timer);
    timer = window.setTimeout(search, SEARCH_AFTER_TYPING_MS);
  });
  return () => clearTimeout(timer);
}
