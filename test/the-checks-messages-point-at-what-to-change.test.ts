import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeAnnotations } from '../src/lib/placing/place-annotations.ts';
import { compileSample, sampleCorpus } from './content-helpers.ts';
import { runCheck } from './site-commands.ts';

/*
 * The messages an editor acts on, as the trial of a first article found them wanting: a quote not in the
 * text said nothing of where it differed, a bad value was not shown, and every check printed every
 * article's coverage tables before the one problem that mattered.
 */

const at = (line: number) => ({ line, quoteLine: line });

describe('a quote that is not in the text', () => {
  const blocks = [{ text: 'Apollo 11 landed in the Sea of Tranquility on 20 July 1969, and Armstrong stepped out.' }, { text: 'Then they flew home.' }];
  const set = (quote: { exact: string; prefix?: string }) => ({
    file: 'annotations.yaml',
    paragraphs: [{ id: 'p-landing', starts: 'Apollo 11', line: 2 }, { id: 'p-home', starts: 'Then', line: 3 }],
    claims: [{ id: 'landing-site', kind: 'sourced' as const, quote, note: 'n', record: 'confirmed' as const, sources: ['S001'], ...at(9) }],
    notClaims: [],
    tombstones: [],
  });

  it('shows the closest passage of the text and where the two differ', () => {
    const { problems } = placeAnnotations(blocks, set({ exact: 'landed in the Sea of Tranquillity on 20 July 1969' }));
    expect(problems).toEqual([expect.objectContaining({ problem: expect.stringContaining('the closest passage, in paragraph "p-landing", differs: the text has "…the Sea of Tranquility on 20 July…" where the quote has "…the Sea of Tranquillity on 20 July…"'), fix: 'copy the words exactly from the text: "landed in the Sea of Tranquility on 20 July 1969"; if the article was edited, this is the new wording' })]);
  });

  it('says when the words are there but the prefix is not', () => {
    const { problems } = placeAnnotations(blocks, set({ exact: 'Armstrong stepped out', prefix: 'then ' }));
    expect(problems[0]!.problem).toContain('its words are in the article (once), but never after "then "');
  });

  it('shows where an edit to the text parted it from a claim, through the check', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (yaml) => yaml.replace('The price of gas doubled overnight', 'The price of gas dubled overnight') });
    expect(build.map((p) => p.problem)).toContain(
      'the quote of "gas-doubled" is not in the article: "The price of gas dubled overnight"; the closest passage, in paragraph "p-price", differs: the text has "…price of gas doubled overnight" where the quote has "…price of gas dubled overnight"',
    );
  });
});

describe('a value the annotation format does not allow', () => {
  it('is quoted, with the id of the claim that holds it', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (yaml) => yaml.replace('kind: opinion\n    quote: { exact: "for analysts disagree" }', 'kind: opinon\n    quote: { exact: "for analysts disagree" }') });
    expect(build).toContainEqual(expect.objectContaining({ line: 13, problem: 'claims[1].kind of "analysts-disagree" is "opinon": kind must be one of: sourced, unsourced, opinion' }));
  });

  it('says which field is missing, and of which claim', async () => {
    const { build } = await compileSample({ 'annotations.yaml': (yaml) => yaml.replace('    note: "Loaded wording."\n', '') });
    expect(build.map((p) => p.problem)).toContainEqual(expect.stringMatching(/^claims\[1\]\.note of "analysts-disagree" is missing: /));
  });
});

describe('npm run check', () => {
  it('checks one article when given its slug, without the others’ problems or counts', () => {
    const corpus = sampleCorpus();
    cpSync(join(corpus.root, 'articles', 'sample'), join(corpus.root, 'articles', 'other'), { recursive: true });
    corpus.edit('annotations.yaml', (yaml) => yaml.replace('kind: opinion', 'kind: opinon'), 'other');
    const one = runCheck(corpus.root, ['sample']);
    expect(one.status).toBe(0);
    expect(one.out).toMatch(/^sample: 5 claims/m);
    expect(one.out).not.toContain('other');
    expect(one.err).toBe('');
    const all = runCheck(corpus.root);
    expect(all.status).toBe(1);
    expect(all.err).toContain('"opinon"');
  });

  it('refuses a slug that names no article, listing those there are', () => {
    const { status, err } = runCheck('test/fixtures/small', ['smaple']);
    expect(status).toBe(2);
    expect(err).toContain('no article "smaple" in test/fixtures/small/articles/; the articles are: sample');
  });

  it('prints real problems first and what is not yet recorded as one line an article', () => {
    const corpus = sampleCorpus();
    corpus.edit('annotations.yaml', (yaml) => yaml.replace('- id: crime-item', '- id: crime-item-new').replace('tombstones:\n', 'tombstones:\n  - { id: crime-item, date: 2026-12-01, replacedBy: crime-item-new, reason: "Renamed." }\n').replace('kind: opinion', 'kind: opinon'));
    const { err } = runCheck(corpus.root);
    const lines = err.trim().split('\n');
    expect(lines[0]).toMatch(/annotations\.yaml:\d+: claims\[1\]\.kind of "analysts-disagree" is "opinon"/);
    expect(lines.filter((line) => line.includes('not yet recorded as published ('))).toEqual([
      '  sample: 1 id or change not yet recorded as published (crime-item-new); `npm run registry` records them (`npm run check -- sample --all` lists each)',
    ]);
  });
});
