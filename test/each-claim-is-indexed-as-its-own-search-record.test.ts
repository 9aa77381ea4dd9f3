import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { claimRecordHtml, position } from '../src/lib/search/claim-record.ts';
import type { ClaimsExport } from '../src/lib/exports/claims-export.ts';

const article: ClaimsExport['article'] = { slug: 'an-article', title: 'A title, with a comma: and a colon', authors: ['A. Author'], url: '/articles/an-article/' };
const claim = (fields: Partial<ClaimsExport['claims'][number]>) =>
  ({
    id: 'masimov-detained', number: 12, kind: 'sourced', record: 'confirmed', finding: 'Sourced — public record, confirmed', text: 'Masimov was detained',
    sentence: 'On 6 January Masimov was detained.', noteText: 'The KNB said so on 8 January.', url: '/articles/an-article/#masimov-detained', ...fields,
  }) as ClaimsExport['claims'][number];

/** What Pagefind reads from a record: the tagged metadata, filters and sort keys, and the content outside `data-pagefind-ignore`. */
function read(html: string) {
  const tree = fromHtml(html);
  const tagged = (attribute: string) =>
    Object.fromEntries(selectAll(`[${attribute}]`, tree).map((el) => [String(el.properties[attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]), toString(el)]));
  const body = select('[data-pagefind-body]', tree)!;
  const content = body.children.filter((node) => !(node.type === 'element' && 'dataPagefindIgnore' in node.properties)).map((node) => toString(node).trim()).filter(Boolean);
  return { meta: tagged('data-pagefind-meta'), filters: tagged('data-pagefind-filter'), sort: tagged('data-pagefind-sort'), content };
}

describe('a claim as a search record', () => {
  it('holds the claim and its note as content, and nothing else', () => {
    expect(read(claimRecordHtml(claim({}), article, 3)).content).toEqual(['Masimov was detained', 'The KNB said so on 8 January.']);
  });

  it('filters by kind, record status and article, and sorts by reading order', () => {
    const { filters, sort } = read(claimRecordHtml(claim({}), article, 3));
    expect(filters).toEqual({ kind: 'sourced', record: 'confirmed', finding: 'Sourced — public record, confirmed', article: article.title });
    expect(sort).toEqual({ position: position(3, 12) });
  });

  it('carries what a result needs to read on its own: the sentence, the number, the finding in words', () => {
    const { meta, filters } = read(claimRecordHtml(claim({}), article, 3));
    expect(meta).toMatchObject({ sentence: 'On 6 January Masimov was detained.', number: '12', title: 'Masimov was detained' });
    expect(filters.finding).toBe('Sourced — public record, confirmed');
  });

  it('makes searchable only words a reader may look for: no article title, address, kind or finding as meta, which Pagefind indexes', () => {
    const { meta } = read(claimRecordHtml(claim({}), article, 3));
    expect(Object.keys(meta).sort()).toEqual(['claim', 'note', 'number', 'sentence', 'title']);
  });

  it('gives an opinion no record status to filter by', () => {
    const { filters } = read(claimRecordHtml(claim({ kind: 'opinion', record: null, finding: 'Opinion' }), article, 3));
    expect(filters).toEqual({ kind: 'opinion', finding: 'Opinion', article: article.title });
  });

  it('weighs the claim’s words above its note’s, so a claim naming a person outranks notes that mention them', () => {
    const tree = fromHtml(claimRecordHtml(claim({}), article, 3));
    const weight = (name: string) => Number(select(`[data-pagefind-meta="${name}"]`, tree)?.properties.dataPagefindWeight ?? 1);
    expect(weight('claim')).toBeGreaterThan(weight('note'));
  });

  it('sorts claim 10 after claim 9, and every claim of article 2 after those of article 1', () => {
    expect([position(1, 10), position(2, 1), position(1, 9)].sort()).toEqual([position(1, 9), position(1, 10), position(2, 1)]);
  });

  it('shortens a long claim for the title and keeps it whole as the claim', () => {
    const long = 'word '.repeat(40).trim();
    const { meta } = read(claimRecordHtml(claim({ text: long }), article, 0));
    expect(meta.title).toBe(`${long.slice(0, 90)}…`);
    expect(meta.claim).toBe(long);
  });

  it('escapes markup in the claim, the note and the title, so no content becomes HTML', () => {
    const html = claimRecordHtml(claim({ text: '<img src=x onerror=alert(1)>', noteText: '"quoted" & <script>alert(1)</script>' }), { ...article, title: '<b>bold</b>' }, 0);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(read(html).content).toEqual(['<img src=x onerror=alert(1)>', '"quoted" & <script>alert(1)</script>']);
  });
});
