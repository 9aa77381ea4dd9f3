/**
 * A link to every claim of the article, opened as a reader's first visit (a new document each), in one
 * engine at 1440 × 900: where the claim's first line is at the `load` event and 0.6 s later. Two pages
 * take turns, so that one holds its 0.6 s while the other loads: the hold costs no time of its own.
 */
import type { Engine, EnginePage } from './engine.ts';

export const LANDING_VIEWPORT = { width: 1440, height: 900 };
const HOLD = 600; // ms


interface Seen {
  top: number;
  height: number;
}

/** In the page: where the claim is at `load` (now, if that has passed), and, in the page, again `hold` ms later. */
function whereAtLoad(id: string, hold: number): Promise<Seen> {
  const where = (): Seen => ({ top: document.getElementById(id)?.getClientRects()[0]?.top ?? Number.NaN, height: innerHeight });
  const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((done) => addEventListener('load', done, { once: true }));
  return loaded.then(() => {
    const later = new Promise<Seen>((done) => setTimeout(() => done(where()), hold));
    (window as unknown as { later: Promise<Seen> }).later = later;
    return where();
  });
}

const whereLater = (): Promise<Seen> => (window as unknown as { later: Promise<Seen> }).later;

/** A line a reader sees: not above the window (2 px of rounding), and not in its last 16 px. */
const inView = ({ top, height }: Seen) => top >= -2 && top < height - 16;

/** The claims' ids in the article's order, read from the page. */
export async function claimIds(engine: Engine, article: string): Promise<string[]> {
  const page = await engine.newPage(LANDING_VIEWPORT);
  await page.goto(article);
  const ids = await page.evaluate(() => [...document.querySelectorAll('.claim')].map((claim) => claim.id));
  await page.close();
  return ids;
}

/** Each claim whose link did not keep it in view, with where it was at load and 0.6 s later. */
export async function claimsMissed(engine: Engine, article: string, ids: string[], PAGES = 2): Promise<string[]> {
  const pages: EnginePage[] = [];
  for (let i = 0; i < PAGES; i++) pages.push(await engine.newPage(LANDING_VIEWPORT));
  const waiting: (((later: Seen) => void) | undefined)[] = [];
  const missed: string[] = [];
  const settle = async (slot: number) => {
    const report = waiting[slot];
    if (report) report(await pages[slot]!.evaluate(whereLater));
  };
  for (const [n, id] of ids.entries()) {
    const slot = n % PAGES;
    const page = pages[slot]!;
    await settle(slot);
    // A new document each time: the same address with another fragment would only scroll.
    await page.goto(`${article}?visit=${n}#${id}`, 'parsed');
    const atLoad = await page.evaluate(whereAtLoad, id, HOLD);
    waiting[slot] = (later) => {
      if (!inView(atLoad) || !inView(later)) missed.push(`#${id} (claim ${n + 1}): top ${Math.round(atLoad.top)} px at load, ${Math.round(later.top)} px 0.6 s later`);
    };
  }
  for (let slot = 0; slot < PAGES; slot++) await settle(slot);
  for (const page of pages) await page.close();
  return missed;
}
