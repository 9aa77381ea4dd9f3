import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, overlaps } from './browser.ts';
import type { Engine, EnginePage, Viewport } from './engines/engine.ts';
import { launchFirefox } from './engines/firefox.ts';
import { claimLines, marksOffTheirLines, noteBoxes, numberCentre, twoFrames } from './engines/margin-in-the-page.ts';
import { type MarkPlace, marksDrawn } from './engines/marks-drawn.ts';
import { launchWebKit } from './engines/webkit.ts';

/**
 * What the other browser tests hold in Chromium, held in Firefox and in WebKit (Safari's engine): the
 * first screen, the kinds' marks drawn, the margin level with the text, a note opened in place, the
 * search. Lean, since every load of the article costs these engines half a second of CPU or more: one
 * browser and one page for each engine, many checks for each load.
 */
const WIDE: Viewport = { width: 1440, height: 900 };
const NARROWEST_WIDE: Viewport = { width: 1100, height: 900 };
const PHONE: Viewport = { width: 390, height: 844 };
/** ¶8, the densest paragraph. */
const DENSE = 'p-transnational-crime';

const url = (path: string) => new URL(path, inject('baseURL')).href;

/** The first line of the article's first paragraph, and how far the page has scrolled. */
function firstSentence(): { top: number; bottom: number; scrolled: number; words: string } {
  const text = document.querySelector('.article-body .para > p')!;
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = [...range.getClientRects()].find((r) => r.width > 0)!;
  return { top: line.top, bottom: line.bottom, scrolled: scrollY, words: text.textContent!.slice(0, 40) };
}

async function expectFirstScreen(page: EnginePage, viewport: Viewport): Promise<void> {
  const sentence = await page.evaluate(firstSentence);
  expect(sentence.words).toMatch(/^Events of the first decade/);
  expect(sentence.scrolled).toBe(0);
  expect(sentence.bottom, `the first line ends at ${Math.round(sentence.bottom)} px`).toBeLessThanOrEqual(viewport.height);
}

/** Brings `selector` to the top of the window at once (`by` px lower), and waits for the page to have drawn it there. */
async function bringToTop(page: EnginePage, selector: string, by = 0): Promise<void> {
  await page.evaluate(
    (selector: string, by: number) => {
      document.querySelector(selector)!.scrollIntoView({ block: 'start', behavior: 'instant' });
      // To a whole pixel, as a reader's wheel leaves it: Firefox would round a fraction at the next click.
      scrollTo({ top: Math.round(scrollY + by), behavior: 'instant' });
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    },
    selector,
    by,
  );
}

/**
 * Every mark drawn that the window shows at the top of the page and with each of `places` at its top,
 * all three kinds among them, and each mark that `including` names.
 */
async function expectMarksDrawn(page: EnginePage, places: string[], including: RegExp[]): Promise<void> {
  const seen: MarkPlace[] = [];
  const undrawn: string[] = [];
  for (const place of ['', ...places]) {
    if (place) await bringToTop(page, place);
    const found = await marksDrawn(page);
    seen.push(...found.seen);
    undrawn.push(...found.undrawn);
  }
  expect(undrawn).toEqual([]);
  expect(new Set(seen.map((mark) => mark.kind))).toEqual(new Set(['sourced', 'unsourced', 'opinion']));
  for (const what of including) expect(seen.some((mark) => what.test(mark.what)), `no ${what} in sight`).toBe(true);
}

