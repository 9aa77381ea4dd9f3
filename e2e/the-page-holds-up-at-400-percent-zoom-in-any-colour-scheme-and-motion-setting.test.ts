import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE, useBrowser, WIDE } from './browser.ts';

const browser = useBrowser();

const KINDS = ['sourced', 'unsourced', 'opinion'] as const;
/** 1280 × 1024 at 400 % zoom: the reflow case of WCAG 1.4.10. */
const ZOOMED = { width: 320, height: 256 };

/** The signals that tell the kinds apart, as the browser computes them. */
async function kindSignals(page: Page) {
  return page.evaluate((kinds) => {
    return kinds.map((kind) => {
      const claim = document.querySelector(`.claim[data-kind="${kind}"]`)!;
      const mark = document.querySelector(`.kind-mark[data-kind="${kind}"]`)!;
      const label = document.querySelector(`details.note[data-kind="${kind}"] .kind-label`)!;
      return {
        underline: getComputedStyle(claim).textDecorationStyle,
        colour: getComputedStyle(claim).textDecorationColor,
        shape: getComputedStyle(mark).clipPath,
        markVisible: getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)',
        word: label.textContent,
      };
    });
  }, KINDS);
}

describe('at 400 % zoom', () => {
  it.each(['/', ARTICLE, '/method/', '/search/?q=CSTO'])('%s reflows to one column with no sideways scroll', async (path) => {
    const { page } = await browser.open(path, { viewport: ZOOMED });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });

  it('keeps every note openable from the keyboard', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: ZOOMED });
    const note = page.locator('.article-body details.note').nth(2);
    await note.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => note.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });
});

describe('motion', () => {
  it('never scrolls smoothly on arrival; once the reader acts, moves in the page glide unless they asked for reduced motion', async () => {
    const behaviour = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    const smooth = await browser.open(ARTICLE, { reducedMotion: 'no-preference' });
    expect(await behaviour(smooth.page)).toBe('auto');
    await smooth.page.mouse.down();
    await smooth.page.mouse.up();
    await expect.poll(() => behaviour(smooth.page)).toBe('smooth');
    await smooth.close();
    const reduced = await browser.open(ARTICLE, { reducedMotion: 'reduce' });
    await reduced.page.keyboard.press('Shift');
    await expect.poll(() => behaviour(reduced.page)).toBe('auto');
    await reduced.close();
  });
});

describe.each([
  ['light', { colorScheme: 'light' as const }],
  ['dark', { colorScheme: 'dark' as const }],
  ['forced colours', { forcedColors: 'active' as const }],
])('in %s mode', (_mode, options) => {
  it('tells the kinds apart by underline, mark shape and word, not by colour alone', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: WIDE, ...options });
    const signals = await kindSignals(page);
    expect(new Set(signals.map((s) => s.underline)).size).toBe(3);
    expect(new Set(signals.map((s) => s.shape)).size).toBe(3);
    expect(signals.map((s) => s.word)).toEqual(['Sourced', 'Unsourced', 'Opinion']);
    expect(signals.every((s) => s.markVisible)).toBe(true);
  });
});

describe('in forced colours', () => {
  it.each([
    ['#kyrgyz-border-1212-km', '#kyrgyz-border-1212-km'],
    ['#p-borders', '#p-borders > p'],
  ])('keeps the landing at %s marked, with an outline in the system’s highlight colour', async (hash, selector) => {
    // Without JavaScript, so that the focus ring a script gives the claim cannot stand in for the landing.
    const { page } = await browser.open(`${ARTICLE}${hash}`, { forcedColors: 'active', javaScriptEnabled: false });
    const outline = await page.$eval(selector, (el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});
