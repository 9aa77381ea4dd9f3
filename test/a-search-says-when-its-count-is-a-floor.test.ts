import { describe, expect, it } from 'vitest';
import { statusText } from '../src/client/search/search-page-text.ts';

describe('what /search/ says it found', () => {
  it('counts claims, then the articles whose own text holds the words', () => {
    expect(statusText({ query: 'gas', kind: null, record: null, claims: 12, texts: 1 })).toBe('12 claims for “gas”. The words are also in the text of 1 article, listed apart.');
  });

  it('says “at least” when only the best-matching records were counted, as on a large site', () => {
    expect(statusText({ query: 'gas', kind: 'opinion', record: null, claims: 212, texts: 0, complete: false })).toBe('At least 212 opinion claims for “gas”.');
    expect(statusText({ query: '', kind: null, record: 'contradicted', claims: 40, texts: 0, complete: false })).toBe('At least 40 claims the record contradicts, in reading order.');
  });

  it('does not say “no claim” when only the best-matching records were counted and none held every word', () => {
    expect(statusText({ query: 'gas prices', kind: null, record: null, claims: 0, texts: 2, complete: false })).toBe(
      'None of the best-matching claims holds every word of “gas prices”. Try fewer words. The words are also in the text of 2 articles, listed apart.',
    );
  });

  it('gives an exact count without “at least” when every matching record was counted', () => {
    expect(statusText({ query: '', kind: null, record: 'contradicted', claims: 5, texts: 0, complete: true })).toBe('5 claims the record contradicts, in reading order.');
  });
});
