import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteCacheDir } from '../src/lib/build-cache/site-cache.ts';
import { freePort } from '../scripts/free-port.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { launch, WIDE } from './browser.ts';
import { BUDGET_OUTTURN, fillNewSource, selectWords } from './editor-panel.ts';

/*
 * The editor's path, as a new editor takes it (docs/editing.md): `npm run new` from a text of some
 * 600 words; `npm run dev`; five claims made in the editor's panel only (one of each kind, one citing
 * a source added in the panel); a quote broken by an edit to article.md, whose problem the page shows;
 * `npm run publish`; and the production build, which shows the five claims with their notes, finds
 * them in search, and publishes none of the draft's unfinished entries.
 */

const SLUG = 'fuel-subsidy-reform';
const TEXT = 'test/fixtures/texts/fuel-subsidy-reform.txt';
/** The environment an editor's shell has: without what Vitest sets for itself (`NODE_ENV=test`, `MODE`…), under which the development server does not reload its pages. */
const VITEST_OWN = new Set(['TEST', 'NODE_ENV', 'MODE', 'PROD', 'DEV', 'SSR', 'BASE_URL']);
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !VITEST_OWN.has(name))), ASTRO_TELEMETRY_DISABLED: '1' };

let content: string;
let dev: ChildProcess | undefined;
let devOutput = '';
let devURL: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const started = Date.now();
const file = (name: string) => join(content, 'articles', SLUG, name);

