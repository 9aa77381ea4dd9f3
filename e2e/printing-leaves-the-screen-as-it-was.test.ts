import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE, BOTH_WIDTHS, NARROW, notesPlaced, useBrowser, WIDE } from './browser.ts';

const browser = useBrowser();

/** What the reader sees: which notes are open, where the page is scrolled, how long it is. */
const screenState = (page: Page) =>
  page.evaluate(() => ({
    open: [...document.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.claim ?? d.className),
    scrollY,
    height: document.documentElement.scrollHeight,
  }));
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 0)));

describe.each(BOTH_WIDTHS)('at %s, printing', (_name, viewport) => {
  it('leaves every note open or closed as it was, when printed or cancelled', async () => {
    const { page, errors, close } = await browser.open(`${ARTICLE}#gas-price-doubled`, { viewport });
    if (viewport === WIDE) await notesPlaced(page);
    // From the keyboard: on a narrow screen the arrived-at claim's note is a card under it, over the list.
    await page.locator('details.note[data-claim="insurrection-label"] > summary').focus();
    await page.keyboard.press('Enter');
    // A narrow screen keeps a note opened in its list when another opens under its claim.
    if (viewport === NARROW) await page.locator('a.claim-ref[href="#gas-price-doubled"]').click();
    await settle(page);
    const before = await screenState(page);
    // Wide screens keep one note open at a time; narrow ones keep both.
    expect(before.open).toEqual(expect.arrayContaining(viewport === WIDE ? ['insurrection-label'] : ['gas-price-doubled', 'insurrection-label']));
    const cards = () => page.$$eval('details[data-at-claim]', (all) => all.map((d) => (d as HTMLElement).dataset.claim));
    const cardsBefore = await cards();
    expect(cardsBefore).toEqual(viewport === WIDE ? [] : ['gas-price-doubled']);

    await page.evaluate(() => (dispatchEvent(new Event('beforeprint')), dispatchEvent(new Event('afterprint'))));
    await settle(page);
    expect(await screenState(page), 'after a cancelled print').toEqual(before);

    await page.pdf({ format: 'A4' });
    await settle(page);
    expect(await screenState(page), 'after printing').toEqual(before);
    expect(await cards()).toEqual(cardsBefore);
    expect(errors).toEqual([]);
    await close();
    // Two prints of the whole article (every note open): beside another browser file on two cores, more than the suite's minute.
  }, 120_000);
});
