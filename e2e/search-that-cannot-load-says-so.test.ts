import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTICLE, notesPlaced, useBrowser, WIDE } from './browser.ts';

/*
 * Behind a server that cannot read the index (nginx answered 403 for every /pagefind/ file when the
 * build left its folder 0700), on a host missing it, or offline, the search must say that it is
 * unavailable, where the reader looks and to a screen reader, and leave the page around it working.
 */
const browser = useBrowser();

const UNAVAILABLE = /^Search is unavailable/;
const refused = (route: Route) => route.fulfill({ status: 403, contentType: 'text/html', body: '<h1>403 Forbidden</h1>' });
const missing = (route: Route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>404 Not Found</h1>' });
/** What the page itself threw or logged, less the browser's own line for each refused request. */
const pageErrors = (errors: string[]) => errors.filter((error) => !/^Failed to load resource/.test(error));

/** The search page at `path`, in a context of its own whose requests for the index `answer` answers. */
async function searchPageWithout(path: string, answer: (route: Route) => Promise<void>, pattern: string | RegExp = '**/pagefind/**'): Promise<{ page: Page }> {
  const context = await browser.context({ viewport: WIDE });
  await context.route(pattern, answer);
  const page = await context.newPage();
  await page.goto(new URL(path, inject('baseURL')).href, { waitUntil: 'load' });
  return { page };
}

describe('a search whose index cannot load', () => {
  it('in the header box, says so under the box and in its status line, and the article stays readable', async () => {
    const { page, errors } = await browser.open(ARTICLE, { viewport: WIDE });
    await page.route('**/pagefind/**', refused);
    await page.locator('#site-search-q').fill('Masimov');
    const status = page.locator('#site-search-status');
    await expect.poll(() => status.textContent()).toMatch(UNAVAILABLE);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.isVisible()).toBe(true);
    expect(await page.locator('#site-search-panel').isHidden()).toBe(true);
    // The article's own script is untouched: its notes are placed and a claim's marker opens its note.
    await notesPlaced(page);
    await page.locator('a.claim-ref[href="#gas-price-doubled"]').click();
    await expect.poll(() => page.$eval('details.note[data-claim="gas-price-doubled"]', (note) => (note as HTMLDetailsElement).open)).toBe(true);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('on /search/, offline, says so in the status line and lists nothing', async () => {
    const { page } = await searchPageWithout('/search/?q=gas', (route) => route.abort('internetdisconnected'));
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(UNAVAILABLE);
    expect(await page.locator('#search-found').isHidden()).toBe(true);
  });

  it('on /search/, with Pagefind’s script there but the rest of its files missing (a partial upload), says so', async () => {
    const { page } = await searchPageWithout('/search/?q=gas', missing, /\/pagefind\/(?!pagefind\.js).+/);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(UNAVAILABLE);
  });
});
