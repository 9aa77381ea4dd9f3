import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { ARTICLE, noteBoxes, notesPlaced, overlaps, useBrowser, WIDE } from './browser.ts';

const browser = useBrowser();

const focusedClaim = (page: Page) => page.evaluate(() => (document.activeElement?.classList.contains('claim') ? [document.activeElement.id, (document.activeElement as HTMLElement).dataset.kind] : null));
const announced = (page: Page) => page.locator('#reader-announce').textContent();
const underlined = (page: Page, kind: string) =>
  page.$$eval(`.article-body .claim[data-kind="${kind}"]`, (claims) => claims.filter((c) => getComputedStyle(c).textDecorationLine !== 'none').length);
/** The edition's details, folded under the header, hold the views and the keyboard's help. */
const openEditionDetails = (page: Page) => page.locator('.edition-details > summary').click();

describe('moving claim to claim by keyboard', () => {
  it('j and k move to the next and previous claim, announcing “Claim N of M, kind”', async () => {
    const { page, errors } = await browser.open(ARTICLE);
    const total = await page.locator('.claim').count();
    await page.keyboard.press('j');
    await expect.poll(() => focusedClaim(page)).toEqual(['title-color-revolution', 'opinion']);
    expect(await announced(page)).toBe(`Claim 1 of ${total}, opinion`);
    await page.keyboard.press('j');
    await page.keyboard.press(']');
    const third = await focusedClaim(page);
    expect(await announced(page)).toMatch(new RegExp(`^Claim 3 of ${total}, `));
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await expect.poll(() => focusedClaim(page)).toEqual(third);
    await page.keyboard.press('[');
    await expect.poll(() => announced(page)).toMatch(new RegExp(`^Claim 2 of ${total}, `));
    expect(await page.locator('#reader-announce').getAttribute('aria-live')).toBe('polite');
    expect(errors).toEqual([]);
  });

  it('u and o jump to the next unsourced claim and the next opinion', async () => {
    const { page } = await browser.open(ARTICLE);
    await page.keyboard.press('u');
    const firstUnsourced = await page.$eval('.claim[data-kind="unsourced"]', (c) => c.id);
    expect(await focusedClaim(page)).toEqual([firstUnsourced, 'unsourced']);
    await page.keyboard.press('o');
    expect((await focusedClaim(page))![1]).toBe('opinion');
    const order = await page.$$eval('.claim', (all) => all.map((c) => c.id));
    expect(order.indexOf((await focusedClaim(page))![0]!)).toBeGreaterThan(order.indexOf(firstUnsourced));
  });

  it('Enter opens the claim’s note and Escape comes back to the claim', async () => {
    const { page } = await browser.open(ARTICLE);
    await page.keyboard.press('u');
    const [id] = (await focusedClaim(page))!;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$eval(`details.note[data-claim="${id}"]`, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('details.note')?.getAttribute('data-claim'))).toBe(id);
    await page.keyboard.press('Escape');
    expect((await focusedClaim(page))![0]).toBe(id);
  });

  it('Escape on a claim arrived at by a link closes its note, so the margin marks below it can be reached', async () => {
    const id = 'turkish-support-kazakh-militants';
    const { page } = await browser.open(`${ARTICLE}#${id}`, { viewport: WIDE });
    await notesPlaced(page);
    const note = page.locator(`details.note[data-claim="${id}"]`);
    expect(await note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect((await focusedClaim(page))![0]).toBe(id);
    await page.keyboard.press('Escape');
    await expect.poll(() => note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await focusedClaim(page))![0]).toBe(id);
    // The next claim's mark, which the open note lay over, takes a click.
    const next = page.locator('details.note').nth((await page.locator('details.note').evaluateAll((all, id) => all.findIndex((d) => d.getAttribute('data-claim') === id), id)) + 1);
    await next.locator(':scope > summary').click({ timeout: 5_000 });
    await expect.poll(() => next.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('? opens a help dialog listing the keys, which Escape closes; axe finds nothing in it', async () => {
    const { page } = await browser.open(ARTICLE);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Moving through the claims' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('next unsourced claim');
    const { violations } = await axe(page).include('#reader-help').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('continues from whatever has the focus: a note’s summary leads on to the next claim', async () => {
    const { page } = await browser.open(ARTICLE);
    const order = await page.$$eval('.claim', (all) => all.map((c) => c.id));
    await page.locator('details.note[data-claim="kyrgyz-border-1212-km"] > summary').focus();
    await page.keyboard.press('j');
    expect((await focusedClaim(page))![0]).toBe(order[order.indexOf('kyrgyz-border-1212-km') + 1]);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    expect((await focusedClaim(page))![0]).toBe(order[order.indexOf('kyrgyz-border-1212-km') - 1]);
  });

  it('turns the single-letter keys off from the help, and remembers it on the next visit', async () => {
    const { page } = await browser.open(ARTICLE);
    await openEditionDetails(page);
    await page.getByRole('button', { name: /Keyboard/ }).click();
    await page.getByRole('checkbox', { name: /Use the single-letter keys/ }).uncheck();
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(() => focusedClaim(page)).toBeNull();
    expect(await announced(page)).toBe('');
    await page.reload({ waitUntil: 'load' });
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    await expect.poll(() => focusedClaim(page)).toBeNull();
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    await openEditionDetails(page);
    await page.getByRole('button', { name: /Keyboard/ }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: /Use the single-letter keys/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /Use the single-letter keys/ }).check();
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(() => focusedClaim(page)).not.toBeNull();
  });

  it('announces the claim and its kind on arrival by a shared link', async () => {
    const { page } = await browser.open(`${ARTICLE}#kyrgyz-border-1212-km`);
    const total = await page.locator('.claim').count();
    expect(await announced(page)).toBe(`Claim 59 of ${total}, sourced`);
    expect((await focusedClaim(page))![0]).toBe('kyrgyz-border-1212-km');
  });

  it('leaves the keys alone while the reader types in a field', async () => {
    const { page } = await browser.open(ARTICLE);
    await page.locator('#site-search-q').fill('');
    await page.locator('#site-search-q').pressSequentially('junk');
    expect(await page.locator('#site-search-q').inputValue()).toBe('junk');
    expect(await focusedClaim(page)).toBeNull();
    expect(await announced(page)).toBe('');
  });
});

describe('the view filter', () => {
  it('shows one kind only when the address says ?show=unsourced, and skips the others when moving', async () => {
    const { page, errors } = await browser.open(`${ARTICLE}?show=unsourced`);
    expect(await underlined(page, 'unsourced')).toBeGreaterThan(0);
    expect(await underlined(page, 'opinion')).toBe(0);
    expect(await underlined(page, 'sourced')).toBe(0);
    expect(await page.locator('.article-body details.note[data-kind="opinion"]').first().isVisible()).toBe(false);
    await page.keyboard.press('j');
    expect((await focusedClaim(page))![1]).toBe('unsourced');
    expect(errors).toEqual([]);
  });

  it('switches from the page’s choices, writes the address, and keeps the margin notes apart', async () => {
    const { page } = await browser.open(`${ARTICLE}?show=unsourced`);
    await notesPlaced(page);
    await openEditionDetails(page);
    await page.getByRole('link', { name: 'Every claim underlined' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?show=lines');
    expect(await underlined(page, 'opinion')).toBe(await page.locator('.article-body .claim[data-kind="opinion"]').count());
    await page.getByRole('link', { name: 'Numbers' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?show=all');
    // The calm view: the claims' words plain, their numbers and margin marks all there.
    for (const kind of ['sourced', 'unsourced', 'opinion']) expect(await underlined(page, kind), kind).toBe(0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(overlaps(await noteBoxes(page))).toEqual([]);
    expect(await page.locator('.article-body details.note').evaluateAll((notes) => notes.filter((n) => n.getClientRects().length === 0).length)).toBe(0);
  });

  it('opens from the summary’s counts', async () => {
    const { page } = await browser.open(ARTICLE);
    await page.getByRole('link', { name: /^\d+ opinion: show only these in the text$/ }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?show=opinion');
    expect(await underlined(page, 'sourced')).toBe(0);
  });

  it('gives the underlined and the plain view without JavaScript too', async () => {
    const { page } = await browser.open(ARTICLE, { javaScriptEnabled: false, viewport: WIDE });
    // Without JavaScript the link loads a new page: wait for it, or the old page may be the one measured.
    await openEditionDetails(page);
    await Promise.all([page.waitForURL(/\?show=lines#show-lines$/), page.getByRole('link', { name: 'Every claim underlined' }).click()]);
    expect(await underlined(page, 'opinion')).toBe(await page.locator('.article-body .claim[data-kind="opinion"]').count());
    await openEditionDetails(page);
    await Promise.all([page.waitForURL(/\?show=none#show-none$/), page.getByRole('link', { name: 'Plain text' }).click()]);
    for (const kind of ['sourced', 'unsourced', 'opinion']) expect(await underlined(page, kind), kind).toBe(0);
    expect(await page.locator('.article-body .claim-ref').first().isVisible()).toBe(false);
    // The fragment's target is outside the folded details: they stay folded, and the text comes first.
    expect(await page.locator('.edition-details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('has no axe violation in the plain and one-kind views', async () => {
    for (const view of ['none', 'sourced']) {
      const { page, close } = await browser.open(`${ARTICLE}?show=${view}`);
      const { violations } = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => v.id), view).toEqual([]);
      await close();
    }
  });
});

describe('the claims map', () => {
  it('is an enhancement: without JavaScript the page has no map, and nothing of it in its HTML', async () => {
    const { page } = await browser.open(ARTICLE, { javaScriptEnabled: false });
    expect(await page.locator('.claims-map, .map-mark').count()).toBe(0);
  });

  it('lists every claim as a link with its kind in words', async () => {
    const { page } = await browser.open(ARTICLE);
    const marks = page.locator('nav[aria-label="Claims map"] a');
    expect(await marks.count()).toBe(await page.locator('.claim').count());
    expect(await marks.nth(0).textContent()).toBe('Claim 1: opinion');
    const hrefs = await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const ids = await page.$$eval('.claim', (claims) => claims.map((c) => `#${c.id}`));
    expect(hrefs).toEqual(ids);
  });

  it.each([WIDE, { width: 375, height: 800 }])('folds into the edition’s details, under the header, at %o', async (viewport) => {
    const { page } = await browser.open(ARTICLE, { viewport });
    const map = page.locator('details.claims-map');
    expect(await map.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await map.evaluate((d) => d.closest('.edition-details') !== null)).toBe(true);
    await openEditionDetails(page);
    await map.locator(':scope > summary').click();
    await expect.poll(() => page.locator('.map-mark').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    // No ruler down the window's edge: nothing of the map is fixed beside the text.
    expect(await page.$$eval('.claims-map, .claims-map *', (all) => all.filter((el) => getComputedStyle(el).position === 'fixed').length)).toBe(0);
  });

  it('shows only the chosen kind’s marks in a one-kind view', async () => {
    const { page } = await browser.open(`${ARTICLE}?show=unsourced`, { viewport: WIDE });
    const visibleKinds = await page.$$eval('.map-mark', (marks) => [...new Set(marks.filter((m) => m.getClientRects().length > 0).map((m) => (m as HTMLElement).dataset.kind))]);
    expect(visibleKinds).toEqual(['unsourced']);
  });
});
