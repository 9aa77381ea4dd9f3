import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, overlaps } from '../browser.ts';
import type { Engine, EnginePage, Viewport } from './engine.ts';
import { claimsMissed, claimsOf, LANDING_VIEWPORT, lastScreensAndEveryTwentieth } from './land-on-every-claim.ts';
import { claimLines, noteBoxes, numberCentre, twoFrames } from './margin-in-the-page.ts';
import { bringToTop, cardAtClaim, expectAtClaim, expectFirstScreen, expectMarginLevel, expectMarksDrawn, search } from './reader-checks.ts';

/**
 * What the other browser tests hold in Chromium, held in another engine: links to claims land and stay,
 * the first screen, the kinds' marks drawn, the margin level with the text, a note opened in place, the
 * search. Lean, since every load of the article costs these engines a third of a second of CPU or more:
 * one browser for the file, one page for the checks, many checks for each load.
 */
const WIDE: Viewport = { width: 1440, height: 900 };
const NARROWEST_WIDE: Viewport = { width: 1100, height: 900 };
const PHONE: Viewport = { width: 390, height: 844 };
/** ¶8, the densest paragraph. */
const DENSE = 'p-transnational-crime';

const url = (path: string) => new URL(path, inject('baseURL')).href;

export interface EngineUnderTest {
  launch(): Promise<Engine>;
  /** How many pages take turns opening links: one, where a page in a window behind another is held back. */
  landingPages: number;
}

export function readsTheArticleAsChromiumDoes({ launch, landingPages }: EngineUnderTest): void {
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
    engine = await launch();
    page = await engine.newPage(WIDE);
  }, 60_000);
  afterAll(async () => {
    await page?.close();
    await engine?.close();
  });

  describe('at 1440 × 900 px', () => {
    it('shows the claim a shared link names at load and 0.6 s later, as a first visit: the last screen and a half’s claims and every twentieth', async () => {
      const article = url(ARTICLE);
      const claims = await claimsOf(page, article);
      expect(claims.length).toBeGreaterThan(100);
      const pages = [page];
      for (let n = 1; n < landingPages; n++) pages.push(await engine.newPage(LANDING_VIEWPORT));
      try {
        expect(await claimsMissed(pages, article, lastScreensAndEveryTwentieth(claims))).toEqual([]);
      } finally {
        for (const other of pages.slice(1)) await other.close();
      }
      showing = '';
      // Some 27 fresh loads: 40–80 s on a quiet machine, and past 300 s in WebKit on a machine running
      // two other suites beside it (load 20): the limit is there to stop a hang, not to time the engine.
    }, 900_000);

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
}
