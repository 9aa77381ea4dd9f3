import { describe, expect, it } from 'vitest';
import { ARTICLE, NARROW, useBrowser } from './browser.ts';
import { COUNT_AFTER_TYPING_MS, SEARCH_AFTER_TYPING_MS } from '../src/client/search/search-as-typed.ts';
import { filterCount, listedClaims, searchedInHeaderBox, searchSettled, showAll } from './search-results.ts';

const browser = useBrowser();

const KINDS = ['sourced', 'unsourced', 'opinion'];

describe('search counts claims, and says so', () => {
  it.each(['Tokayev', 'Masimov', 'CSTO'])('for “%s”, the kinds’ counts add up to the claims listed, and the article’s text is listed and counted apart', async (query) => {
    const { page } = await browser.open(`/search/?q=${query}`);
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
  });

  it('in the header box, announces the number of claims, and the article’s text apart', async () => {
    const { page } = await searchedInHeaderBox(browser, 'Tokayev', { viewport: NARROW });
    const status = page.locator('#site-search-status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ claims match “Tokayev”\./);
    const announced = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    const search = await browser.open('/search/?q=Tokayev');
    await searchSettled(search.page);
    await showAll(search.page);
    expect(announced).toBe((await listedClaims(search.page)).length);
    await search.close();
    expect(await status.textContent()).toMatch(/also in the text of 1 article\.$/);
    expect(await page.locator('#site-search-panel .search-result[data-kind="text"]').count()).toBe(0);
    expect(await page.locator('#site-search-panel .search-in-text').textContent()).toMatch(/text of 1 article/);
  });

  it('fetches an article’s whole text only when the reader opens the list of articles', async () => {
    const { page } = await browser.open('/search/');
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
  });

  // A key every 150 ms, a reader's pace, pauses longer than the boxes' wait: each pause shows results
  // for what is typed so far. The count, a live region, waits until the typing stops: counting "Ma",
  // "Mas"… reads records for counts no one sees, and a screen reader would hear one at every key.
  it.each([
    ['header box', ARTICLE, '#site-search-q', '#site-search-status', '“Masimov”'],
    ['/search/', '/search/', '#search-q', '#search-status', '“Masimov”'],
  ])('in the %s, a reader typing at their pace hears one count, for the word they stopped at', async (_, address, box, live, word) => {
    const { page } = await browser.open(address);
    // Every text the live region holds, and every key the box gets, as the page sees them.
    await page.evaluate(
      ({ box, live }) => {
        const heard = { said: [] as string[], keys: [] as { at: number; value: string }[] };
        (window as unknown as { heard: typeof heard }).heard = heard;
        const region = document.querySelector(live)!;
        new MutationObserver(() => heard.said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
        const input = document.querySelector<HTMLInputElement>(box)!;
        input.addEventListener('input', () => heard.keys.push({ at: performance.now(), value: input.value }));
      },
      { box, live },
    );
    const input = page.locator(box);
    await input.focus();
    for (const [at, key] of [...'Masimov'].entries()) {
      if (at > 0) await page.waitForTimeout(150);
      await input.press(key);
    }
    await expect.poll(() => page.locator(live).textContent()).toContain(word);
    const { said, keys } = await page.evaluate(() => (window as unknown as { heard: { said: string[]; keys: { at: number; value: string }[] } }).heard);
    // A busy machine can hold a key back for longer than the box waits before counting, which is then
    // a pause the reader made: a count is said for a word only if the next key came that late.
    const pausedOn = keys.filter((key, n) => n === keys.length - 1 || keys[n + 1]!.at - key.at >= SEARCH_AFTER_TYPING_MS + COUNT_AFTER_TYPING_MS).map((key) => `“${key.value}”`);
    const counts = said.filter(Boolean);
    expect(counts.at(-1)).toContain(word);
    for (const count of counts) expect(pausedOn.some((paused) => count.includes(paused)), `${count} (keys at ${keys.map((k) => Math.round(k.at)).join(', ')})`).toBe(true);
    // Typed without such a pause, the count is said once.
    if (pausedOn.length === 1) expect(counts).toHaveLength(1);
  });

  it('lists no article text once a kind is chosen, since the text has no kind', async () => {
    const { page } = await browser.open('/search/?q=Tokayev&kind=opinion');
    const status = await searchSettled(page);
    expect(status).toMatch(/^\d+ opinion claims? for “Tokayev”\.$/);
    expect(await page.locator('#search-text').isHidden()).toBe(true);
  });
});
