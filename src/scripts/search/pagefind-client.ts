/**
 * The one door to Pagefind in the browser. Its runtime is loaded on first use only, from an address
 * built at run time: a bundled `import('/pagefind/pagefind.js')` would be rewritten by Vite and fail.
 */
import type { Kind } from '../../lib/annotation-schema.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
  article: string | null;
}

export interface ClaimResults {
  /**
   * Counts the claims per kind for this query, whatever kind is selected: the numbers beside the
   * filters. Asked for once the results are on screen: counting reads Pagefind's filter index, which
   * grows with the site, and Pagefind answers one request at a time, so the results must not queue
   * behind it.
   */
  countKinds(): Promise<Record<string, number>>;
  /** Every matching record (claims, and the article pages when no kind is chosen), in order. */
  results: PagefindResult[];
}

const KINDS: readonly Kind[] = ['sourced', 'unsourced', 'opinion'];

/**
 * Runs one search. An empty query with a kind or article lists every claim that matches them,
 * in reading order; a query ranks by relevance.
 */
export async function searchClaims({ query, kind, article }: ClaimSearch): Promise<ClaimResults | null> {
  const pagefind = await loadPagefind();
  const text = query.trim();
  if (!text && !kind && !article) return null;
  const within = article ? { article } : {};
  const term = text || null;
  const order = text ? {} : { sort: { position: 'asc' } };

  const response = await pagefind.search(term, { filters: kind ? { ...within, kind } : within, ...order });
  // Pagefind counts filter values only when a filter is applied, and its `filters` counts only inside
  // the selection (its own UI then shows every other kind as 0). Applying "any kind" (and the article)
  // counts each kind for this query, whichever kind the reader has chosen.
  const countKinds = async () => (await pagefind.search(term, { filters: { ...within, kind: { any: KINDS } } })).filters.kind ?? {};
  return { countKinds, results: response.results };
}

/**
 * Starts loading what a search for `query` will need while the reader is still typing (Pagefind's
 * `preload`), so that the search itself, once the typing pauses, has less to wait for.
 */
export function preloadClaims(query: string): void {
  if (query.trim()) void loadPagefind().then((pagefind) => pagefind.preload(query.trim()));
}
