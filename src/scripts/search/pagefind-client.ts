/**
 * The one door to Pagefind in the browser. Its runtime is loaded on first use only, from an address
 * built at run time: a bundled `import('/pagefind/pagefind.js')` would be rewritten by Vite and fail.
 */
import { KINDS, type Kind, RECORD_STATUSES, type RecordStatus } from '../../lib/kinds/kinds.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  /** The record's text, as Pagefind holds it: for a claim, its words and then its note's. */
  content: string;
  /** Where the query's words are in `content`, counted in words (split at white space). */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
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

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = new URL(`${import.meta.env.BASE_URL}pagefind/`, document.baseURI);
    const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', base).href)) as Pagefind;
    await pagefind.options({ basePath: base.pathname, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export interface ClaimSearch {
  query: string;
  kind: Kind | null;
  record: RecordStatus | null;
  article: string | null;
}

export interface ClaimResults {
  /** The matching claims, best first (in reading order for an empty query). */
  claims: PagefindResult[];
  /**
   * The articles whose own text holds the words, listed and counted apart from the claims, so that every
   * count of claims is a count of claims. Empty when a kind or record status is chosen: the text has none.
   */
  texts: PagefindResult[];
  /**
   * Counts the claims per kind and per record status for this search, each with the other choices
   * applied but not its own (so each filter shows what choosing it would give). Asked for once the
   * results are on screen: counting reads Pagefind's filter index, which grows with the site, and
   * Pagefind answers one request at a time, so the results must not queue behind it.
   */
  count(): Promise<{ kind: Record<string, number>; record: Record<string, number> }>;
}

/**
 * Runs one search. An empty query with a kind, record status or article lists every claim that matches
 * them, in reading order; a query ranks by relevance.
 */
export async function searchClaims({ query, kind, record, article }: ClaimSearch): Promise<ClaimResults | null> {
  const text = query.trim();
  if (!text && !kind && !record && !article) return null;
  const pagefind = await loadPagefind();
  const term = text || null;
  const within = article ? { article } : {};
  const chosen = { ...within, ...(kind ? { kind } : {}), ...(record ? { record } : {}) };
  const order = text ? {} : { sort: { position: 'asc' } };

  const found = (await pagefind.search(term, { filters: chosen, ...order })).results;
  // The articles' own records are told from the claims by asking for them alone (only they carry
  // `part`, so its filter file stays small); with a kind or record status chosen none can match.
  const texts = kind || record ? [] : (await pagefind.search(term, { filters: { ...within, part: 'text' } })).results;
  const textIds = new Set(texts.map((r) => r.id));
  const claims = found.filter((r) => !textIds.has(r.id));
  // Pagefind counts a filter's values only when that filter is applied, and only inside the selection
  // (its own UI then shows every other kind as 0). Applying "any kind" (or "any record status") with the
  // reader's other choices counts each value for this search, whichever one is chosen.
  const count = async () => {
    const byKind = await pagefind.search(term, { filters: { ...within, ...(record ? { record } : {}), kind: { any: KINDS } } });
    const byRecord = await pagefind.search(term, { filters: { ...within, ...(kind ? { kind } : {}), record: { any: RECORD_STATUSES } } });
    return { kind: byKind.filters.kind ?? {}, record: byRecord.filters.record ?? {} };
  };
  return { claims, texts, count };
}

/**
 * Starts loading what a search for `query` will need while the reader is still typing (Pagefind's
 * `preload`), so that the search itself, once the typing pauses, has less to wait for.
 */
export function preloadClaims(query: string): void {
  if (query.trim()) void loadPagefind().then((pagefind) => pagefind.preload(query.trim()));
}
