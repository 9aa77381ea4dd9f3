import { describe, expect, it } from 'vitest';
import { highlight, noteExcerpt } from '../src/scripts/search/render-results.ts';

describe('marking the query in a result', () => {
  it('marks whole words that begin with a query term, whatever their case', () => {
    expect(highlight('Karim Masimov, who is suspected of treason', 'masimov treason')).toBe(
      'Karim <mark>Masimov</mark>, who is suspected of <mark>treason</mark>',
    );
  });

  it('marks words outside ASCII, such as “Çakıcı”', () => {
    expect(highlight('alleged ties to Alaattin Çakıcı', 'Çakıcı')).toBe('alleged ties to Alaattin <mark>Çakıcı</mark>');
  });

  it('does not mark a term inside another word', () => {
    expect(highlight('the Eurasian region', 'Asia')).toBe('the Eurasian region');
  });

  it('escapes markup in the text and in the query before marking', () => {
    const marked = highlight('<img src=x onerror=alert(1)> & "quotes"', '<img');
    expect(marked).toBe('<mark>&lt;img</mark> src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(marked).not.toContain('<img');
    expect(highlight('a <b>bold</b> claim', 'b')).not.toContain('<b>');
  });
});

describe('the excerpt of a note', () => {
  const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

  it('keeps a short note whole', () => {
    expect(noteExcerpt('A short note.', 'note')).toBe('A short note.');
  });

  it('starts a long note at its beginning when the match is near it', () => {
    expect(noteExcerpt(long, 'word3')).toMatch(/^word0 .* word27 …$/);
  });

  it('moves the window to the first match further on', () => {
    const excerpt = noteExcerpt(long, 'word50');
    expect(excerpt.startsWith('… word42')).toBe(true);
    expect(excerpt).toContain('word50');
  });
});
