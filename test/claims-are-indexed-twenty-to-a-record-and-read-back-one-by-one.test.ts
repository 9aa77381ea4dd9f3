import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { KINDS, RECORD_STATUSES } from '../src/lib/kinds/kinds.ts';
import { type ClaimAnchor, claimAnchorId, readClaimAnchor } from '../src/lib/search/claim-anchor.ts';
import { CLAIMS_PER_RECORD, claimGroupRecordHtml, claimGroups, position } from '../src/lib/search/claim-group-record.ts';
import { claimHits, type ResultData } from '../src/client/search/claim-hits.ts';

type Claim = Parameters<typeof claimGroupRecordHtml>[0][number];
const claim = (fields: Partial<Claim>): Claim => ({
  id: 'masimov-detained',
  number: 12,
  kind: 'sourced',
  record: 'confirmed',
  basis: 'record',
  text: 'Masimov was detained',
  sentence: 'On 6 January Masimov was detained.',
  noteText: 'The KNB said so on 8 January.',
  ...fields,
});
const opinion = claim({ id: 'a-colour-revolution', number: 13, kind: 'opinion', record: undefined, basis: undefined, text: 'a colour revolution', sentence: 'It was a colour revolution.', noteText: 'Characterisation.' });
const article = { title: 'A title, with a comma: and a colon' };

/** What Pagefind reads from a record: its metadata, filters and sort keys, and the content's paragraphs. */
function read(html: string) {
  const tree = fromHtml(html);
  const tagged = (attribute: string) =>
    selectAll(`[${attribute}]`, tree).map((el) => [String(el.properties[attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]), toString(el)]);
  const body = select('[data-pagefind-body]', tree)!;
  return { meta: tagged('data-pagefind-meta'), filters: tagged('data-pagefind-filter'), sort: tagged('data-pagefind-sort'), paragraphs: selectAll(':scope > p', body) };
}

/**
 * The result Pagefind gives for a record, as Pagefind builds it: the content (each paragraph's words,
 * a full stop added where a paragraph ends without one), every id with the word it starts at (and the
 * element's own text, empty for the marks), the weight of each word, and where the query's words are.
 */
function asPagefindResult(html: string, url: string, matches: (word: string) => boolean): Omit<ResultData, 'anchors'> & { weights: number[]; anchors: { id: string; location: number; text: string }[] } {
  const { paragraphs, filters } = read(html);
  const words: string[] = [];
  const weights: number[] = [];
  const anchors: { id: string; location: number; text: string }[] = [];
  for (const paragraph of paragraphs) {
    for (const child of paragraph.children) {
      if (child.type === 'element' && child.properties.id) anchors.push({ id: String(child.properties.id), location: words.length, text: toString(child) });
      const own = toString(child).split(/\s+/).filter(Boolean);
      words.push(...own);
      weights.push(...own.map(() => (child.type === 'element' ? Number(child.properties.dataPagefindWeight ?? 1) : 1)));
    }
    if (!/[.!?]$/.test(words.at(-1)!)) words[words.length - 1] += '.';
  }
  const locations = words.flatMap((word, at) => (matches(word) ? [at] : []));
  const filterValues: Record<string, string[]> = {};
  for (const [name, value] of filters) (filterValues[name!] ??= []).push(value!);
  return {
    url, excerpt: '', content: words.join(' '), locations, weights, anchors, meta: {}, filters: filterValues,
    weighted_locations: locations.map((location) => ({ location, balanced_score: weights[location]! })),
  };
}

describe('claims as search records', () => {
  it('puts twenty claims, in reading order, in each record', () => {
    const claims = Array.from({ length: 45 }, (_, i) => i + 1);
    const groups = claimGroups(claims);
    expect(CLAIMS_PER_RECORD).toBe(20);
    expect(groups.map((g) => g.length)).toEqual([20, 20, 5]);
    expect(groups.flat()).toEqual(claims);
  });

  it('holds each claim’s words, its sentence and its note, in that order, one paragraph a claim, and nothing else as content', () => {
    const { paragraphs } = read(claimGroupRecordHtml([claim({}), opinion], article, 3));
    expect(paragraphs.map((p) => toString(p))).toEqual([
      'Masimov was detained On 6 January Masimov was detained. The KNB said so on 8 January.',
      'a colour revolution It was a colour revolution. Characterisation.',
    ]);
  });

  it('marks where each part starts with an empty element, so that Pagefind repeats no text for its id', () => {
    const { anchors } = asPagefindResult(claimGroupRecordHtml([claim({})], article, 3), '/x/1.html', () => false);
    expect(anchors.map(({ id, location, text }) => [id, location, text])).toEqual([['c.12.sourced.confirmed.record.masimov-detained', 0, ''], ['s', 3, ''], ['n', 9, '']]);
  });

  it('filters by every kind and record status among its claims and by article, and sorts by its first claim', () => {
    const { filters, sort } = read(claimGroupRecordHtml([claim({}), opinion, claim({ id: 'x', number: 14, kind: 'unsourced', record: 'not found' })], article, 3));
    expect(filters).toEqual([['kind', 'sourced'], ['kind', 'opinion'], ['kind', 'unsourced'], ['record', 'confirmed'], ['record', 'not found'], ['article', article.title]]);
    expect(sort).toEqual([['position', position(3, 12)]]);
  });

  it('makes searchable only words a reader may look for: its one meta, the title, has none', () => {
    expect(read(claimGroupRecordHtml([claim({})], article, 3)).meta).toEqual([['title', '–']]);
  });

  it('weighs the claim’s words above its sentence’s and note’s, so a claim naming a person outranks notes that mention them', () => {
    const { weights } = asPagefindResult(claimGroupRecordHtml([claim({})], article, 3), '/x/1.html', () => false);
    // "Masimov was detained", then the sentence's six words and the note's seven.
    expect(weights.slice(0, 3)).toEqual([4, 4, 4]);
    expect(new Set(weights.slice(3))).toEqual(new Set([1]));
  });

  it('sorts claim 10 after claim 9, and every claim of article 2 after those of article 1', () => {
    expect([position(1, 10), position(2, 1), position(1, 9)].sort()).toEqual([position(1, 9), position(1, 10), position(2, 1)]);
  });

  it('escapes markup in the claim, the sentence, the note and the article’s title, so no content becomes HTML', () => {
    const html = claimGroupRecordHtml([claim({ text: '<img src=x onerror=alert(1)>', noteText: '"quoted" & <script>alert(1)</script>' })], { title: '<b>bold</b>' }, 0);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(toString(read(html).paragraphs[0]!)).toContain('"quoted" & <script>alert(1)</script>');
  });

  it('names each claim in an id that reads back as its number, kind, record status and basis, and in no other id', () => {
    const anchors: ClaimAnchor[] = [];
    for (const kind of KINDS) for (const record of [...RECORD_STATUSES, null]) for (const basis of ['article', 'record', null] as const) anchors.push({ id: 'a-b-1', number: 7, kind, record, basis });
    for (const anchor of anchors) expect(readClaimAnchor(claimAnchorId(anchor))).toEqual(anchor);
    for (const other of ['s', 'n', 'c.7.sourced.confirmed.record', 'c.x.sourced.-.-.id', 'c.7.nonsense.-.-.id', 'c.7.sourced.maybe.-.id', 'c.7.sourced.-.-.Upper']) expect(readClaimAnchor(other)).toBeNull();
  });
});

