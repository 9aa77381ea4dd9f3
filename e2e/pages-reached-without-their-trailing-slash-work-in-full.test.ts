import { describe, expect, it } from 'vitest';
import { ARTICLE, useBrowser } from './browser.ts';

/*
 * A link pasted or typed without its trailing slash (`/articles/<slug>/claims/<id>`) reaches hosts that
 * do not redirect it (netlify-cli, many plain servers, the test server): they serve the folder's page
 * at that address as it is. Every link of the page must then lead where it does from the address with
 * the slash, so none may be relative to the page's folder.
 */
const browser = useBrowser();

const CLAIM = 'tokayev-20000-almaty';
const withoutSlash = (path: string) => path.replace(/\/$/, '');

describe('a page reached without its trailing slash, on a host that does not redirect', () => {
  it('a claim’s share link lands on the claim in the article', async () => {
    const { page } = await browser.open(withoutSlash(`${ARTICLE}claims/${CLAIM}/`));
    await page.waitForURL(`**${ARTICLE}#${CLAIM}**`, { timeout: 10_000 });
    expect(await page.title()).not.toMatch(/not found/i);
  });

  it('the article keeps its open data, its page of changes and the share links it copies', async () => {
    const { page, errors } = await browser.open(`${withoutSlash(ARTICLE)}#${CLAIM}`, { permissions: ['clipboard-read', 'clipboard-write'] });
    // As the browser resolves them against the address it is at.
    const linked = await page.$$eval('link[rel="alternate"][type]:not([type*="rss"]), .note-reviewed a', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    const pages = [...new Set(linked.map((href) => href.split('#')[0]!))];
    expect(pages.map((href) => new URL(href).pathname).sort()).toEqual([`${ARTICLE}annotations.jsonld`, `${ARTICLE}changes/`, `${ARTICLE}claims.csv`, `${ARTICLE}claims.json`]);
    for (const href of pages) expect((await fetch(href)).status, href).toBe(200);

    const copy = page.locator(`details.note[data-claim="${CLAIM}"] .copy-link`);
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(`${ARTICLE}claims/${CLAIM}/`);
    expect((await fetch(copied)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('the page of changes leads back to each claim in the article', async () => {
    const { page } = await browser.open(withoutSlash(`${ARTICLE}changes/`));
    const back = await page.$$eval('.eyebrow a, .change a', (links) =>
      links.filter((link) => link.closest('.eyebrow') || link.textContent === 'The claim and its note in the text').map((link) => (link as HTMLAnchorElement).href),
    );
    expect(back.length).toBeGreaterThan(0);
    for (const href of back) expect(new URL(href).pathname, href).toBe(ARTICLE);
  });
});
