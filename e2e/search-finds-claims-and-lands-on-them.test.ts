import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTICLE, NARROW, useBrowser, WIDE } from './browser.ts';
import { searchedInHeaderBox } from './search-results.ts';

const browser = useBrowser();

const KINDS = ['sourced', 'unsourced', 'opinion'] as const;
const results = (page: Page) => page.locator('#search-results .search-result');
const filterCount = async (page: Page, kind: string) =>
  Number(await page.locator(`.kind-filter label:has(input[value="${kind}"]) .filter-count`).textContent());

async function articleCounts(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const kind of KINDS) counts[kind] = Number(await page.locator(`[data-count-kind="${kind}"]`).textContent());
  return counts;
}

/** A page in a context of its own, noting the path of every request it makes, from its first. */
async function withRequestsLogged(): Promise<{ page: Page; fetched: string[] }> {
  const page = await (await browser.context({ viewport: WIDE })).newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  return { page, fetched };
}

describe('the search box in the header', () => {
  it('costs a reader who never searches nothing: its code and Pagefind load when the reader turns to the box, and what was typed meanwhile is searched', async () => {
    const context = await browser.context({ viewport: WIDE });
    const page = await context.newPage();
    // Each script as it arrives: its body is read as it comes, and waited for before it is looked at.
    const scripts: Promise<{ url: string; body: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => ({ url: response.url(), body })));
    });
    await page.goto(new URL(ARTICLE, inject('baseURL')).href, { waitUntil: 'networkidle' });
    // The words the header search writes under the box are in its code, whatever the bundle is named.
    const searchCode = async () => (await Promise.all(scripts)).filter((script) => script.body.includes('claims match') || script.url.includes('/pagefind/'));
    // The page's own scripts have all arrived once its enhancements have run.
    await page.waitForSelector('.article-body[data-placed]', { state: 'attached' });
    expect(scripts.length).toBeGreaterThan(0);
    expect((await searchCode()).map((script) => script.url)).toEqual([]);
    // Typed at once, before the code has arrived.
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('Masimov');
    await page.locator('#site-search-panel .search-result[data-kind]').first().waitFor();
    expect((await searchCode()).length).toBeGreaterThan(0);
    // The count follows the results, once the typing has stopped.
    await expect.poll(() => page.locator('#site-search-status').textContent()).toMatch(/claims? match “Masimov”/);
  });

  it('shows claim results as you type "Masimov", and following one lands on the claim with its note open and focus on it', async () => {
    const { page, errors } = await searchedInHeaderBox(browser, 'Masimov', { viewport: WIDE });
    const first = page.locator('#site-search-panel .search-result[data-kind] a.result-link').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/Masimov/);
    const href = (await first.getAttribute('href'))!;
    const id = href.split('#')[1]!;
    await first.click();
    await page.waitForURL(`**${href}`);
    await expect.poll(() => page.evaluate((claim) => document.activeElement?.id === claim, id)).toBe(true);
    expect(await page.$eval(`#${id}`, (el) => el.matches(':target'))).toBe(true);
    expect(await page.$eval(`details.note[data-claim="${id}"]`, (el) => (el as HTMLDetailsElement).open)).toBe(true);
    const top = () => page.$eval(`#${id}`, (el) => el.getBoundingClientRect().top);
    await expect.poll(async () => (await top()) >= 0 && (await top()) < 900).toBe(true);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard alone: arrows through the results, Enter to go, Escape to clear', async () => {
    const { page } = await browser.open('/method/', { viewport: WIDE });
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // the search box
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    /** Types "CSTO", then goes down the results to the second; returns where it leads. */
    const toSecondResult = async () => {
      await page.keyboard.type('CSTO');
      // The results for the whole word, not for "CST" typed a moment before (a slow machine searches between keys).
      await expect.poll(() => page.locator('#site-search-status').textContent()).toContain('“CSTO”');
      await page.locator('#site-search-panel .search-result').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const onResult = () => page.evaluate(() => document.activeElement?.matches('#site-search-panel .search-result:nth-child(2) a') ?? false);
      await expect.poll(onResult).toBe(true);
      return page.evaluate(() => document.activeElement!.getAttribute('href')!);
    };
    const second = await toSecondResult();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#site-search-q').inputValue()).toBe('');
    expect(await page.locator('#site-search-panel').isHidden()).toBe(true);
    expect(await toSecondResult()).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${second}`);
  });

  it('announces the number of matching claims politely', async () => {
    const { page } = await searchedInHeaderBox(browser, 'Tokayev', { viewport: NARROW });
    await expect.poll(() => page.locator('#site-search-status').textContent()).toMatch(/^\d+ claims match “Tokayev”\./);
    expect(await page.locator('#site-search-status').getAttribute('aria-live')).toBe('polite');
  });

  it('without JavaScript is a plain form that goes to /search/?q=', async () => {
    const { page } = await searchedInHeaderBox(browser, 'Masimov', { viewport: WIDE, javaScriptEnabled: false });
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=Masimov');
    expect(await page.locator('noscript').count()).toBe(1);
  });

  it('loads nothing of Pagefind until the reader starts a search', async () => {
    const { page, fetched } = await withRequestsLogged();
    await page.goto(new URL(ARTICLE, inject('baseURL')).href, { waitUntil: 'networkidle' });
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#site-search-q').focus();
    await expect.poll(() => fetched.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);
  });
});

describe('the search page', () => {
  it('loads Pagefind and the filter every search uses with the page, before a word is typed, so that a first search waits only for its words', async () => {
    const { page, fetched } = await withRequestsLogged();
    // Asked for once Pagefind has started, which on a busy machine can be after the network was quiet.
    const filterFile = page.waitForRequest((request) => request.url().endsWith('.pf_filter'), { timeout: 15_000 });
    await page.goto(new URL('/search/', inject('baseURL')).href, { waitUntil: 'networkidle' });
    await filterFile;
    const engine = fetched.filter((path) => path.startsWith('/pagefind/'));
    expect(engine).toContain('/pagefind/pagefind.js');
    expect(engine.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(engine.some((path) => path.includes('wasm'))).toBe(true);
    // The one filter file every search with words asks for (the articles' own text is told from the
    // claims by it), so that it is not fetched after the typing pauses; the other filters' are not.
    expect(engine.filter((path) => path.endsWith('.pf_filter'))).toHaveLength(1);
    // Nothing of the word index yet: that is what a query asks for.
    expect(engine.filter((path) => path.endsWith('.pf_index'))).toEqual([]);
  });

  it('counts each kind as the article page does', async () => {
    const article = await browser.open(ARTICLE);
    const expected = await articleCounts(article.page);
    await article.close();
    const { page, errors } = await browser.open('/search/?kind=sourced');
    await expect.poll(() => filterCount(page, 'sourced')).toBe(expected.sourced);
    for (const kind of KINDS) expect(await filterCount(page, kind), kind).toBe(expected[kind]);
    expect(await filterCount(page, '')).toBe(expected.sourced! + expected.unsourced! + expected.opinion!);
    expect(errors).toEqual([]);
  });

  it('keeps the counts of the other kinds right once a kind is chosen for a query', async () => {
    const { page } = await browser.open('/search/?q=Masimov');
    // The counts come after the results: the status, said last, tells when both are in.
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/for “Masimov”/);
    const before = Object.fromEntries(await Promise.all(KINDS.map(async (k) => [k, await filterCount(page, k)])));
    await page.locator('input[name="kind"][value="sourced"]').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Masimov&kind=sourced');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/sourced claims? for “Masimov”/);
    expect(await results(page).count()).toBe(before.sourced);
    for (const kind of KINDS) expect(await filterCount(page, kind), kind).toBe(before[kind]);
  });

  it('lists every claim of a kind in reading order for an empty query, one click from the article’s details', async () => {
    const article = await browser.open(ARTICLE);
    const expected = (await articleCounts(article.page)).unsourced!;
    await article.page.locator('.edition-details > summary').click();
    await article.page.getByRole('link', { name: /^List the \d+ unsourced claims$/ }).click();
    await article.page.waitForURL('**/search/?kind=unsourced&article=*');
    const { page } = article;
    await expect.poll(() => results(page).count()).toBe(Math.min(expected, 20));
    const more = page.locator('#search-more');
    // "More" hides while a batch is being listed, claim by claim: wait until it is back or all are in.
    const settled = async () => (await more.isVisible()) || (await results(page).count()) === expected;
    for (let batch = 0; batch < 20; batch++) {
      await expect.poll(settled).toBe(true);
      if (!(await more.isVisible())) break;
      const shown = await results(page).count();
      await more.click();
      await expect.poll(() => results(page).count()).toBeGreaterThan(shown);
    }
    expect(await results(page).count()).toBe(expected);
    expect(await more.isVisible()).toBe(false);
    const numbers = await page.$$eval('.result-source', (all) => all.map((p) => Number(p.textContent!.match(/claim (\d+)/)![1])));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await page.locator('#search-results .search-result[data-kind="unsourced"]').count()).toBe(expected);
    await article.close();
  });

  it('reads and writes ?q= so that a search is a link', async () => {
    const { page } = await browser.open('/search/?q=Turkey');
    expect(await page.locator('#search-q').inputValue()).toBe('Turkey');
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    await page.locator('#search-q').fill('Nexta');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Nexta');
    await expect.poll(() => page.locator('#search-results').textContent()).toMatch(/Nexta/);
  });

  it('says so when nothing matches, and what to do', async () => {
    const { page } = await browser.open('/search/?q=zzzqqqxx');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('Nothing here mentions “zzzqqqxx”: no claim, note or article text holds the word.');
    expect(await results(page).count()).toBe(0);
  });

  it('finds words of the article that no claim holds, as the article itself, and keeps the notes out of its text', async () => {
    const { page } = await browser.open('/search/?q=comprehensive');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/No claim matches “comprehensive”.*also in the text of 1 article/);
    // The article's text is listed apart from the claims (issue 16), so no claim is found here.
    const found = page.locator('#search-results .search-result');
    const text = page.locator('#search-text-results .search-result');
    expect(await found.count()).toBe(0);
    await page.locator('#search-text > summary').click();
    await expect.poll(() => text.count()).toBe(1);
    expect(await text.first().getAttribute('data-kind')).toBe('text');
    expect(await text.first().locator('a.result-link').getAttribute('href')).toBe(ARTICLE);
    // "sentenced" is in a note only: the claim's record has it, the article's text does not.
    await page.locator('#search-q').fill('sentenced');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/for “sentenced”/);
    expect(await found.count()).toBeGreaterThan(0);
    expect(await page.locator('#search-text-results .search-result').count()).toBe(0);
  });

  it('marks the matched words in each result, and shows the kind in words', async () => {
    const { page } = await browser.open('/search/?q=Tokayev');
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    const first = results(page).first();
    expect(await first.locator('mark').first().textContent()).toMatch(/^Tokayev/);
    expect(await first.locator('.kind-label').textContent()).toMatch(/^(Sourced|Unsourced|Opinion)\b/);
  });
});
