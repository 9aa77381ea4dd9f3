import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-pages.ts';
import { BASE_PATH } from './serve-dist.ts';

interface Page {
  ids: Set<string>;
  /** Where its links (a[href], link[href]) and its refresh (meta http-equiv="refresh") lead. */
  links: string[];
}

/** A refresh's target: `0; url=…`. */
const refreshTarget = (content: string) => content.match(/url=(.*)$/i)?.[1]?.trim();

/** The ids and the link targets of every page of a site built under `base`, keyed by its URL path. */
function readSite(root: string, base: string): Map<string, Page> {
  const site = new Map<string, Page>();
  for (const file of builtPages(root)) {
    const tree = fromHtml(readFileSync(`${root}/${file}`, 'utf8'));
    const ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
    const links = [
      ...selectAll('a[href], link[href]', tree).map((el) => String(el.properties.href)),
      ...selectAll('meta[http-equiv="refresh" i]', tree).flatMap((el) => refreshTarget(String(el.properties.content)) ?? []),
    ];
    const path = `${base}${file}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    site.set(path, { ids, links });
  }
  return site;
}

const leavesTheSite = (href: string) => /^(https?:|mailto:)/.test(href);

/**
 * Every link that leads nowhere, followed from each page's address with its trailing slash and without
 * it: a host that does not redirect (netlify-cli, the test server) serves the page at both.
 */
function brokenLinks(root: string, base: string): string[] {
  const site = readSite(root, base);
  const broken: string[] = [];
  for (const [from, { links }] of site) {
    const addresses = from.endsWith('/') && from !== base ? [from, from.slice(0, -1)] : [from];
    for (const href of links) {
      if (leavesTheSite(href)) continue; // checked for safe rel elsewhere
      for (const address of addresses) {
        const url = new URL(href, `http://site${address}`);
        const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
        const path = url.pathname;
        const isFile = /\.(json|jsonld|csv|svg|css|js|xml|txt)$/.test(path);
        if (isFile) {
          try {
            if (!path.startsWith(base)) throw new Error('outside the site');
            readFileSync(`${root}/${path.slice(base.length)}`);
          } catch {
            broken.push(`${address}: ${href} (no such file)`);
          }
          continue;
        }
        // A link to a part of the page (`#id`, `?show=sourced`) stays on the page reached, at either address.
        const target = /^[#?]/.test(href) ? site.get(from) : site.get(path);
        if (!target) broken.push(`${address}: ${href} (no such page)`);
        else if (fragment && !target.ids.has(fragment)) broken.push(`${address}: ${href} (no element #${fragment})`);
      }
    }
  }
  return broken;
}

describe.each([
  ['dist', '/'],
  ['dist-fixtures/small', '/'],
  ['dist-fixtures/base', BASE_PATH],
])('the site built in %s', (root, base) => {
  it('has no internal link, refresh or #fragment that leads nowhere, from a page reached with its trailing slash or without it', () => {
    expect(brokenLinks(root, base)).toEqual([]);
  });

  it('gives every internal link and refresh from the site’s root, under its base path: none relative to the page, none with ../', () => {
    const relative = [...readSite(root, base)].flatMap(([from, { links }]) =>
      links.filter((href) => !leavesTheSite(href) && !/^[#?]/.test(href) && !href.startsWith(base)).map((href) => `${from}: ${href}`),
    );
    expect(relative).toEqual([]);
  });

  it('has links to check at all', () => {
    const total = [...readSite(root, base).values()].reduce((sum, page) => sum + page.links.length, 0);
    expect(total).toBeGreaterThan(50);
  });
});
