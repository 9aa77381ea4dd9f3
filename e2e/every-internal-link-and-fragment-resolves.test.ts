import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-pages.ts';

interface Page {
  ids: Set<string>;
  links: string[];
}

/** The ids and the link targets (a[href], link[href]) of every built page, keyed by its URL path. */
function readSite(root: string): Map<string, Page> {
  const site = new Map<string, Page>();
  for (const file of builtPages(root)) {
    const tree = fromHtml(readFileSync(`${root}/${file}`, 'utf8'));
    const ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
    const links = selectAll('a[href], link[href]', tree).map((el) => String(el.properties.href));
    const path = `/${file}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    site.set(path, { ids, links });
  }
  return site;
}

function brokenLinks(root: string): string[] {
  const site = readSite(root);
  const broken: string[] = [];
  for (const [from, { links }] of site) {
    for (const href of links) {
      if (/^(https?:|mailto:)/.test(href)) continue; // leaves the site: checked for safe rel elsewhere
      const url = new URL(href, `http://site${from}`);
      const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
      const path = url.pathname;
      const isFile = /\.(json|jsonld|csv|svg|css|js|xml|txt)$/.test(path);
      if (isFile) {
        try {
          readFileSync(`${root}${path}`);
        } catch {
          broken.push(`${from}: ${href} (no such file)`);
        }
        continue;
      }
      const target = site.get(path);
      if (!target) broken.push(`${from}: ${href} (no such page)`);
      else if (fragment && !target.ids.has(fragment)) broken.push(`${from}: ${href} (no element #${fragment})`);
    }
  }
  return broken;
}

describe.each(['dist', 'dist-fixtures/small'])('the site built in %s', (root) => {
  it('has no internal link or #fragment that leads nowhere', () => {
    expect(brokenLinks(root)).toEqual([]);
  });

  it('has links to check at all', () => {
    const total = [...readSite(root).values()].reduce((sum, page) => sum + page.links.length, 0);
    expect(total).toBeGreaterThan(50);
  });
});
