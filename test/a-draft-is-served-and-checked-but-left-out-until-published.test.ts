import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProblems, servedProblems } from '../src/render/compile-article.ts';
import { compileSample, sampleCorpus } from './content-helpers.ts';
import { type BuiltSite, buildSite } from '../scripts/build-site.ts';
import { runCheck, runScript } from './site-commands.ts';

afterAll(() => rmSync('.astro/data-store.json', { force: true }));

const TEXT = 'test/fixtures/texts/fuel-subsidy-reform.txt';
const SLUG = 'fuel-subsidy-reform';

/** The sample corpus with a new draft made from the fixture text, as `npm run new` makes it. */
function withDraft() {
  const corpus = sampleCorpus();
  expect(runScript('new-article', corpus.root, [SLUG, TEXT, '--author', 'A. Writer']).status).toBe(0);
  return corpus;
}

/** Every draft entry of the draft classified as one opinion each, and its placeholder filled. */
function finish(corpus: ReturnType<typeof sampleCorpus>) {
  let n = 0;
  corpus.edit('annotations.yaml', (yaml) => yaml.replace(/- draft: (\{[^\n]*\})/g, (_m, quote: string) => `- { id: view-${++n}, kind: opinion, quote: ${quote}, note: "A judgement of the authors." }`), SLUG);
  corpus.edit('article.md', (text) => text.replace(/publisher: "\(to do:[^"]*"\)?/, 'publisher: null'), SLUG);
}

describe('a draft article', () => {
  it('is not recorded by npm run registry, which says how it is published', () => {
    const corpus = withDraft();
    const run = runScript('record-registry', corpus.root);
    expect(run.status).toBe(0);
    expect(run.out).toContain(`${SLUG}: a draft, not recorded (\`npm run publish -- ${SLUG}\` publishes it)`);
    expect(existsSync(corpus.path('registry.json', SLUG))).toBe(false);
  });

  it('cannot be published while anything is left to do, and nothing is written', () => {
    const corpus = withDraft();
    const before = corpus.read('article.md', SLUG);
    const run = runScript('publish', corpus.root, [SLUG]);
    expect(run.status).toBe(1);
    expect(run.err).toContain(`${SLUG}: not published (nothing was written): 41 thing(s) left to do.`);
    expect(run.err).toContain('… and 36 more left to do: `npm run check -- fuel-subsidy-reform` lists them all.');
    expect(corpus.read('article.md', SLUG)).toBe(before);
    expect(existsSync(corpus.path('published-ids.txt', SLUG))).toBe(false);
  });

  it('is published in one step once finished: its status turned, every id recorded, the check content', () => {
    const corpus = withDraft();
    finish(corpus);
    const run = runScript('publish', corpus.root, [SLUG], { REGISTRY_DATE: '2026-12-01' });
    expect(run.err).toBe('');
    expect(run.out).toContain(`${SLUG} is published: status: published in`);
    expect(run.out).toContain('49 id(s) recorded as published');
    expect(corpus.read('article.md', SLUG)).toContain('\nstatus: published\n');
    expect(corpus.read('published-ids.txt', SLUG)).toContain('claim view-1\n');
    expect(JSON.parse(corpus.read('registry.json', SLUG)).claims['view-1'].published).toBe('2026-12-01');
    expect(runCheck(corpus.root).status).toBe(0);
  });

  it('leaves no history for edits made before publication', () => {
    const corpus = withDraft();
    finish(corpus);
    corpus.edit('annotations.yaml', (yaml) => yaml.replace('A judgement of the authors."', 'A judgement of the authors, revised."'), SLUG);
    expect(runScript('publish', corpus.root, [SLUG], { REGISTRY_DATE: '2026-12-01' }).status).toBe(0);
    const registry = JSON.parse(corpus.read('registry.json', SLUG)) as { claims: Record<string, { history: unknown[] }> };
    expect(Object.values(registry.claims).every((claim) => claim.history.length === 0)).toBe(true);
  });

  it('may not go back to draft once it has published ids', async () => {
    const { build } = await compileSample({ 'article.md': (text) => text.replace('---\n', '---\nstatus: draft\n') });
    expect(build).toContainEqual(expect.objectContaining({ line: 2, problem: expect.stringContaining('the article is marked as a draft, but it has published 10 id(s)') }));
  });
});

describe('a published article with a draft entry', () => {
  it('is served in development, but does not build: the passage is not classified', async () => {
    const [sample] = (await compileSample({ 'annotations.yaml': (yaml) => yaml.replace('  - id: analysts-disagree\n    kind: opinion\n    quote: { exact: "for analysts disagree" }\n    note: "Loaded wording."\n', '  - draft: { exact: "Some poor excuses for analysts disagree." }\n') })).articles;
    expect(servedProblems(sample!).filter((p) => !p.problem.includes('analysts-disagree'))).toEqual([]);
    expect(buildProblems(sample!)).toContainEqual(expect.objectContaining({ line: 12, problem: 'a passage of paragraph "p-price" is not yet classified (a draft entry): "Some poor excuses for analysts disagree."' }));
  });
});

describe('a production build of a site with a draft', () => {
  let build: BuiltSite;
  beforeAll(async () => {
    const corpus = withDraft();
    // Even a mistake in the draft, which the editor is still at, does not stop the build.
    corpus.edit('annotations.yaml', (yaml) => yaml.replace('exact: "Officials described the decision as overdue."', 'exact: "Officials described the decision as overdu."'), SLUG);
    build = await buildSite({ contentDir: corpus.root });
  }, 180_000);
  afterAll(() => build.remove());
  const everyFile = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? everyFile(join(dir, e.name)) : [join(dir, e.name)]));

  it('builds the published articles and leaves the draft out of every page, index, feed, sitemap and export', () => {
    expect(build.ok, build.output.slice(-2000)).toBe(true);
    expect(build.output).toContain(`1 draft(s) left out: ${SLUG}`);
    expect(readdirSync(join(build.outDir, 'articles'))).toEqual(['sample']);
    const mentions = everyFile(build.outDir).filter((file) => /\.(html|xml|json|csv|jsonld|txt|js)$/.test(file) && /Norland|fuel-subsidy/.test(readFileSync(file, 'utf8')));
    expect(mentions).toEqual([]);
  });

  it('ships none of the editor’s panel: the article page’s scripts hold none of its code, and the site has no endpoint', () => {
    const page = readFileSync(join(build.outDir, 'articles', 'sample', 'index.html'), 'utf8');
    const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(build.outDir, m[1]!), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    const inline = [...page.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    for (const code of [...scripts, ...inline, page]) {
      expect(code).not.toMatch(/annotated-reading-editor|\/_editor\/|astro-dev-toolbar|Annotate this article/);
    }
    expect(everyFile(build.outDir).filter((file) => file.includes('_editor') || file.includes('dev-toolbar'))).toEqual([]);
  });
});
