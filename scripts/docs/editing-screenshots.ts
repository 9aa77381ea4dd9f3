/**
 * `node scripts/docs/editing-screenshots.ts`: takes the screenshots of docs/editing.md again, by doing
 * what the guide says in a scratch copy of content/: `npm run new` from the guide's sample text,
 * `npm run dev`, the editor's panel in Debian's Chromium. Writes docs/screenshots/editing/*.png.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { siteCacheDir } from '../../src/lib/build-cache/site-cache.ts';
import { launchChromium } from '../chromium.ts';
import { BUDGET_OUTTURN, fillNewSource, selectWords } from '../../e2e/editor-panel.ts';

const OUT = 'docs/screenshots/editing';
const SLUG = 'fuel-subsidy-reform';
const PORT = 4399;
// A scratch folder holding a copy of content/, in which the development server runs (its project still
// this one): the panel names files as an editor's does, content/articles/….
const scratch = mkdtempSync(join(tmpdir(), 'editing-guide-'));
const content = join(scratch, 'content');
const project = process.cwd();
const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
cpSync('content', content, { recursive: true });
const made = spawnSync(process.execPath, ['scripts/new-article.ts', SLUG, 'test/fixtures/texts/fuel-subsidy-reform.txt'], { env, encoding: 'utf8' });
if (made.status !== 0) throw new Error(made.stderr);
mkdirSync(OUT, { recursive: true });

const dev: ChildProcess = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', project, '--port', String(PORT), '--ignore-lock'], {
  cwd: scratch,
  env: { ...env, CONTENT_DIR: 'content' },
});
const browser = await launchChromium();
try {
  const base = `http://127.0.0.1:${PORT}/articles/${SLUG}/`;
  for (let tries = 0; (await fetch(base).then((r) => r.status).catch(() => 0)) !== 200; tries++) {
    if (tries > 120) throw new Error('npm run dev did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(base, { waitUntil: 'load' });
  await ready(page);
  // The toolbar at the foot of the page, its pen pointed at.
  await page.locator('astro-dev-toolbar button[data-app-id="annotated-reading-editor"]').hover({ force: true });
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/01-the-toolbar-pen.png`, clip: { x: 340, y: 700, width: 600, height: 160 } });

  await page.locator('astro-dev-toolbar button[data-app-id="annotated-reading-editor"]').click({ force: true });
  await page.getByRole('tab', { name: /Left to classify/ }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/02-left-to-classify.png` });

  await page.getByRole('tab', { name: 'Claim' }).click();
  await page.locator('#p-first-weeks-turbulent').evaluate((p) => scrollTo(0, p.getBoundingClientRect().top + scrollY - 90));
  await selectWords(page, 'p-first-weeks-turbulent', 'Truck drivers blocked the main highway north of the capital for three days');
  const form = page.getByRole('form', { name: 'New claim' });
  await form.locator('blockquote').waitFor();
  await form.getByRole('radio', { name: /^Unsourced/ }).check();
  await form.getByRole('combobox', { name: /What the public record says/ }).selectOption('not found');
  await form.getByRole('textbox', { name: /^Note/ }).fill('No public report of a three-day blockade was found.');
  await page.screenshot({ path: `${OUT}/03-a-claim-from-a-selection.png` });
  await form.getByRole('button', { name: 'Save claim' }).click();
  await page.locator('.claim#truck-drivers-blocked-main').waitFor({ timeout: 60_000 });
  await ready(page);

  await page.locator('#p-when-government-norland').evaluate((p) => scrollTo(0, p.getBoundingClientRect().top + scrollY - 90));
  await selectWords(page, 'p-when-government-norland', 'The finance ministry said the subsidy had cost the treasury 2.1 billion crowns in the previous year');
  await page.getByRole('form', { name: 'New claim' }).locator('blockquote').waitFor();
  await page.getByRole('radio', { name: /^Sourced/ }).check();
  await fillNewSource(page, BUDGET_OUTTURN);
  await page.screenshot({ path: `${OUT}/04-a-new-source.png` });
  await page.getByRole('button', { name: 'Cancel' }).last().click();
  await page.getByRole('button', { name: 'Cancel' }).first().click();

  // The claim in the page, its note open with the buttons that edit it.
  await page.getByRole('button', { name: 'Close' }).first().click();
  await page.locator('details.note[data-claim="truck-drivers-blocked-main"] summary').click();
  await page.locator('.claim#truck-drivers-blocked-main').evaluate((claim) => scrollTo(0, claim.getBoundingClientRect().top + scrollY - 220));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/05-the-claim-and-its-note.png` });

  // A quote broken by an edit to article.md: the page says so.
  const article = join(content, 'articles', SLUG, 'article.md');
  const text = readFileSync(article, 'utf8');
  writeFileSync(article, text.replace('north of the capital for three days', 'north of the capital for four days'));
  await page.locator('annotated-editor-banner [role=alert]').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Show the problems' }).click();
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/06-a-problem-in-the-page.png` });
  writeFileSync(article, text);
  await page.close();
} finally {
  await browser.close();
  dev.kill();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(siteCacheDir(content, '/'), { recursive: true, force: true });
}
console.log(`wrote the screenshots of docs/editing.md in ${OUT}/`);

/** Waits until the editor's app has started in the page and read the article. */
async function ready(page: Page): Promise<void> {
  await page.locator('style[data-editor]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(800);
}
