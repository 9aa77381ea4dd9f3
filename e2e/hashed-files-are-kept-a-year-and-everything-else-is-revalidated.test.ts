import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Header, parseAllHeaders } from '@netlify/headers-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * `_headers` tells Netlify and Cloudflare Pages to keep a file a year without asking again
 * (`immutable`): safe only for a file whose name changes with its content. Everything else must keep
 * the hosts' default, which asks again on every visit, or a reader would be served yesterday's page.
 */

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * A content hash in a file's name, as the build writes them: Vite's `name.<8 characters>.ext` in
 * `_astro/`, and Pagefind's `<language>_<hex>` for its metadata, word index, filters and records.
 */
const HASHED = /(^_astro\/[^/]+\.[\w-]{8}\.\w+$)|(^pagefind\/(.+\/)?(pagefind\.)?[a-z]+_[0-9a-f]{7,}\.pf_\w+$)/;

let rules: Header[];
beforeAll(async () => {
  const { headers, errors } = await parseAllHeaders({ headersFiles: ['public/_headers'], configHeaders: [], minimal: false });
  expect(errors).toEqual([]);
  rules = headers as Header[];
});

/** Every file of a built site, as paths from its root. */
const filesOf = (root: string) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(root, path)).isFile());

/** The rules of `_headers` that set Cache-Control for a path. */
const cacheRules = (path: string) => rules.filter((rule) => rule.forRegExp.test(path) && 'Cache-Control' in rule.values);

describe.each(['dist', 'dist-fixtures/many-claims'])('the site built in %s', (root) => {
  it('has every file _headers keeps a year named by its content, and every file so named kept a year', () => {
    const wrong = filesOf(root).flatMap((path) => {
      const kept = cacheRules(`/${path}`).some((rule) => rule.values['Cache-Control'] === IMMUTABLE);
      return kept === HASHED.test(path) ? [] : [`${path}: ${kept ? 'kept a year without a hash in its name' : 'hashed, but asked about on every visit'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('has no file two rules give a Cache-Control (Cloudflare Pages would join their values into one header)', () => {
    expect(filesOf(root).filter((path) => cacheRules(`/${path}`).length > 1)).toEqual([]);
  });

  it('has hashed files of both kinds to check', () => {
    const hashed = filesOf(root).filter((path) => HASHED.test(path));
    expect(hashed.filter((path) => path.startsWith('_astro/')).length).toBeGreaterThan(2);
    expect(hashed.filter((path) => path.startsWith('pagefind/fragment/')).length).toBeGreaterThan(2);
  });
});

describe('the built site, served as Netlify and Cloudflare Pages serve it', () => {
  it('sends a year for a hashed file and asks again for pages, open data and Pagefind’s entry files', async () => {
    const base = inject('baseURL');
    const script = filesOf('dist').find((path) => path.startsWith('_astro/') && path.endsWith('.js'))!;
    const cacheOf = async (path: string) => (await fetch(new URL(path, base))).headers.get('cache-control');
    expect(await cacheOf(`/${script}`)).toBe(IMMUTABLE);
    for (const path of ['/', '/articles/color-revolution-in-kazakhstan-2022/', '/articles/color-revolution-in-kazakhstan-2022/claims.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect(await cacheOf(path), path).toBe(REVALIDATE);
    }
  });
});
