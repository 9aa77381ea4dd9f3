import { describe, expect, it } from 'vitest';
import { NARROW, useBrowser } from './browser.ts';
import { filterCount, publishedClaims, searchedInHeaderBox, searchSettled } from './search-results.ts';

const browser = useBrowser();

/*
 * None of these is in the article, its claims or their notes (the test checks). Each begins like words
 * that are: "so", "the", "Masimov", "Nazarbayev", of several lengths; Pagefind alone would find the
 * shorter word (its fallback to the longest indexed prefix) and report a mention.
 */
const ABSENT = ['Soros', 'Sorosx', 'thee', 'Masimovich', 'Nazarbayeva', 'zyx'];

describe('a search for a word the edition never uses', () => {
  it('uses words that are truly absent from every claim, sentence and note', async () => {
    const { claims } = await publishedClaims();
    const written = claims.map((claim) => `${claim.text} ${claim.sentence} ${claim.noteText}`).join(' ').toLowerCase();
    for (const word of ABSENT) expect(written).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase()}`, 'u'));
  });

  it.each(ABSENT)('“%s” finds no claim and no article, and the page says nothing here mentions it', async (word) => {
    const { page } = await browser.open(`/search/?q=${word}`);
    expect(await searchSettled(page)).toBe(`Nothing here mentions “${word}”: no claim, note or article text holds the word.`);
    expect(await page.locator('#search-results .search-result').count()).toBe(0);
    expect(await page.locator('#search-found mark, #search-text mark').count()).toBe(0);
    expect(await page.locator('#search-text').isHidden()).toBe(true);
    for (const kind of ['', 'sourced', 'unsourced', 'opinion']) expect(await filterCount(page, 'kind', kind)).toBe(0);
  });

  it('in the header box, says and shows that nothing here mentions it', async () => {
    const { page } = await searchedInHeaderBox(browser, 'Soros', { viewport: NARROW });
    const said = 'Nothing here mentions “Soros”: no claim, note or article text holds the word.';
    await expect.poll(() => page.locator('#site-search-status').textContent()).toBe(said);
    await expect.poll(() => page.locator('#site-search-panel .search-none').textContent()).toBe(said);
    expect(await page.locator('#site-search-panel .search-none').isVisible()).toBe(true);
    expect(await page.locator('#site-search-panel .search-result').count()).toBe(0);
    expect(await page.locator('#site-search-panel .search-in-text').isHidden()).toBe(true);
  });
});

describe('a search for a word the edition uses', () => {
  it('finds a claim holding it, for a spread of the claims’ own words', async () => {
    const { claims } = await publishedClaims();
    const words = [...new Set(claims.flatMap((claim) => claim.text.split(/\s+/)).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((word) => word.length > 3))].sort();
    // Every fortieth word, in alphabetical order: about twenty, from numbers to names.
    const sample = words.filter((_, at) => at % 40 === 0);
    expect(sample.length).toBeGreaterThan(15);
    const { page } = await browser.open('/search/');
    const missed: string[] = [];
    for (const word of sample) {
      await page.locator('#search-q').fill(word);
      const status = await page.waitForFunction((w) => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text.includes(`“${w}”`) && text;
      }, word);
      if (!/^\d+ claims? for/.test(String(await status.jsonValue()))) missed.push(word);
    }
    expect(missed).toEqual([]);
  });
});
