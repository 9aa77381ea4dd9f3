import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTICLE, launch, open } from './browser.ts';

/**
 * A note that changed says how many earlier versions it has and leads to them on the article's page
 * of changes, which keeps every one the registry recorded, newest first.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const registry = JSON.parse(readFileSync('content/articles/color-revolution-in-kazakhstan-2022/registry.json', 'utf8')) as {
  claims: Record<string, { history: { date: string }[] }>;
};

it('keeps every earlier version the registry recorded, each reached from its note, newest first', async () => {
  const { page, close } = await open(browser, ARTICLE);
  const linked = await page.$$eval('details.note .note-reviewed a', (links) =>
    links.map((a) => ({ claim: a.closest<HTMLElement>('details.note')!.dataset.claim!, href: a.getAttribute('href')!, text: a.textContent! })),
  );
  const changed = Object.entries(registry.claims).filter(([, entry]) => entry.history.length > 0);
  expect(linked.length).toBe(changed.length);
  await page.goto(new URL('changes/', page.url()).href, { waitUntil: 'load' });
  for (const { claim, href, text } of linked) {
    expect(href).toBe(`${ARTICLE}changes/#${claim}`);
    const history = registry.claims[claim]!.history;
    expect(text).toBe(`${history.length} earlier version${history.length === 1 ? '' : 's'}`);
    const dates = await page.$$eval(`section[id="${claim}"] .revisions > li time`, (times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates, claim).toEqual(history.map((version) => version.date).reverse());
  }
  await close();
});
