import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ARTICLE, BOTH_WIDTHS, useBrowser } from './browser.ts';
import { builtPages } from './built-pages.ts';

const browser = useBrowser();

describe.each([
  ['the home page', '/'],
  ['the article', ARTICLE],
  ['the method page', '/method/'],
])('%s', (_name, path) => {
  it.each(BOTH_WIDTHS)('loads at %s with no console error, CSP violations included, and no sideways scroll', async (_w, viewport) => {
    const { page, errors } = await browser.open(path, { viewport });
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
  });
});

describe('the home page', () => {
  it('lists each article with its claims counted by kind, linking to it', async () => {
    const { page } = await browser.open('/');
    const link = page.getByRole('link', { name: 'Color Revolution In Kazakhstan 2022 – Analysis' });
    expect(await link.getAttribute('href')).toBe(ARTICLE);
    const counts = await page.locator('.kind-counts-inline').first().textContent();
    expect(counts).toMatch(/\d+ claims: .*\d+ sourced, .*\d+ unsourced, .*\d+ opinion/s);
  });
});

describe('the test server', () => {
  it('sends the headers of public/_headers, as Netlify and Cloudflare Pages do, so every browser test runs behind them', async () => {
    const response = await fetch(new URL(ARTICLE, inject('baseURL')));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

/** A policy as a map from directive to its sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('the host’s policy, which a browser enforces beside each page’s own', () => {
  it('allows, on every built page, directive by directive, all that the page’s own <meta> allows, and no page needs the hashes it leaves out', async () => {
    const refused: string[] = [];
    for (const file of builtPages('dist')) {
      const response = await fetch(new URL(`/${file.replace(/index\.html$/, '')}`, inject('baseURL')));
      const html = await response.text();
      // The share pages write the attribute as a hast tree would, quotes as character references.
      const own = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1]?.replace(/&#x27;/g, "'");
      if (!own) refused.push(`${file}: no policy of its own`);
      const host = directives(response.headers.get('content-security-policy') ?? '');
      for (const [name, sources] of directives(own ?? '')) {
        // Hashes name the page's inline code, which the host's policy (without them) would refuse:
        // the page may have none. 'none' allows nothing, so any host value allows all of it.
        const missing = sources.filter((source) => !source.startsWith("'sha256-") && source !== "'none'" && !host.get(name)?.includes(source));
        if (missing.length > 0) refused.push(`${file}: ${name} ${missing.join(' ')}`);
      }
      for (const inline of html.match(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>|<style[\s>]/g) ?? []) refused.push(`${file}: inline ${inline}`);
    }
    expect(refused).toEqual([]);
  });
});

describe('an address that does not exist', () => {
  it('answers 404 with a page that leads back', async () => {
    const response = await fetch(new URL('/no/such/page/', inject('baseURL')));
    expect(response.status).toBe(404);
    const { page } = await browser.open('/no/such/page/');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getByRole('link', { name: 'See all annotated articles' }).getAttribute('href')).toBe('/');
  });
});

describe('the article’s header', () => {
  it('gives the authors, the method and the summary, and the original publication (unknowns as unknown) under it', async () => {
    const { page } = await browser.open(ARTICLE);
    const header = page.locator('.article-header');
    expect(await header.locator('.byline').textContent()).toBe('By Konstantin Strigunov and Andrei Manoilo');
    // The original's details are folded under the header, one click away; what is not known says so.
    await page.locator('.edition-details > summary').click();
    const said = (term: string) => page.locator('.publication > div').filter({ has: page.getByRole('term').getByText(term, { exact: true }) }).getByRole('definition');
    await expect.poll(() => said('Original address').isVisible()).toBe(true);
    expect(await said('Original address').innerText()).toBe('not known');
    expect(await said('Original date').innerText()).toBe('not known');
    expect(await said('First published by').innerText()).toMatch(/^Eurasia Review \(/);
    expect(await page.getByRole('link', { name: 'How claims are marked' }).first().getAttribute('href')).toBe('/method/');
    expect(await page.getByRole('heading', { name: /\d+ claims marked/ }).count()).toBe(1);
  });

  it.each([
    ['the article', ARTICLE, 'main'],
    ['a fixture article whose notes quote markup and link out', '/articles/sample/', 'fixture'],
  ] as const)('of %s links every external address with safe rel attributes, and runs no injected script', async (_what, path, site) => {
    const dialogs: string[] = [];
    const { page, errors } = await browser.open(path, {}, site);
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
  });
});
