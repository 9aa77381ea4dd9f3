import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/lib/exports/csv.ts';

describe('claims.csv, opened in a spreadsheet', () => {
  it.each(['=HYPERLINK("https://example.org","x")', '+1+1', '-2+3', '@SUM(A1)', '\tindent'])('shows a text starting %j as text, never as a formula', (text) => {
    const [, row] = toCsv(['note'], [[text]]).split('\r\n');
    expect(row!.replace(/^"|"$/g, '').startsWith("'")).toBe(true);
  });

  it('leaves other texts and numbers as they are, quoted only where RFC 4180 asks', () => {
    expect(toCsv(['a', 'b', 'c'], [['plain', -5, 'a, "b"']])).toBe('a,b,c\r\nplain,-5,"a, ""b"""\r\n');
  });
});
