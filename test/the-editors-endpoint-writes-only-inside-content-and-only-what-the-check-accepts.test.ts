import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleEditor } from '../src/editor/editor-integration.ts';
import { Refusal, writeInsideContent } from '../src/editor/server/content-files.ts';
import { editorMiddleware, guardRequest } from '../src/editor/server/editor-requests.ts';
import type { ArticleState, QuoteAnswer } from '../src/editor/toolbar/editor-api.ts';
import { sampleCorpus } from './content-helpers.ts';
import { runCheck, runScript } from './site-commands.ts';

/*
 * The endpoint of the editor's panel, as `npm run dev` serves it (its middleware, on a server of its
 * own here): what it refuses, with its reason and nothing written, and what a save keeps of the file.
 */

const SLUG = 'fuel-subsidy-reform';
let corpus: ReturnType<typeof sampleCorpus>;
let server: Server;
let base: string;

beforeAll(async () => {
  corpus = sampleCorpus();
  expect(runScript('new-article', corpus.root, [SLUG, 'test/fixtures/texts/fuel-subsidy-reform.txt']).status).toBe(0);
  const middleware = editorMiddleware({ contentDir: corpus.root, command: 'dev' });
  server = createServer((req, res) => middleware(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_editor/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const state = async (slug = SLUG) => (await (await fetch(`${base}article?slug=${slug}`)).json()) as ArticleState;
async function post(route: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { saved: boolean; error?: string; problems?: { problem: string }[]; id?: string } };
}
const annotations = (slug = SLUG) => corpus.read('annotations.yaml', slug);

/** The quote the panel asks for words of a paragraph, found by their text. */
async function quoteOf(paragraphId: string, words: string): Promise<QuoteAnswer> {
  const paragraph = (await state()).paragraphs!.find((p) => p.id === paragraphId)!;
  const start = paragraph.text.indexOf(words);
  const response = await post('quote', { slug: SLUG, paragraphId, start, end: start + words.length });
  return response.body as unknown as QuoteAnswer;
}

describe('a claim saved from the panel', () => {
  it('is written in reading order in the place of the draft entry it classifies, and every other byte of the file is kept', async () => {
    const before = annotations();
    const quote = await quoteOf('p-first-weeks-turbulent', 'Truck drivers blocked the main highway north of the capital for three days');
    expect(quote.quote).toEqual({ exact: 'Truck drivers blocked the main highway north of the capital for three days' });
    expect(quote.suggestedId).toBe('truck-drivers-blocked-main');
    const { files } = await state();
    const saved = await post('claim', {
      slug: SLUG,
      annotations: files.annotations,
      claim: { id: 'highway-blocked', kind: 'unsourced', quote: quote.quote, record: 'not found', sources: [], note: 'No public report of the blockade was found.' },
    });
    expect(saved).toEqual({ status: 200, body: { saved: true, message: 'saved the claim "highway-blocked" in annotations.yaml' } });
    const draft = '  - draft: { exact: "Truck drivers blocked the main highway north of the capital for three days." }\n';
    expect(before).toContain(draft);
    expect(annotations()).toBe(
      before.replace(
        draft,
        '  - id: highway-blocked\n    kind: unsourced\n    quote: { exact: "Truck drivers blocked the main highway north of the capital for three days" }\n    record: not found\n    note: "No public report of the blockade was found."\n',
      ),
    );
    expect(runCheck(corpus.root, [SLUG]).status).toBe(0);
  });

  it('keeps the file’s comments and layout, those around the entry it replaces too', async () => {
    corpus.edit('annotations.yaml', (text) => text.replace('  # ¶2 p-reform-did-not\n', '  # ¶2 p-reform-did-not\n  # An editor\'s own comment, which a save must keep.\n'), SLUG);
    const before = annotations();
    const quote = await quoteOf('p-reform-did-not', 'The reform did not come out of nowhere.');
    const saved = await post('claim', { slug: SLUG, annotations: (await state()).files.annotations, claim: { id: 'long-in-coming', kind: 'opinion', quote: quote.quote, sources: [], note: 'Interpretation.' } });
    expect(saved.status).toBe(200);
    const after = annotations();
    expect(after).toContain("  # ¶2 p-reform-did-not\n  # An editor's own comment, which a save must keep.\n  - id: long-in-coming\n");
    const comments = (text: string) => text.split('\n').filter((line) => line.trim().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));
    expect(after.split('\n').length).toBe(before.split('\n').length + 3);
  });

  it('keeps what is left of a draft entry when it classifies part of it, if that is long enough to be a statement', async () => {
    const quote = await quoteOf('p-first-weeks-turbulent', 'The police reported no serious injuries');
    const saved = await post('claim', { slug: SLUG, annotations: (await state()).files.annotations, claim: { id: 'no-serious-injuries', kind: 'sourced', quote: quote.quote, record: 'confirmed', sources: ['S001'], note: 'Reported.' } });
    expect(saved.status).toBe(200);
    expect(annotations()).toContain(
      '  - id: no-serious-injuries\n    kind: sourced\n    quote: { exact: "The police reported no serious injuries" }\n    record: confirmed\n    sources: [S001]\n    note: "Reported."\n  - draft: { exact: "and the blockades ended after the transport minister agreed to meet the drivers\' union." }\n',
    );
  });

  it('is refused when annotations.yaml changed on disk since the panel read it, and nothing is written', async () => {
    const read = (await state()).files.annotations;
    corpus.edit('annotations.yaml', (text) => `${text}# edited in a text editor meanwhile\n`, SLUG);
    const before = annotations();
    const quote = await quoteOf('p-first-weeks-turbulent', 'The first weeks were turbulent.');
    const refused = await post('claim', { slug: SLUG, annotations: read, claim: { id: 'turbulent', kind: 'opinion', quote: quote.quote, sources: [], note: 'Characterisation.' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain('changed on disk since this page read it');
    expect(refused.body.error).toContain('Your entry is kept');
    expect(annotations()).toBe(before);
  });

  it.each([
    ['an unknown kind', { kind: 'opinon' }, 'the claim is not complete: kind: kind must be one of: sourced, unsourced, opinion'],
    ['a sourced claim citing nothing', { kind: 'sourced', record: 'confirmed' }, 'is marked sourced but lists no source'],
    ['a source not in the list', { kind: 'sourced', record: 'confirmed', sources: ['S999'] }, 'cites S999, which is not in the project\'s source list'],
    ['an id already used', { id: 'highway-blocked' }, 'the id "highway-blocked" is already used'],
    ['words that do not read as a statement', { quoteWords: 'the subsidy on' }, 'do not read as a statement on their own'],
  ])('is refused when invalid (%s), saying why as the check does, and nothing is written', async (_what, change, reason) => {
    const before = annotations();
    const { quoteWords, ...fields } = change as { quoteWords?: string };
    const quote = await quoteOf('p-when-government-norland', quoteWords ?? 'Officials described the decision as overdue');
    const refused = await post('claim', { slug: SLUG, annotations: (await state()).files.annotations, claim: { id: 'overdue', kind: 'opinion', quote: quote.quote, sources: [], note: 'Characterisation.', ...fields } });
    expect(refused.status).toBe(422);
    expect(`${refused.body.error} ${(refused.body.problems ?? []).map((p) => p.problem).join(' ')}`).toContain(reason);
    expect(annotations()).toBe(before);
  });
});

describe('the draft entries', () => {
  it('are split in two between words, and widened over the next one in their paragraph', async () => {
    const { drafts, files } = await state();
    const draft = drafts.find((d) => d.text.startsWith('Much depends on the price'))!;
    const split = await post('split-draft', { slug: SLUG, annotations: files.annotations, draft, at: draft.start + draft.text.indexOf(', which') + 2 });
    expect(split.status).toBe(200);
    expect(annotations()).toContain('  - draft: { exact: "Much depends on the price of crude oil" }\n  - draft: { exact: "which the government cannot control." }\n');
    const again = await state();
    const first = again.drafts.find((d) => d.text === 'Much depends on the price of crude oil')!;
    expect((await post('join-draft', { slug: SLUG, annotations: again.files.annotations, draft: first })).status).toBe(200);
    expect(annotations()).toContain('  - draft: { exact: "Much depends on the price of crude oil, which the government cannot control." }\n');
  });
});

describe('a claim deleted from its note', () => {
  it('gives its sentence back to classify', async () => {
    const deleted = await post('delete-claim', { slug: SLUG, annotations: (await state()).files.annotations, id: 'long-in-coming' });
    expect(deleted.status).toBe(200);
    expect(annotations()).toContain("  # An editor's own comment, which a save must keep.\n  - draft: { exact: \"The reform did not come out of nowhere.\" }\n");
  });
});

describe('a source added from the panel', () => {
  it('takes the next id and today as the day it was seen, at the end of sources.json, the file otherwise as it was', async () => {
    const before = corpus.read('sources.json');
    const added = await post('source', {
      sources: (await state()).files.sources,
      seen: true,
      source: { url: 'https://example.org/budget', title: 'Budget outturn', publisher: 'Ministry of Finance', type: 'primary', date: null, says: ['The subsidy cost 2.1 billion crowns.'] },
    });
    expect(added.body).toMatchObject({ saved: true, id: 'S002' });
    const after = corpus.read('sources.json');
    expect(after.startsWith(before.slice(0, before.lastIndexOf('}') + 1))).toBe(true);
    const entry = (JSON.parse(after) as { id: string; seen?: string }[]).at(-1)!;
    expect(entry).toMatchObject({ id: 'S002', seen: new Date().toLocaleDateString('sv') });
  });

  it.each([
    ['an address that is not http(s)', { url: 'ftp://example.org/x' }, true, 'a source address must be an http(s) URL'],
    ['an address with a user name before its host', { url: 'https://www.gov.kz@evil.example/' }, true, 'an address with a user name or password before its host'],
    ['a source nobody opened', {}, false, 'once you have opened its address'],
  ])('is refused for %s, and nothing is written', async (_what, change, seen, reason) => {
    const before = corpus.read('sources.json');
    const refused = await post('source', { sources: (await state()).files.sources, seen, source: { url: 'https://example.org/ok', title: null, publisher: 'P', type: 'reporting', date: null, says: ['x'], ...change } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toContain(reason);
    expect(corpus.read('sources.json')).toBe(before);
  });
});

describe('the endpoint refuses', () => {
  it('a slug that is a path: nothing outside an article folder is named', async () => {
    const refused = await post('claim', { slug: '../../etc', annotations: 'x', claim: {} });
    expect(refused).toEqual({ status: 400, body: { saved: false, error: '"../../etc" is not an article\'s slug' } });
    expect((await fetch(`${base}article?slug=not-there`)).status).toBe(404);
  });

  it('to write through a link that leads out of the content folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-content-'));
    cpSync(corpus.path('article.md', SLUG).replace(/article\.md$/, ''), join(outside, 'linked'), { recursive: true });
    symlinkSync(join(outside, 'linked'), join(corpus.root, 'articles', 'linked'));
    const read = readFileSync(join(outside, 'linked', 'annotations.yaml'), 'utf8');
    const refused = await post('delete-claim', { slug: 'linked', annotations: (await state()).files.annotations, id: 'x' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(readFileSync(join(outside, 'linked', 'annotations.yaml'), 'utf8')).toBe(read);
    await expect(writeInsideContent(corpus.root, join(outside, 'linked', 'annotations.yaml'), 'x')).rejects.toThrow(/outside the content folder/);
    await expect(writeInsideContent(corpus.root, join(corpus.root, 'articles', 'linked', 'annotations.yaml'), 'x')).rejects.toThrow(/leads outside the content folder through a link/);
  });

  it('a request from another computer, another host name, another site’s page, or not as JSON', async () => {
    const request = (remoteAddress: string, headers: Record<string, string>, method = 'POST') => ({ method, socket: { remoteAddress }, headers }) as unknown as IncomingMessage;
    const why = (req: IncomingMessage) => {
      try {
        guardRequest(req);
        return 'allowed';
      } catch (error) {
        return `${(error as Refusal).status} ${(error as Refusal).message}`;
      }
    };
    const ok = { host: '127.0.0.1:4321', 'content-type': 'application/json', origin: 'http://127.0.0.1:4321' };
    expect(why(request('127.0.0.1', ok))).toBe('allowed');
    expect(why(request('192.168.1.20', ok))).toBe('403 the editor answers only this computer (127.0.0.1)');
    expect(why(request('127.0.0.1', { ...ok, host: 'rebound.example:4321' }))).toBe('403 the editor answers only at 127.0.0.1 or localhost, not "rebound.example:4321"');
    expect(why(request('127.0.0.1', { ...ok, origin: 'https://evil.example' }))).toMatch(/^403 the editor takes writes only from its own pages/);
    expect(why(request('127.0.0.1', { ...ok, 'content-type': 'text/plain' }))).toBe('415 the editor takes JSON');
    const notJson = await fetch(`${base}claim`, { method: 'POST', body: '{}' });
    expect(notJson.status).toBe(415);
  });

  it('everything when not in development: it answers nothing, and a build, preview or sync adds neither the panel nor the endpoint', async () => {
    const middleware = editorMiddleware({ contentDir: corpus.root, command: 'build' });
    const answers: number[] = [];
    middleware({ url: '/_editor/article?slug=sample', headers: {}, socket: { remoteAddress: '127.0.0.1' }, method: 'GET' } as unknown as IncomingMessage, { setHeader() {}, end() {}, set statusCode(s: number) { answers.push(s); } } as never, () => answers.push(0));
    expect(answers).toEqual([404]);
    for (const command of ['build', 'preview', 'sync'] as const) {
      const added: string[] = [];
      const hooks = articleEditor({ contentDir: corpus.root }).hooks;
      await hooks['astro:config:setup']!({ command, addDevToolbarApp: () => added.push('app'), updateConfig: () => added.push('config') } as never);
      expect(added).toEqual([]);
    }
  });
});

describe('a draft entry marked as asserting nothing', () => {
  it('leaves the claims for notClaims, with its reason, in a list made for it at the end of the file', async () => {
    const { drafts, files } = await state();
    const draft = drafts.find((d) => d.text === 'Neighbouring countries are watching closely.')!;
    const before = annotations();
    const refused = await post('not-a-claim', { slug: SLUG, annotations: files.annotations, draft, reason: ' ' });
    expect(refused.status).toBe(422);
    const marked = await post('not-a-claim', { slug: SLUG, annotations: files.annotations, draft, reason: 'A transition to the neighbours’ cases.' });
    expect(marked.status).toBe(200);
    expect(annotations()).toBe(`${before.replace('  - draft: { exact: "Neighbouring countries are watching closely." }\n', '')}\nnotClaims:\n  - quote: { exact: "Neighbouring countries are watching closely." }\n    reason: "A transition to the neighbours’ cases."\n`);
    expect(runCheck(corpus.root, [SLUG]).status).toBe(0);
  });
});
