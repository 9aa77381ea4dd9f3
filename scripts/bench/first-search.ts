import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import type { ResilientBrowser } from './resilient-browser.ts';

export interface FirstSearch {
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** From the last keystroke to the first result on screen, the box's debounce included. */
  msToFirstResult: number;
}

/** Where the first search is typed: the header's box (on an article) or the search page's own box. */
export type SearchBoxName = 'header' | 'page';
const BOX: Record<SearchBoxName, { input: string; result: string; allResults?: string }> = {
  // The box's "all results" link is set to the query in the step that draws that query's results.
  header: { input: '#site-search-q', result: '#site-search-panel .search-result', allResults: '#site-search-panel .search-all' },
  page: { input: '#search-q', result: '#search-results .search-result' },
};

/**
 * How the query is typed. All at once (about 80 ms for a word) times the search alone on /search/,
 * but in the header box, which starts Pagefind when it gets the focus, mostly Pagefind's start. A reader types a key every 150 ms or so (80 words a minute):
 * Pagefind starts while they type, and each pause longer than the box's wait searches what is typed so
 * far, as it would for them. Only the header box says which query its results answer.
 */
export interface Typing {
  keyDelayMs: number;
}
const AT_ONCE: Typing = { keyDelayMs: 0 };
export const AT_A_READERS_PACE: Typing = { keyDelayMs: 150 };

const RESULT_TIMEOUT_MS = 15_000;

/**
 * Everything a page fetches from now on, as bodies to be read, and a wait until it has asked for
 * nothing for `QUIET_MS`. `atLoad` are bodies the page fetched while it loaded that count too.
 */
function watchTraffic(page: Page, atLoad: Promise<Buffer | null>[]) {
  const bodies = [...atLoad];
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
  // The counts wait COUNT_AFTER_TYPING_MS (300 ms) after the results: with 500 ms of quiet, a slow
  // moment of the machine could end the measure before they read their records.
  const QUIET_MS = 1_000;
  return {
    // (Playwright's `networkidle` was reached when the page loaded, so waiting for it returns at once.)
    async quiet(): Promise<Buffer[]> {
      while (inFlight > 0 || performance.now() - lastActivity < QUIET_MS) await page.waitForTimeout(50);
      return (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
    },
  };
}

/**
 * Has the page note the moment its first result shows, and the moment of the last keystroke as the
 * page got it (not when the driver heard back): Playwright's own wait polls at up to 500 ms intervals,
 * which made every time it measured a multiple of its backoff. A query nothing matches fails after
 * RESULT_TIMEOUT_MS, saying so. Typed at a reader's pace, the box shows results for "M", "Ma"… first:
 * the first result that counts answers the whole query.
 */
async function noteFirstResult(page: Page, box: SearchBoxName, query: string, typing: Typing): Promise<void> {
  const { allResults, input, result } = BOX[box];
  const answering = typing.keyDelayMs > 0 ? { selector: allResults!, href: `?q=${encodeURIComponent(query)}` } : null;
  await page.evaluate(
    ({ selector, input, timeout, query, answering }) => {
      const typed = window as unknown as { lastKeystroke: number };
      document.querySelector(input)!.addEventListener('input', () => (typed.lastKeystroke = performance.now()));
      (window as unknown as { firstResultShown: Promise<number> }).firstResultShown = new Promise((resolve, reject) => {
        const answers = () => !answering || (document.querySelector(answering.selector)?.getAttribute('href') ?? '').endsWith(answering.href);
        const seen = () => answers() && [...document.querySelectorAll(selector)].some((el) => el.checkVisibility());
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        setTimeout(() => reject(new Error(`no result for "${query}" within ${timeout} ms`)), timeout);
      });
    },
    { selector: result, input, timeout: RESULT_TIMEOUT_MS, query, answering },
  );
}

/** Types the query into the box, at once or a key at a time; returns the ms from the last key to the first result. */
async function typeAndTime(page: Page, box: SearchBoxName, query: string, typing: Typing): Promise<number> {
  const input = page.locator(BOX[box].input);
  await input.focus();
  if (typing.keyDelayMs === 0) await input.pressSequentially(query, { delay: 0 });
  else {
    for (const [at, key] of [...query].entries()) {
      if (at > 0) await page.waitForTimeout(typing.keyDelayMs);
      await input.press(key);
    }
  }
  const ended = await page.evaluate(() => (window as unknown as { firstResultShown: Promise<number> }).firstResultShown);
  const started = await page.evaluate(() => (window as unknown as { lastKeystroke: number }).lastKeystroke);
  return ended - started;
}

/**
 * Opens a page as a reader would, then types a query into its search box: what the first search
 * fetches (everything requested after the page had settled, and whatever of Pagefind the page fetched
 * as it loaded) and how long its first result takes.
 */
export async function measureFirstSearch(browser: Browser, pageUrl: string, query: string, box: SearchBoxName = 'header', typing = AT_ONCE): Promise<FirstSearch> {
  if (typing.keyDelayMs > 0 && !BOX[box].allResults) throw new Error(`The ${box} box does not say which query its results answer: type at once there.`);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
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
    const traffic = watchTraffic(page, engineAtLoad);
    await noteFirstResult(page, box, query, typing);
    const msToFirstResult = await typeAndTime(page, box, query, typing);
    // Everything the search fetches, its counts included: until nothing has been asked for a second.
    const fetched = await traffic.quiet();
    return {
      requests: fetched.length,
      bytes: fetched.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: fetched.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
      msToFirstResult,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * The first search, `runs` times over, each in a fresh browser context (an empty cache, as a new
 * reader's): the median run, so that one slow moment of a shared machine does not stand for the site,
 * with the fastest and slowest times beside it.
 */
export async function measureFirstSearchMedian(browser: ResilientBrowser, pageUrl: string, query: string, box: SearchBoxName = 'header', typing = AT_ONCE, runs = 5) {
  const all: FirstSearch[] = [];
  for (let i = 0; i < runs; i++) all.push(await browser.load('a first search', (live) => measureFirstSearch(live, pageUrl, query, box, typing)));
  const sorted = [...all].sort((a, b) => a.msToFirstResult - b.msToFirstResult);
  return { ...sorted[Math.floor(runs / 2)]!, runs, fastestMs: sorted[0]!.msToFirstResult, slowestMs: sorted.at(-1)!.msToFirstResult };
}
