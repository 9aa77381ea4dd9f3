import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, NARROW, type OpenedPage, useBrowser } from './browser.ts';

const browser = useBrowser();
let opened: OpenedPage;

beforeAll(async () => {
  opened = await browser.openForFile(ARTICLE, { viewport: NARROW });
});

describe('the article at 375 px', () => {
  it('never scrolls sideways', async () => {
    const { scroll, width } = await opened.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
    expect(scroll).toBeLessThanOrEqual(width);
  });

  it('puts every note below the text of its paragraph, not inside a sentence', async () => {
    const misplaced = await opened.page.$$eval('.article-body details.note', (notes) =>
      notes.filter((note) => {
        const text = note.closest('.para')!.querySelector(':scope > p')!;
        return note.getBoundingClientRect().top < text.getBoundingClientRect().bottom || note.closest('p') !== null;
      }).map((note) => (note as HTMLElement).dataset.claim),
    );
    expect(misplaced).toEqual([]);
  });

  it('opens and closes a note from the keyboard', async () => {
    const { page } = opened;
    const note = page.locator('.article-body details.note').first();
    const summary = note.locator(':scope > summary');
    await page.locator('#p-first-decade .para-link').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => note.evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
    await expect.poll(() => note.locator('.note-text').isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => note.evaluate((el: HTMLDetailsElement) => el.open)).toBe(false);
  });

  it('names each note’s kind in words in its summary', async () => {
    const summaries = await opened.page.$$eval('details.note > summary', (all) => all.map((s) => s.textContent ?? ''));
    for (const text of summaries) expect(text).toMatch(/^\d+ (Sourced|Unsourced|Opinion)/);
  });

  it('reports no errors in the console', () => {
    expect(opened.errors).toEqual([]);
  });
});
