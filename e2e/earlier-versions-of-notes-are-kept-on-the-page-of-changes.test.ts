import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ARTICLE, useBrowser } from './browser.ts';

/**
 * A note that changed says how many earlier versions it has and leads to them on the article's page
 * of changes, which keeps every one the registry recorded, newest first.
 */
const browser = useBrowser();

const registry = JSON.parse(readFileSync('content/articles/color-revolution-in-kazakhstan-2022/registry.json', 'utf8')) as {
  claims: Record<string, { history: { date: string }[] }>;
};

it('keeps every earlier version the registry recorded, each reached from its note, newest first', async () => {
  const { page } = await browser.open(ARTICLE);
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
});

it('says in the note when its claim was last reviewed, and leads to its earlier versions with their dates', async () => {
  const { page } = await browser.open('/articles/sample/#gas-doubled', {}, 'fixture');
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
});
