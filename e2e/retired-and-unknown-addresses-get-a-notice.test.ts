import { describe, expect, it } from 'vitest';
import { ARTICLE, inView, NARROW, useBrowser, WIDE } from './browser.ts';

const browser = useBrowser();

const SAMPLE = '/articles/sample/';

describe.each([['with JavaScript', true], ['without JavaScript', false]])('a link to a retired claim id, %s', (_how, javaScriptEnabled) => {
  it('lands at the claim that replaced it, with a visible notice saying what changed and when', async () => {
    const { page, errors } = await browser.open(`${SAMPLE}#gas-price-rise`, { viewport: NARROW, javaScriptEnabled }, 'fixture');
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
  });

  it('of a removed claim lands at the paragraph where it stood, with a notice', async () => {
    const { page } = await browser.open(`${SAMPLE}#crime-rise`, { viewport: WIDE, javaScriptEnabled }, 'fixture');
    expect(await page.locator('#crime-rise .tombstone-notice').textContent()).toContain('Withdrawn: a duplicate of the claim beside it. It is removed; it stood in this paragraph.');
    expect(await page.$eval('#crime-rise', (el) => el.closest('.para')?.id)).toBe('p-item-crime');
  });
});

describe('retired ids that no link points to', () => {
  it('show no notice: each notice is on the page, waiting for its link, and hidden', async () => {
    const { page } = await browser.open(SAMPLE, { viewport: WIDE }, 'fixture');
    for (const id of ['gas-price-rise', 'crime-rise']) {
      const notice = page.locator(`#${id} .tombstone-notice`);
      // There, with its words, for the link that will come; and not shown until it does.
      expect(await notice.count(), id).toBe(1);
      expect(await notice.textContent(), id).toContain(`The link you followed (#${id})`);
      expect(await notice.evaluate((el) => el.checkVisibility()), id).toBe(false);
      expect(await notice.boundingBox(), id).toBeNull();
    }
  });
});

describe('an address the page does not have', () => {
  it('gets a polite notice where the reader is, never a silent jump to the top', async () => {
    const { page, errors } = await browser.open(`${ARTICLE}#no-such-claim`, { viewport: WIDE });
    const notice = page.locator('.link-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toBe('Nothing on this page has the address #no-such-claim. It may be mistyped, or older than this page. Start at the title.');
    expect(await inView(page, '.link-notice')).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a malformed address (a broken percent-escape)', () => {
  it('never breaks the page’s script: the notes are placed, the notice shows, a note still copies its link', async () => {
    const { page, errors } = await browser.open(`${ARTICLE}#%E0%A4%A`, { viewport: WIDE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.waitForSelector('.article-body[data-placed]', { state: 'attached', timeout: 5000 });
    expect(await page.locator('.link-notice').textContent()).toContain('Nothing on this page has the address #%E0%A4%A.');
    const note = page.locator('.article-body details.note').first();
    await note.locator(':scope > summary').click();
    await expect.poll(() => note.locator('.copy-link').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
