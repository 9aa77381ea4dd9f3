import { z } from 'zod';
import { quoteSchema } from './annotation-schema.ts';

/**
 * A passage nobody has classified yet: `- draft: { exact: "…" }` among the claims, where the claim
 * that replaces it will stand. `npm run new` writes one for every sentence, so that an article starts
 * with its coverage complete and the editor classifies rather than hunts; the editor's panel replaces
 * each with claims, splits it or widens it. It is the simplest thing a reviewer reads in a diff: the
 * same quote selector as a claim's, under the key that says what it is.
 *
 * In a draft article an entry is what is left to do; in a published one it is a problem, so that
 * nothing unclassified reaches readers (left-to-do.ts).
 */
export const draftEntrySchema = z.strictObject({ draft: quoteSchema });

/** Whether an entry of `claims:` is a draft entry (and is read as one, right or wrong), not a claim. */
export const isDraftEntry = (entry: unknown): boolean => typeof entry === 'object' && entry !== null && !Array.isArray(entry) && Object.hasOwn(entry, 'draft');

export type { LocatedDraft } from './annotation-set.ts';
