import { z } from 'zod';
import { KINDS, RECORD_STATUSES } from '../kinds/kinds.ts';
import { articleFrontmatterSchema } from './article-schema.ts';

/**
 * One entry of the `articles` collection: what the pages that list articles read (the home page, the
 * feed), and where the rest of the article is. Astro bundles and parses its whole content store in
 * every build, so the placed claims, notes and sources, some 150 KB an article, stay in the files the
 * loader wrote (src/lib/build-cache/article-files.ts), read by the article's own pages alone.
 */
export const articleEntrySchema = articleFrontmatterSchema.extend({
  counts: z.object({
    total: z.number().int().nonnegative(),
    byKind: z.array(z.object({ kind: z.enum(KINDS), count: z.number().int().nonnegative() })),
    byRecord: z.array(z.object({ record: z.enum(RECORD_STATUSES), count: z.number().int().nonnegative() })),
  }),
  dates: z.object({ published: z.string().nullable(), modified: z.string().nullable() }),
  /** The sources the article cites: the next load compares them to tell an unchanged article. */
  sourceIds: z.array(z.string()),
  /** The placed article (article-model-schema.ts), as JSON. */
  modelFile: z.string(),
  /** The rendered, annotated article. */
  htmlFile: z.string(),
  /** Its open data, as published (src/lib/exports/article-exports.ts). */
  claimsJsonFile: z.string(),
  claimsCsvFile: z.string(),
  annotationsFile: z.string(),
});
export type ArticleEntryData = z.infer<typeof articleEntrySchema>;
