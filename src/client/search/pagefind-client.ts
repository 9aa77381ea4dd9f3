/**
 * The one door to Pagefind in the browser. Its runtime is loaded on first use only, from an address
 * built at run time: a bundled `import('/pagefind/pagefind.js')` would be rewritten by Vite and fail.
 */
import type { Kind, RecordStatus } from '../../lib/kinds/kinds.ts';
import { articlesHoldingQuery } from './article-texts.ts';
import { type ClaimHit, claimHits, type ResultData } from './claim-hits.ts';
import { queryTerms } from './word-match.ts';

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** The filter only the articles' own records carry (search-records.ts writes it). */
const TEXT_PART = { part: 'text' };

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = new URL(`${import.meta.env.BASE_URL}pagefind/`, document.baseURI);
    const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', base).href)) as Pagefind;
    await pagefind.options({ basePath: base.pathname, excerptLength: 24 });
    await pagefind.init();
    // Every search with words asks for the articles' own records by their `part` filter (below): its
    // small file is fetched now, while the reader is still typing, not after the typing pauses.
    // (A warm-up: should it fail, the search that needs the file reports that.)
    void pagefind.search(null, { filters: TEXT_PART }).catch(() => undefined);
    return pagefind;
  })().catch((error: unknown) => {
    // Forgotten, so that the next search tries again (the reader may be back online); the search that
    // needed it says it is unavailable (search-unavailable.ts).
    loading = undefined;
    throw error;
  });
  return loading;
}

export interface ClaimSearch {
  query: string;
  kind: Kind | null;
  record: RecordStatus | null;
  article: string | null;
}

/** The claims found, per kind and per record status, and in all. */
export interface ClaimCounts {
  /** By kind, with the record status chosen; by record status, with the kind chosen. */
  kind: Record<string, number>;
  record: Record<string, number>;
  /** The claims of the kind chosen, whatever the record says or whether it says anything (opinions). */
  anyRecord: number;
  claims: number;
  /** False when only the best-matching records were counted (docs/search.md). */
  complete: boolean;
}

export interface ClaimResults {
  /**
   * Up to `n` more matching claims, best first (in reading order for an empty query), from the next
   * records that hold any: fewer than `n` when those records hold fewer, so that a list can show them
   * while the next are read; none at the end, or when the next COUNTED_RECORDS records hold none.
   */
  next(n: number): Promise<ClaimHit[]>;
  /** Whether `next` may give more. */
  hasMore(): boolean;
  /**
   * The articles whose own text holds the words, listed and counted apart from the claims, so that every
   * count of claims is a count of claims. Empty when a kind or record status is chosen: the text has none.
   */
  texts: PagefindResult[];
  /** False when only the first of the articles whose text Pagefind named could be checked (article-texts.ts). */
  textsComplete: boolean;
  /**
   * Counts the claims per kind and per record status for this search, each with the other choices
   * applied but not its own (so each filter shows what choosing it would give). Asked for once the
   * first results are on screen: it reads the COUNTED_RECORDS best-matching records, which on a site
   * of a few articles is every one.
   */
  count(): Promise<ClaimCounts>;
}

/**
 * The best-matching records, read before the first results are shown: their claims are ranked together
 * (Pagefind ranks records, and the best claim may sit in the second-best).
 */
const FIRST_READ = 4;
/** Records read at a time after the first, as the reader asks for more. */
const READ_AT_ONCE = 3;
/**
 * The records a search counts, best-matching first: every record of a site of a few articles (the
 * seed's 200 claims make ten), never the whole of a large one.
 */
export const COUNTED_RECORDS = 16;

/**
 * A record's claims as one query met them (Pagefind gives where that query's words are), read and cut
 * once however many lists and counts of the query need them. Only the latest query's are kept (a
 * search still running for an earlier query keeps to its own).
 */
let latestRead: { text: string; hits: Map<string, Promise<ClaimHit[]>> } | undefined;
function hitsFor(text: string): (result: PagefindResult) => Promise<ClaimHit[]> {
  if (latestRead?.text !== text) latestRead = { text, hits: new Map() };
  const read = latestRead.hits;
  return (result) => {
    let hits = read.get(result.id);
    if (!hits) read.set(result.id, (hits = result.data().then((data) => claimHits(data, text))));
    return hits;
  };
}

