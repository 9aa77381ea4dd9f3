import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, launch, NARROW, open, WIDE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const SAMPLE = '/articles/sample/';
const visible = (page: Page, selector: string) => page.locator(selector).isVisible();
const inView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a link to a retired claim id, %s', (_how, javaScriptEnabled) => {
  it('lands at the claim that replaced it, with a visible notice saying what changed and when', async () => {
    const { page, errors, close } = await open(browser, `${SAMPLE}#gas-price-rise`, { viewport: NARROW, javaScriptEnabled }, 'fixture');
    const notice = page.locator('#gas-price-rise .tombstone-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(
      'The link you followed (#gas-price-rise) was changed on 30 November 2026: Merged into the claim on the price doubling. It is now part of claim 1, here.',
    );
    expect(await notice.locator('a').getAttribute('href')).toBe('#gas-doubled');
    await expect
      .poll(async () => (await inView(page, '#gas-price-rise .tombstone-notice')) && (await inView(page, '#gas-doubled')))
      .toBe(true);
    if (javaScriptEnabled) {
      await expect.poll(() => page.$eval('details.note[data-claim="gas-doubled"]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('gas-price-rise');
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('of a removed claim lands at the paragraph where it stood, with a notice', async () => {
    const { page, close } = await open(browser, `${SAMPLE}#crime-rise`, { viewport: WIDE, javaScriptEnabled }, 'fixture');
    expect(await page.locator('#crime-rise .tombstone-notice').textContent()).toContain('Withdrawn: a duplicate of the claim beside it. It is removed; it stood in this paragraph.');
    expect(await page.$eval('#crime-rise', (el) => el.closest('.para')?.id)).toBe('p-item-crime');
    await close();
  });
});

describe('retired ids that no link points to', () => {
  it('show no notice', async () => {
    const { page, close } = await open(browser, SAMPLE, { viewport: WIDE }, 'fixture');
    expect(await visible(page, '#gas-price-rise .tombstone-notice')).toBe(false);
    expect(await visible(page, '#crime-rise .tombstone-notice')).toBe(false);
    await close();
  });
});

describe('an address the page does not have', () => {
  it('gets a polite notice where the reader is, never a silent jump to the top', async () => {
    const { page, errors, close } = await open(browser, `${ARTICLE}#no-such-claim`, { viewport: WIDE });
    const notice = page.locator('.link-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toBe('Nothing on this page has the address #no-such-claim. It may be mistyped, or older than this page. Start at the title.');
    expect(await inView(page, '.link-notice')).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a malformed address (a broken percent-escape)', () => {
  it('never breaks the page’s script: the notes are placed, the notice shows, a note still copies its link', async () => {
    const { page, errors, close } = await open(browser, `${ARTICLE}#%E0%A4%A`, { viewport: WIDE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.waitForSelector('.article-body[data-placed]', { state: 'attached', timeout: 5000 });
    expect(await page.locator('.link-notice').textContent()).toContain('Nothing on this page has the address #%E0%A4%A.');
    const note = page.locator('.article-body details.note').first();
    await note.locator(':scope > summary').click();
    expect(await note.locator('.copy-link').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a note', () => {
  it('says when its claim was last reviewed, and leads to its earlier versions with their dates', async () => {
    const { page, close } = await open(browser, `${SAMPLE}#gas-doubled`, { viewport: WIDE }, 'fixture');
    const note = page.locator('details.note[data-claim="gas-doubled"]');
    expect(await note.locator('.note-reviewed').textContent()).toBe('Reviewed 24 November 2026. 1 earlier version');
    await note.getByRole('link', { name: '1 earlier version' }).click();
    await page.waitForURL(/\/changes\/#gas-doubled$/);
    const change = page.locator('section.change:target');
    expect(await change.locator('h2').textContent()).toMatch(/^Claim 1: “/);
    expect((await change.locator('.revisions > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '20 November 2026 — Sourced, record: confirmed. The first version of this note.',
    ]);
    await change.getByRole('link', { name: 'The claim and its note in the text' }).click();
    await page.waitForURL(/#gas-doubled$/);
    await close();
  });

  it('offers to copy the claim’s share link, which previews the claim and lands on its words', async () => {
    const { page, close } = await open(browser, `${ARTICLE}#gas-price-doubled`, { viewport: WIDE, permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator('details.note[data-claim="gas-price-doubled"] .copy-link');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`${ARTICLE}claims/gas-price-doubled/`);
    await page.goto(copied, { waitUntil: 'load' });
    await page.waitForURL((url) => url.pathname === ARTICLE && url.hash.startsWith('#gas-price-doubled:~:text='));
    await expect.poll(() => inView(page, '#gas-price-doubled')).toBe(true);
    expect(await page.$eval('#gas-price-doubled', (el) => el.matches(':target'))).toBe(true);
    await close();
  });

  it('copies, for every claim, the very share link the open data publishes', async () => {
    const { page, close } = await open(browser, ARTICLE, { viewport: WIDE, permissions: ['clipboard-read', 'clipboard-write'] });
    const published = (await (await fetch(new URL(`${ARTICLE}claims.json`, inject('baseURL')))).json()) as { claims: { id: string; share: string }[] };
    for (const claim of [published.claims[1]!, published.claims[57]!, published.claims.at(-1)!]) {
      const note = page.locator(`details.note[data-claim="${claim.id}"]`);
      // From the claim's number in the text, as a reader opens it.
      await page.locator(`a.claim-ref[href="#${claim.id}"]`).click();
      await note.locator('.copy-link').click();
      await expect.poll(() => note.locator('.copy-link').textContent()).toBe('Link copied');
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.pathname).toBe(claim.share);
    }
    await close();
  });

  it('whose link is followed in a browser with text fragments highlights the claim’s words', async () => {
    const href = '#kyrgyz-border-1212-km:~:text=border%20length%20between%20Kyrgyzstan';
    const { page: arrived, close: done } = await open(browser, `${ARTICLE}${href}`, { viewport: WIDE });
    await expect.poll(() => inView(arrived, '#kyrgyz-border-1212-km')).toBe(true);
    expect(await arrived.$eval('#kyrgyz-border-1212-km', (el) => el.matches(':target'))).toBe(true);
    await done();
  });
});
