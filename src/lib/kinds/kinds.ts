/*
 * The kinds, record statuses and bases of a claim: their names, their order and their words. The
 * browser scripts import this module, so it imports nothing: the schemas (src/lib/schema) build on it,
 * never the other way, which keeps Zod and Node out of the page's JavaScript.
 */

/** The three kinds a reader sees. Order is the order of every legend and summary. */
export const KINDS = ['sourced', 'unsourced', 'opinion'] as const;
export type Kind = (typeof KINDS)[number];

/** What the public record says of a factual claim. */
export const RECORD_STATUSES = ['confirmed', 'qualified', 'disputed', 'contradicted', 'not found'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** The records that confirm a claim fully or in part: the only ones a sourced claim may rest on. */
export const CONFIRMING_RECORDS: readonly RecordStatus[] = ['confirmed', 'qualified'];

/**
 * Why a sourced claim is sourced: the article itself cites or attributes its source (`article`), or the
 * public record confirms it (`record`, the default when a sourced claim does not say).
 */
export const BASES = ['article', 'record'] as const;
export type Basis = (typeof BASES)[number];

/** What readers are told each kind means; the legend, the notes and the method page all use this. */
export const KIND_LABEL: Record<Kind, string> = {
  sourced: 'Sourced',
  unsourced: 'Unsourced',
  opinion: 'Opinion',
};

export const KIND_MEANING: Record<Kind, string> = {
  sourced:
    'A factual claim the article attributes to an identifiable source, or that a cited public record confirms, fully or in part; the first line of its note says which.',
  unsourced:
    'A factual assertion with no record confirming it: none was found, or public sources dispute or contradict it (and the note links them).',
  opinion: 'Judgement, interpretation, prediction, characterisation or loaded wording.',
};

export const RECORD_MEANING: Record<RecordStatus, string> = {
  confirmed: 'The public record states the same.',
  qualified: 'The public record confirms part of the claim, or states it with a difference that matters.',
  disputed: 'Public sources disagree with one another on this point.',
  contradicted: 'The public record states otherwise.',
  'not found': 'No public record of this was found.',
};

/**
 * Why a claim has its kind, in the words that follow the kind in its note's summary: "Sourced — public
 * record, confirmed in part". Undefined for an opinion, which rests on no record.
 */
export function basisInWords(claim: { kind: Kind; record?: RecordStatus | undefined; basis?: Basis | undefined }): string | undefined {
  const { kind, record, basis } = claim;
  if (kind === 'opinion' || record === undefined) return undefined;
  if (kind === 'sourced') {
    if (basis === 'article') return record === 'qualified' ? 'the article cites its source; the record confirms it in part' : 'the article cites its source';
    return record === 'qualified' ? 'public record, confirmed in part' : 'public record, confirmed';
  }
  return UNSOURCED_BASIS[record];
}

/** "Sourced — public record, confirmed in part", "Unsourced — no public record found", "Opinion". */
export function findingInWords(claim: Parameters<typeof basisInWords>[0]): string {
  const basis = basisInWords(claim);
  return basis ? `${KIND_LABEL[claim.kind]} — ${basis}` : KIND_LABEL[claim.kind];
}

const UNSOURCED_BASIS: Record<RecordStatus, string> = {
  confirmed: 'the record confirms it',
  qualified: 'the record confirms it in part',
  disputed: 'the record disputes it',
  contradicted: 'the record contradicts it',
  'not found': 'no public record found',
};

/** Every summary a factual claim's note can show, with what it means: the method page lists them. */
export const SUMMARY_MEANING: { summary: string; meaning: string }[] = [
  { summary: 'Sourced — the article cites its source', meaning: 'The article names or attributes its source, and the statement was found in the public record.' },
  { summary: 'Sourced — public record, confirmed', meaning: 'The article gives no source, but the public record states the same.' },
  {
    summary: 'Sourced — public record, confirmed in part',
    meaning: 'The article gives no source; the public record confirms part of the claim, or states it with a difference that matters (the note says which).',
  },
  { summary: 'Unsourced — no public record found', meaning: 'Neither the article nor the public record gives a source for it.' },
  { summary: 'Unsourced — the record disputes it', meaning: 'Public sources disagree with one another on this point; the note links them.' },
  { summary: 'Unsourced — the record contradicts it', meaning: 'The public record states otherwise; the note gives what it says and links it.' },
  { summary: 'Opinion', meaning: 'Judgement, interpretation, prediction, characterisation or loaded wording: no record status.' },
];
