import { describe, expect, it } from 'vitest';
import { readAnnotations } from '../src/lib/reading/read-annotations.ts';

const FILE = 'content/articles/x/annotations.yaml';
const SOURCES = new Set(['S001', 'S002']);

/** An annotation file whose claims are the given YAML lines (each claim indented as in real files). */
function file(claims: string): string {
  return `paragraphs:\n  - { id: p-one, starts: "The price" }\nclaims:\n${claims}`;
}
const read = (text: string) => readAnnotations(text, FILE, SOURCES);

const good = `  - id: gas-doubled
    kind: sourced
    quote: { exact: "the gas price doubled" }
    record: confirmed
    sources: [S001]
    note: "The price rose from 60 to 120 tenge."
`;

describe('a valid annotation file', () => {
  it('is read with the line of each claim and paragraph', () => {
    const { set, problems } = read(file(good));
    expect(problems).toEqual([]);
    expect(set?.paragraphs).toEqual([{ id: 'p-one', starts: 'The price', line: 2 }]);
    expect(set?.claims[0]).toMatchObject({ id: 'gas-doubled', kind: 'sourced', sources: ['S001'], line: 4 });
  });

  it('lets an opinion go without record or sources', () => {
    const { problems } = read(file(`  - id: loaded\n    kind: opinion\n    quote: { exact: "the future bloody bacchanalia" }\n    note: "Loaded wording."\n`));
    expect(problems).toEqual([]);
  });
});

