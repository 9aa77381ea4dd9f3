import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Header, parseAllHeaders } from '@netlify/headers-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTED_SITE, serveWithNginx } from '../scripts/nginx-server.ts';
import { ARTICLE, useBrowser } from './browser.ts';

/*
 * A deployer who serves dist/ with Debian's nginx and the server block of docs/hosting.md gets what
 * Netlify and Cloudflare Pages give from public/_headers, and a site that works: nginx reads the files
 * as www-data, not as their owner, sends Debian's types (with the open data's added) and answers
 * /articles/<slug> with a redirect. One page load per check.
 */
const browser = useBrowser();
let nginx: Awaited<ReturnType<typeof serveWithNginx>>;
let rules: Header[];
beforeAll(async () => {
  nginx = await serveWithNginx('dist');
  ({ headers: rules } = (await parseAllHeaders({ headersFiles: ['public/_headers'], configHeaders: [], minimal: false })) as { headers: Header[] });
});
afterAll(() => nginx?.close());

const at = (path: string) => `${nginx.url}${path}`;
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
/** What `_headers` has a host send for a path (the last matching rule wins, as on Netlify). */
const hostHeaders = (path: string): Record<string, string> => Object.assign({}, ...rules.filter((rule) => rule.forRegExp.test(path)).map((rule) => rule.values));
/** The configuration's own `add_header Name "value"` lines. */
const configHeaders = () => Object.fromEntries([...readFileSync(DOCUMENTED_SITE, 'utf8').matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"/gm)].map(([, name, value]) => [name!, value!]));

describe('the built site behind Debian’s nginx, with docs/nginx-site.conf', () => {
  it('is read by nginx’s workers as an unprivileged user, not as root', () => {
    expect(nginx.workerUid).not.toBe(0);
  });

  it('says, in its add_header lines, every header _headers sends with every page, word for word, and sends them on a page and on the 404', async () => {
    const expected = hostHeaders('/');
    delete expected['Cache-Control'];
    expect(configHeaders()).toEqual(expected);
    for (const path of ['/', '/no-such-page/']) {
      const response = await fetch(at(path));
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('sends every file of the site with the Cache-Control _headers gives it, or the hosts’ revalidating default', async () => {
    const files = readdirSync('dist', { recursive: true }).map(String).filter((path) => statSync(join('dist', path)).isFile() && path !== '_headers');
    const wrong: string[] = [];
    for (const path of files) {
      const sent = (await fetch(at(`/${path}`), { method: 'HEAD' })).headers.get('cache-control');
      const expected = hostHeaders(`/${path}`)['Cache-Control'] ?? HOST_DEFAULT_CACHE;
      if (sent !== expected) wrong.push(`/${path}: ${sent} (_headers: ${expected})`);
    }
    expect(wrong).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it.each([
    [`${ARTICLE}claims.json`, /^application\/json\b/],
    [`${ARTICLE}claims.csv`, /^text\/csv\b/],
    [`${ARTICLE}annotations.jsonld`, /^application\/ld\+json\b/],
    ['/feed.xml', /^(application|text)\/xml\b/],
    ['/sitemap-index.xml', /^(application|text)\/xml\b/],
    ['/robots.txt', /^text\/plain\b/],
  ])('sends %s with its type', async (path, type) => {
    const response = await fetch(at(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
  });

  it('answers a missing page with the site’s 404 page and the status 404, and never serves _headers', async () => {
    for (const path of ['/no-such-page/', '/_headers']) {
      const response = await fetch(at(path));
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<title>Page not found');
    }
  });

  it('lands a deep link on its claim, its note open, with no error or policy violation', async () => {
    const { page, errors } = await browser.open(at(`${ARTICLE}#tokayev-20000-almaty`));
    await expect.poll(() => page.$eval('#tokayev-20000-almaty', (claim) => claim.matches(':target'))).toBe(true);
    await expect.poll(() => page.$eval('details.note[data-claim="tokayev-20000-almaty"]', (note) => (note as HTMLDetailsElement).open)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('lands a share link opened without its trailing slash on its claim', async () => {
    const { page } = await browser.open(at(`${ARTICLE}claims/gas-price-doubled`));
    await page.waitForURL(`**${ARTICLE}#gas-price-doubled**`, { timeout: 10_000 });
  });

  it('finds claims from the header’s search box', async () => {
    const { page, errors } = await browser.open(at('/method/'));
    await page.locator('#site-search-q').fill('Masimov');
    await page.locator('#site-search-panel .search-result[data-kind]').first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('finds claims on /search/', async () => {
    const { page, errors } = await browser.open(at('/search/?q=gas'));
    await page.locator('#search-results .search-result').first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});
