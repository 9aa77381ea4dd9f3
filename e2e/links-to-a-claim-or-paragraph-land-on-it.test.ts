import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE, BOTH_WIDTHS, NARROW, useBrowser, WIDE } from './browser.ts';

const browser = useBrowser();

/** The element's top in the window: the place a reader arrives at is its start. */
const topInView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  });
const noteOpen = (page: Page, claim: string) =>
  page.$eval(`details.note[data-claim="${claim}"]`, (el) => (el as HTMLDetailsElement).open);

describe.each(BOTH_WIDTHS)('arriving at %s', (_name, viewport) => {
  it('at #claim scrolls to the claim, highlights it and opens its note', async () => {
    const { page, errors } = await browser.open(`${ARTICLE}#kyrgyz-border-1212-km`, { viewport });
    await expect.poll(() => topInView(page, '#kyrgyz-border-1212-km')).toBe(true);
    expect(await page.$eval('#kyrgyz-border-1212-km', (el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => noteOpen(page, 'kyrgyz-border-1212-km')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('at #paragraph scrolls to the paragraph and highlights it', async () => {
    const { page } = await browser.open(`${ARTICLE}#p-sixthly-ousted-clans`, { viewport });
    await expect.poll(() => topInView(page, '#p-sixthly-ousted-clans')).toBe(true);
    expect(await page.$eval('#p-sixthly-ousted-clans', (el) => el.matches(':target'))).toBe(true);
  });

  it('at a text fragment scrolls to the words', async () => {
    // Not "Sedat Perker": the claim's number follows "Perker" with no word boundary, so those words match
    // only the note's quote of them.
    const { page } = await browser.open(`${ARTICLE}#:~:text=such%20as%20Sedat`, { viewport });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => topInView(page, '#dzhumageldiev-sedat-peker')).toBe(true);
  });
});

describe('following a claim’s number', () => {
  it('puts the claim’s address in the location bar and opens its note', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: NARROW });
    const marker = page.locator('a.claim-ref[href="#gas-price-doubled"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#gas-price-doubled');
    await expect.poll(() => noteOpen(page, 'gas-price-doubled')).toBe(true);
  });

  it('without JavaScript still lands on the claim, highlighted', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: WIDE, javaScriptEnabled: false });
    await page.locator('a.claim-ref[href="#gas-price-doubled"]').click();
    await expect.poll(() => page.$eval('#gas-price-doubled', (el) => el.matches(':target'))).toBe(true);
  });
});

describe('a claim’s link with a text fragment', () => {
  it('highlights the claim’s words in a browser with text fragments, and lands on the claim', async () => {
    const { page } = await browser.open(`${ARTICLE}#kyrgyz-border-1212-km:~:text=border%20length%20between%20Kyrgyzstan`, { viewport: WIDE });
    await expect.poll(() => topInView(page, '#kyrgyz-border-1212-km')).toBe(true);
    expect(await page.$eval('#kyrgyz-border-1212-km', (el) => el.matches(':target'))).toBe(true);
  });
});
