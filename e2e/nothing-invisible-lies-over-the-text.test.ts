import { describe, expect, it } from 'vitest';
import { ARTICLE, notesPlaced, useBrowser } from './browser.ts';

const browser = useBrowser();

interface LineBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  height: number;
}

/** The box of a block's first line of text: its line fragments' union (a <p>'s own box is the whole block). */
function firstLine(block: Element): LineBox {
  const range = document.createRange();
  range.selectNodeContents(block);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const top = Math.min(...rects.map((r) => r.top));
  const line = rects.filter((r) => r.top < top + 4);
  const bottom = Math.max(...line.map((r) => r.bottom));
  return { left: Math.min(...line.map((r) => r.left)), right: Math.max(...line.map((r) => r.right)), top, bottom, height: bottom - top };
}
declare global {
  // Given to the page by `evaluate`, which the page's security policy does not govern (a script tag it would).
  var firstLine: (block: Element) => LineBox;
}

describe.each([1440, 1100])('at %i px', (width) => {
  it('every point of each paragraph’s first line belongs to its text, and every number on it takes a click', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: { width, height: 900 } });
    await notesPlaced(page);
    await page.evaluate(`globalThis.firstLine = ${firstLine}`);
    const blocked = await page.$$eval('.article-body .para', (paras) =>
      paras.flatMap((para) => {
        const text = para.querySelector(':scope > p')!;
        text.scrollIntoView({ block: 'center' });
        const line = firstLine(text);
        const found: string[] = [];
        // Points across the first line, a word's width apart.
        for (let x = line.left + 4; x < line.right - 4; x += 24) {
          const hit = document.elementFromPoint(x, line.top + line.height / 2);
          if (!hit || !text.contains(hit)) found.push(`${para.id} at x=${Math.round(x)}: ${hit?.className || hit?.tagName}`);
        }
        for (const ref of text.querySelectorAll<HTMLElement>('.claim-ref')) {
          const box = ref.getBoundingClientRect();
          if (box.top > line.bottom) continue;
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          if (!hit || !ref.contains(hit)) found.push(`${para.id}: number ${ref.textContent} covered by ${hit?.className || hit?.tagName}`);
        }
        return found;
      }),
    );
    expect(await page.locator('.article-body .para').count()).toBeGreaterThan(20);
    expect(blocked).toEqual([]);
  });

  it('selects the words of a paragraph’s first line by dragging across them', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: { width, height: 900 } });
    await notesPlaced(page);
    const text = page.locator('#p-borders > p');
    await text.scrollIntoViewIfNeeded();
    await page.evaluate(`globalThis.firstLine = ${firstLine}`);
    const line = await text.evaluate((p) => {
      const r = firstLine(p);
      return { left: r.left, right: r.right, middle: r.top + r.height / 2 };
    });
    await page.mouse.move(line.left + 1, line.middle);
    await page.mouse.down();
    await page.mouse.move(line.left + 200, line.middle, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toMatch(/^We believe that the/);
  });
});
