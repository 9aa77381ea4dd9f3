import { describe, expect, it } from 'vitest';
import { articlesHoldingQuery } from '../src/client/search/article-texts.ts';
import { claimHits, type ResultData } from '../src/client/search/claim-hits.ts';
import { holdsTerm, queryTerms } from '../src/client/search/word-match.ts';
import { claimAnchorId, NOTE_MARK, SENTENCE_MARK } from '../src/lib/search/claim-anchor.ts';

describe('a word holds a query word only when it, or its stem, begins with it', () => {
  it.each([
    ['so', 'soros'],
    ['so-called', 'soros'],
    ['so', 'sorosx'],
    ['the', 'thee'],
    ['Masimov', 'masimovich'],
    ['installed', 'installat'],
  ])('“%s” does not hold “%s”', (word, term) => expect(holdsTerm(word, term)).toBe(false));

  it.each([
    ['Soros,', 'soros'],
    ['Masimov', 'masim'],
    ['sentence', 'sentenced'],
    ['sentenced', 'sentences'],
    ['installation', 'installat'],
    ['so-called', 'called'],
    ['so-called', 'socalled'],
    ['(NATO)', 'nato'],
    ['2,351', '2351'],
    ['Çakıcı', 'çak'],
  ])('“%s” holds “%s”', (word, term) => expect(holdsTerm(word, term)).toBe(true));

  it('reads a query as Pagefind does: lower case, no punctuation, each word once', () => {
    expect(queryTerms('  Soros  so-called U.S. soros ')).toEqual(['soros', 'socalled', 'us']);
  });
});

/** A record of one claim as Pagefind returns it, with `located` the words Pagefind says matched. */
function record(words: string[], located: (word: string) => boolean): ResultData {
  const claim = { id: 'so-called-riots', number: 4, kind: 'opinion' as const, record: null, basis: null };
  const sentenceAt = 3;
  const noteAt = 6;
  return {
    url: '/color-revolution-in-kazakhstan-2022/0.html',
    excerpt: '',
    content: words.join(' '),
    locations: words.flatMap((word, at) => (located(word) ? [at] : [])),
    anchors: [
      { id: claimAnchorId(claim), location: 0 },
      { id: SENTENCE_MARK, location: sentenceAt },
      { id: NOTE_MARK, location: noteAt },
    ],
    meta: {},
    filters: { article: ['An article'] },
  };
}

describe('a search for a word no claim holds finds no claim', () => {
  // Pagefind, asked for "Soros", falls back to the indexed word "so" and locates "so" and "so-called".
  const fellBack = record(['so-called', 'riots', 'so', 'The', 'so-called', 'riots.', 'So', 'it', 'says.'], (word) => /^so/i.test(word));

  it('drops the words Pagefind fell back to, so the claim neither matches nor marks them', () => {
    const [hit] = claimHits(fellBack, 'Soros');
    expect(hit).toMatchObject({ matched: false, inText: new Set(), inNote: [], score: 0 });
  });

  it('still matches and marks the words that do begin with the query word', () => {
    const [hit] = claimHits(fellBack, 'so');
    expect(hit).toMatchObject({ matched: true, inText: new Set([0, 2]), inNote: [0] });
  });
});

describe('an article’s own text is listed only when it holds every query word', () => {
  const result = (data: ResultData) => {
    let reads = 0;
    return { id: data.url, data: async () => (reads++, data), reads: () => reads };
  };
  const text = (words: string[], located: (word: string) => boolean): ResultData => ({
    url: '/articles/a/', excerpt: '', content: words.join(' '), locations: words.flatMap((word, at) => (located(word) ? [at] : [])), meta: {}, filters: {},
  });

  it('drops an article Pagefind found only by falling back to a shorter word, having read it', async () => {
    const article = result(text(['It', 'is', 'so.'], (word) => /^so/.test(word)));
    const { texts, complete } = await articlesHoldingQuery([article], ['soros'], undefined, 16);
    expect(texts).toEqual([]);
    expect(complete).toBe(true);
  });

  it('keeps every article without reading them when a record already read holds the word itself', async () => {
    const evidence = result(text(['Soros', 'said'], (word) => /^soros/i.test(word)));
    const articles = [1, 2, 3].map(() => result(text(['Soros'], () => true)));
    const { texts } = await articlesHoldingQuery(articles, ['soros'], evidence, 16);
    expect(texts).toHaveLength(3);
    expect(articles.map((a) => a.reads())).toEqual([0, 0, 0]);
  });

  it('reads at most the limit when Pagefind fell back, and says the rest went unchecked', async () => {
    const articles = [1, 2, 3].map(() => result(text(['so', 'installation'], (word) => /^(so|install)/.test(word))));
    const { texts, complete } = await articlesHoldingQuery(articles, ['installat'], undefined, 2);
    expect(texts).toHaveLength(2);
    expect(complete).toBe(false);
  });
});
