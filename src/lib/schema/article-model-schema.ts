import { z } from 'zod';
import { BASES, KINDS, RECORD_STATUSES } from '../kinds/kinds.ts';
import { claimSchema, quoteSchema, tombstoneSchema } from './annotation-schema.ts';
import { registrySchema } from './registry-schema.ts';
import { articleFrontmatterSchema } from './article-schema.ts';
import { sourceSchema } from './source-schema.ts';

/** A claim as the pages receive it: placed in the text and numbered. */
export const placedClaimSchema = z.object({
  id: claimSchema.shape.id,
  kind: z.enum(KINDS),
  record: z.enum(RECORD_STATUSES).optional(),
  basis: z.enum(BASES).optional(),
  note: z.string(),
  sources: z.array(z.string()),
  quote: quoteSchema,
  text: z.string(),
  /** The sentence the claim starts in, for context wherever the claim is shown alone. */
  sentence: z.string(),
  number: z.number().int().positive(),
  paragraphId: z.string(),
  /** -1 for the title, which stands before every paragraph. */
  blockIndex: z.number().int().min(-1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  line: z.number().int().positive(),
  link: z.string(),
  /** The note as plain text, for search and the exports. */
  noteText: z.string(),
  fragmentWords: z.number().int().positive(),
});

/** One entry of the `articles` collection: the frontmatter, its placed claims and its cited sources. */
export const articleModelSchema = articleFrontmatterSchema.extend({
  paragraphs: z.array(z.object({ id: z.string() })),
  claims: z.array(placedClaimSchema),
  notClaims: z.array(
    z.object({ blockIndex: z.number().int(), start: z.number().int(), end: z.number().int(), reason: z.string(), line: z.number().int() }),
  ),
  registry: registrySchema,
  tombstones: z.array(tombstoneSchema),
  titleMarkup: z.object({ html: z.string(), markerHtml: z.string(), noteHtml: z.string() }).optional(),
  sources: z.record(z.string(), sourceSchema),
});
export type ArticleModel = z.infer<typeof articleModelSchema>;
