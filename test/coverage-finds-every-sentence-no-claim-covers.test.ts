import { describe, expect, it } from 'vitest';
import { compileSample } from './content-helpers.ts';
import { describeCoverage, measureCoverage, uncoveredSentenceProblems } from '../src/lib/placing/coverage.ts';
import { splitSentences } from '../src/lib/placing/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitting a paragraph into sentences', () => {
  it('splits at sentence ends and drops the spaces between', () => {
    expect(sentences('Gas doubled. Protests began!  Why? Let us see:')).toEqual(['Gas doubled.', 'Protests began!', 'Why?', 'Let us see:']);
  });

  it('does not end a sentence at "Mr." or "e.g."', () => {
    expect(sentences('It is known that Mr. Dzhumageldiev tried. As e.g. here, it did.')).toEqual([
      'It is known that Mr. Dzhumageldiev tried.',
      'As e.g. here, it did.',
    ]);
  });

  it('does not end a sentence at a line break inside the paragraph', () => {
    expect(sentences('The protests began in Zhanaozen\nand spread to Almaty. Then came the mission.')).toEqual([
      'The protests began in Zhanaozen\nand spread to Almaty.',
      'Then came the mission.',
    ]);
  });

  it('keeps a figure with its sentence', () => {
    expect(sentences('Total – 3,563 km. Considering that the force is 100 thousand, it follows.')).toEqual([
      'Total – 3,563 km.',
      'Considering that the force is 100 thousand, it follows.',
    ]);
  });
});

describe('coverage of a paragraph', () => {
  const paragraphs = [{ id: 'p-one', text: 'Gas doubled. Protests began. Let us mention them:' }];

  it('counts a sentence covered when any claim touches it', () => {
    const [p] = measureCoverage(paragraphs, [{ blockIndex: 0, start: 0, end: 3 }], []);
    expect(p!.sentences.map((s) => s.coveredBy)).toEqual(['claim', null, null]);
    expect(p!.claims).toBe(1);
  });

  it('counts a sentence marked as not a claim as covered by that mark', () => {
    const [p] = measureCoverage(paragraphs, [], [{ blockIndex: 0, start: 29, end: 49 }]);
    expect(p!.sentences.map((s) => [s.text, s.coveredBy])).toEqual([
      ['Gas doubled.', null],
      ['Protests began.', null],
      ['Let us mention them:', 'not a claim'],
    ]);
  });

  it('ignores claims of other paragraphs', () => {
    const [p] = measureCoverage(paragraphs, [{ blockIndex: 1, start: 0, end: 3 }], []);
    expect(p!.sentences.every((s) => s.coveredBy === null)).toBe(true);
  });
});

describe('the coverage rule', () => {
  const coverage = measureCoverage([{ id: 'p-one', text: 'Gas doubled. Protests began in the south of the country.' }], [{ blockIndex: 0, start: 0, end: 3 }], []);

  it('reports each uncovered sentence with the paragraph entry’s line and the fix', () => {
    expect(uncoveredSentenceProblems(coverage, 'a.yaml', () => 7)).toEqual([
      {
        file: 'a.yaml',
        line: 7,
        problem: 'a sentence of paragraph "p-one" belongs to no claim: "Protests began in the south of the country."',
        fix: 'annotate it as one or more claims, or, if it asserts nothing, list it under notClaims with a reason',
      },
    ]);
  });

  it('describes each paragraph on one line, marking the incomplete ones', () => {
    expect(describeCoverage(coverage)).toEqual(['✗ ¶1   p-one  1/2 sentences covered, 1 claims']);
  });
});

describe('the coverage rule on an article', () => {
  it('reports a sentence no claim covers when every entry of the annotation file is placed', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace(/  - id: crime-item\n(    .*\n)+?(?=  - id:)/, '') });
    expect(build.map((p) => p.problem)).toContain('a sentence of paragraph "p-item-crime" belongs to no claim: "a list item about crime;"');
  });

  it.each([
    ['refused', (text: string) => text.replace('kind: unsourced', 'kind: rumour'), 'claims[2].kind'],
    ['whose quote is not found', (text: string) => text.replace('exact: "a list item about crime"', 'exact: "a list item about crimes"'), 'the quote of "crime-item" is not in the article'],
  ])('does not report it while a claim is %s: the sentence is most likely that claim\'s', async (_what, change, problem) => {
    const { build } = await compileSample({ 'annotations.yaml': change });
    expect(build.map((p) => p.problem)).toEqual([expect.stringContaining(problem)]);
  });
});
