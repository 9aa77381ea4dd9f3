import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findNoteIssues, isPlainText, noteToHast, parseNoteToHast } from '../src/lib/markdown/note-markdown.ts';

/** The parser's tree without its source positions, which the page never uses. */
const withoutPositions = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v)));

const annotations = parse(readFileSync('content/articles/color-revolution-in-kazakhstan-2022/annotations.yaml', 'utf8')) as {
  title: { note: string };
  claims: { note: string }[];
};
const realNotes = [annotations.title.note, ...annotations.claims.map((c) => c.note)];

describe('a note of plain prose', () => {
  it('renders exactly as the Markdown parser renders it, for every note of the article', () => {
    const plain = realNotes.filter(isPlainText);
    expect(plain.length).toBeGreaterThan(realNotes.length / 2);
    for (const note of plain) expect(noteToHast(note), note).toEqual(withoutPositions(parseNoteToHast(note)));
  });

  it('renders exactly as the parser does for prose with figures, quotes, dashes and punctuation', () => {
    for (const note of ['2,030 troops, per Tokayev (13 January 2022).', 'The “DDoS revolution” text: not found — 50 tenge; 100%.', 'See S012 / S013: “confirmed”?', 'Tokayev said so; 1 January.', 'The chant “Shal ket!” (“Old man, go!”).']) {
      expect(isPlainText(note), note).toBe(true);
      expect(noteToHast(note)).toEqual(withoutPositions(parseNoteToHast(note)));
    }
  });

  it('goes to the parser whenever Markdown could read syntax in it', () => {
    for (const note of ['*emphasis*', 'a_b', 'a `code` span', 'an \\escape', '[a link](https://example.org)', '<b>html</b>', 'fish &amp; chips', '![image](x.png)', '~~struck~~', 'a | table',
      'two\nlines', ' leading space', 'trailing space ', '# heading', '> quote', '- item', '+ item', '= underline', '1. first', '2) second', '']) {
      expect(isPlainText(note), JSON.stringify(note)).toBe(false);
    }
  });

  it('has nothing the check would refuse, as the parser agrees', () => {
    for (const note of realNotes.filter(isPlainText)) expect(findNoteIssues(note)).toEqual([]);
    expect(findNoteIssues('<script>alert(1)</script>')).not.toEqual([]);
  });
});
