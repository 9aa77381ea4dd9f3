import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { ARTICLE, NARROW, useBrowser, WIDE } from './browser.ts';

/**
 * On a narrow screen the notes are listed after their paragraph; in the densest paragraph that is up to
 * 1,100 px below a claim (its first). A note opened from the text — its number tapped, a link followed, Enter on the
 * claim — shows under the claim's last line instead, and nothing in the text moves.
 */
const browser = useBrowser();

/** The first claim of the paragraph with the most claims (the issue's ¶8). */
const firstClaimOfDensest = (page: Page) =>
  page.$$eval('.article-body .para', (paras) => {
    const densest = paras.reduce((a, b) => (b.querySelectorAll('.claim').length > a.querySelectorAll('.claim').length ? b : a));
    return densest.querySelector('.claim')!.id;
  });

interface Seen {
  claimTop: number;
  claimBottom: number;
  cardTop: number;
  cardBottom: number;
  pageHeight: number;
  viewportHeight: number;
  scrollY: number;
  open: boolean;
  atClaim: boolean;
  head: string;
  focused: string;
}

const seen = (page: Page, id: string): Promise<Seen> =>
  page.evaluate((id) => {
    const claim = document.getElementById(id)!;
    const lines = claim.getClientRects();
    const note = document.querySelector<HTMLDetailsElement>(`details.note[data-claim="${id}"]`)!;
    const card = note.querySelector('.note-body')!.getBoundingClientRect();
    const active = document.activeElement;
    return {
      claimTop: lines[0]!.top,
      claimBottom: lines[lines.length - 1]!.bottom,
      cardTop: card.top,
      cardBottom: card.bottom,
      pageHeight: document.documentElement.scrollHeight,
      viewportHeight: innerHeight,
      scrollY,
      open: note.open,
      atClaim: note.dataset.atClaim !== undefined,
      head: note.querySelector('.note-card-head')?.textContent ?? '',
      focused: active?.id || active?.className || '',
    };
  }, id);

/**
 * The card starts under the claim's last line, within 40 px; or, where the screen has more room above
 * (a claim near its foot), ends above the claim's first line; and the reader sees all of it.
 */
function expectAtClaim(s: Seen): void {
  expect(s.open).toBe(true);
  expect(s.atClaim).toBe(true);
  const under = s.cardTop >= s.claimBottom - 1 && s.cardTop - s.claimBottom <= 40;
  const above = s.cardBottom <= s.claimTop + 1 && s.claimTop - s.cardBottom <= 40;
  expect(under || above, `card ${Math.round(s.cardTop)}–${Math.round(s.cardBottom)}, claim ${Math.round(s.claimTop)}–${Math.round(s.claimBottom)}`).toBe(true);
  expect(s.cardTop).toBeGreaterThanOrEqual(-1);
  expect(s.cardBottom).toBeLessThanOrEqual(s.viewportHeight + 1);
}

