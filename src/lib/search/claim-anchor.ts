import { BASES, type Basis, KINDS, type Kind, RECORD_STATUSES, type RecordStatus } from '../kinds/kinds.ts';

/*
 * A claim is one paragraph of its group's search record (claim-group-record.ts), and what a result
 * shows of it besides its words (its number, kind, record status and basis) rides in the id of the
 * empty mark that opens it: Pagefind returns every id of a page with the word it starts at ("anchors"),
 * where metadata would be indexed as words and filters hold one list per page. This module is read by
 * the build and by the browser, so it imports nothing but the kinds.
 */

export interface ClaimAnchor {
  id: string;
  number: number;
  kind: Kind;
  record: RecordStatus | null;
  basis: Basis | null;
}

const PREFIX = 'c';
/** Ids allow no space: "not found" is written "not-found". */
const recordWord = (record: RecordStatus | null) => (record ? record.replace(' ', '-') : '-');

/** `c.12.sourced.confirmed.record.masimov-detained`: a claim id is a slug, so it holds no dot. */
export function claimAnchorId({ id, number, kind, record, basis }: ClaimAnchor): string {
  return [PREFIX, number, kind, recordWord(record), basis ?? '-', id].join('.');
}

/** The claim an anchor id names, or null for any other id (the sentence's and note's start marks). */
export function readClaimAnchor(anchorId: string): ClaimAnchor | null {
  const parts = anchorId.split('.');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [, number, kind, record, basis, id] = parts as [string, string, string, string, string, string];
  const status = RECORD_STATUSES.find((value) => recordWord(value) === record) ?? null;
  if (!KINDS.includes(kind as Kind) || !/^\d+$/.test(number) || !/^[a-z0-9-]+$/.test(id)) return null;
  if (record !== '-' && !status) return null;
  if (basis !== '-' && !BASES.includes(basis as Basis)) return null;
  return { id, number: Number(number), kind: kind as Kind, record: status, basis: basis === '-' ? null : (basis as Basis) };
}

/** The ids that mark where a claim's sentence and its note start inside its paragraph. */
export const SENTENCE_MARK = 's';
export const NOTE_MARK = 'n';
