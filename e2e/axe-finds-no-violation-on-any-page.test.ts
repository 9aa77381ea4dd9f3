import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { ARTICLE, NARROW, useBrowser, WIDE } from './browser.ts';

const browser = useBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.each([
  ['the home page', '/'],
  ['the article, with a note open', ARTICLE],
  ['the method page', '/method/'],
  ['the search page, with results', '/search/?q=CSTO&kind=opinion'],
  ['the not-found page', '/no/such/page/'],
])('%s', (_name, path) => {
  it.each([
    ['1440 px, light', WIDE, 'light'],
    ['375 px, dark', NARROW, 'dark'],
  ] as const)('has no axe violation at %s', async (_how, viewport, colorScheme) => {
    const { page } = await browser.open(path, { viewport, colorScheme });
    if (path.startsWith('/search/')) await page.locator('#search-results .search-result').first().waitFor();
    const notes = page.locator('details.note');
    if ((await notes.count()) > 0) await notes.nth(4).locator(':scope > summary').click();
    const { violations } = await axe(page).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
});
