import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSources } from '../src/lib/reading/load-sources.ts';
import { prepareArticle } from '../src/lib/reading/prepare-article.ts';
import { renderPreparedArticle } from '../src/render/render-article.ts';

const CONTENT = 'test/fixtures/small';
let html: string;
let tree: ReturnType<typeof fromHtml>;

beforeAll(async () => {
  const sources = await loadSources(CONTENT);
  const { article, problems } = await prepareArticle(CONTENT, 'sample', sources, '/');
  expect(problems).toEqual([]);
  ({ html } = await renderPreparedArticle(article!));
  tree = fromHtml(html, { fragment: true });
});

const attr = (selector: string, name: string) => select(selector, tree)?.properties[name];

describe('the annotated HTML', () => {
  it('marks each claim with its id, its kind and the note that describes it', () => {
    const claims = selectAll('.claim', tree);
    expect(claims.map((c) => [c.properties.id, c.properties.dataKind])).toEqual([
      ['gas-doubled', 'sourced'],
      ['analysts-disagree', 'opinion'],
      ['crime-item', 'unsourced'],
      ['inert-markup', 'opinion'],
      ['own-work', 'opinion'],
    ]);
    // Each claim's note is found by its id; no aria-describedby points into a closed disclosure.
    for (const claim of claims) {
      expect(select(`details.note[data-claim="${claim.properties.id}"] #note-${claim.properties.id}`, tree), String(claim.properties.id)).toBeDefined();
      expect(claim.properties.ariaDescribedBy).toBeUndefined();
    }
  });

  it('keeps the article’s words exactly inside the claim', () => {
    expect(toString(select('#gas-doubled', tree)!)).toBe('The price of gas doubled overnight');
    expect(toString(select('#own-work', tree)!)).toBe('citing their own work[2]');
  });

  it('nests a claim wholly inside another: the inner claim inside the outer one; where they end together, their markers after both, in reading order', () => {
    const inner = select('#inert-markup > #own-work.claim', tree);
    expect(inner).toBeDefined();
    expect(toString(inner!)).toBe('citing their own work[2]');
    // The two claims end on the same word: "work[2] ●4 ●5", not "●5 ●4".
    expect(select('#inert-markup .claim-ref', tree)).toBeUndefined();
    expect(attr('#inert-markup + .claim-ref', 'href')).toBe('#inert-markup');
    expect(toString(select('#inert-markup + .claim-ref', tree)!)).toBe('4');
    expect(attr('#inert-markup + .claim-ref + .claim-ref', 'href')).toBe('#own-work');
    expect(toString(select('#inert-markup + .claim-ref + .claim-ref', tree)!)).toBe('5');
    expect(selectAll('#p-item-own-work .note', tree).map((n) => n.properties.dataClaim)).toEqual(['inert-markup', 'own-work']);
  });

  it('gives every paragraph and list item its permanent id and a labelled link to itself', () => {
    expect(selectAll('.para', tree).map((p) => p.properties.id)).toEqual(['p-price', 'p-item-crime', 'p-item-own-work']);
    expect(select('li#p-item-crime', tree)).toBeDefined();
    expect(attr('#p-price > .para-link', 'href')).toBe('#p-price');
    expect(attr('#p-price > .para-link', 'ariaLabel')).toBe('Paragraph 1: link to this paragraph');
  });

  it('follows each claim with its number, a link for the pointer that keyboards and screen readers skip, joined to its last word', () => {
    expect(attr('#gas-doubled + .claim-ref', 'href')).toBe('#gas-doubled');
    expect(toString(select('#gas-doubled + .claim-ref', tree)!)).toBe('1');
    expect(attr('#gas-doubled + .claim-ref', 'tabIndex')).toBe(-1);
    expect(attr('#gas-doubled + .claim-ref', 'ariaHidden')).toBe('true');
    expect(attr('#gas-doubled + .claim-ref', 'ariaLabel')).toBeUndefined();
    const paragraph = select('#p-price > p', tree)!;
    const at = paragraph.children.findIndex((child) => child.type === 'element' && child.properties.id === 'gas-doubled');
    expect(paragraph.children[at + 1]).toMatchObject({ type: 'text', value: '\u2060' });
  });

  it('puts each note after its paragraph as a disclosure that says its kind and its basis in words', () => {
    const note = select('#p-price > .notes > details.note[data-claim="gas-doubled"]', tree)!;
    expect(toString(select('summary', note)!)).toBe('1 Sourced — public record, confirmed');
    expect(note.properties.dataRecord).toBe('confirmed');
    expect(note.properties.open).toBeUndefined();
    expect(toString(select('.note-text', note)!)).toContain('the price rose from 60 to 120 tenge.');
    expect(select('.note-text em', note)).toBeDefined();
    expect(attr('details[data-claim="gas-doubled"] .note-quote > a', 'href')).toBe('#gas-doubled');
    expect(toString(select('details[data-claim="gas-doubled"] .note-quote > a', tree)!)).toBe('“The price of gas doubled overnight”');
  });

  it('never puts a note inside a sentence: notes follow the paragraph’s text', () => {
    for (const para of selectAll('.para', tree)) {
      const content = para.children.filter((c) => c.type === 'element' && !String(c.properties.className).includes('tombstone'));
      expect(content.map((c) => (c.type === 'element' ? c.tagName : ''))[0]).toBe('p');
      expect(select('p details', para)).toBeUndefined();
    }
  });

  it('links sources with their title, publisher and date, and safe rel attributes', () => {
    const link = select('details[data-claim="gas-doubled"] .note-sources li > a', tree)!;
    expect(link.properties.href).toBe('https://example.org/gas-prices');
    expect(link.properties.rel).toEqual(['external', 'noopener', 'noreferrer']);
    expect(toString(link)).toBe('Gas prices "doubled" <overnight>');
    expect(toString(link.children.length ? select('details[data-claim="gas-doubled"] .source-meta', tree)! : link)).toBe(' — Example Wire, 2022-01-04; news report');
  });

  it('escapes what looks like markup in notes and source titles', () => {
    expect(html).not.toContain('<not-a-tag');
    expect(html).not.toContain('<overnight>');
    expect(html).toContain('&#x3C;not-a-tag');
  });

  it('renders a note that quotes markup as inert text: no script, no image, no handler', () => {
    const note = select('details[data-claim="inert-markup"] .note-text', tree)!;
    expect(selectAll('script, img, [onerror]', note)).toEqual([]);
    expect(toString(note)).toBe('Quotes <script>alert(1)</script> and <img src=x onerror=alert(1)>, with an unbalanced “quote and a safe link.');
    expect(select('code', note)).toBeDefined();
    expect(select('a', note)?.properties.href).toBe('https://example.org/?a=1&b=%3C2%3E');
    expect(select('a', note)?.properties.rel).toEqual(['external', 'noopener', 'noreferrer']);
  });

  it('links the authors’ own reference marker to its explanation, inside the claim', () => {
    expect(attr('#own-work .ref-marker', 'href')).toBe('#ref-2');
  });

  it('keeps an anchor for each retired id in the paragraph it now lands in, with its notice', () => {
    expect(select('#p-price > .tombstone#gas-price-rise', tree)?.properties.dataReplacedBy).toBe('gas-doubled');
    expect(toString(select('#gas-price-rise .tombstone-notice', tree)!)).toBe(
      'The link you followed (#gas-price-rise) was changed on 30 November 2026: Merged into the claim on the price doubling. It is now part of claim 1, here.',
    );
    expect(select('#p-item-crime > .tombstone#crime-rise', tree)).toBeDefined();
  });

  it('dates each note’s review, and links its earlier versions on the page of changes instead of carrying them', () => {
    const note = select('details[data-claim="gas-doubled"]', tree)!;
    expect(toString(select('.note-reviewed', note)!)).toBe('Reviewed 24 November 2026. 1 earlier version');
    expect(select('.note-reviewed time', note)?.properties.dateTime).toBe('2026-11-24');
    expect(select('.note-reviewed a', note)?.properties.href).toBe('/articles/sample/changes/#gas-doubled');
    expect(toString(note)).not.toContain('The first version of this note.');
    expect(select('details[data-claim="analysts-disagree"] .note-reviewed a', tree)).toBeUndefined();
  });

  it('gives headings a link to themselves', () => {
    expect(attr('h2#a-heading .heading-link', 'href')).toBe('#a-heading');
  });
});
