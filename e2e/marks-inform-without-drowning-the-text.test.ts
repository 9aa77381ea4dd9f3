import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, launch, open } from './browser.ts';

/**
 * The densest paragraph reads comfortably and still shows where each claim starts and ends and what
 * kind it is: hairline underlines by default, heavier only for the claim the reader is on, a claim
 * inside another underlined apart from it, and every marker on the line of its claim's last word.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const WIDTHS = [1440, 1100, 375, 320];

describe.each(WIDTHS)('at %i px', (width) => {
  it('keeps every marker on the line of its claim’s last word', async () => {
    const { page, close } = await open(browser, ARTICLE, { viewport: { width, height: 900 } });
    const wrapped = await page.$$eval('.article-body .claim', (claims) =>
      claims.flatMap((claim) => {
        const marker = claim.nextElementSibling;
        if (!marker?.classList.contains('claim-ref')) return [`${claim.id}: no marker after it`];
        const lines = claim.getClientRects();
        const last = lines[lines.length - 1]!;
        const mark = marker.getClientRects()[0]!;
        // Superscript sits higher than the text: the same line means overlapping vertical extents.
        return mark.top < last.bottom && mark.bottom > last.top ? [] : [`${claim.id}: claim ends at ${Math.round(last.bottom)}, marker at ${Math.round(mark.top)}`];
      }),
    );
    expect(wrapped).toEqual([]);
    await close();
  });
});

describe('the default view', () => {
  it('underlines claims with a hairline, and the claim arrived at heavier', async () => {
    const { page, close } = await open(browser, `${ARTICLE}#kyrgyz-border-1212-km`);
    const thickness = await page.$$eval('.article-body .claim', (claims) =>
      Object.fromEntries(claims.map((claim) => [claim.id, parseFloat(getComputedStyle(claim).textDecorationThickness)])),
    );
    const { 'kyrgyz-border-1212-km': arrived, ...others } = thickness;
    expect(Object.entries(others).filter(([, px]) => !(px <= 1))).toEqual([]);
    expect(arrived).toBeGreaterThanOrEqual(2);
    await close();
  });

  it('underlines a claim inside another apart from it, so two claims of one kind never merge', async () => {
    const { page, close } = await open(browser, ARTICLE);
    const merged = await page.$$eval('.article-body .claim .claim', (inner) =>
      inner.flatMap((claim) => {
        const outer = claim.parentElement!.closest('.claim')!;
        const offset = (el: Element) => parseFloat(getComputedStyle(el).textUnderlineOffset);
        return offset(claim) - offset(outer) >= 2 ? [] : [`${claim.id} inside ${outer.id}`];
      }),
    );
    expect(await page.locator('.article-body .claim .claim').count()).toBeGreaterThan(0);
    expect(merged).toEqual([]);
    await close();
  });
});

describe('at 375 px', () => {
  it('makes every control around the text a pointer target of 24 × 24 px at least: the claims map, the notes’ summaries, the view choices', async () => {
    const { page, close } = await open(browser, ARTICLE, { viewport: { width: 375, height: 800 } });
    await page.locator('.claims-map > summary').click();
    const small = await page.$$eval('.claims-map .map-mark, .claims-map > summary, details.note > summary, .view-choices a, .keys-button', (targets) =>
      targets.flatMap((target) => {
        const { width, height } = target.getBoundingClientRect();
        return width >= 24 && height >= 24 ? [] : [`${target.className || target.tagName} ${target.textContent?.trim().slice(0, 20)}: ${Math.round(width)}×${Math.round(height)}`];
      }),
    );
    expect(await page.locator('.claims-map .map-mark').count()).toBe(200);
    expect(small).toEqual([]);
    await close();
  });
});