/**
 * Runs one search. Claims are Pagefind's sub-records: twenty claims share a record (claim-group-record.ts),
 * Pagefind finds and ranks the records, and the claims matching in each are read from it (claim-hits.ts).
 * An empty query with a kind, record status or article lists every claim that matches them, in reading
 * order; a query ranks by relevance.
 */
export async function searchClaims({ query, kind, record, article }: ClaimSearch): Promise<ClaimResults | null> {
  const text = query.trim();
  if (!text && !kind && !record && !article) return null;
  const pagefind = await loadPagefind();
  const term = text || null;
  const within = article ? { article } : {};
  const order = text ? {} : { sort: { position: 'asc' } };
  const hitsOf = hitsFor(text);
  const search = async (filters: Record<string, unknown>) => (await pagefind.search(term, { filters, ...order })).results;

  // The articles' own records are told from the claims by asking for them alone (only they carry
  // `part`, so its filter file stays small); with a kind or record status chosen none can match.
  // Both searches are asked at once: Pagefind answers the second while the first's files arrive.
  const findTexts = kind || record ? Promise.resolve([]) : search({ ...within, ...TEXT_PART });
  // A record's filters list every kind and status among its claims: they keep the records that may
  // hold a match, and each claim is then kept or not on its own.
  const findRecords = search({ ...within, ...(kind ? { kind } : {}), ...(record ? { record } : {}) });
  const [textsFound, found] = await Promise.all([findTexts, findRecords]);
  const textIds = new Set(textsFound.map((r) => r.id));
  const claimRecords = (results: PagefindResult[]) => results.filter((r) => !textIds.has(r.id));
  const records = claimRecords(found);
  // The first records are read now, while the articles' texts are checked against one of them.
  for (const result of records.slice(0, FIRST_READ)) void hitsOf(result).catch(() => undefined);
  const { texts, complete: textsComplete } = await articlesHoldingQuery(textsFound, queryTerms(text), records[0], COUNTED_RECORDS);
  const matches = (hit: ClaimHit) => !text || hit.matched;
  const chosen = (hit: ClaimHit) => matches(hit) && (!kind || hit.kind === kind) && (!record || hit.record === record);

  let cursor = 0;
  const waiting: ClaimHit[] = [];
  const next = async (n: number) => {
    // At most COUNTED_RECORDS records a call: on a large site, a record can match every word of a
    // query without any one of its claims holding them all, and a list must not read on through the site.
    const stop = cursor + COUNTED_RECORDS;
    while (waiting.length === 0 && cursor < Math.min(stop, records.length)) {
      const batch = records.slice(cursor, (cursor += cursor === 0 ? FIRST_READ : READ_AT_ONCE));
      const hits = (await Promise.all(batch.map(hitsOf))).flat().filter(chosen);
      if (text) hits.sort((a, b) => b.score - a.score);
      waiting.push(...hits);
    }
    return waiting.splice(0, n);
  };

  const count = async (): Promise<ClaimCounts> => {
    const all = kind || record ? claimRecords(await search(within)) : records;
    const counted = all.slice(0, COUNTED_RECORDS);
    const hits = (await Promise.all(counted.map(hitsOf))).flat().filter(matches);
    const tally = (of: ClaimHit[], key: 'kind' | 'record') => {
      const counts: Record<string, number> = {};
      for (const hit of of) if (hit[key]) counts[hit[key]] = (counts[hit[key]] ?? 0) + 1;
      return counts;
    };
    const ofKind = hits.filter((hit) => !kind || hit.kind === kind);
    return {
      kind: tally(hits.filter((hit) => !record || hit.record === record), 'kind'),
      record: tally(ofKind, 'record'),
      anyRecord: ofKind.length,
      claims: hits.filter(chosen).length,
      complete: counted.length === all.length,
    };
  };
  return { next, hasMore: () => waiting.length > 0 || cursor < records.length, texts, textsComplete, count };
}

/**
 * Starts loading what a search for `query` will need while the reader is still typing (Pagefind's
 * `preload`), so that the search itself, once the typing pauses, has less to wait for.
 */
export function preloadClaims(query: string): void {
  // A preload that fails says nothing: the search it prepares says so.
  if (query.trim()) void loadPagefind().then((pagefind) => pagefind.preload(query.trim())).catch(() => undefined);
}
