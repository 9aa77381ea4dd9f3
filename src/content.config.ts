import { defineCollection } from 'astro:content';
import { articleEntrySchema } from './lib/schema/article-entry-schema.ts';
import { articleLoader } from './loaders/article-loader.ts';

/** `CONTENT_DIR` lets tests and the benchmark build the site from another corpus. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  articles: defineCollection({ loader: articleLoader({ contentDir }), schema: articleEntrySchema }),
};
