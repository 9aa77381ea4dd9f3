import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE, useBrowser, WIDE } from './browser.ts';
import { searchSettled } from './search-results.ts';

const browser = useBrowser();

/**
 * Pagefind cuts its word index into files of 5,000 units (src/integrations/pagefind-index.ts, through a
 * setting Pagefind names unstable); a search fetches the file holding each word. With Pagefind's own
 * 20,000 the file holding "masimov" is about four times the size, the largest part of a first search
 * after Pagefind's own code: a file over this size says the setting was lost.
 */
const MOST_BYTES_PER_WORD_FILE = 12 * 1024;

/** The sizes of the word-index files the page fetches from now on, as served (Pagefind gzips them itself). */
function wordFilesFetched(page: Page): Promise<number>[] {
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (/\/pagefind\/index\/[^/]+\.pf_index$/.test(new URL(response.url()).pathname)) sizes.push(response.body().then((body) => body.length));
  });
  return sizes;
}

/** Each search box, where it stands and how to tell that its search has finished. */
const BOXES: [string, string, string, (page: Page) => Promise<unknown>][] = [
  ['the header box', ARTICLE, '#site-search-q', (page) => page.locator('#site-search-panel .search-result').first().waitFor()],
  ['/search/', '/search/', '#search-q', searchSettled],
];

describe('a search fetches only a small part of the word index', () => {
  it.each(BOXES)('typing “Masimov” in %s fetches word files of at most 12 KB each', async (_box, path, input, searched) => {
    const { page } = await browser.open(path, { viewport: WIDE });
    const sizes = wordFilesFetched(page);
    await page.locator(input).pressSequentially('Masimov');
    await searched(page);
    const fetched = await Promise.all(sizes);
    expect(fetched.length).toBeGreaterThan(0);
    for (const size of fetched) expect(size).toBeLessThanOrEqual(MOST_BYTES_PER_WORD_FILE);
  });
});
