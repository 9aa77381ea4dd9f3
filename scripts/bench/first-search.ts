import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export interface FirstSearch {
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** From the last keystroke to the first result on screen, the box's debounce included. */
  msToFirstResult: number;
}

/** Where the first search is typed: the header's box (on an article) or the search page's own box. */
export type SearchBoxName = 'header' | 'page';
const BOX: Record<SearchBoxName, { input: string; result: string }> = {
  header: { input: '#site-search-q', result: '#site-search-panel .search-result' },
  page: { input: '#search-q', result: '#search-results .search-result' },
};

const RESULT_TIMEOUT_MS = 15_000;

/**
 * Opens a page as a reader would, then types a query into its search box: what the first search
 * fetches (everything requested after the page had settled, and whatever of Pagefind the page fetched
 * as it loaded) and how long its first result takes.
 */
export async function measureFirstSearch(browser: Browser, pageUrl: string, query: string, box: SearchBoxName = 'header'): Promise<FirstSearch> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // A page may load the search engine before a word is typed (/search/ does, with the page): what it
  // fetches of Pagefind while loading is part of what its first search costs.
  const engineAtLoad: Promise<Buffer | null>[] = [];
  const onLoadResponse = (response: Response) => {
    if (new URL(response.url()).pathname.includes('/pagefind/')) engineAtLoad.push(response.body().catch(() => null));
  };
  page.on('response', onLoadResponse);
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  page.off('response', onLoadResponse);
  const bodies: Promise<Buffer | null>[] = [...engineAtLoad];
  let lastActivity = performance.now();
  let inFlight = 0;
  page.on('request', () => {
    inFlight += 1;
    lastActivity = performance.now();
  });
  const settled = () => {
    inFlight -= 1;
    lastActivity = performance.now();
  };
  page.on('requestfailed', settled);
  page.on('response', (response) => {
    bodies.push(response.body().catch(() => null));
    settled();
  });
  // The page notes the moment its first result shows: Playwright's own wait polls at up to 500 ms
  // intervals, which made every time it measured a multiple of its backoff.
  // A query nothing matches would otherwise wait for ever: after RESULT_TIMEOUT_MS it fails, saying so.
  await page.evaluate(
    ({ selector, timeout, query }) => {
      (window as unknown as { firstResultShown: Promise<number> }).firstResultShown = new Promise((resolve, reject) => {
        const seen = () => [...document.querySelectorAll(selector)].some((el) => el.checkVisibility());
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        setTimeout(() => reject(new Error(`no result for "${query}" within ${timeout} ms`)), timeout);
      });
    },
    { selector: BOX[box].result, timeout: RESULT_TIMEOUT_MS, query },
  );
  const input = page.locator(BOX[box].input);
  await input.focus();
  await input.pressSequentially(query, { delay: 0 });
  const started = await page.evaluate(() => performance.now());
  const ended = await page.evaluate(() => (window as unknown as { firstResultShown: Promise<number> }).firstResultShown);
  // Everything the search fetches, its counts included: until nothing has been asked for 500 ms.
  // (Playwright's `networkidle` was reached when the page loaded, so waiting for it returns at once.)
  while (inFlight > 0 || performance.now() - lastActivity < 500) await page.waitForTimeout(50);
  const fetched = (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
  await context.close();
  return {
    requests: fetched.length,
    bytes: fetched.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: fetched.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    msToFirstResult: ended - started,
  };
}

/**
 * The first search, `runs` times over, each in a fresh browser context (an empty cache, as a new
 * reader's): the median run, so that one slow moment of a shared machine does not stand for the site,
 * with the fastest and slowest times beside it.
 */
export async function measureFirstSearchMedian(browser: Browser, pageUrl: string, query: string, box: SearchBoxName = 'header', runs = 5) {
  const all: FirstSearch[] = [];
  for (let i = 0; i < runs; i++) all.push(await measureFirstSearch(browser, pageUrl, query, box));
  const sorted = [...all].sort((a, b) => a.msToFirstResult - b.msToFirstResult);
  return { ...sorted[Math.floor(runs / 2)]!, runs, fastestMs: sorted[0]!.msToFirstResult, slowestMs: sorted.at(-1)!.msToFirstResult };
}
