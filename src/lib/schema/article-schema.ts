import { z } from 'zod';
import { sourceIdSchema } from './annotation-schema.ts';
import { webAddressSchema } from './source-schema.ts';

export const ARTICLE_STATUSES = ['draft', 'published'] as const;

/** Frontmatter of `content/articles/<slug>/article.md`. Unknown facts are `null`, never guessed. */
export const articleFrontmatterSchema = z.strictObject({
  /**
   * `draft` until `npm run publish` says `published` (src/lib/drafts/article-status.ts); an article
   * without it is published, as every article was before drafts.
   */
  status: z.enum(ARTICLE_STATUSES, { message: `status must be one of: ${ARTICLE_STATUSES.join(', ')}` }).optional(),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  original: z.strictObject({
    publisher: z.string().nullable(),
    publisherBasis: z.string().optional(),
    url: webAddressSchema('the original\'s address must be an http(s) URL').nullable(),
    date: z.string().nullable(),
  }),
  copies: z.array(z.strictObject({ source: sourceIdSchema, note: z.string().min(1) })).default([]),
  references: z
    .array(z.strictObject({ marker: z.string().regex(/^\[\d+\]$/), note: z.string().min(1) }))
    .default([])
    // Each marker links to its own entry, `ref-<n>`: a marker listed twice would give two elements one id.
    .superRefine((references, context) => {
      const seen = new Set<string>();
      references.forEach(({ marker }, index) => {
        if (seen.has(marker)) context.addIssue({ code: 'custom', path: [index, 'marker'], message: `the marker ${marker} is listed twice; give each marker one entry` });
        seen.add(marker);
      });
    }),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