/** One of the editor's commands (`npm run new`, `npm run publish`), run as npm runs it, on the scratch content. */
function command(script: string, args: string[], extra: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { env: { ...env, CONTENT_DIR: content, ...extra }, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'editor-content-'));
  cpSync('test/fixtures/small', content, { recursive: true });
  const made = command('new-article', [SLUG, TEXT]);
  expect(made.err).toBe('');
  expect(made.out).toContain('9 paragraph id(s), 40 sentence(s) to classify');

  const port = await freePort();
  devURL = `http://127.0.0.1:${port}`;
  // `--ignore-lock`: another test may run a development server of this project at the same time.
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--ignore-lock'], { env: { ...env, CONTENT_DIR: content } });
  dev.stdout!.on('data', (chunk) => (devOutput += chunk));
  dev.stderr!.on('data', (chunk) => (devOutput += chunk));
  browser = await launch();
  context = await browser.newContext({ viewport: WIDE });
  page = await context.newPage();
  // What the page did, beside what the server did, for a failure to be read.
  page.on('load', () => (devOutput += `${new Date().toISOString().slice(11, 23)} the page loaded\n`));
  for (let tries = 0; tries < 120; tries++) {
    if ((await fetch(`${devURL}/articles/${SLUG}/`).then((r) => r.status).catch(() => 0)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm run dev did not serve the new article:\n${devOutput}`);
}, 120_000);

afterAll(async () => {
  dev?.kill();
  await context?.close();
  await browser?.close();
  console.log(`the editor's path took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  rmSync(content, { recursive: true, force: true });
  rmSync(siteCacheDir(content, '/'), { recursive: true, force: true });
});

/** The panel, opened from its button in the toolbar if it is not open already (it stays open across reloads), once it has read the article. */
async function openPanel(): Promise<void> {
  // The app has started (it adds its style to the page first), and opened itself if it was open before the reload.
  await page.locator('style[data-editor]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  if (!(await page.locator('section.dock').isVisible().catch(() => false))) {
    await page.locator('astro-dev-toolbar button[data-app-id="annotated-reading-editor"]').click({ force: true });
  }
  await expect.poll(() => page.locator('section.dock .status').textContent(), { timeout: 30_000 }).toMatch(/^Draft · /);
}

interface Claim {
  id: string;
  paragraph: string;
  words: string;
  kind: 'Sourced' | 'Unsourced' | 'Opinion';
  record?: string;
  basis?: RegExp;
  /** Words typed into the sources' search, the first source found for each is cited. */
  sources?: string[];
  note: string;
}

/** A claim made in the panel: select its words, fill in the form, save, and see it in the page. */
async function makeClaim(claim: Claim, beforeSaving?: () => Promise<void>): Promise<void> {
  await openPanel();
  await selectWords(page, claim.paragraph, claim.words);
  const form = page.getByRole('form', { name: 'New claim' });
  await expect.poll(() => form.locator('blockquote').textContent()).toBe(claim.words);
  await form.getByRole('textbox', { name: /^Id/ }).fill(claim.id);
  await form.getByRole('radio', { name: new RegExp(`^${claim.kind}`) }).check();
  if (claim.record) await form.getByRole('combobox', { name: /What the public record says/ }).selectOption(claim.record);
  if (claim.basis) await form.getByRole('radio', { name: claim.basis }).check();
  for (const typed of claim.sources ?? []) {
    await form.getByRole('searchbox').fill(typed);
    await form.getByRole('list', { name: 'Sources found' }).getByRole('button').first().click();
  }
  if (beforeSaving) await beforeSaving();
  await page.getByRole('form', { name: 'New claim' }).getByRole('textbox', { name: /^Note/ }).fill(claim.note);
  await page.getByRole('form', { name: 'New claim' }).getByRole('button', { name: 'Save claim' }).click();
  // The development server loads the content again and reloads the page, which shows the claim.
  const shown = page.locator(`.article-body .claim#${claim.id}`).waitFor({ timeout: 45_000 });
  const refused = page.locator('section.dock .message[data-tone=error]').waitFor({ timeout: 45_000 });
  await Promise.race([shown, refused.then(async () => {
    throw new Error(`the panel refused the claim "${claim.id}": ${await page.locator('section.dock').textContent()}`);
  })]).catch(async (error: Error) => {
    throw new Error(`${error.message}\npanel: ${await page.locator('section.dock').textContent().catch(() => 'closed')}\nserver: ${devOutput.slice(-4000)}`);
  });
}

const CLAIMS: Claim[] = [
  {
    id: 'subsidy-cost-treasury',
    paragraph: 'p-when-government-norland',
    words: 'The finance ministry said the subsidy had cost the treasury 2.1 billion crowns in the previous year',
    kind: 'Sourced',
    record: 'confirmed',
    basis: /the article itself cites/,
    note: 'The ministry’s budget outturn for the year gives the same figure.',
  },
  {
    id: 'highway-blocked',
    paragraph: 'p-first-weeks-turbulent',
    words: 'Truck drivers blocked the main highway north of the capital for three days',
    kind: 'Unsourced',
    record: 'not found',
    note: 'No public report of a three-day blockade was found.',
  },
  { id: 'transfer-a-bribe', paragraph: 'p-reform-did-not', words: 'The opposition dismissed the transfer as a bribe', kind: 'Opinion', note: 'Characterisation, attributed to the opposition.' },
  { id: 'kind-of-progress', paragraph: 'p-what-reform-already', words: 'That alone is a kind of progress', kind: 'Opinion', note: 'Judgement of the authors.' },
  {
    id: 'fuel-use-by-income',
    paragraph: 'p-supporters-reform-argue',
    words: 'Households in the top fifth of incomes used four times as much fuel as those in the bottom fifth',
    kind: 'Sourced',
    record: 'qualified',
    sources: ['budget outturn'],
    note: 'The outturn’s table of fuel use by income gives a ratio of about three and a half.',
  },
];

describe('an editor, from a text file to a published article, in the browser', () => {
  it('sees the new draft with its sentences left to classify highlighted and counted', { timeout: 120_000 }, async () => {
    await page.goto(`${devURL}/articles/${SLUG}/`, { waitUntil: 'load' });
    await openPanel();
    await expect.poll(() => page.locator('section.dock .status').textContent(), { timeout: 30_000 }).toBe('Draft · 0 claims · 40 left to classify · 0 problems');
    expect(await page.evaluate(() => CSS.highlights.get('annotated-editor-drafts')?.size)).toBe(40);
  });

  it('makes five claims in the panel only, one citing a source added there, each shown in the page at once', { timeout: 600_000 }, async () => {
    // The first cites a source the list does not have: the editor adds it from the claim form.
    await makeClaim(CLAIMS[0]!, async () => {
      const source = await fillNewSource(page, BUDGET_OUTTURN);
      await source.getByRole('button', { name: 'Add source' }).click();
      await expect.poll(() => page.getByRole('list', { name: 'Sources cited, strongest first' }).textContent(), { timeout: 30_000 }).toContain('S002');
    });
    for (const claim of CLAIMS.slice(1)) await makeClaim(claim);
    await expect.poll(() => page.locator('section.dock .status').textContent(), { timeout: 30_000 }).toMatch(/^Draft · 5 claims · \d+ left to classify · 0 problems$/);
    const sources = JSON.parse(readFileSync(join(content, 'sources.json'), 'utf8')) as { id: string; seen?: string }[];
    expect(sources.at(-1)).toMatchObject({ id: 'S002', seen: new Date().toLocaleDateString('sv') });
    // What was saved reads as the guide shows it, the comments `npm run new` wrote kept.
    const yaml = readFileSync(file('annotations.yaml'), 'utf8');
    expect(yaml).toContain('  - id: subsidy-cost-treasury\n    kind: sourced\n');
    expect(yaml).toContain('  # ¶1 p-when-government-norland\n');
  });

  it('sees in the page the problem an edit to article.md makes, where the quote and the text now differ', { timeout: 120_000 }, async () => {
    const text = readFileSync(file('article.md'), 'utf8');
    writeFileSync(file('article.md'), text.replace('2.1 billion crowns in the previous year', '2.4 billion crowns in the previous year'));
    const banner = page.locator('annotated-editor-banner [role=alert]');
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain('the quote of "subsidy-cost-treasury" is not in the article');
    await banner.getByRole('button', { name: 'Show the problems' }).click();
    await expect.poll(() => page.locator('#panel-problems').textContent()).toContain('the text has "…cost the treasury 2.4 billion crowns in…" where the quote has "…cost the treasury 2.1 billion crowns in…"');
    writeFileSync(file('article.md'), text);
    await banner.waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('publishes it, once nothing is left to do; the site then shows the five claims with their notes, search finds them, and nothing unfinished is published', { timeout: 600_000 }, async () => {
    // One passage that asserts nothing is marked so in the panel; the rest, which a real edition
    // would classify one by one as above, are marked so in the file, as a text editor would.
    // The development server may still reload the page for the last test's edits to article.md, which
    // takes an open form with it: the editor, as the test, then opens it again and fills it in again.
    await vi.waitFor(async () => {
      await openPanel();
      await page.getByRole('tab', { name: /Left to classify/ }).click();
      const first = page.locator('#panel-drafts li').filter({ hasText: 'Neighbouring countries are watching closely.' });
      const why = first.getByRole('textbox', { name: 'Why these words assert nothing' });
      if (!(await why.isVisible())) await first.getByRole('button', { name: 'Not a claim…' }).click({ timeout: 5_000 });
      await why.fill('A transition to the neighbours’ cases.', { timeout: 5_000 });
      await first.getByRole('button', { name: 'Mark' }).click({ timeout: 5_000 });
    }, { timeout: 120_000, interval: 500 });
    await expect.poll(() => readFileSync(file('annotations.yaml'), 'utf8'), { timeout: 30_000 }).toContain('notClaims:\n  - quote: { exact: "Neighbouring countries are watching closely." }');
    expect(command('publish', [SLUG]).err).toContain('not published (nothing was written)');

    dev!.kill();
    dev = undefined;
    const left: string[] = [];
    const yaml = readFileSync(file('annotations.yaml'), 'utf8').replace(/^ {2}- draft: (\{.*\})\n/gm, (_line, quote: string) => (left.push(quote), ''));
    writeFileSync(file('annotations.yaml'), `${yaml}${left.map((quote) => `  - quote: ${quote}\n    reason: "Not annotated in this test edition."\n`).join('')}`);
    writeFileSync(file('article.md'), readFileSync(file('article.md'), 'utf8').replace(/"\(to do: the author[^"]*"/, '"A. Writer"').replace(/"\(to do: who first[^"]*"/, 'null'));
    const published = command('publish', [SLUG]);
    expect(published.err).toBe('');
    expect(published.out).toContain(`${SLUG} is published`);

    const outDir = mkdtempSync(join(tmpdir(), 'editor-site-'));
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env: { ...env, CONTENT_DIR: content, SITE_URL: 'http://127.0.0.1:4321/' }, encoding: 'utf8' });
    expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);
    const site = await serveStatic(outDir);
    try {
      await page.goto(`${site.url}/articles/${SLUG}/`, { waitUntil: 'load' });
      for (const claim of CLAIMS) {
        expect(await page.locator(`.article-body .claim#${claim.id}`).textContent()).toBe(claim.words);
        expect(await page.locator(`details.note[data-claim="${claim.id}"] .note-text`).textContent()).toBe(claim.note);
      }
      const exported = JSON.parse(readFileSync(join(outDir, 'articles', SLUG, 'claims.json'), 'utf8')) as { claims: { id: string; kind: string }[] };
      expect(exported.claims.map((c) => c.id).sort()).toEqual(CLAIMS.map((c) => c.id).sort());
      expect(exported.claims.map((c) => c.kind).sort()).toEqual(['opinion', 'opinion', 'sourced', 'sourced', 'unsourced']);
      expect(readFileSync(join(outDir, 'articles', SLUG, 'index.html'), 'utf8')).not.toMatch(/\(to do|draft:|"draft"|status: draft/);

      await page.goto(`${site.url}/search/?q=${encodeURIComponent('blockade')}`, { waitUntil: 'load' });
      const result = page.locator('#search-results .search-result[data-kind] a.result-link').first();
      await result.waitFor({ timeout: 30_000 });
      expect(await result.getAttribute('href')).toContain(`/articles/${SLUG}/#highway-blocked`);
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('outturn')}`, { waitUntil: 'load' });
      await page.locator('#search-results .search-result[data-kind]').first().waitFor({ timeout: 30_000 });
      const found = await page.locator('#search-results .search-result[data-kind] a.result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href.split('#')[1]));
      expect(found.sort()).toEqual(['fuel-use-by-income', 'subsidy-cost-treasury']);
    } finally {
      await site.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