describe('an annotation file with a mistake', () => {
  it('names an unknown kind, its line and the kinds allowed', () => {
    const { problems } = read(file(good.replace('kind: sourced', 'kind: rumour')));
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 5, problem: expect.stringContaining('claims[0].kind'), fix: 'set kind to one of: sourced, unsourced, opinion' })]);
  });

  it('names a duplicate id and where it was first used', () => {
    const { problems } = read(file(good + good));
    expect(problems).toEqual([
      {
        file: FILE,
        line: 10,
        problem: 'the id "gas-doubled" is already used at line 4',
        fix: expect.stringContaining('give every claim and paragraph its own id'),
      },
    ]);
  });

  it('refuses a claim id that repeats a paragraph id', () => {
    const { problems } = read(file(good.replace('id: gas-doubled', 'id: p-one')));
    expect(problems[0]!.problem).toBe('the id "p-one" is already used at line 2');
  });

  it('refuses a sourced claim with no source', () => {
    const { problems } = read(file(good.replace('    sources: [S001]\n', '')));
    expect(problems).toEqual([expect.objectContaining({ line: 4, problem: 'the claim "gas-doubled" is marked sourced but lists no source', fix: expect.stringContaining('or mark it unsourced') })]);
  });

  it('refuses a source id that is not in the list', () => {
    const { problems } = read(file(good.replace('[S001]', '[S001, S404]')));
    expect(problems).toEqual([expect.objectContaining({ problem: `the claim "gas-doubled" cites S404, which is not in the project's source list`, fix: expect.stringContaining('content/sources.json') })]);
  });

  it('refuses raw HTML in a note, on the note’s own line', () => {
    const { problems } = read(file(good.replace(/note: .*/, 'note: "See <script>alert(1)</script> here."')));
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatchObject({ line: 9, problem: expect.stringContaining('raw HTML') });
  });

  it('refuses an image tag with an event handler in a note', () => {
    const { problems } = read(file(good.replace(/note: .*/, 'note: "<img src=x onerror=alert(1)>"')));
    expect(problems.map((p) => p.problem).join()).toContain('raw HTML');
  });

  it('refuses a link that is not http(s)', () => {
    const { problems } = read(file(good.replace(/note: .*/, 'note: "See [this](javascript:alert(1))."')));
    expect(problems).toEqual([expect.objectContaining({ problem: expect.stringContaining('"javascript:alert(1)", which is not an http(s) address') })]);
  });

  it('refuses a link with a user name before its host, which reads as one site and leads to another', () => {
    const { problems } = read(file(good.replace(/note: .*/, 'note: "See [the ministry](https://www.gov.kz@evil.example/login)."')));
    expect(problems).toEqual([expect.objectContaining({ line: 9, problem: expect.stringContaining('links to "https://www.gov.kz@evil.example/login", an address with a user name or password before its host') })]);
  });

  it('accepts http(s) links and in-page links in a note', () => {
    const { problems } = read(file(good.replace(/note: .*/, 'note: "See [this](https://example.org/a) and [that](#other-claim)."')));
    expect(problems).toEqual([]);
  });

  it('asks for a record status on a factual claim', () => {
    const { problems } = read(file(good.replace('    record: confirmed\n', '')));
    expect(problems[0]!.problem).toBe('the sourced claim "gas-doubled" has no record status');
  });

  it('refuses an unsourced claim the record confirms', () => {
    const { problems } = read(file(good.replace('kind: sourced', 'kind: unsourced')));
    expect(problems[0]!.fix).toContain('set kind: sourced');
  });

  it('asks for the record that contradicts a contradicted claim', () => {
    const text = good.replace('kind: sourced', 'kind: unsourced').replace('confirmed', 'contradicted').replace('    sources: [S001]\n', '');
    const { problems } = read(file(text));
    expect(problems[0]!.problem).toBe('the claim "gas-doubled" is contradicted by the record, but no record is cited');
  });

  it.each(['disputed', 'contradicted', 'not found'])('refuses a sourced claim whose record is %s, and says how to fix it', (record) => {
    const { problems } = read(file(good.replace('record: confirmed', `record: ${record}`)));
    expect(problems).toEqual([
      {
        file: FILE,
        line: 4,
        problem: `the claim "gas-doubled" is marked sourced, but its record is "${record}": a sourced claim needs a record that confirms it, fully or in part`,
        fix: expect.stringContaining('set kind: unsourced'),
      },
    ]);
    expect(problems[0]!.fix).toContain('"confirmed" or "qualified"');
  });

  it('refuses a record status on an opinion, at its line: records are for factual claims', () => {
    const opinion = `  - id: loaded\n    kind: opinion\n    quote: { exact: "the future bloody bacchanalia" }\n    record: confirmed\n    note: "Loaded wording."\n`;
    expect(read(file(opinion)).problems).toEqual([
      { file: FILE, line: 7, problem: 'the opinion "loaded" has a record status (confirmed), but records are not for opinions', fix: expect.stringContaining('remove record') },
    ]);
  });

  it('accepts a sourced claim the record confirms in part', () => {
    expect(read(file(good.replace('record: confirmed', 'record: qualified'))).problems).toEqual([]);
  });

  it('refuses an unsourced claim the record confirms in part', () => {
    const { problems } = read(file(good.replace('kind: sourced', 'kind: unsourced').replace('record: confirmed', 'record: qualified')));
    expect(problems[0]).toMatchObject({ problem: 'the claim "gas-doubled" is unsourced but its record status is qualified', fix: expect.stringContaining('set kind: sourced') });
  });

  it.each([
    ['stored', 'No stored source gives the price.'],
    ['dossier', 'The Dossier has nothing on it.'],
  ])('refuses the internal word "%s" in a note, on the note’s own line', (word, note) => {
    const { problems } = read(file(good.replace(/note: .*/, `note: "${note}"`)));
    expect(problems).toEqual([
      {
        file: FILE,
        line: 9,
        problem: `the note of "gas-doubled" uses the internal word "${word}", which readers do not know`,
        fix: expect.stringContaining('No public record of'),
      },
    ]);
  });

  it('refuses internal words in the title’s note too', () => {
    const text = `paragraphs:\n  - { id: p-one, starts: "The price" }\ntitle:\n  id: t\n  kind: opinion\n  note: "Per the dossier, loaded."\n`;
    const { problems } = read(text);
    expect(problems).toEqual([expect.objectContaining({ line: 6, problem: 'the note of "t" uses the internal word "dossier", which readers do not know' })]);
  });

  it('lets a note use words that merely contain an internal word ("restored")', () => {
    expect(read(file(good.replace(/note: .*/, 'note: "Order was restored on 11 January."'))).problems).toEqual([]);
  });

  it('accepts a basis on a sourced claim', () => {
    expect(read(file(good.replace('    record: confirmed\n', '    record: confirmed\n    basis: article\n'))).problems).toEqual([]);
  });

  it('refuses a basis on a claim that is not sourced', () => {
    const text = good.replace('kind: sourced', 'kind: unsourced').replace('record: confirmed', 'record: not found').replace('    sources: [S001]\n', '    basis: record\n');
    const { problems } = read(file(text));
    expect(problems).toEqual([
      expect.objectContaining({ line: 4, problem: 'the claim "gas-doubled" has a basis, but it is unsourced: only a sourced claim has one' }),
    ]);
  });

  it('names an unknown basis and the bases allowed', () => {
    const { problems } = read(file(good.replace('    record: confirmed\n', '    record: confirmed\n    basis: rumour\n')));
    expect(problems[0]).toMatchObject({ problem: expect.stringContaining('claims[0].basis'), fix: 'set basis to one of: article (the article cites its source), record (the public record confirms it)' });
  });

  it('names an unknown key and the keys allowed', () => {
    const { problems } = read(file(good.replace('    record: confirmed\n', '    record: confirmed\n    colour: red\n')));
    expect(problems[0]).toMatchObject({ line: 4, fix: expect.stringContaining('"colour"') });
  });

  it('names a missing quote', () => {
    const { problems } = read(file(good.replace('    quote: { exact: "the gas price doubled" }\n', '')));
    expect(problems[0]).toMatchObject({ problem: expect.stringContaining('claims[0].quote'), fix: expect.stringContaining('add "quote"') });
  });

  it('names the line of a YAML syntax error', () => {
    const { problems } = read(file(good.replace('    kind: sourced\n', '    kind: [sourced\n')));
    expect(problems[0]!.problem).toContain('not valid YAML');
    expect(problems[0]!.line).toBeGreaterThanOrEqual(5);
  });

  it('reports an alias bomb beside a tag js-yaml refuses (!!binary) as problems at their lines, never as a crash', () => {
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
    const { problems } = read(`bin: !!binary aGVsbG8=\n${bomb.join('\n')}\n${file(good)}`);
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, problem: 'this is not valid YAML: the tag "tag:yaml.org,2002:binary" is not one a content file may use' }),
      expect.objectContaining({ line: 3, problem: expect.stringContaining('this is not valid YAML: its aliases ("*a0" and the like) repeat more than') }),
    ]);
  });

  it('reports every mistake in one run, not only the first', () => {
    const second = good.replace('gas-doubled', 'other').replace('[S001]', '[S999]');
    const { problems } = read(file(good.replace('    sources: [S001]\n', '') + second));
    // A claim's missing source is told at the claim; an unknown source at its `sources:` line.
    expect(problems.map((p) => p.line)).toEqual([4, 13]);
  });

  it.each(['main', 'article-title', 'note-gas-doubled', 'ref-2', 'show-sourced', 'reader-help'])(
    'refuses the id "%s", which the page already gives one of its own parts',
    (id) => {
      const { problems } = read(file(good.replace('id: gas-doubled', `id: ${id}`)));
      expect(problems).toEqual([expect.objectContaining({ line: 4, problem: expect.stringContaining(`the id "${id}" is`) })]);
      expect(problems[0]!.fix).toContain('choose another id');
    },
  );

  it('refuses an id longer than 100 characters, which would name a folder of the built site too long for the disk (301 crashed the build)', () => {
    const long = `a${'-b'.repeat(50)}`;
    expect(read(file(good.replace('id: gas-doubled', `id: ${long.slice(0, 99)}`))).problems).toEqual([]);
    expect(read(file(good.replace('id: gas-doubled', `id: ${'a'.repeat(100)}`))).problems).toEqual([]);
    const { problems } = read(file(good.replace('id: gas-doubled', `id: ${long}`)));
    expect(problems).toEqual([expect.objectContaining({ line: 4, problem: expect.stringMatching(/^claims\[0\]\.id is "a-b-b-b.*….*-b-b": an id has at most 100 characters; this one has 101$/) })]);
  });

  it('treats the id "constructor" as any other id', () => {
    const { set, problems } = read(file(good.replace('id: gas-doubled', 'id: constructor')));
    expect(problems).toEqual([]);
    expect(set?.claims[0]?.id).toBe('constructor');
  });

  it('refuses a note longer than a note may be, without parsing it (5,000 ">" once crashed the check)', () => {
    const { problems } = read(file(good.replace(/note: ".*"/, `note: "${'>'.repeat(5000)}"`)));
    expect(problems).toEqual([expect.objectContaining({ line: 9, problem: expect.stringContaining('the note is 5000 characters long') })]);
  });

  it('tells a claim citing a source whose own entry is malformed only about that entry, not that the source is missing', () => {
    const { problems } = readAnnotations(file(good), FILE, new Set(['S001']));
    expect(problems).toEqual([]);
  });
});
