import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddSourceRequest, DeleteClaimRequest, DraftRequest, QuoteAnswer, QuoteRequest, SaveClaimRequest, WriteAnswer } from '../toolbar/editor-api.ts';
import { EDITOR_PATH } from '../toolbar/editor-api.ts';
import { addSource } from './add-source.ts';
import { deleteClaimText, joinDraftText, notAClaimText, saveClaimText, splitDraftText } from './annotation-edits.ts';
import { articleState } from './article-state.ts';
import { Refusal } from './content-files.ts';
import { quoteForSelection } from './quote-for-selection.ts';
import { InvalidEdit, saveAnnotations } from './validated-save.ts';

type Next = (error?: unknown) => void;

/** The most a request may send: a claim or a source is a few kilobytes. */
const MOST_BYTES = 256 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOCAL_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Who may use the endpoint: this computer, through the development server's own address. The server
 * listens on 127.0.0.1 (`npm run dev`), but a page on another site, open in the same browser, can
 * still send requests to it: so a request must come from the loopback address, name 127.0.0.1 or
 * localhost as its host (a rebound DNS name is refused), and a write must be JSON (which a form on
 * another site cannot send without asking first, and this server never answers that question) from a
 * page of this server (its Origin, when the browser gives one).
 */
export function guardRequest(req: IncomingMessage): void {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) throw new Refusal(403, 'the editor answers only this computer (127.0.0.1)');
  const host = req.headers.host ?? '';
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  if (!LOCAL_NAMES.has(name)) throw new Refusal(403, `the editor answers only at 127.0.0.1 or localhost, not "${host}"`);
  if (req.method === 'GET') return;
  if (req.method !== 'POST') throw new Refusal(405, `the editor takes GET and POST, not ${req.method}`);
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new Refusal(415, 'the editor takes JSON');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) throw new Refusal(403, `the editor takes writes only from its own pages (http://${host}), not from ${origin}`);
  if (req.headers['sec-fetch-site'] !== undefined && req.headers['sec-fetch-site'] !== 'same-origin') throw new Refusal(403, 'the editor takes writes only from its own pages');
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MOST_BYTES) throw new Refusal(413, 'the request is too large for a claim or a source');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, 'the request is not JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * The endpoint of the editor's panel, as a development server's middleware: under `/_editor/`, it
 * answers what the panel reads (an article's state, the quote for a selection) and makes the writes
 * (a claim saved or deleted, a draft entry split or widened, a source added), each refused with its
 * reason, and nothing written, when it is not allowed, stale or invalid. It exists only under
 * `astro dev`: `command` is the Astro command it was made for, and anything else answers nothing.
 */
export function editorMiddleware({ contentDir, command }: { contentDir: string; command: string }) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(EDITOR_PATH)) return next();
    if (command !== 'dev') return send(res, 404, { saved: false, error: 'the editor exists only under npm run dev' });
    const route = url.pathname.slice(EDITOR_PATH.length);
    handle(route, req, url, contentDir)
      .then((answer) => send(res, 200, answer))
      .catch((error: unknown) => {
        if (error instanceof InvalidEdit) return send(res, error.status, { saved: false, error: error.message, problems: error.problems } satisfies WriteAnswer);
        if (error instanceof Refusal) return send(res, error.status, { saved: false, error: error.message } satisfies WriteAnswer);
        send(res, 500, { saved: false, error: `the editor failed: ${error instanceof Error ? error.message : String(error)}` });
      });
  };
}

async function handle(route: string, req: IncomingMessage, url: URL, contentDir: string): Promise<unknown> {
  guardRequest(req);
  if (req.method === 'GET') {
    if (route === 'article') return articleState(contentDir, url.searchParams.get('slug') ?? '');
    throw new Refusal(404, `the editor has no "${route}" to read`);
  }
  const body = (await bodyOf(req)) as Record<string, unknown>;
  const slug = String(body.slug ?? '');
  const saved = (message: string, extra: object = {}): WriteAnswer => ({ saved: true, message, ...extra });
  switch (route) {
    case 'quote':
      return quoteForSelection(contentDir, body as unknown as QuoteRequest) satisfies Promise<QuoteAnswer>;
    case 'claim': {
      const request = body as unknown as SaveClaimRequest;
      await saveAnnotations(contentDir, slug, request.annotations, (article) => saveClaimText(article, request));
      return saved(`saved the claim "${request.claim?.id}" in annotations.yaml`);
    }
    case 'delete-claim': {
      const request = body as unknown as DeleteClaimRequest;
      await saveAnnotations(contentDir, slug, request.annotations, (article) => deleteClaimText(article, String(request.id)));
      return saved(`deleted the claim "${request.id}"; its sentences are back to classify`);
    }
    case 'split-draft':
    case 'join-draft':
    case 'not-a-claim': {
      const request = body as unknown as DraftRequest;
      const edit = { 'split-draft': splitDraftText, 'join-draft': joinDraftText, 'not-a-claim': notAClaimText }[route];
      await saveAnnotations(contentDir, slug, request.annotations, (article) => edit(article, request));
      return saved({ 'split-draft': 'split the draft entry in two', 'join-draft': 'widened the draft entry over the next one', 'not-a-claim': 'marked the passage as asserting nothing' }[route]);
    }
    case 'source': {
      const { id } = await addSource(contentDir, body as unknown as AddSourceRequest);
      return saved(`added the source ${id} to sources.json`, { id });
    }
    default:
      throw new Refusal(404, `the editor has no "${route}" to write`);
  }
}
