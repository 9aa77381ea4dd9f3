import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, launch, NARROW, open } from './browser.ts';
import { filterCount, listedClaims, searchSettled, showAll } from './search-results.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const KINDS = ['sourced', 'unsourced', 'opinion'];

describe('search counts claims, and says so', () => {
  it.each(['Tokayev', 'Masimov', 'CSTO'])('for “%s”, the kinds’ counts add up to the claims listed, and the article’s text is listed and counted apart', async (query) => {
    const { page, close } = await open(browser, `/search/?q=${query}`);
    const status = await searchSettled(page);
    await showAll(page);
    const claims = await page.locator('#search-results .search-result').count();
    expect(await page.locator('#search-results .search-result[data-kind="text"]').count()).toBe(0);
    const kinds = await Promise.all(KINDS.map((kind) => filterCount(page, 'kind', kind)));
    expect(kinds.reduce((a, b) => a + b, 0)).toBe(claims);
    expect(await filterCount(page, 'kind', '')).toBe(claims);
    // The status counts the same claims, as claims, and the text results apart.
    expect(status).toMatch(new RegExp(`^${claims} claims? for “${query}”\\.`));
    // Counted at once; listed, at the cost of the article's whole text, only once the reader asks.
    expect(await page.locator('#search-text .text-count').textContent()).toBe('1');
    expect(await page.locator('#search-text-results .search-result').count()).toBe(0);
    await page.locator('#search-text > summary').click();
    await expect.poll(() => page.locator('#search-text-results .search-result').count()).toBe(1);
    expect(await page.locator('#search-text-results .search-result a.result-link').getAttribute('href')).toBe(ARTICLE);
    expect(status).toMatch(/also in the text of 1 article/);
    await close();
  });

  it('in the header box, announces the number of claims, and the article’s text apart', async () => {
    const { page, close } = await open(browser, ARTICLE, { viewport: NARROW });
    await page.locator('#site-search-q').fill('Tokayev');
    const status = page.locator('#site-search-status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ claims match “Tokayev”\./);
    const announced = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    const search = await open(browser, '/search/?q=Tokayev');
    await searchSettled(search.page);
    await showAll(search.page);
    expect(announced).toBe((await listedClaims(search.page)).length);
    await search.close();
    expect(await status.textContent()).toMatch(/also in the text of 1 article\.$/);
    expect(await page.locator('#site-search-panel .search-result[data-kind="text"]').count()).toBe(0);
    expect(await page.locator('#site-search-panel .search-in-text').textContent()).toMatch(/text of 1 article/);
    await close();
  });

  it('fetches an article’s whole text only when the reader opens the list of articles', async () => {
    const { page, close } = await open(browser, '/search/');
    const fragments: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.pf_fragment')) void response.body().then((body) => fragments.push(body.length));
    });
    await page.locator('#search-q').fill('Tokayev');
    await searchSettled(page);
    await page.waitForLoadState('networkidle');
    // A record of claims is twenty claims with their sentences and notes (3–4 KB); the article's record
    // is its whole text (17 KB).
    const largest = () => Math.max(0, ...fragments);
    expect(largest()).toBeLessThan(8_000);
    await page.locator('#search-text > summary').click();
    await expect.poll(largest).toBeGreaterThan(10_000);
    await close();
  });

  it('lists no article text once a kind is chosen, since the text has no kind', async () => {
    const { page, close } = await open(browser, '/search/?q=Tokayev&kind=opinion');
    const status = await searchSettled(page);
    expect(status).toMatch(/^\d+ opinion claims? for “Tokayev”\.$/);
    expect(await page.locator('#search-text').isHidden()).toBe(true);
    await close();
  });
});
