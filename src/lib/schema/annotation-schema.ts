import { z } from 'zod';
import { BASES, KINDS, RECORD_STATUSES } from '../kinds/kinds.ts';

/**
 * The longest id: a claim's id names the folder of its share page (`claims/<id>/`), and a file name
 * has at most 255 bytes on common disks; 301 characters stopped the build after its pages were written.
 */
export const MAX_ID_LENGTH = 100;

/** Readable, permanent, and safe in an address: `masimov-detained`, `p-first-decade`. */
export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, { error: (issue) => `an id has at most ${MAX_ID_LENGTH} characters; this one has ${String(issue.input).length}` })
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
    message: 'an id is lower-case words joined by hyphens, starting with a letter (e.g. "masimov-detained")',
  });

const nonBlank = z.string().trim().min(1, { message: 'must not be empty' });

/** A W3C TextQuoteSelector: `exact`, plus `prefix`/`suffix` only to tell repeated quotes apart. */
export const quoteSchema = z.strictObject({
  exact: nonBlank,
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const sourceIdSchema = z.string().regex(/^S\d{3,}$/, { message: 'a source id looks like "S042"' });

export const claimSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(KINDS, { message: `kind must be one of: ${KINDS.join(', ')}` }),
  quote: quoteSchema,
  note: nonBlank,
  record: z.enum(RECORD_STATUSES, { message: `record must be one of: ${RECORD_STATUSES.join(', ')}` }).optional(),
  basis: z.enum(BASES, { message: `basis must be one of: ${BASES.join(', ')}` }).optional(),
  sources: z.array(sourceIdSchema).default([]),
  /**
   * Why words that do not read as a statement on their own (under three words, or ending on a word such
   * as "the" or "such as") are still the claim, e.g. a list item without a verb. Few claims may say so.
   */
  fragment: nonBlank.optional(),
});
export type ClaimInput = z.infer<typeof claimSchema>;

/** The article's title is a claim too; its quote is the whole title. */
export const titleClaimSchema = claimSchema.omit({ quote: true, fragment: true });
export type TitleClaimInput = z.infer<typeof titleClaimSchema>;

/** A passage that asserts nothing (a transition such as "Let us mention them:"), and why. */
export const notClaimSchema = z.strictObject({ quote: quoteSchema, reason: nonBlank });
export type NotClaimInput = z.infer<typeof notClaimSchema>;

/**
 * A day the site did something (published an id, reviewed a note, retired an id): a real day of the
 * calendar, which the pattern alone does not make ("2026-02-31" would be shown as 3 March, and
 * "2026-13-45" stops the page, the feed and the sitemap that format it).
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD' })
  .refine(isRealDay, { message: 'a date is a real day of the calendar between 1900 and 2999, written YYYY-MM-DD (e.g. "2026-12-01")' });

function isRealDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2999 && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** What became of a published id: replaced by another (merged, split, renamed), or removed from a paragraph. */
export const tombstoneSchema = z.union([
  z.strictObject({ id: idSchema, date: isoDateSchema, reason: nonBlank, replacedBy: idSchema }),
  z.strictObject({ id: idSchema, date: isoDateSchema, reason: nonBlank, paragraph: idSchema }),
]);
export type Tombstone = z.infer<typeof tombstoneSchema>;

/** A paragraph (or list item) named by its opening words, so its id survives edits elsewhere. */
export const paragraphSchema = z.strictObject({ id: idSchema, starts: nonBlank });
export type ParagraphInput = z.infer<typeof paragraphSchema>;

/** The file's outline, before each entry is checked on its own. */
export const annotationOutlineSchema = z.strictObject({
  paragraphs: z.array(z.unknown()).min(1, { message: 'list at least one paragraph id' }),
  title: z.unknown().optional(),
  claims: z.array(z.unknown()).default([]),
  notClaims: z.array(z.unknown()).default([]),
  tombstones: z.array(z.unknown()).default([]),
});

export const annotationFileSchema = z.strictObject({
  paragraphs: z.array(paragraphSchema).min(1, { message: 'list at least one paragraph id' }),
  title: titleClaimSchema.optional(),
  claims: z.array(claimSchema).default([]),
  notClaims: z.array(notClaimSchema).default([]),
  tombstones: z.array(tombstoneSchema).default([]),
});
export type AnnotationFile = z.infer<typeof annotationFileSchema>;
