import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { BASE_PATH } from './serve-dist.ts';

const browser = useBrowser();

/** The fixture site, built with BASE_PATH and served only under it, as GitHub Pages serves a project site. */
const at = (path = '') => `${inject('basePathURL')}${path}`;

const openAt = (path: string) => browser.open(path, {}, 'base');

/** Every address a page links to or loads from this site. */
const siteAddresses = (page: Page) =>
  page.$$eval('a[href], link[href], script[src], form[action]', (elements) =>
    elements
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!)
      .filter((address) => !/^(https?:|#|\?|mailto:)/.test(address)),
  );

describe('the site served under a sub-path', () => {
  it.each(['', 'articles/sample/', 'method/', 'search/'])('keeps every address of /%s under the sub-path, and each one answers', async (path) => {
    const { page, errors } = await openAt(path);
    await page.waitForLoadState('networkidle');
    const addresses = await siteAddresses(page);
    expect(addresses.length).toBeGreaterThan(3);
    for (const address of addresses) {
      const url = new URL(address, page.url());
      expect(url.pathname, address).toMatch(new RegExp(`^${BASE_PATH}`));
      expect((await fetch(url)).status, address).toBe(200);
    }
    expect(errors).toEqual([]);
  });

  it('styles the article, and a link from the home page leads to it', async () => {
    const { page } = await openAt('');
    await page.getByRole('link', { name: 'A sample article' }).click();
    await page.waitForURL(`**${BASE_PATH}articles/sample/`);
    expect(await page.$eval('.article-body', (el) => getComputedStyle(el).display)).not.toBe('inline');
  });

  it('searches from the header box and lands on the claim found', async () => {
    const { page, errors } = await openAt('method/');
    await page.locator('#site-search-q').fill('gas');
    const first = page.locator('#site-search-panel .search-result[data-kind] a.result-link').first();
    await first.waitFor();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${BASE_PATH}articles/sample/#`));
    await first.click();
    await page.waitForURL(`**${href}`);
    const id = href.split('#')[1]!;
    await expect.poll(() => page.$eval(`#${id}`, (el) => el.matches(':target'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('gives exports, share pages, the sitemap and robots.txt addresses under the sub-path, and a share link, even without its trailing slash, lands on its claim', async () => {
    const { claims } = await (await fetch(at('articles/sample/claims.json'))).json();
    for (const claim of claims) {
      expect(claim.url).toMatch(new RegExp(`^${BASE_PATH}articles/sample/#`));
      expect(claim.share).toMatch(new RegExp(`^${BASE_PATH}articles/sample/claims/`));
    }
    const annotations = await (await fetch(at('articles/sample/annotations.jsonld'))).text();
    expect(annotations).toContain(`${BASE_PATH}articles/sample/annotations.jsonld`);
    const robots = await (await fetch(at('robots.txt'))).text();
    expect(robots).toContain(`${BASE_PATH}sitemap-index.xml`);
    const sitemap = await (await fetch(at('sitemap-0.xml'))).text();
    expect(sitemap).toContain(`${BASE_PATH}articles/sample/</loc>`);

    // Without the slash, as a host that does not redirect serves it: the page's refresh must not be relative.
    const { page } = await openAt(claims[0].share.slice(BASE_PATH.length).replace(/\/$/, ''));
    await page.waitForURL(`**${BASE_PATH}articles/sample/#${claims[0].id}**`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${claims[0].id}`);
  });

  it('answers 404 outside the sub-path, as the host would', async () => {
    expect((await fetch(new URL('/articles/sample/', at()))).status).toBe(404);
  });
});
