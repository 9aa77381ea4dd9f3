import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleDates } from '../lib/registry/article-dates.ts';
import { readRegistry } from '../lib/reading/read-registry.ts';

/** Each article's address (relative to the site) and the day it was last reviewed, from its registry. */
function lastReviewed(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const folder = join(contentDir, 'articles');
  for (const slug of readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const text = (() => {
      try {
        return readFileSync(join(folder, slug, 'registry.json'), 'utf8');
      } catch {
        return undefined;
      }
    })();
    const { modified } = articleDates(readRegistry(text, slug).registry);
    if (modified) dates.set(`/articles/${slug}/`, modified);
  }
  return dates;
}

/**
 * The sitemap, by Astro's own integration: every page but the 404, each article with the day its
 * annotations were last reviewed as `lastmod`.
 */
export function articleSitemap({ contentDir }: { contentDir: string }): AstroIntegration {
  const dates = lastReviewed(contentDir);
  return sitemap({
    filter: (page) => !/\/404\/?$/.test(page),
    serialize(item) {
      const date = dates.get(new URL(item.url).pathname.replace(/^.*?(\/articles\/)/, '$1'));
      return date ? { ...item, lastmod: new Date(date).toISOString() } : item;
    },
  });
}
