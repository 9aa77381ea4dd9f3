/**
 * Links to claims of the article, each opened as a reader's first visit (a new document each), in one
 * engine at 1440 × 900: where the claim's first line is at the `load` event and 0.6 s later. Pages take
 * turns, so that one holds its 0.6 s while another loads: the hold then costs no time of its own.
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

export interface ClaimInPage {
  id: string;
  /** How far the claim's first line is above the page's end, in px, once the margin is placed. */
  fromEnd: number;
}

/** The claims in the article's order, read from the page at 1440 px, with their distance from its end. */
export async function claimsOf(page: EnginePage, article: string): Promise<ClaimInPage[]> {
  await page.goto(article);
  return page.evaluate(() => {
    const end = document.documentElement.scrollHeight;
    return [...document.querySelectorAll('.claim')].map((claim) => ({ id: claim.id, fromEnd: end - (claim.getClientRects()[0]!.top + scrollY) }));
  });
}

/**
 * A spread of the claims, since every link costs these engines a load of the whole article (a third of
 * a second of CPU or more; all 200 took Firefox three minutes on two busy cores): every claim in the
 * page's last screen and a half, where the window cannot bring a claim to its top and a page that
 * shortened under it would leave it above the window (as Firefox once did, for the last four), and
 * every twentieth claim before them.
 */
export function lastScreensAndEveryTwentieth(claims: ClaimInPage[], screen = LANDING_VIEWPORT.height): string[] {
  return claims.filter((claim, n) => claim.fromEnd <= 1.5 * screen || n % 20 === 0).map((claim) => claim.id);
}

/** Each claim whose link did not keep it in view, with where it was at load and 0.6 s later. */
export async function claimsMissed(pages: EnginePage[], article: string, ids: string[]): Promise<string[]> {
  const waiting: (((later: Seen) => void) | undefined)[] = [];
  const missed: string[] = [];
  const settle = async (slot: number) => {
    const report = waiting[slot];
    waiting[slot] = undefined;
    if (report) report(await pages[slot]!.evaluate(whereLater));
  };
  for (const [n, id] of ids.entries()) {
    const slot = n % pages.length;
    const page = pages[slot]!;
    await settle(slot);
    // A new document each time: the same address with another fragment would only scroll.
    await page.goto(`${article}?visit=${n}#${id}`, 'parsed');
    const atLoad = await page.evaluate(whereAtLoad, id, HOLD);
    waiting[slot] = (later) => {
      if (!inView(atLoad) || !inView(later)) missed.push(`#${id}: top ${Math.round(atLoad.top)} px at load, ${Math.round(later.top)} px 0.6 s later`);
    };
  }
  for (let slot = 0; slot < pages.length; slot++) await settle(slot);
  return missed;
}