/** Types `word` into the search box `box` and reads the count the search says. */
async function search(page: EnginePage, box: string, status: string, word: string): Promise<number> {
  const { x, y } = await page.evaluate((box: string) => {
    const r = document.querySelector(box)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, box);
  await page.click(x, y);
  await page.type(word);
  const said = await page.evaluate(
    (status: string, word: string) =>
      new Promise<string>((done, fail) => {
        const end = Date.now() + 15_000;
        const look = () => {
          const text = document.querySelector(status)?.textContent ?? '';
          if (text.includes(`“${word}”`)) return done(text);
          if (Date.now() > end) return fail(new Error(`The search said “${text}”`));
          setTimeout(look, 50);
        };
        look();
      }),
    status,
    word,
  );
  const count = /^(\d+) claims? (match|for) “/.exec(said);
  expect(count, said).not.toBeNull();
  return Number(count![1]);
}

/** Every mark in the margin level with its claim, no two overlapping, none past the window's edge. */
async function expectMarginLevel(page: EnginePage, viewport: Viewport): Promise<void> {
  expect(await page.evaluate(marksOffTheirLines)).toEqual([]);
  const notes = await page.evaluate(noteBoxes);
  expect(notes.length).toBeGreaterThan(100);
  expect(overlaps(notes)).toEqual([]);
  expect(notes.filter((note) => note.right > viewport.width).map((note) => note.id)).toEqual([]);
}

interface Card {
  claimTop: number;
  claimBottom: number;
  cardTop: number;
  cardBottom: number;
  open: boolean;
  atClaim: boolean;
  scrolled: number;
  pageHeight: number;
}

/** In the page: a claim's lines, its note's card, and the page's scroll and length. */
function cardAtClaim(id: string): Card {
  const lines = document.getElementById(id)!.getClientRects();
  const note = document.querySelector<HTMLDetailsElement>(`details.note[data-claim="${id}"]`)!;
  const card = note.querySelector('.note-body')!.getBoundingClientRect();
  return {
    claimTop: lines[0]!.top,
    claimBottom: lines[lines.length - 1]!.bottom,
    cardTop: card.top,
    cardBottom: card.bottom,
    open: note.open,
    atClaim: note.dataset.atClaim !== undefined,
    scrolled: scrollY,
    pageHeight: document.documentElement.scrollHeight,
  };
}

/** The card starts under the claim's last line, or ends above its first (near the screen's foot), within 40 px, all in sight. */
function expectAtClaim(card: Card, viewport: Viewport): void {
  expect(card).toMatchObject({ open: true, atClaim: true });
  const under = card.cardTop >= card.claimBottom - 1 && card.cardTop - card.claimBottom <= 40;
  const above = card.cardBottom <= card.claimTop + 1 && card.claimTop - card.cardBottom <= 40;
  expect(under || above, `card ${Math.round(card.cardTop)}–${Math.round(card.cardBottom)}, claim ${Math.round(card.claimTop)}–${Math.round(card.claimBottom)}`).toBe(true);
  expect(card.cardTop).toBeGreaterThanOrEqual(-1);
  expect(card.cardBottom).toBeLessThanOrEqual(viewport.height + 1);
}

describe.each([
  ['Firefox', launchFirefox],
  ['WebKit', launchWebKit],
])('in %s', (_name, launchEngine) => {
  let engine: Engine;
  let page: EnginePage;
  let viewport = WIDE;
  /** What every page so far reported as going wrong (each list ends when the next page loads). */
  const errors: string[] = [];
  let masimov = 0;

  /** What the page shows: a test that needs the article as loaded at a size loads it only when another did not. */
  let showing = '';

  /** Opens `path` at `size` in the engine's one page. */
  async function visit(path: string, size = WIDE): Promise<void> {
    errors.push(...(await page.errors()));
    if (size !== viewport) await page.setViewport(size);
    viewport = size;
    await page.goto(url(path));
    showing = `${path} at ${size.width}`;
  }

  /** The article at `size`, at its top, loaded by this test or by the one before it. */
  async function article(size: Viewport): Promise<void> {
    if (showing !== `${ARTICLE} at ${size.width}`) await visit(ARTICLE, size);
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  }

  beforeAll(async () => {
    engine = await launchEngine();
    page = await engine.newPage(WIDE);
  }, 60_000);
  afterAll(async () => {
    await page?.close();
    await engine?.close();
  });

  describe('at 1440 × 900 px', () => {
    it('shows the article’s first sentence on the first screen', async () => {
      await visit(ARTICLE, WIDE);
      await expectFirstScreen(page, WIDE);
    });

    it('draws every kind’s mark in sight, in its colour: before the title’s number and the text’s, in the margin, in the legend', async () => {
      await article(WIDE);
      await expectMarksDrawn(page, [`#${DENSE}`], [/^the title’s number/, /^number /, /^note mark/, /^legend mark/]);
    });

    it('puts every mark in the margin level with its claim’s first line, no two overlapping, all inside the window', async () => {
      await article(WIDE);
      await expectMarginLevel(page, WIDE);
    });

    it('opens a note from its claim’s number beside the claim, one at a time, the page and the text not moving by a pixel', async () => {
      await article(WIDE);
      await bringToTop(page, `#${DENSE}`);
      const ids = await page.evaluate((dense: string) => [...document.querySelectorAll(`#${dense} .claim`)].slice(0, 3).map((claim) => claim.id), DENSE);
      const text = await page.evaluate(claimLines);
      const scrolled = await page.evaluate(() => scrollY);
      for (const id of ids) {
        const { x, y } = await page.evaluate(numberCentre, id);
        await page.click(x, y);
        await page.evaluate(twoFrames);
        expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.article-body details.note[open]')].map((note) => note.dataset.claim))).toEqual([id]);
        expect(await page.evaluate(() => scrollY), `${id}: the page moved`).toBe(scrolled);
        const notes = await page.evaluate(noteBoxes);
        const note = notes.find((box) => box.id === id)!;
        const claim = await page.evaluate((id: string) => document.getElementById(id)!.getClientRects()[0]!.top, id);
        expect(Math.abs(note.top - claim), id).toBeLessThanOrEqual(40);
        expect(note.right - note.left, id).toBeGreaterThanOrEqual(176);
        expect(note.right, id).toBeLessThanOrEqual(WIDE.width);
        expect(overlaps(notes), id).toEqual([]);
      }
      expect(await page.evaluate(claimLines)).toEqual(text);
    });

    it('finds “Masimov” and “CSTO” in the header’s box, and a result followed lands on its claim with its note open', async () => {
      await visit(ARTICLE, WIDE);
      masimov = await search(page, '#site-search-q', '#site-search-status', 'Masimov');
      expect(masimov).toBeGreaterThan(0);
      // The first result, a claim of this page: following it is the page's own landing.
      const result = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('#site-search-panel .search-result[data-kind] a.result-link')!;
        const r = link.getBoundingClientRect();
        return { x: r.left + 8, y: r.top + r.height / 2, id: new URL(link.href).hash.slice(1) };
      });
      await page.click(result.x, result.y);
      // The page may glide there (the reader has acted, and asked for no less motion): up to 5 s.
      const landed = await page.evaluate(async (id: string) => {
        const claim = document.getElementById(id)!;
        const note = document.querySelector<HTMLDetailsElement>(`details.note[data-claim="${id}"]`)!;
        const seen = () => ({ top: claim.getClientRects()[0]!.top, height: innerHeight, target: claim.matches(':target'), open: note.open });
        for (const end = Date.now() + 5000; Date.now() < end; await new Promise((done) => setTimeout(done, 50))) {
          const { top, height } = seen();
          if (top >= -2 && top < height - 16) break;
        }
        return seen();
      }, result.id);
      expect(landed).toMatchObject({ target: true, open: true });
      expect(landed.top).toBeGreaterThanOrEqual(-2);
      expect(landed.top).toBeLessThan(landed.height - 16);
      await visit('/method/');
      expect(await search(page, '#site-search-q', '#site-search-status', 'CSTO')).toBeGreaterThan(0);
    });

    it('finds “Masimov” and “CSTO” on /search/, “Masimov” in as many claims as the box did', async () => {
      await visit('/search/');
      expect(await search(page, '#search-q', '#search-status', 'Masimov')).toBe(masimov);
      await visit('/search/');
      expect(await search(page, '#search-q', '#search-status', 'CSTO')).toBeGreaterThan(0);
    });
  });

  describe('at 1100 × 900 px, the narrowest with a margin', () => {
    it('shows the article’s first sentence on the first screen', async () => {
      await visit(ARTICLE, NARROWEST_WIDE);
      await expectFirstScreen(page, NARROWEST_WIDE);
    });

    it('puts every mark in the margin level with its claim’s first line, no two overlapping, all inside the window', async () => {
      await article(NARROWEST_WIDE);
      await expectMarginLevel(page, NARROWEST_WIDE);
    });
  });

  describe('at 390 × 844 px, a phone', () => {
    it('shows the article’s first sentence on the first screen', async () => {
      await visit(ARTICLE, PHONE);
      await expectFirstScreen(page, PHONE);
    });

    it('draws every kind’s mark in sight, in its colour: before the title’s number and the text’s, after a paragraph', async () => {
      await article(PHONE);
      await expectMarksDrawn(page, ['#p-first-decade .notes', `#${DENSE}`], [/^the title’s number/, /^number /, /^note mark/, /^legend mark/]);
    });

    it('opens a note from its claim’s number as a card at the claim, the page not moving', async () => {
      await article(PHONE);
      const id = await page.evaluate((dense: string) => document.querySelector(`#${dense} .claim`)!.id, DENSE);
      await bringToTop(page, `a.claim-ref[href="#${id}"]`, -200);
      const before = await page.evaluate(() => ({ scrolled: scrollY, height: document.documentElement.scrollHeight }));
      const { x, y } = await page.evaluate(numberCentre, id);
      await page.click(x, y);
      await page.evaluate(twoFrames);
      const card = await page.evaluate(cardAtClaim, id);
      expectAtClaim(card, PHONE);
      expect(card.scrolled, 'the page stays where the reader was').toBe(before.scrolled);
      expect(Math.abs(card.pageHeight - before.height)).toBeLessThanOrEqual(1);
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.article-body details.note[open]')].map((note) => note.dataset.claim))).toEqual([id]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const later = await page.evaluate(cardAtClaim, id);
      expect(Math.abs(later.claimTop - card.claimTop)).toBeLessThanOrEqual(1);
      expect(Math.abs(later.cardTop - card.cardTop)).toBeLessThanOrEqual(1);
    });
  });

  it('reports no error on any of these pages: no console error, no uncaught exception, no CSP violation', async () => {
    errors.push(...(await page.errors()));
    expect(errors).toEqual([]);
  });
});
