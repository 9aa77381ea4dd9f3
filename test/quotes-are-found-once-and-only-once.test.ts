import { describe, expect, it } from 'vitest';
import { anchorQuote, findOverlaps, startsWithWords } from '../src/lib/placing/anchor-quotes.ts';

const blocks = [
  { text: 'The price of gas doubled. The price of bread did not.' },
  { text: 'Protests began in   Zhanaozen\non 2 January.' },
];

describe('a quote in the article', () => {
  it('is found with its offsets in its paragraph', () => {
    const result = anchorQuote(blocks, { exact: 'gas doubled' });
    expect(result).toEqual({ found: 'once', anchor: { blockIndex: 0, start: 13, end: 24 } });
    if (result.found === 'once') expect(blocks[0]!.text.slice(result.anchor.start, result.anchor.end)).toBe('gas doubled');
  });

  it('matches however the white space of the source is wrapped', () => {
    const result = anchorQuote(blocks, { exact: 'in Zhanaozen on 2 January' });
    expect(result.found).toBe('once');
    if (result.found === 'once') expect(blocks[1]!.text.slice(result.anchor.start, result.anchor.end)).toBe('in   Zhanaozen\non 2 January');
  });

  it('is reported missing when the words are not in the text', () => {
    expect(anchorQuote(blocks, { exact: 'gas tripled' })).toEqual({ found: 'none' });
  });

  it('is reported ambiguous, with a count, when it occurs more than once', () => {
    expect(anchorQuote(blocks, { exact: 'The price of' })).toEqual({ found: 'many', count: 2 });
  });

  it('is told apart by its prefix or suffix', () => {
    const bySuffix = anchorQuote(blocks, { exact: 'The price of', suffix: ' bread' });
    const byPrefix = anchorQuote(blocks, { exact: 'The price of', prefix: 'doubled. ' });
    expect(bySuffix).toEqual({ found: 'once', anchor: { blockIndex: 0, start: 26, end: 38 } });
    expect(byPrefix).toEqual(bySuffix);
  });

  it('with a prefix that does not stand before it is not found', () => {
    expect(anchorQuote(blocks, { exact: 'The price of', prefix: 'nothing like this ' })).toEqual({ found: 'none' });
  });
});

describe('overlapping claims', () => {
  it('are found when two quotes share characters in the same paragraph', () => {
    const anchors = [
      { blockIndex: 0, start: 0, end: 10 },
      { blockIndex: 0, start: 20, end: 30 },
      { blockIndex: 0, start: 25, end: 40 },
    ];
    expect(findOverlaps(anchors)).toEqual([{ first: 1, second: 2, how: 'partial' }]);
  });

  it('tell a quote wholly inside another (outer first, whatever the order given) from the same words quoted twice', () => {
    const outer = { blockIndex: 0, start: 5, end: 40 };
    expect(findOverlaps([{ blockIndex: 0, start: 5, end: 12 }, outer])).toEqual([{ outer: 1, inner: 0, how: 'nested' }]);
    expect(findOverlaps([outer, { blockIndex: 0, start: 30, end: 40 }])).toEqual([{ outer: 0, inner: 1, how: 'nested' }]);
    expect(findOverlaps([outer, { ...outer }])).toEqual([{ first: 0, second: 1, how: 'identical' }]);
  });

  it('are not found when quotes only touch, or lie in different paragraphs', () => {
    expect(findOverlaps([{ blockIndex: 0, start: 0, end: 10 }, { blockIndex: 0, start: 10, end: 12 }])).toEqual([]);
    expect(findOverlaps([{ blockIndex: 0, start: 0, end: 10 }, { blockIndex: 1, start: 0, end: 10 }])).toEqual([]);
  });

  it('ignore quotes that were not found', () => {
    expect(findOverlaps([undefined, { blockIndex: 0, start: 0, end: 5 }])).toEqual([]);
  });
});

describe('a paragraph named by its opening words', () => {
  it('matches its opening words whatever the spacing', () => {
    expect(startsWithWords('Firstly,  management of criminal flows', 'Firstly, management')).toBe(true);
    expect(startsWithWords('Secondly, informal', 'Firstly,')).toBe(false);
  });
});
