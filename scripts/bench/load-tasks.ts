import type { Browser } from 'playwright-core';
import type { ResilientBrowser } from './resilient-browser.ts';

/**
 * The main thread while the article loads, for `npm run bench`: the longest task from navigation to a
 * second after `load`, and the total blocking time (each task's time over 50 ms, summed), over fresh
 * loads. Chromium reports tasks over 50 ms as `longtask` entries; an observer that a script registers
 * before the page's own code (an init script) sees every one of them.
 */
/** The long tasks of one fresh load, in ms. */
async function loadTasks(browser: Browser, url: string, width: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    await context.addInitScript(() => {
      const seen: number[] = [];
      (globalThis as unknown as { loadTasks: number[] }).loadTasks = seen;
      new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => (globalThis as unknown as { loadTasks: number[] }).loadTasks);
  } finally {
    await context.close().catch(() => undefined);
  }
}

export async function measureLoadTasks(browser: ResilientBrowser, url: string, width: number, loads: number) {
  const longest: number[] = [];
  const blocking: number[] = [];
  for (let load = 0; load < loads; load++) {
    const tasks = await browser.load('the article loading', (live) => loadTasks(live, url, width));
    longest.push(Math.max(0, ...tasks));
    blocking.push(tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    loads,
    'longest task, median (ms)': Math.round(median(longest)),
    'longest task, worst (ms)': Math.round(Math.max(...longest)),
    'total blocking time, median (ms)': Math.round(median(blocking)),
    'loads with a task over 200 ms': longest.filter((ms) => ms > 200).length,
  };
}
