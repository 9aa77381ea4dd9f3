import { z } from 'zod';
import { claimSchema, KINDS, quoteSchema, RECORD_STATUSES } from './annotation-schema.ts';
import { articleFrontmatterSchema } from './article-schema.ts';
import { sourceSchema } from './source-schema.ts';

/** A claim as the pages receive it: placed in the text and numbered. */
export const placedClaimSchema = z.object({
  id: claimSchema.shape.id,
  kind: z.enum(KINDS),
  record: z.enum(RECORD_STATUSES).optional(),
  note: z.string(),
  sources: z.array(z.string()),
  quote: quoteSchema,
  text: z.string(),
  number: z.number().int().positive(),
  paragraphId: z.string(),
  blockIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  line: z.number().int().positive(),
});

/** One entry of the `articles` collection: the frontmatter, its placed claims and its cited sources. */
export const articleEntrySchema = articleFrontmatterSchema.extend({
  paragraphIds: z.array(z.string()),
  claims: z.array(placedClaimSchema),
  sources: z.record(z.string(), sourceSchema),
});
export type ArticleEntry = z.infer<typeof articleEntrySchema>;