describe('a record’s claims, read back from what Pagefind returns', () => {
  const html = claimGroupRecordHtml([claim({}), opinion], article, 3);
  const url = '/color-revolution-in-kazakhstan-2022/1.html';

  it('gives each claim its words, sentence and note as written, its article, and its address’s parts', () => {
    const hits = claimHits(asPagefindResult(html, url, () => false));
    expect(hits.map(({ id, number, kind, record, basis, slug, article: title, text, sentence, note }) => ({ id, number, kind, record, basis, slug, title, text, sentence, note }))).toEqual([
      { id: 'masimov-detained', number: 12, kind: 'sourced', record: 'confirmed', basis: 'record', slug: 'color-revolution-in-kazakhstan-2022', title: article.title, text: 'Masimov was detained', sentence: 'On 6 January Masimov was detained.', note: 'The KNB said so on 8 January.' },
      { id: 'a-colour-revolution', number: 13, kind: 'opinion', record: null, basis: null, slug: 'color-revolution-in-kazakhstan-2022', title: article.title, text: 'a colour revolution', sentence: 'It was a colour revolution.', note: 'Characterisation.' },
    ]);
    expect(hits.every((hit) => !hit.matched)).toBe(true);
  });

  it('puts each matching word in its own claim, and in the part of it where it is', () => {
    const [masimov, colour] = claimHits(asPagefindResult(html, url, (word) => /^KNB|^colour/.test(word)));
    expect(masimov).toMatchObject({ matched: true, inText: new Set(), inNote: [1], score: 1 });
    expect(colour).toMatchObject({ matched: true, inText: new Set([1]), inNote: [] });
    const [onlyMasimov, noColour] = claimHits(asPagefindResult(html, url, (word) => /^Masimov/.test(word)));
    expect(onlyMasimov).toMatchObject({ matched: true, inText: new Set([0]) });
    expect(noColour!.matched).toBe(false);
  });

  it('ranks a claim holding every word of the query above one holding one word many times', () => {
    const figure = claim({ id: 'figure', number: 1, text: '5 to 7 thousand troops', sentence: 'It sent 5 to 7 thousand troops.', noteText: 'Reported.' });
    const long = claim({ id: 'long', number: 2, text: 'to and fro, to the town, to the border, to 50 posts', sentence: 'They went to and fro, to the town, to the border, to 50 posts.', noteText: 'To be checked.' });
    const query = '5 to 7 thousand';
    const record = asPagefindResult(claimGroupRecordHtml([long, figure], article, 0), url, (word) => query.split(' ').some((term) => word.toLowerCase().startsWith(term)));
    const [longHit, figureHit] = claimHits(record, query);
    expect(figureHit!.score).toBeGreaterThan(longHit!.score);
  });


  it('lists a claim only when it holds every word of the query, though its record may hold them in different claims', () => {
    const query = 'Masimov colour';
    const record = asPagefindResult(html, url, (word) => /^(masimov|colour)/i.test(word));
    expect(claimHits(record, query).map((hit) => hit.matched)).toEqual([false, false]);
    const both = claimHits(asPagefindResult(claimGroupRecordHtml([claim({ noteText: 'Called a colour revolution.' }), opinion], article, 3), url, (word) => /^(masimov|colour)/i.test(word)), query);
    expect(both.map((hit) => hit.matched)).toEqual([true, false]);
  });

  it('reads no claim from a record whose address is not an article’s record', () => {
    expect(claimHits(asPagefindResult(html, '/elsewhere/', () => true))).toEqual([]);
  });
});
