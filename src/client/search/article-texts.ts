import type { ResultData } from './claim-hits.ts';
import { foundAsItself, holdingLocations, holdsTerm } from './word-match.ts';

interface Result {
  data(): Promise<ResultData>;
}

/** The articles' own records a search keeps, and whether every one Pagefind gave was checked. */
export interface ArticleTexts<R> {
  texts: R[];
  complete: boolean;
}

const wordsOf = (data: ResultData) => data.content.trim().split(/\s+/);

/** Whether a record holds every query word, by the search's rule (word-match.ts). */
function holdsEvery(data: ResultData, terms: readonly string[]): boolean {
  const words = wordsOf(data);
  return terms.every((term) => data.locations.some((at) => holdsTerm(words[at] ?? '', term)));
}

/**
 * The articles whose own text holds every query word. Pagefind either found a query word as itself
 * across the whole index or fell back to a shorter word everywhere (word-match.ts), so one record
 * already read (`evidence`: the best claim record, which the list reads anyway) settles it for every
 * article without fetching their texts. Only when it fell back are the articles' texts read, at most
 * `limit` of them (each is a whole article's text), and the rest left uncounted.
 */
export async function articlesHoldingQuery<R extends Result>(found: R[], terms: readonly string[], evidence: R | undefined, limit: number): Promise<ArticleTexts<R>> {
  if (terms.length === 0 || found.length === 0) return { texts: found, complete: true };
  const witness = await (evidence ?? found[0]!).data();
  const words = wordsOf(witness);
  const asItself = terms.every((term) => witness.locations.some((at) => foundAsItself(words[at] ?? '', term)));
  if (asItself) return { texts: found, complete: true };
  const read = found.slice(0, limit);
  const held = await Promise.all(read.map(async (result) => holdsEvery(await result.data(), terms)));
  return { texts: read.filter((_, at) => held[at]), complete: read.length === found.length };
}

/** The record's words that hold a query word, for its excerpt. */
export const textLocations = (data: ResultData, terms: readonly string[]) => holdingLocations(wordsOf(data), data.locations, terms);
