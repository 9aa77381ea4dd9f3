import { describe, expect, it } from 'vitest';
import { ARTICLE, useBrowser } from './browser.ts';

const browser = useBrowser();

describe.each([
  { width: 1440, height: 900 },
  { width: 1100, height: 800 },
  { width: 375, height: 800 },
])('at $width × $height px', (viewport) => {
  it.each([true, false])('shows the article’s first sentence without scrolling (JavaScript %s)', async (javaScriptEnabled) => {
    const { page } = await browser.open(ARTICLE, { viewport, javaScriptEnabled });
    const sentence = await page.evaluate(() => {
      const text = document.querySelector('.article-body .para > p')!;
      // The first line of the first paragraph: its text's first line box.
      const range = document.createRange();
      range.selectNodeContents(text);
      const line = [...range.getClientRects()].find((r) => r.width > 0)!;
      return { top: line.top, bottom: line.bottom, scrolled: scrollY, words: text.textContent!.slice(0, 40) };
    });
    expect(sentence.words).toMatch(/^Events of the first decade/);
    expect(sentence.scrolled).toBe(0);
    expect(sentence.bottom, `the first line ends at ${Math.round(sentence.bottom)} px`).toBeLessThanOrEqual(viewport.height);
  });
});
