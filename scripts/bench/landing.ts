import type { Browser, BrowserContextOptions } from 'playwright-core';
import type { ResilientBrowser } from './resilient-browser.ts';

/**
 * How shared links land and how closely the margin follows the text, for `npm run bench`. The browser
 * tests hold the same things to pass/fail with fewer loads; this counts them over many.
 */

/** Address → the element it must show: early, middle and last claims and paragraphs, and text fragments. */
export const LANDING_LINKS: [string, string][] = [
  ['#destabilization-not-extinguished', 'destabilization-not-extinguished'],
  ['#kyrgyz-border-1212-km', 'kyrgyz-border-1212-km'],
  ['#structures-needed-information-threat', 'structures-needed-information-threat'],
  ['#p-first-decade', 'p-first-decade'],
  ['#p-sixthly-ousted-clans', 'p-sixthly-ousted-clans'],
  ['#p-by-2024', 'p-by-2024'],
  ['#:~:text=border%20length%20between%20Kyrgyzstan', 'kyrgyz-border-1212-km'],
  ['#:~:text=effective%20coping%20requires%20adequate', 'structures-needed-information-threat'],
];

export const LANDING_SETTINGS: [string, BrowserContextOptions][] = [1440, 375].flatMap((width) =>
  [true, false].flatMap((javaScriptEnabled) =>
    (['no-preference', 'reduce'] as const).map((reducedMotion): [string, BrowserContextOptions] => [
      `${width} px, ${javaScriptEnabled ? 'JS' : 'no JS'}, motion ${reducedMotion}`,
      { viewport: { width, height: width > 1000 ? 900 : 800 }, javaScriptEnabled, reducedMotion },
    ]),
  ),
);

interface Seen {
  top: number;
  height: number;
}
const inView = ({ top, height }: Seen) => top >= -2 && top < height - 16;

/** One fresh load: where the target is at `load` and 2 s later, and how long the load took. */
async function land(browser: Browser, url: string, options: BrowserContextOptions, id: string) {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const where = (id: string): Seen => ({ top: document.getElementById(id)!.getClientRects()[0]!.top, height: innerHeight });
    await page.goto(url, { waitUntil: 'load' });
    const atLoad = await page.evaluate(where, id);
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
    await page.waitForTimeout(2000);
    const later = await page.evaluate(where, id);
    return { landed: inView(atLoad) && inView(later), loadMs };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** For each setting: loads of every link, how many showed the target at load and 2 s later, median load time. */
export async function measureLanding(browser: ResilientBrowser, articleUrl: string, loads: number) {
  const rows: Record<string, { loads: number; landed: number; 'median ms to load': number }> = {};
  for (const [name, options] of LANDING_SETTINGS) {
    const results = [];
    for (let round = 0; round < loads; round++) {
      results.push(...(await Promise.all(LANDING_LINKS.map(([hash, id]) => browser.load('a shared link', (live) => land(live, `${articleUrl}${hash}`, options, id))))));
    }
    const times = results.map((r) => r.loadMs).sort((a, b) => a - b);
    rows[name] = { loads: results.length, landed: results.filter((r) => r.landed).length, 'median ms to load': Math.round(times[Math.floor(times.length / 2)]!) };
  }
  return rows;
}

/** How far each margin mark sits from its claim's first line (px), at a wide width: median, p90, max. */
export async function measureDrift(browser: ResilientBrowser, articleUrl: string, width: number) {
  const gaps = await browser.load('the margin marks', async (live) => {
    const context = await live.newContext({ viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(articleUrl, { waitUntil: 'load' });
      await page.waitForSelector('.article-body[data-placed]', { state: 'attached' });
      return await page.$$eval('.article-body details.note', (notes) =>
        notes.map((note) => {
          const claim = document.getElementById((note as HTMLElement).dataset.claim!)!.getClientRects()[0]!;
          const mark = note.getBoundingClientRect();
          return Math.abs(mark.top + mark.height / 2 - (claim.top + claim.height / 2));
        }),
      );
    } finally {
      await context.close().catch(() => undefined);
    }
  });
  const sorted = gaps.sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return { marks: sorted.length, median: at(0.5), p90: at(0.9), max: Math.round(sorted.at(-1)!) };
}
