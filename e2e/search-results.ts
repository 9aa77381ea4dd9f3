import type { BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { ARTICLE, type FileBrowser, type OpenedPage } from './browser.ts';

/** The article page with `query` typed into the header's search box, as a reader types it there. */
export async function searchedInHeaderBox(browser: FileBrowser, query: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const opened = await browser.open(ARTICLE, options);
  await opened.page.locator('#site-search-q').fill(query);
  return opened;
}

/** The article's claims as it publishes them (claims.json): what the search results are checked against. */
export interface PublishedClaim {
  id: string;
  number: number;
  kind: string;
  record: string | null;
  finding: string;
  text: string;
  sentence: string;
  noteText: string;
}

export async function publishedClaims(): Promise<{ title: string; claims: PublishedClaim[] }> {
  const response = await fetch(new URL(`${ARTICLE}claims.json`, inject('baseURL')));
  const data = (await response.json()) as { article: { title: string }; claims: PublishedClaim[] };
  return { title: data.article.title, claims: data.claims };
}

/** Waits until /search/ has said what it found (its status comes last, after the results and counts). */
export async function searchSettled(page: Page): Promise<string> {
  const status = page.locator('#search-status');
  await page.waitForFunction(() => /for “|reading order|No .* matches|There are no|^Nothing here/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return (await status.textContent())!;
}

/** The claim ids of the results listed, in order. */
export const listedClaims = (page: Page, list = '#search-results') =>
  page.$$eval(`${list} .search-result a.result-link`, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));

/** Shows every result, pressing "Show more claims" until it goes. */
export async function showAll(page: Page): Promise<void> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results .search-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .search-result').length > n, shown);
  }
}

/** The count shown beside a filter (`name` kind or record, `value` '' for "all"). */
export const filterCount = async (page: Page, name: 'kind' | 'record', value: string) =>
  Number(await page.locator(`fieldset label:has(input[name="${name}"][value="${value}"]) .filter-count`).textContent());
