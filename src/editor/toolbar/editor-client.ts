import { type ArticleState, EDITOR_PATH, type ProblemView, type QuoteAnswer, type WriteAnswer } from './editor-api.ts';

/*
 * The panel's requests to its endpoint (src/editor/server/editor-requests.ts), from the page's own
 * origin. A write is JSON: a page of another site cannot send one without asking the server first.
 */

/** What the endpoint says when it refuses: why, the problems an edit would add, and the status. */
export interface Refused {
  saved: false;
  error: string;
  problems?: ProblemView[];
  status: number;
}

export const isRefused = (answer: object): answer is Refused => 'saved' in answer && answer.saved === false;

/** The slug of the article this page shows, from its address (`/articles/<slug>/`, under any base path). */
export const articleSlug = (path = location.pathname): string | undefined => /\/articles\/([a-z0-9-]+)\/?(?:index\.html)?$/.exec(path)?.[1];

async function answerOf<T>(response: Response): Promise<T | Refused> {
  const body = (await response.json().catch(() => ({}))) as T & { error?: string; problems?: ProblemView[] };
  if (response.ok) return body;
  return { saved: false, error: body.error ?? `the editor answered ${response.status}`, ...(body.problems ? { problems: body.problems } : {}), status: response.status };
}

export async function readArticle(slug: string): Promise<ArticleState | Refused> {
  return answerOf<ArticleState>(await fetch(`${EDITOR_PATH}article?slug=${encodeURIComponent(slug)}`, { cache: 'no-store' }));
}

/** A write, or a question (the quote for a selection): the answer, or the endpoint's reason for refusing. */
export async function post<T = WriteAnswer>(route: string, body: object): Promise<T | Refused> {
  return answerOf<T>(await fetch(`${EDITOR_PATH}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
}

export const askQuote = (slug: string, paragraphId: string, start: number, end: number) => post<QuoteAnswer>('quote', { slug, paragraphId, start, end });
