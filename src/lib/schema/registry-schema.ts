import { z } from 'zod';
import { KINDS, RECORD_STATUSES } from '../kinds/kinds.ts';
import { idSchema, isoDateSchema as isoDate } from './annotation-schema.ts';


/**
 * What readers are told of a claim, as recorded: its kind, record status and note, and the words it
 * marks. The registry keeps the last recorded, so that a change can move it into the history.
 */
const toldToReaders = {
  kind: z.enum(KINDS),
  record: z.enum(RECORD_STATUSES).nullable(),
  note: z.string(),
  text: z.string(),
};

/** An earlier version of a claim's annotation, kept when the note changes. */
export const revisionSchema = z.strictObject({
  /** The day this version was recorded. */
  date: isoDate,
  ...toldToReaders,
});
export type Revision = z.infer<typeof revisionSchema>;

export const registeredClaimSchema = z.strictObject({
  /** The day the id was first published. */
  published: isoDate,
  /** The day its annotation was last reviewed (recorded with a change, or confirmed unchanged). */
  reviewed: isoDate,
  ...toldToReaders,
  /** A digest of kind, record, sources, note and words: a change shows that the record is out of date. */
  digest: z.string(),
  /** Earlier versions, oldest first. */
  history: z.array(revisionSchema).default([]),
});
export type RegisteredClaim = z.infer<typeof registeredClaimSchema>;

export const registeredParagraphSchema = z.strictObject({
  published: isoDate,
  /** The paragraph's opening words when it was first published. */
  opening: z.string(),
});

/**
 * `registry.json` beside an article: every paragraph and claim id ever published, so that a link, once
 * shared, can be kept working. Written by `npm run registry`; entries are never deleted.
 */
export const registrySchema = z.strictObject({
  paragraphs: z.record(idSchema, registeredParagraphSchema).default({}),
  claims: z.record(idSchema, registeredClaimSchema).default({}),
});
export type Registry = z.infer<typeof registrySchema>;

/**
 * A claim's registry entry, if it has one. Ids are also the names of the object's keys, so a lookup
 * must not reach `Object.prototype` (a claim id "constructor" is a valid id).
 */
export const registeredClaim = (registry: Registry, id: string): RegisteredClaim | undefined =>
  Object.hasOwn(registry.claims, id) ? registry.claims[id] : undefined;

export const registeredParagraph = (registry: Registry, id: string) => (Object.hasOwn(registry.paragraphs, id) ? registry.paragraphs[id] : undefined);

/** Whether `id`, now a `kind`, was published as the other kind only (a link to it would land on something else). */
export const publishedAsOtherKind = (registry: Registry, id: string, kind: 'paragraph' | 'claim'): boolean =>
  kind === 'paragraph' ? registeredClaim(registry, id) !== undefined && registeredParagraph(registry, id) === undefined : registeredParagraph(registry, id) !== undefined && registeredClaim(registry, id) === undefined;
