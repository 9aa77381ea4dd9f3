import { describe, expect, it } from 'vitest';
import { type Basis, basisInWords, type Kind, KIND_LABEL, type RecordStatus, SUMMARY_MEANING } from '../src/lib/kinds/kinds.ts';

const summary = (kind: Kind, record?: RecordStatus, basis?: Basis) => {
  const words = basisInWords({ kind, record, basis });
  return words ? `${KIND_LABEL[kind]} — ${words}` : KIND_LABEL[kind];
};

describe('the summary of a note', () => {
  it('says whether a sourced claim rests on the article’s own source or on the public record', () => {
    expect(summary('sourced', 'confirmed', 'article')).toBe('Sourced — the article cites its source');
    expect(summary('sourced', 'confirmed', 'record')).toBe('Sourced — public record, confirmed');
    expect(summary('sourced', 'confirmed')).toBe('Sourced — public record, confirmed');
    expect(summary('sourced', 'qualified')).toBe('Sourced — public record, confirmed in part');
  });

  it('says why an unsourced claim is unsourced', () => {
    expect(summary('unsourced', 'not found')).toBe('Unsourced — no public record found');
    expect(summary('unsourced', 'disputed')).toBe('Unsourced — the record disputes it');
    expect(summary('unsourced', 'contradicted')).toBe('Unsourced — the record contradicts it');
  });

  it('gives an opinion its kind alone', () => {
    expect(summary('opinion')).toBe('Opinion');
  });

  it('is explained, every form of it, on the method page', () => {
    const explained = SUMMARY_MEANING.map((entry) => entry.summary);
    for (const [kind, record, basis] of [
      ['sourced', 'confirmed', 'article'],
      ['sourced', 'confirmed', 'record'],
      ['sourced', 'qualified', 'record'],
      ['unsourced', 'not found'],
      ['unsourced', 'disputed'],
      ['unsourced', 'contradicted'],
      ['opinion'],
    ] as [Kind, RecordStatus?, Basis?][]) {
      expect(explained).toContain(summary(kind, record, basis));
    }
  });
});
