import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LANDING_LINKS } from '../scripts/bench/landing.ts';
import { ARTICLE, BOTH_WIDTHS, useBrowser } from './browser.ts';

/**
 * A shared link lands on its target at once, with no scroll from the top, and the target stays in view:
 * nothing the page does after arriving (placing notes, building the map) moves the text above it.
 */
const browser = useBrowser();

/** Loads of each link, in each setting (all links of one load at once, as a busy reader’s tabs would). One
 * load each here; `npm run bench` makes twenty of each and reports how many landed. */
const LOADS = 1;
/** Eight pages at once, each held 2 s: more than the suite’s minute on a loaded two-core machine. */
const TIMEOUT = 180_000;

interface Seen {
  top: number;
  height: number;
}

/** Where the target's first line is at the `load` event and 2 s later, in one fresh load of `hash`. */
async function land(options: BrowserContextOptions, hash: string, id: string): Promise<{ atLoad: Seen; later: Seen }> {
  const context = await browser.context(options);
  const page = await context.newPage();
  // With JavaScript the page itself notes where the target is at `load`; without, the test reads it as `goto` returns.
  if (options.javaScriptEnabled !== false) {
    await page.addInitScript((id) => {
      addEventListener('load', () => {
        const seen = { top: document.getElementById(id)!.getClientRects()[0]!.top, height: innerHeight };
        (window as unknown as { atLoad: Seen }).atLoad = seen;
      });
    }, id);
  }
  await page.goto(new URL(`${ARTICLE}${hash}`, inject('baseURL')).href, { waitUntil: 'load' });
  const where = (id: string): Seen => ({ top: document.getElementById(id)!.getClientRects()[0]!.top, height: innerHeight });
  const atLoad = options.javaScriptEnabled !== false ? await page.evaluate(() => (window as unknown as { atLoad: Seen }).atLoad) : await page.evaluate(where, id);
  await page.waitForTimeout(2000);
  const later = await page.evaluate(where, id);
  await context.close();
  return { atLoad, later };
}

const inView = ({ top, height }: Seen) => top >= -2 && top < height - 16;

describe.each(BOTH_WIDTHS)('at %s', (_width, viewport) => {
  // Reduced motion changes only what the page's script allows (smooth moves after the reader acts),
  // so without JavaScript one setting covers both.
  describe.each([
    ['with JavaScript', true, ['no-preference', 'reduce'] as const],
    ['without JavaScript', false, ['no-preference'] as const],
  ])('%s', (_js, javaScriptEnabled, motions) => {
    it.each(motions.map((motion) => [motion]))('and reduced motion %s, every link shows its target at load and 2 s later', async (reducedMotion) => {
      const missed: string[] = [];
      for (let load = 0; load < LOADS; load++) {
        const seen = await Promise.all(LANDING_LINKS.map(([hash, id]) => land({ viewport, javaScriptEnabled, reducedMotion }, hash, id)));
        seen.forEach(({ atLoad, later }, i) => {
          if (!inView(atLoad) || !inView(later)) missed.push(`${LANDING_LINKS[i]![0]}: top ${Math.round(atLoad.top)} px at load, ${Math.round(later.top)} px 2 s later`);
        });
      }
      expect(missed).toEqual([]);
    }, TIMEOUT);
  });
});
