import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, useBrowser } from './browser.ts';
import { filterCount, listedClaims, type PublishedClaim, publishedClaims, searchSettled, showAll } from './search-results.ts';

const browser = useBrowser();
let title: string;
let claims: PublishedClaim[];
beforeAll(async () => {
  ({ title, claims } = await publishedClaims());
});

const RECORDS = ['confirmed', 'qualified', 'disputed', 'contradicted', 'not found'];
const inReadingOrder = (pick: (c: PublishedClaim) => boolean) => claims.filter(pick).sort((a, b) => a.number - b.number).map((c) => c.id);

describe('search filters claims by what the public record says', () => {
  it.each(RECORDS)('?record=%s with no words lists every such claim, in reading order, each saying so', async (record) => {
    const { page, errors } = await browser.open(`/search/?record=${encodeURIComponent(record)}`);
    const status = await searchSettled(page);
    await showAll(page);
    const expected = inReadingOrder((c) => c.record === record);
    expect(await listedClaims(page)).toEqual(expected);
    expect(status).toMatch(new RegExp(`^${expected.length} claims?.*, in reading order\\.$`));
    expect(await page.locator(`input[name="record"][value="${record}"]`).isChecked()).toBe(true);
    for (const result of await page.locator('#search-results .search-result').all()) expect(await result.getAttribute('data-record')).toBe(record);
    // Each record status's count is the number of such claims, whichever is chosen.
    for (const other of RECORDS) expect(await filterCount(page, 'record', other), other).toBe(claims.filter((c) => c.record === other).length);
    expect(errors).toEqual([]);
  });

  it('combines with a kind, a query and an article, in the address, with counts that follow', async () => {
    const { page } = await browser.open('/search/?q=Kazakhstan');
    await searchSettled(page);
    await page.locator('input[name="record"][value="not found"]').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Kazakhstan&record=not+found');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ claims? with no public record found for “Kazakhstan”/);
    const anyKind = await filterCount(page, 'kind', '');
    await page.locator('input[name="kind"][value="unsourced"]').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Kazakhstan&kind=unsourced&record=not+found');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/unsourced claims? with no public record found for “Kazakhstan”/);
    await showAll(page);
    const listed = await listedClaims(page);
    // Every listed claim is of the kind and record chosen; the count beside each filter says how many.
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const id of listed) expect([byId.get(id)!.kind, byId.get(id)!.record]).toEqual(['unsourced', 'not found']);
    expect(await filterCount(page, 'kind', 'unsourced')).toBe(listed.length);
    expect(await filterCount(page, 'record', 'not found')).toBe(listed.length);
    expect(await filterCount(page, 'kind', '')).toBe(anyKind);
  });

  it('counts beside “Anything” every claim choosing it gives, opinions (which have no record status) included', async () => {
    const { page, errors } = await browser.open('/search/?q=Tokayev');
    await searchSettled(page);
    await showAll(page);
    const listed = await listedClaims(page);
    const byId = new Map(claims.map((c) => [c.id, c]));
    expect(listed.some((id) => byId.get(id)!.kind === 'opinion')).toBe(true);
    expect(await filterCount(page, 'record', '')).toBe(listed.length);
    await page.locator('input[name="kind"][value="opinion"]').check();
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ opinion claims? for “Tokayev”/);
    await showAll(page);
    const opinions = await listedClaims(page);
    expect(opinions.length).toBeGreaterThan(0);
    expect(await filterCount(page, 'record', '')).toBe(opinions.length);
    expect(errors).toEqual([]);
  });

  it('is one click from the record counts in the article’s details', async () => {
    const { page } = await browser.open(ARTICLE);
    await page.locator('.edition-details > summary').click();
    const link = page.locator('.record-counts a', { hasText: /^disputed \d+$/ });
    const count = Number((await link.textContent())!.match(/(\d+)$/)![1]);
    await link.click();
    await page.waitForURL(/\/search\/\?record=disputed&article=/);
    expect(new URL(page.url()).searchParams.get('article')).toBe(title);
    await searchSettled(page);
    await showAll(page);
    expect(await listedClaims(page)).toEqual(inReadingOrder((c) => c.record === 'disputed'));
    expect(count).toBe((await listedClaims(page)).length);
  });
});
