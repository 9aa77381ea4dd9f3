import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../scripts/static-server.ts';

/*
 * The browser tests see the site through scripts/static-server.ts: what it sends must be what Netlify,
 * Cloudflare Pages and GitHub Pages send, or a test passes that a host would fail (and the reverse).
 */

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Home</title>',
  '404.html': '<!doctype html><title>Page not found</title>',
  _headers: '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  '_astro/page.AbCd1234.js': 'export {};',
  'articles/a/index.html': '<!doctype html><title>An article</title>',
  'articles/a/claims.json': '{}',
  'articles/a/claims.csv': 'id\n',
  'articles/a/annotations.jsonld': '{}',
  'feed.xml': '<rss/>',
  'sitemap-index.xml': '<sitemapindex/>',
  'robots.txt': 'User-agent: *\n',
  'site.webmanifest': '{}',
  'favicon.svg': '<svg/>',
};
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

describe('the test server', () => {
  it.each([
    ['/articles/a/', 'text/html'],
    ['/articles/a/claims.json', 'application/json'],
    ['/articles/a/claims.csv', 'text/csv'],
    ['/articles/a/annotations.jsonld', 'application/ld+json'],
    ['/feed.xml', 'application/xml'],
    ['/sitemap-index.xml', 'application/xml'],
    ['/robots.txt', 'text/plain'],
    ['/site.webmanifest', 'application/manifest+json'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/_astro/page.AbCd1234.js', 'text/javascript'],
  ])('sends %s as %s, as the hosts do', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')?.split(';')[0]).toBe(type);
  });

  it('sends the Cache-Control _headers gives a file, and the hosts’ own default (revalidate every time) where it gives none', async () => {
    expect((await get('/_astro/page.AbCd1234.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/articles/a/', '/articles/a/claims.json', '/feed.xml']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
    }
  });

  it('never serves the _headers file itself: it is the host’s, not a page', async () => {
    const response = await get('/_headers');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it('serves a folder’s page at its address without the trailing slash, without a redirect, as netlify-cli does', async () => {
    const response = await get('/articles/a');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('An article');
  });

  it('answers a missing page with 404.html and the status 404, and the headers of _headers', async () => {
    const response = await get('/articles/none/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
