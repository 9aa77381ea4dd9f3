import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, useBrowser, WIDE } from './browser.ts';
import { type PublishedClaim, publishedClaims, searchedInHeaderBox, searchSettled, showAll } from './search-results.ts';

const browser = useBrowser();
let claims: Map<string, PublishedClaim>;
beforeAll(async () => {
  claims = new Map((await publishedClaims()).claims.map((c) => [c.id, c]));
});

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const idOf = async (result: Locator) => new URL((await result.locator('a.result-link').getAttribute('href'))!, 'http://x').hash.slice(1);

/** What a claim result must say: its sentence, its words set apart, its finding, its article and number. */
async function expectReadsOnItsOwn(result: Locator): Promise<PublishedClaim> {
  const claim = claims.get(await idOf(result))!;
  expect(claim).toBeDefined();
  const link = collapse((await result.locator('a.result-link').textContent())!);
  // The sentence is there, and the claim's words, set apart, within it (a claim may run past it).
  expect(link.includes(collapse(claim.sentence)) || collapse(claim.sentence).startsWith(link.slice(0, link.indexOf(collapse(claim.text))))).toBe(true);
  expect(link).toContain(collapse(claim.text));
  expect(collapse((await result.locator('.result-claim').textContent())!)).toBe(collapse(claim.text));
  expect(await result.locator('.result-claim').getAttribute('data-kind')).toBe(claim.kind);
  expect(collapse((await result.locator('.result-finding').textContent())!)).toBe(claim.finding);
  expect(await result.locator('.result-source').textContent()).toMatch(new RegExp(`· claim ${claim.number}$`));
  return claim;
}

describe('a claim found by search reads on its own', () => {
  it('on /search/: each result gives its sentence with the claim set apart, the kind and record in words, the article and number', async () => {
    const { page, errors } = await browser.open('/search/?q=Tokayev');
    await searchSettled(page);
    const results = page.locator('#search-results .search-result');
    expect(await results.count()).toBeGreaterThan(3);
    // The claim that opens mid-sentence is the case the issue found unreadable: it must carry its sentence.
    let midSentence = 0;
    for (const result of await results.all()) {
      const claim = await expectReadsOnItsOwn(result);
      if (!collapse(claim.sentence).startsWith(collapse(claim.text))) midSentence++;
      expect(await result.locator('mark').first().textContent()).toMatch(/^Tokayev/i);
    }
    expect(midSentence).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('gives every claim its sentence exactly as published, spaces and quotation marks included, around its words', async () => {
    const { title } = await publishedClaims();
    const { page, errors } = await browser.open(`/search/?article=${encodeURIComponent(title)}`);
    await searchSettled(page);
    await showAll(page);
    const results = await page.$$eval('#search-results a.result-link', (links) =>
      links.map((a) => ({ id: new URL((a as HTMLAnchorElement).href).hash.slice(1), shown: a.textContent!.replace(/\s+/g, ' ').trim() })),
    );
    expect(results).toHaveLength(claims.size);
    for (const { id, shown } of results) {
      const { sentence, text } = claims.get(id)!;
      const [whole, words] = [collapse(sentence), collapse(text)];
      if (whole.includes(words)) {
        expect({ id, shown }).toEqual({ id, shown: whole });
        continue;
      }
      // A claim that runs past its sentence is shown whole, after the sentence's words before it.
      expect(shown.endsWith(words), id).toBe(true);
      const head = shown.slice(0, shown.length - words.length);
      expect(whole.startsWith(head) && words.startsWith(whole.slice(head.length)), `${id}: “${head}”`).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('in the header box: the same sentence, finding, article and number', async () => {
    const { page } = await searchedInHeaderBox(browser, 'Tokayev', { viewport: WIDE });
    const results = page.locator('#site-search-panel .search-result');
    await results.first().waitFor();
    for (const result of await results.all()) await expectReadsOnItsOwn(result);
  });

  it('shows the part of the note that matched, with the word marked, when only the note holds the query', async () => {
    for (const where of ['page', 'box'] as const) {
      const { page, close } = where === 'page' ? await browser.open('/search/?q=Putilo') : await browser.open(ARTICLE, { viewport: WIDE });
      if (where === 'box') await page.locator('#site-search-q').fill('Putilo');
      const list = where === 'page' ? '#search-results' : '#site-search-panel';
      const first = page.locator(`${list} .search-result`).first();
      await first.waitFor();
      const claim = claims.get(await idOf(first))!;
      expect(claim.text).not.toMatch(/Putilo/);
      expect(claim.noteText).toMatch(/Putilo/);
      const note = first.locator('.result-note');
      expect(await note.textContent(), where).toMatch(/^In the note:/);
      expect(await note.locator('mark').first().textContent(), where).toBe('Putilo');
      // The part shown is the note's own words around the match.
      const shown = collapse((await note.textContent())!.replace(/^In the note:/, '').replace(/…/g, ''));
      expect(collapse(claim.noteText)).toContain(shown);
      await close();
    }
  });

  it('finds a stem in the note and marks it there ("sentenced" finds the note’s “sentence”)', async () => {
    const { page } = await browser.open('/search/?q=sentenced');
    await searchSettled(page);
    const results = page.locator('#search-results .search-result');
    expect(await results.count()).toBeGreaterThan(0);
    for (const result of await results.all()) {
      const claim = claims.get(await idOf(result))!;
      if (/sentenc/i.test(claim.text)) continue;
      expect(await result.locator('.result-note mark').first().textContent()).toMatch(/^sentenc/i);
    }
  });

  it('shows no note when the match is in the claim’s own words only', async () => {
    const { page } = await browser.open('/search/?q=Tokayev');
    await searchSettled(page);
    for (const result of await page.locator('#search-results .search-result').all()) {
      const claim = claims.get(await idOf(result))!;
      expect(await result.locator('.result-note').count(), claim.id).toBe(/tokayev/i.test(claim.noteText) ? 1 : 0);
    }
  });
});
