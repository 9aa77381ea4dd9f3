import { describe, expect, it } from 'vitest';
import { claimInSentence } from '../src/client/search/claim-in-sentence.ts';
import { highlight, markLocated } from '../src/client/search/mark-words.ts';
import { matchedPassage } from '../src/client/search/matched-passage.ts';

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

  it('never marks inside the escape of a character: a query "amp", "quot", "lt" or "gt" leaves "&", quotes, "<" and ">" as they are', () => {
    expect(highlight('R&D spending', 'amp')).toBe('R&amp;D spending');
    expect(highlight('He said "no" to <b> & >', 'quot lt gt amp')).toBe('He said &quot;no&quot; to &lt;b&gt; &amp; &gt;');
    expect(highlight('a quote, "quoted" here', 'quot')).toBe('a <mark>quote</mark>, &quot;<mark>quoted</mark>&quot; here');
  });

  it('marks the words Pagefind located, stems included, without the punctuation around them', () => {
    expect(markLocated('He was sentence, in absentia', new Set([2]))).toBe('He was <mark>sentence</mark>, in absentia');
  });

  it('escapes every word, marked or not', () => {
    expect(markLocated('<b>x</b> <i>y</i>', new Set([0]))).toBe('&lt;<mark>b&gt;x&lt;/b</mark>&gt; &lt;i&gt;y&lt;/i&gt;');
  });
});

describe('the part of a note a query matched', () => {
  const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

  it('is nothing when the query matched only the claim’s words or its sentence', () => {
    expect(matchedPassage('The KNB said so.', [])).toBeNull();
  });

  it('keeps a short note whole, with the matched word marked by its place', () => {
    const match = matchedPassage('The KNB said so.', [1]);
    expect(match).toMatchObject({ text: 'The KNB said so.', cutStart: false, cutEnd: false });
    expect([...match!.located]).toEqual([1]);
  });

  it('shows the start of a long note when the match is near it', () => {
    const match = matchedPassage(long, [3])!;
    expect(match.text).toMatch(/^word0 .* word27$/);
    expect(match).toMatchObject({ cutStart: false, cutEnd: true });
  });

  it('moves to the first match further on', () => {
    const match = matchedPassage(long, [55, 50])!;
    expect(match.text.startsWith('word42')).toBe(true);
    expect(match.cutStart).toBe(true);
    expect([...match.located].map((i) => match.text.split(' ')[i])).toEqual(['word50', 'word55']);
  });
});

describe('a claim in its sentence', () => {
  it('sets the claim apart from the words around it', () => {
    expect(claimInSentence('Nevertheless, bringing in the contingent is fraught with risks.', 'bringing in the contingent')).toEqual({
      before: 'Nevertheless, ',
      claim: 'bringing in the contingent',
      after: ' is fraught with risks.',
    });
  });

  it('shows a claim that runs past its sentence whole, after the sentence’s words before it', () => {
    expect(claimInSentence('It is 1,212 km. Total', 'Total – 3,563 km.')).toEqual({ before: 'It is 1,212 km. ', claim: 'Total – 3,563 km.', after: '' });
    expect(claimInSentence('It is 1,212 km.', '1,212 km. Total – 3,563 km.')).toEqual({ before: 'It is ', claim: '1,212 km. Total – 3,563 km.', after: '' });
  });

  it('finds where a claim that runs past its sentence opens, after an opening quotation mark', () => {
    expect(claimInSentence('We noted that “the danger is that such processes', 'the danger is that such processes can pass. In this case, …')).toEqual({
      before: 'We noted that “',
      claim: 'the danger is that such processes can pass. In this case, …',
      after: '',
    });
  });

  it('treats runs of white space as one space, as the page shows them', () => {
    expect(claimInSentence('A  claim\nhere.', 'claim here')).toEqual({ before: 'A ', claim: 'claim here', after: '.' });
  });
});

describe('a claim’s address', () => {
  it('is the claim in its article, under the site’s base', async () => {
    const { claimAddress } = await import('../src/client/search/render-results.ts');
    expect(claimAddress({ slug: 'color-revolution-in-kazakhstan-2022', id: 'masimov-detained' }, '/')).toBe('/articles/color-revolution-in-kazakhstan-2022/#masimov-detained');
    expect(claimAddress({ slug: 'sample', id: 'a-claim' }, '/some/path/')).toBe('/some/path/articles/sample/#a-claim');
  });
});
