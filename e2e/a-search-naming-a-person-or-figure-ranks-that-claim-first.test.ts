import { describe, expect, it } from 'vitest';
import { useBrowser, WIDE } from './browser.ts';
import { publishedClaims, searchedInHeaderBox, searchSettled } from './search-results.ts';

const browser = useBrowser();

const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('a query naming a person or a figure ranks a claim that names it first', () => {
  it.each(['Masimov', '5 to 7 thousand', '1,212'])('“%s”: the first claim found holds the words in its own text, in the box and on /search/', async (query) => {
    const { claims } = await publishedClaims();
    const naming = claims.filter((c) => collapse(c.text).includes(query)).map((c) => c.id);
    expect(naming.length).toBeGreaterThan(0);

    const search = await browser.open(`/search/?q=${encodeURIComponent(query)}`);
    await searchSettled(search.page);
    const first = await search.page.locator('#search-results .search-result a.result-link').first().getAttribute('href');
    expect(naming).toContain(first!.split('#')[1]);
    await search.close();

    const { page } = await searchedInHeaderBox(browser, query, { viewport: WIDE });
    const inBox = page.locator('#site-search-panel .search-result a.result-link').first();
    await inBox.waitFor();
    expect(naming).toContain((await inBox.getAttribute('href'))!.split('#')[1]);
  });
});
