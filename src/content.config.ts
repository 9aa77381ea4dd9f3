import { defineCollection } from 'astro:content';
import { articleEntrySchema } from './lib/schema/article-entry-schema.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { siteFromEnvironment } from './site.ts';

/*
 * Astro loads this file on its own, apart from astro.config.mjs, so it reads the content folder from
 * the same settings; the loader takes the site's address and base path from Astro's config.
 */
const { contentDir } = siteFromEnvironment();

export const collections = {
  articles: defineCollection({ loader: articleLoader({ contentDir }), schema: articleEntrySchema }),
};
