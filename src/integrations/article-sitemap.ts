import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleDates } from '../lib/registry/article-dates.ts';
import { readRegistry } from '../lib/reading/read-registry.ts';

/** Each article's address (relative to the site) and the day it was last reviewed, from its registry. */
function lastReviewed(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const folder = join(contentDir, 'articles');
  // Content without an articles folder is the loader's problem to report, with its fix; not a crash here.
  const entries = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }) : [];
  for (const slug of entries.filter((e) => e.isDirectory()).map((e) => e.name)) {
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
