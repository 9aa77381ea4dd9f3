import { describe, expect, it } from 'vitest';
import { claimsOnWeakSourcesProblems, MAX_CLAIMS_ON_WEAK_SOURCES, restsOnWeakSources } from '../src/lib/reading/article-sources.ts';
import type { Source } from '../src/lib/schema/source-schema.ts';
import { compileSample } from './content-helpers.ts';

const FILE = 'content/articles/a/annotations.yaml';
const source = (id: string, type: Source['type'], copyOf?: string): Source => ({ id, url: `https://example.org/${id}`, title: null, publisher: 'Example', date: null, says: [], type, ...(copyOf ? { copyOf } : {}) });
const SOURCES = new Map([source('S001', 'copy', 'Reuters'), source('S002', 'commentary'), source('S003', 'reporting'), source('S004', 'primary')].map((s) => [s.id, s]));
type Claim = Parameters<typeof restsOnWeakSources>[0];
const claim = (id: string, sources: string[], fields: Partial<Claim> = {}): Claim => ({ id, kind: 'sourced', record: 'confirmed', sources, note: 'The price rose.', ...fields });
// Each claim's sources: stand at 10 + its number, its note at 20 + its number.
const lineOf = (id: string, field: 'sources' | 'note') => Number(id.replace(/\D/g, '')) + (field === 'sources' ? 10 : 20);
const check = (claims: Claim[]) => claimsOnWeakSourcesProblems(claims, SOURCES, lineOf, FILE);

describe('a factual claim resting on copies or commentary alone', () => {
  it('is one whose every source is a copy or commentary, and whose record rests on them', () => {
    expect(restsOnWeakSources(claim('c1', ['S001', 'S002']), SOURCES)).toBe(true);
    expect(restsOnWeakSources(claim('c1', ['S002'], { kind: 'unsourced', record: 'disputed' }), SOURCES)).toBe(true);
    expect(restsOnWeakSources(claim('c1', ['S001', 'S003']), SOURCES)).toBe(false);
    expect(restsOnWeakSources(claim('c1', ['S004']), SOURCES)).toBe(false);
    // A claim nothing confirms rests on nothing; an opinion on no record.
    expect(restsOnWeakSources(claim('c1', ['S002'], { kind: 'unsourced', record: 'not found' }), SOURCES)).toBe(false);
    expect(restsOnWeakSources(claim('c1', ['S002'], { kind: 'opinion', record: undefined }), SOURCES)).toBe(false);
  });

  it('says so in its note, or the check points at the note with a fix', () => {
    expect(check([claim('c1', ['S001'])])).toEqual([
      {
        file: FILE,
        line: 21,
        problem: 'the claim "c1" rests on copies or commentary alone (S001 (copy of Reuters)), and its note does not say so',
        fix: expect.stringContaining('say in the note what the source is'),
      },
    ]);
    expect(check([claim('c1', ['S001'], { note: "The price rose (a copy of Reuters' report)." })])).toEqual([]);
    expect(check([claim('c1', ['S002'], { note: 'A blog says the price rose.' })])).toEqual([]);
  });

  it(`may be at most ${MAX_CLAIMS_ON_WEAK_SOURCES} of an article's claims: each one beyond is reported at its sources`, () => {
    const said = { note: 'A copy of Reuters says so.' };
    const claims = [claim('c1', ['S001'], said), claim('c2', ['S003']), claim('c3', ['S002'], said), claim('c4', ['S001', 'S002'], said), claim('c5', ['S001'], said)];
    const problems = check(claims);
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [14, 'the claim "c4" rests on copies or commentary alone (S001 (copy of Reuters), S002 (commentary)); at most 2 factual claims an article may, and this is number 3'],
      [15, 'the claim "c5" rests on copies or commentary alone (S001 (copy of Reuters)); at most 2 factual claims an article may, and this is number 4'],
    ]);
    expect(problems[0]!.fix).toContain('cite the original the copy reproduces');
  });

  it('is reported by the check of an article, at the line of its note in the annotation file', async () => {
    const { build } = await compileSample({ 'sources.json': (text) => text.replace('"type": "reporting",', '"type": "commentary",') });
    expect(build).toEqual([
      expect.objectContaining({ file: expect.stringContaining('sample/annotations.yaml'), line: 11, problem: 'the claim "gas-doubled" rests on copies or commentary alone (S001 (commentary)), and its note does not say so' }),
    ]);
  });
});
