import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ARTICLE, launch, NARROW, open, WIDE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe.each([
  ['the home page', '/'],
  ['the article', ARTICLE],
  ['the method page', '/method/'],
])('%s', (_name, path) => {
  it.each([
    ['1440 px', WIDE],
    ['375 px', NARROW],
  ])('loads at %s with no console error, CSP violations included, and no sideways scroll', async (_w, viewport) => {
    const { page, errors, close } = await open(browser, path, { viewport });
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    await close();
  });
});

describe('the home page', () => {
  it('lists each article with its claims counted by kind, linking to it', async () => {
    const { page, close } = await open(browser, '/');
    const link = page.getByRole('link', { name: 'Color Revolution In Kazakhstan 2022 – Analysis' });
    expect(await link.getAttribute('href')).toBe(ARTICLE);
    const counts = await page.locator('.kind-counts-inline').first().textContent();
    expect(counts).toMatch(/\d+ claims: .*\d+ sourced, .*\d+ unsourced, .*\d+ opinion/s);
    await close();
  });
});

describe('the test server', () => {
  it('sends the headers of public/_headers, as Netlify and Cloudflare Pages do, so every browser test runs behind them', async () => {
    const response = await fetch(new URL(ARTICLE, inject('baseURL')));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('an address that does not exist', () => {
  it('answers 404 with a page that leads back', async () => {
    const response = await fetch(new URL('/no/such/page/', inject('baseURL')));
    expect(response.status).toBe(404);
    const { page, close } = await open(browser, '/no/such/page/');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getByRole('link', { name: 'See all annotated articles' }).getAttribute('href')).toBe('/');
    await close();
  });
});

describe('the article’s header', () => {
  it('gives the authors, the method and the summary, and the original publication (unknowns as unknown) under it', async () => {
    const { page, close } = await open(browser, ARTICLE);
    const header = page.locator('.article-header');
    expect(await header.locator('.byline').textContent()).toBe('By Konstantin Strigunov and Andrei Manoilo');
    // The original's details are folded under the header, one click away.
    await page.locator('.edition-details > summary').click();
    expect(await page.locator('.edition-details').textContent()).toContain('Original addressnot known');
    expect(await page.getByRole('link', { name: 'How claims are marked' }).first().getAttribute('href')).toBe('/method/');
    expect(await page.getByRole('heading', { name: /\d+ claims marked/ }).count()).toBe(1);
    await close();
  });

  it.each([
    ['the article', ARTICLE, 'main'],
    ['a fixture article whose notes quote markup and link out', '/articles/sample/', 'fixture'],
  ] as const)('of %s links every external address with safe rel attributes, and runs no injected script', async (_what, path, site) => {
    const dialogs: string[] = [];
    const { page, errors, close } = await open(browser, path, {}, site);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('details.note').first().locator(':scope > summary').click();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('.note-body script, .note-body img').count()).toBe(0);
    const unsafe = await page.$$eval('a[href^="http"]', (links) =>
      (links as HTMLAnchorElement[]).filter((a) => !['noopener', 'noreferrer'].every((r) => a.relList.contains(r))).map((a) => a.getAttribute('href')),
    );
    expect(unsafe).toEqual([]);
    await close();
  });
});
