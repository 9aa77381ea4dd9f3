import { describe, expect, it } from 'vitest';
import type { LocatedClaim } from '../src/lib/schema/annotation-set.ts';
import { placeAnnotations } from '../src/lib/placing/place-annotations.ts';

const FILE = 'content/articles/x/annotations.yaml';
const blocks = [
  { text: 'Events began in Zhanaozen. The price of gas doubled overnight.' },
  { text: 'Firstly, crime rose. The price of bread did not change.' },
];
const paragraphs = [
  { id: 'p-events', starts: 'Events began', line: 2 },
  { id: 'p-firstly', starts: 'Firstly,', line: 3 },
];
const claim = (id: string, exact: string, line: number, extra: Partial<LocatedClaim> = {}): LocatedClaim => ({
  id,
  kind: 'opinion',
  quote: { exact },
  note: 'A note.',
  sources: [],
  line,
  quoteLine: line,
  ...extra,
});
const place = (claims: LocatedClaim[], paras = paragraphs) => placeAnnotations(blocks, { file: FILE, paragraphs: paras, claims, notClaims: [], tombstones: [] });

describe('placing annotations on the text', () => {
  it('names every paragraph and numbers the claims in reading order, whatever the file order', () => {
    const { paragraphIds, claims, problems } = place([claim('crime', 'Firstly, crime rose', 10), claim('began', 'Events began in Zhanaozen', 5)]);
    expect(problems).toEqual([]);
    expect(paragraphIds).toEqual(['p-events', 'p-firstly']);
    expect(claims.map((c) => [c.id, c.number, c.paragraphId, c.text])).toEqual([
      ['began', 1, 'p-events', 'Events began in Zhanaozen'],
      ['crime', 2, 'p-firstly', 'Firstly, crime rose'],
    ]);
  });

  it('refuses a quote that is not in the article, naming the claim’s line', () => {
    const { problems } = place([claim('gone', 'gas tripled', 7)]);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 7, problem: 'the quote of "gone" is not in the article: "gas tripled"; the closest passage, in paragraph "p-events", differs: the text has "gas doubled" where the quote has "gas tripled"', fix: expect.stringContaining('copy the words exactly from the text: "gas doubled"') })]);
  });

  it('refuses a quote found more than once without prefix or suffix', () => {
    const { problems } = place([claim('price', 'The price of', 7)]);
    expect(problems[0]).toMatchObject({ problem: 'the quote of "price" occurs 2 times in the article: "The price of"', fix: expect.stringContaining('add prefix:') });
  });

  it('accepts the same quote once a suffix tells it apart', () => {
    const { problems, claims } = place([claim('price', 'The price of', 7, { quote: { exact: 'The price of', suffix: ' bread' } })]);
    expect(problems.map((p) => p.problem)).not.toContainEqual(expect.stringContaining('occurs'));
    expect(claims[0]!.paragraphId).toBe('p-firstly');
  });

  it('refuses claims that overlap partially, naming both, and places only the first', () => {
    const { problems, claims } = place([claim('a', 'The price of gas', 5), claim('b', 'gas doubled', 11)]);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 11,
        problem: 'the claim "a" (line 5) and the claim "b" overlap in the text, each with words the other does not have',
        fix: expect.stringContaining('make one quote lie wholly inside the other'),
      },
    ]);
    expect(claims.map((c) => c.id)).toEqual(['a']);
  });

  it('accepts a claim wholly inside another, numbered after it in reading order', () => {
    const { problems, claims } = place([
      claim('began', 'Events began in Zhanaozen', 4),
      claim('doubling', 'The price of gas doubled overnight', 6),
      claim('price-start', 'The price of gas', 8),
    ]);
    expect(problems).toEqual([]);
    expect(claims.map((c) => [c.number, c.id, c.text])).toEqual([
      [1, 'began', 'Events began in Zhanaozen'],
      [2, 'doubling', 'The price of gas doubled overnight'],
      [3, 'price-start', 'The price of gas'],
    ]);
  });

  it('refuses two claims on exactly the same words', () => {
    const { problems, claims } = place([claim('a', 'The price of gas doubled', 5), claim('b', 'The price of gas doubled', 11)]);
    expect(claims).toHaveLength(1);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 11,
        problem: 'the claim "a" (line 5) and the claim "b" mark exactly the same words',
        fix: expect.stringContaining('merge them into one claim'),
      },
    ]);
  });

  it('refuses a claim inside a passage marked as not a claim', () => {
    const result = placeAnnotations(blocks, {
      file: FILE,
      paragraphs,
      claims: [claim('gas', 'gas doubled overnight', 7)],
      notClaims: [{ quote: { exact: 'The price of gas doubled overnight.' }, reason: 'None.', line: 12, quoteLine: 12 }],
      tombstones: [],
    });
    expect(result.problems).toEqual([expect.objectContaining({ line: 7, problem: expect.stringContaining('a passage marked as not a claim may not hold a claim') })]);
  });

  it('asks for an id for a paragraph that has none, giving its opening words', () => {
    const { problems } = place([], [paragraphs[0]!]);
    expect(problems).toEqual([expect.objectContaining({ problem: 'paragraph 2 of the article, starting "Firstly, crime rose. The price of", has no id', fix: expect.stringContaining('starts: "Firstly, crime rose. The price of"') })]);
  });

  it('refuses a paragraph id whose opening words match no paragraph', () => {
    const { problems } = place([], [...paragraphs, { id: 'p-gone', starts: 'Thirdly,', line: 4 }]);
    expect(problems).toEqual([expect.objectContaining({ line: 4, problem: 'no paragraph of the article starts with "Thirdly," (paragraph id "p-gone")' })]);
  });

  it('refuses opening words that name several paragraphs', () => {
    const twoAlike = [{ text: 'The price rose.' }, { text: 'The price fell.' }];
    const result = placeAnnotations(twoAlike, { file: FILE, paragraphs: [{ id: 'p-x', starts: 'The price', line: 2 }], claims: [], notClaims: [], tombstones: [] });
    expect(result.problems[0]!.problem).toBe('2 paragraphs start with "The price" (paragraph id "p-x")');
  });
});
