import type { Kind, RecordStatus } from './annotation-schema.ts';

/** What readers are told each kind means; the legend, the notes and the method page all use this. */
export const KIND_LABEL: Record<Kind, string> = {
  sourced: 'Sourced',
  unsourced: 'Unsourced',
  opinion: 'Opinion',
};

export const KIND_MEANING: Record<Kind, string> = {
  sourced:
    'A factual claim the article attributes to an identifiable source, or that a cited public record confirms, fully or in part.',
  unsourced:
    'A factual assertion with no source in the article and no record confirming it: none was found, or the record contradicts it.',
  opinion: 'Judgement, interpretation, prediction, characterisation or loaded wording.',
};

export const RECORD_MEANING: Record<RecordStatus, string> = {
  confirmed: 'The public record states the same.',
  qualified: 'The public record confirms part of the claim, or states it with a difference that matters.',
  disputed: 'Public sources disagree with one another on this point.',
  contradicted: 'The public record states otherwise.',
  'not found': 'No public record of this was found.',
};