describe('at 375 px, a note opened from its claim', () => {
  it('opens at the claim when its number is tapped, the page not moving by a pixel', async () => {
    const { page, errors } = await browser.open(ARTICLE, { viewport: NARROW });
    const id = await firstClaimOfDensest(page);
    const marker = page.locator(`a.claim-ref[href="#${id}"]`);
    await marker.scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, -200));
    const before = await seen(page, id);
    await marker.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    const after = await seen(page, id);
    expectAtClaim(after);
    expect(after.scrollY, 'the page stays where the reader was').toBe(before.scrollY);
    expect(after.focused).toBe(id);
    // The card lies over the text: the page is as long as before, the claim where the browser put it.
    expect(Math.abs(after.pageHeight - before.pageHeight), `${before.pageHeight} → ${after.pageHeight}`).toBeLessThanOrEqual(1);
    const number = await page.$eval(`details.note[data-claim="${id}"] .note-number`, (n) => n.textContent);
    expect(after.head).toMatch(new RegExp(`^${number} (Sourced|Unsourced|Opinion)`));
    await page.waitForTimeout(300);
    const later = await seen(page, id);
    expect(Math.abs(later.claimTop - after.claimTop)).toBeLessThanOrEqual(1);
    expect(Math.abs(later.cardTop - after.cardTop)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('opens at the claim on arrival by a shared link, with the claim in view; axe finds nothing in it (%s)', async (colorScheme) => {
    const { page, close } = await browser.open(ARTICLE, { viewport: NARROW });
    const id = await firstClaimOfDensest(page);
    await close();
    const arrived = await browser.open(`${ARTICLE}#${id}`, { viewport: NARROW, colorScheme });
    const s = await seen(arrived.page, id);
    expect(s.claimTop).toBeGreaterThanOrEqual(-2);
    expectAtClaim(s);
    const { violations } = await axe(arrived.page).include(`details.note[data-claim="${id}"] .note-body`).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await arrived.close();
  });

  it('is never taller than the screen: the longest note scrolls inside its card, at 320 × 640 px', async () => {
    const small = { width: 320, height: 640 };
    const { page } = await browser.open(ARTICLE, { viewport: small });
    // The note with the most words.
    const id = await page.$$eval('.article-body details.note', (notes) =>
      notes.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a)).getAttribute('data-claim')!,
    );
    const number = page.locator(`a.claim-ref[href="#${id}"]`);
    await number.scrollIntoViewIfNeeded();
    await number.click();
    const s = await seen(page, id);
    expectAtClaim(s);
    const card = page.locator(`details.note[data-claim="${id}"] .note-body`);
    expect(await card.evaluate((b) => b.scrollHeight > b.clientHeight), 'the note is longer than the room it opens into').toBe(true);
    // Its end is reached by scrolling inside it.
    await card.evaluate((b) => b.scrollTo({ top: b.scrollHeight }));
    expect(await page.locator(`details.note[data-claim="${id}"] .note-reviewed`).isVisible()).toBe(true);
  });

  it('closes from its Close button or Escape, the focus back on the claim, the note back in its list', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: NARROW });
    const id = await firstClaimOfDensest(page);
    const marker = page.locator(`a.claim-ref[href="#${id}"]`);
    await marker.click();
    const closeButton = page.getByRole('button', { name: /^Close note \d+$/ });
    const box = (await closeButton.boundingBox())!;
    expect(Math.min(box.width, box.height), 'a pointer target of 24 × 24 px at least').toBeGreaterThanOrEqual(24);
    await closeButton.click();
    await expect.poll(async () => ((s) => [s.open, s.atClaim, s.focused])(await seen(page, id))).toEqual([false, false, id]);
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await marker.click();
    expect((await seen(page, id)).atClaim).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => ((s) => [s.open, s.atClaim, s.focused])(await seen(page, id))).toEqual([false, false, id]);
    // The address is still the claim's: its number, tapped again, opens the card again.
    await marker.click();
    await expect.poll(async () => (await seen(page, id)).atClaim).toBe(true);
  });

  it('goes away at a tap on the text outside it, so that a number it lay over can be tapped next', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: NARROW, reducedMotion: 'reduce' });
    const id = await firstClaimOfDensest(page);
    await page.locator(`a.claim-ref[href="#${id}"]`).click();
    // The next claims whose numbers the card lies over.
    const covered = await page.$$eval('a.claim-ref', (refs, id) => {
      const card = document.querySelector(`details.note[data-claim="${id}"] .note-body`)!;
      return refs
        .filter((ref) => {
          const r = ref.getBoundingClientRect();
          return r.height > 0 && r.top > 0 && card.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
        })
        .map((ref) => ref.getAttribute('href')!.slice(1));
    }, id);
    expect(covered.length).toBeGreaterThan(0);
    // A tap inside the card leaves it; a tap on the claim's own words, above it, puts it away.
    await page.locator(`details.note[data-claim="${id}"] .note-text`).click();
    expect((await seen(page, id)).atClaim).toBe(true);
    const words = (await page.locator(`#${id}`).boundingBox())!;
    await page.mouse.click(words.x + 4, words.y + 4);
    // The card closes at once; it leaves the card's place on `toggle`, a task later.
    await expect.poll(async () => ((s) => [s.open, s.atClaim])(await seen(page, id))).toEqual([false, false]);
    await page.locator(`a.claim-ref[href="#${covered[0]}"]`).click();
    expectAtClaim(await seen(page, covered[0]!));
  });

  it('opens at the claim from the keyboard (Enter on a claim), the focus in the note', async () => {
    // Without the smooth move to the claim, so that the places read are where it ends.
    const { page } = await browser.open(ARTICLE, { viewport: NARROW, reducedMotion: 'reduce' });
    await page.keyboard.press('u');
    const id = await page.evaluate(() => document.activeElement!.id);
    await page.keyboard.press('Enter');
    const s = await seen(page, id);
    expectAtClaim(s);
    expect(await page.evaluate((id) => document.activeElement?.closest('details.note')?.getAttribute('data-claim'), id)).toBe(id);
  });

  it('goes back to its list, open, when Tab leaves the claim, so that the keyboard reaches it there', async () => {
    const { page, close } = await browser.open(ARTICLE, { viewport: NARROW });
    const id = await firstClaimOfDensest(page);
    await close();
    const { page: arrived, close: done } = await browser.open(`${ARTICLE}#${id}`, { viewport: NARROW });
    expect((await seen(arrived, id)).atClaim).toBe(true);
    await arrived.keyboard.press('Tab');
    const s = await seen(arrived, id);
    expect([s.open, s.atClaim]).toEqual([true, false]);
    // Back under its summary, as a note opened there.
    const gap = await arrived.$eval(`details.note[data-claim="${id}"]`, (n) => n.querySelector('.note-body')!.getBoundingClientRect().top - n.querySelector('summary')!.getBoundingClientRect().bottom);
    expect(gap).toBeGreaterThanOrEqual(-1);
    expect(gap).toBeLessThanOrEqual(24);
    await done();
  });

  it('is one at a time: another claim’s number closes the first card', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: NARROW });
    // Two paragraphs apart, so that the first card lies over none of the second claim's words.
    const [first, second] = await page.$$eval('.article-body .para', (paras) => [paras[1]!.querySelector('.claim')!.id, paras[3]!.querySelector('.claim')!.id]);
    await page.locator(`a.claim-ref[href="#${first}"]`).click();
    expect((await seen(page, first!)).atClaim).toBe(true);
    await page.locator(`a.claim-ref[href="#${second}"]`).click();
    expect((await seen(page, first!)).open).toBe(false);
    expectAtClaim(await seen(page, second!));
  });

  it('opened from its summary in the list, opens there, where the reader is', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: NARROW });
    const note = page.locator('.article-body details.note').first();
    await note.locator(':scope > summary').click();
    const { summaryBottom, bodyTop, atClaim } = await note.evaluate((n) => ({
      summaryBottom: n.querySelector('summary')!.getBoundingClientRect().bottom,
      bodyTop: n.querySelector('.note-body')!.getBoundingClientRect().top,
      atClaim: (n as HTMLElement).dataset.atClaim !== undefined,
    }));
    expect(atClaim).toBe(false);
    expect(bodyTop - summaryBottom).toBeGreaterThanOrEqual(-1);
    expect(bodyTop - summaryBottom).toBeLessThanOrEqual(24);
  });

  it('prints in the list with every other note, and stays a card on the screen afterwards', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: NARROW });
    const id = await firstClaimOfDensest(page);
    await page.locator(`a.claim-ref[href="#${id}"]`).click();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$eval(`details.note[data-claim="${id}"] .note-body`, (b) => getComputedStyle(b).position);
    expect(printed).toBe('static');
    await page.emulateMedia({ media: 'screen' });
    // The card follows its claim once the screen's layout is back, in the next frame.
    await expect.poll(async () => ((s) => s.cardTop - s.claimBottom)(await seen(page, id))).toBeLessThanOrEqual(40);
    expectAtClaim(await seen(page, id));
  });
});

it('at 1440 px, a note opened from its claim stays in the margin; closed, its number opens it again', async () => {
  const id = 'structures-needed-information-threat';
  const { page } = await browser.open(`${ARTICLE}#${id}`, { viewport: WIDE });
  const s = await seen(page, id);
  expect([s.open, s.atClaim]).toEqual([true, false]);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await seen(page, id)).open).toBe(false);
  // The address is still #id, so the browser announces no change: the page must hear the tap itself.
  await page.locator(`a.claim-ref[href="#${id}"]`).click();
  await expect.poll(async () => (await seen(page, id)).open).toBe(true);
});
