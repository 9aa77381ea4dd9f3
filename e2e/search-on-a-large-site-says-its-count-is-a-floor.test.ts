import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NARROW, useBrowser } from './browser.ts';
import { listedClaims, searchSettled, showAll } from './search-results.ts';

const browser = useBrowser();

/** A page of the three-article site, whose claims fill more records than a search counts at once. */
async function openManyClaims(path: string, viewport = { width: 1440, height: 900 }): Promise<{ page: Page; fragments: string[] }> {
  const context = await browser.context({ viewport });
  const page = await context.newPage();
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
  });
  await page.goto(new URL(path, inject('manyClaimsURL')).href, { waitUntil: 'load' });
  return { page, fragments };
}

// Every record holds "the": more records match than are counted.
const QUERY = 'the';

describe('a search on a site with more matching records than it counts at once', () => {
  it('says its count is a floor, lists at least as many claims as it counted, and reads the records only as the reader asks', async () => {
    const { page, fragments } = await openManyClaims(`/search/?q=${QUERY}`);
    const status = await searchSettled(page);
    const [, floor] = status.match(/^At least (\d+) claims for “the”\./) ?? [];
    expect(Number(floor)).toBeGreaterThan(0);
    // Sixteen records counted, and the first page listed from them: no record past those was read.
    expect(new Set(fragments).size).toBeLessThanOrEqual(16);
    await showAll(page);
    expect((await listedClaims(page)).length).toBeGreaterThanOrEqual(Number(floor));
    expect(new Set(fragments).size).toBeGreaterThan(16);
  });

  it('says the same in the header box', async () => {
    const { page } = await openManyClaims('/articles/generated-0001/', NARROW);
    await page.locator('#site-search-q').fill(QUERY);
    await expect.poll(() => page.locator('#site-search-status').textContent()).toMatch(/^At least \d+ claims match “the”\./);
    expect(await page.locator('#site-search-panel .search-result').count()).toBe(6);
  });
});
