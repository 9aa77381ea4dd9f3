/**
 * What a reader sees of the article, asked of any engine through its driver (engine.ts) and held with
 * Vitest's expect: the first screen, the marks drawn, the margin level, a card at its claim, a search.
 */
import { expect } from 'vitest';
import { overlaps } from '../browser.ts';
import type { EnginePage, Viewport } from './engine.ts';
import { marksOffTheirLines, noteBoxes } from './margin-in-the-page.ts';
import { type MarkPlace, marksDrawn } from './marks-drawn.ts';

/** The first line of the article's first paragraph, and how far the page has scrolled. */
export function firstSentence(): { top: number; bottom: number; scrolled: number; words: string } {
  const text = document.querySelector('.article-body .para > p')!;
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = [...range.getClientRects()].find((r) => r.width > 0)!;
  return { top: line.top, bottom: line.bottom, scrolled: scrollY, words: text.textContent!.slice(0, 40) };
}

export async function expectFirstScreen(page: EnginePage, viewport: Viewport): Promise<void> {
  const sentence = await page.evaluate(firstSentence);
  expect(sentence.words).toMatch(/^Events of the first decade/);
  expect(sentence.scrolled).toBe(0);
  expect(sentence.bottom, `the first line ends at ${Math.round(sentence.bottom)} px`).toBeLessThanOrEqual(viewport.height);
}

/** Brings `selector` to the top of the window at once (`by` px lower), and waits for the page to have drawn it there. */
export async function bringToTop(page: EnginePage, selector: string, by = 0): Promise<void> {
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
export async function expectMarksDrawn(page: EnginePage, places: string[], including: RegExp[]): Promise<void> {
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
export async function search(page: EnginePage, box: string, status: string, word: string): Promise<number> {
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
export async function expectMarginLevel(page: EnginePage, viewport: Viewport): Promise<void> {
  expect(await page.evaluate(marksOffTheirLines)).toEqual([]);
  const notes = await page.evaluate(noteBoxes);
  expect(notes.length).toBeGreaterThan(100);
  expect(overlaps(notes)).toEqual([]);
  expect(notes.filter((note) => note.right > viewport.width).map((note) => note.id)).toEqual([]);
}

export interface Card {
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
export function cardAtClaim(id: string): Card {
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
export function expectAtClaim(card: Card, viewport: Viewport): void {
  expect(card).toMatchObject({ open: true, atClaim: true });
  const under = card.cardTop >= card.claimBottom - 1 && card.cardTop - card.claimBottom <= 40;
  const above = card.cardBottom <= card.claimTop + 1 && card.claimTop - card.cardBottom <= 40;
  expect(under || above, `card ${Math.round(card.cardTop)}–${Math.round(card.cardBottom)}, claim ${Math.round(card.claimTop)}–${Math.round(card.claimBottom)}`).toBe(true);
  expect(card.cardTop).toBeGreaterThanOrEqual(-1);
  expect(card.cardBottom).toBeLessThanOrEqual(viewport.height + 1);
}

