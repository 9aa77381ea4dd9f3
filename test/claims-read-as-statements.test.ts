import { describe, expect, it } from 'vitest';
import { fragmentReason, statementProblems } from '../src/lib/problems/claim-statement.ts';
import { compileSample, sampleCorpus } from './content-helpers.ts';

const FILE = 'content/articles/x/annotations.yaml';
const claim = (id: string, text: string, fragment?: string) => ({ id, text, fragment, quoteLine: 10, line: 8 });

describe('a claim’s words, read alone', () => {
  it.each([
    ['he was behind the', 'it ends on "the"'],
    ['This is also indicated by', 'it ends on "by"'],
    ['It also becomes clear why', 'it ends on "why"'],
    ['spilled over some other cities, such as', 'it ends on "such as"'],
    ['was not only a colossal failure in terms of its scale, but also', 'it ends on "but also"'],
    ['the authorities agreed, i.e.,', 'it ends on "i.e."'],
    ['a betrayal of persons, and', 'it ends on "and"'],
    ['(i.e., scum)', 'it has 2 words'],
    ['Total – 3,563', 'it has 2 words'],
    ['bacchanalia', 'it has one word'],
  ])('"%s" is a fragment: %s', (text, reason) => {
    expect(fragmentReason(text)).toBe(reason);
  });

  it.each([
    'The insurgency started in town Zhanaozen',
    'This channel is still active.',
    'London should also be behind this',
    'the influence that local governments have',
    'Was that just negligence or treason?',
  ])('"%s" reads as a statement', (text) => {
    expect(fragmentReason(text)).toBeUndefined();
  });
});

describe('the statement rule', () => {
  it('names a fragment at its quote’s line, with the fix', () => {
    expect(statementProblems([claim('language-patrols', 'he was behind the')], 100, FILE)).toEqual([
      {
        file: FILE,
        line: 10,
        problem: 'the words of "language-patrols" do not read as a statement on their own (it ends on "the"): "he was behind the"',
        fix: expect.stringContaining('add fragment: "<why>"'),
      },
    ]);
  });

  it('lets a fragment go that says why, within 3% of the claims', () => {
    expect(statementProblems([claim('item', 'an item', 'A list item without a verb.')], 34, FILE)).toEqual([]);
  });

  it('refuses more fragments than 3% of the claims, naming them', () => {
    const marked = [claim('one', 'an item', 'Why.'), claim('two', 'another item', 'Why.')];
    const problems = statementProblems(marked, 40, FILE);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 8,
        problem: '2 of the article\'s 40 claims are marked as fragments ("one", "two"); at most 3% (1) may be',
        fix: expect.stringContaining('quote more of the text'),
      },
    ]);
  });

  it('asks to remove `fragment` from a claim whose words read as a statement', () => {
    const problems = statementProblems([claim('fine', 'The insurgency started in town Zhanaozen', 'Why.')], 100, FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 8, problem: 'the claim "fine" is marked as a fragment, but its words read as a statement' })]);
  });

  it('is part of the check and the build, with the file and line of the quote', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (text) => text.replace('quote: { exact: "for analysts disagree" }', 'quote: { exact: "for analysts" }') });
    expect(build).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/articles\/sample\/annotations\.yaml$/),
        line: 14,
        problem: 'the words of "analysts-disagree" do not read as a statement on their own (it has 2 words): "for analysts"',
      }),
    );
  });

  it('accepts a `fragment` reason in the annotation file, counted against the article’s share', async () => {
    const corpus = sampleCorpus();
    corpus.edit('annotations.yaml', (text) =>
      text.replace('quote: { exact: "for analysts disagree" }', 'quote: { exact: "for analysts" }\n    fragment: "Only the loaded words."'),
    );
    const { build } = await corpus.compile();
    expect(build.map((p) => p.problem)).toContainEqual(expect.stringMatching(/^1 of the article's 5 claims are marked as fragments \("analysts-disagree"\); at most 3% \(0\) may be$/));
  });
});
