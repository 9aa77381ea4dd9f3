import { describe, expect, it } from 'vitest';
import { SOURCE_TYPES, sourceTypeInWords } from '../src/lib/kinds/source-types.ts';
import { readSources } from '../src/lib/reading/read-sources.ts';
import { compileSample } from './content-helpers.ts';

const FILE = 'content/sources.json';
const entry = (fields: Record<string, unknown>) => ({ id: 'S001', url: 'https://example.org/a', title: null, publisher: 'Example Wire', date: null, says: [], ...fields });
const read = (...entries: Record<string, unknown>[]) => readSources(JSON.stringify(entries, null, 2), FILE);

describe('every source in sources.json says what it is', () => {
  it.each(SOURCE_TYPES.filter((type) => type !== 'copy'))('accepts a source of type %s', (type) => {
    expect(read(entry({ type })).problems).toEqual([]);
  });

  it('refuses a source without a type, at its entry, naming the types', () => {
    const { problems, sources } = read(entry({}));
    expect(sources.size).toBe(0);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 2, problem: expect.stringContaining('source S001, type: type must be one of: primary, reporting, research, reference, copy, commentary') })]);
    expect(problems[0]!.fix).toContain('set type to what the source is');
  });

  it('refuses a type it does not know, at the line of its type', () => {
    const { problems } = read(entry({ type: 'blog' }));
    expect(problems).toEqual([expect.objectContaining({ line: 9, problem: expect.stringContaining('type must be one of') })]);
  });

  it('wants a copy to say what it copies, or null when the copy does not say', () => {
    expect(read(entry({ type: 'copy' })).problems).toEqual([expect.objectContaining({ problem: expect.stringContaining('a copy says what it copies: copyOf is missing') })]);
    expect(read(entry({ type: 'copy', copyOf: 'Reuters' })).problems).toEqual([]);
    expect(read(entry({ type: 'copy', copyOf: null })).problems).toEqual([]);
    expect(read(entry({ type: 'copy', copyOf: ' ' })).problems).toEqual([expect.objectContaining({ problem: expect.stringContaining('copyOf: must not be empty') })]);
  });

  it('refuses copyOf on a source that is not a copy', () => {
    expect(read(entry({ type: 'reporting', copyOf: 'Reuters' })).problems).toEqual([
      expect.objectContaining({ line: 10, problem: expect.stringContaining("only a copy has copyOf, and this source's type is reporting") }),
    ]);
  });
});

describe('readers are told what each source is, in plain words', () => {
  it.each([
    [{ type: 'primary' }, 'primary source'],
    [{ type: 'reporting' }, 'news report'],
    [{ type: 'research' }, 'research'],
    [{ type: 'reference' }, 'reference work'],
    [{ type: 'commentary' }, 'commentary'],
    [{ type: 'copy', copyOf: 'Reuters' }, 'copy of Reuters'],
    [{ type: 'copy', copyOf: null }, 'copy; original not named'],
  ] as const)('%o reads "%s"', (source, words) => {
    expect(sourceTypeInWords(source)).toBe(words);
  });

  it('beside each source of a note, after its date', async () => {
    const { build, articles } = await compileSample({ 'sources.json': (text) => text.replace('"type": "reporting",', '"type": "copy",\n    "copyOf": "Example Agency",'), 'annotations.yaml': (text) => text.replace('the price rose *from 60 to 120* tenge', 'a copy of Example Agency says the price rose *from 60 to 120* tenge') });
    expect(build).toEqual([]);
    expect(articles[0]!.html).toContain('<span class="source-meta"> — Example Wire, 2022-01-04; copy of Example Agency</span>');
  });
});
