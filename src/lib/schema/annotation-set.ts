import type { ClaimInput, NotClaimInput, ParagraphInput, Quote, TitleClaimInput, Tombstone } from './annotation-schema.ts';

/*
 * An annotation file's entries that passed, each with the line it stands on: what the reader
 * (src/lib/reading/read-annotations.ts) gives the placing (src/lib/placing/) and the registry's rules.
 */

export interface LocatedClaim extends ClaimInput {
  /** The line of the claim's entry in the annotation file. */
  line: number;
  /** The line of its quote's `exact`, where a quote that is not found is reported. */
  quoteLine: number;
}
export interface LocatedParagraph extends ParagraphInput {
  line: number;
}
export interface LocatedTitleClaim extends TitleClaimInput {
  line: number;
}
export interface LocatedNotClaim extends NotClaimInput {
  line: number;
  quoteLine: number;
}
export type LocatedTombstone = Tombstone & { line: number };
/** A passage not yet classified, `- draft: { exact: "…" }` (draft-entry.ts). */
export interface LocatedDraft {
  quote: Quote;
  /** The line of the entry, and of its `exact`, in the annotation file. */
  line: number;
  quoteLine: number;
}
export interface AnnotationSet {
  file: string;
  paragraphs: LocatedParagraph[];
  /** The title as a claim, when the file has one. */
  title?: LocatedTitleClaim | undefined;
  claims: LocatedClaim[];
  /** Passages marked as asserting nothing, each with its reason. */
  notClaims: LocatedNotClaim[];
  /** What became of published ids that are gone. */
  tombstones: LocatedTombstone[];
  /** Passages not yet classified, in the file's order. */
  drafts?: LocatedDraft[];
}

/** The line of a claim's field (its `sources:`, its `note:`) in the annotation file. */
export type ClaimFieldLine = (claimId: string, field: 'sources' | 'note') => number;
