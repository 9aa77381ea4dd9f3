import jsonld from 'jsonld';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, useBrowser } from './browser.ts';

/**
 * The terms of the W3C Web Annotation context (http://www.w3.org/ns/anno.jsonld) that the export uses,
 * as the Web Annotation Vocabulary defines them. Tests run offline, so the context is stated here
 * instead of fetched; expansion then shows that every term the export uses is a W3C term.
 */
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const ANNO_TERMS = {
  oa: OA,
  as: AS,
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  dctypes: 'http://purl.org/dc/dcmitype/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  id: { '@type': '@id', '@id': '@id' },
  type: { '@type': '@id', '@id': '@type' },
  Annotation: 'oa:Annotation',
  AnnotationCollection: 'as:OrderedCollection',
  AnnotationPage: 'as:OrderedCollectionPage',
  TextualBody: 'oa:TextualBody',
  Text: 'dctypes:Text',
  FragmentSelector: 'oa:FragmentSelector',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  classifying: 'oa:classifying',
  commenting: 'oa:commenting',
  tagging: 'oa:tagging',
  linking: 'oa:linking',
  body: { '@type': '@id', '@id': 'oa:hasBody' },
  target: { '@type': '@id', '@id': 'oa:hasTarget' },
  source: { '@type': '@id', '@id': 'oa:hasSource' },
  selector: { '@type': '@id', '@id': 'oa:hasSelector' },
  motivation: { '@type': '@vocab', '@id': 'oa:motivatedBy' },
  purpose: { '@type': '@vocab', '@id': 'oa:hasPurpose' },
  conformsTo: { '@type': '@id', '@id': 'dcterms:conformsTo' },
  items: { '@type': '@id', '@id': 'as:items', '@container': '@list' },
  first: { '@type': '@id', '@id': 'as:first' },
  format: 'dc:format',
  language: 'dc:language',
  created: 'dcterms:created',
  modified: 'dcterms:modified',
  value: 'rdf:value',
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  label: 'rdfs:label',
  total: 'as:totalItems',
  startIndex: 'as:startIndex',
};

const browser = useBrowser();
let pageIds: string[];
const fetchText = async (path: string) => {
  const response = await fetch(new URL(`${ARTICLE}${path}`, inject('baseURL')));
  expect(response.status, path).toBe(200);
  return response.text();
};

beforeAll(async () => {
  const { page } = await browser.openForFile(ARTICLE);
  pageIds = await page.$$eval('.claim', (claims) => claims.map((c) => c.id));
});

describe('the open data of an article', () => {
  it('is linked from the page as alternates', async () => {
    const { page } = await browser.open(ARTICLE);
    const alternates = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]));
    expect(alternates).toEqual([
      ['application/rss+xml', '/feed.xml'],
      ['application/ld+json', `${ARTICLE}annotations.jsonld`],
      ['application/json', `${ARTICLE}claims.json`],
      ['text/csv', `${ARTICLE}claims.csv`],
    ]);
  });

  it('lists in claims.json the same claims as the page, in the same order', async () => {
    const data = JSON.parse(await fetchText('claims.json'));
    expect(data.claims.map((c: { id: string }) => c.id)).toEqual(pageIds);
    expect(data.claims.every((c: { url: string; link: string }) => c.link.startsWith(`${c.url}:~:text=`))).toBe(true);
  });

  it('lists in claims.csv the same claims, one row each, under a header', async () => {
    const csv = await fetchText('claims.csv');
    // A row starts with an id at the beginning of a line; quoted notes never contain a line break here.
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,number,kind,record,paragraph,text,sentence,note,url,sources,source_urls,source_types,published,reviewed');
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(pageIds);
  });

  it('is a W3C Web Annotation collection with the same claims, each selected by id and quote', async () => {
    const doc = JSON.parse(await fetchText('annotations.jsonld'));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(pageIds.length);
    const items = doc.first.items as { target: { selector: { type: string; value?: string; exact?: string }[] }; body: { purpose: string; value?: string }[] }[];
    expect(items.map((item) => item.target.selector.find((s) => s.type === 'FragmentSelector')!.value)).toEqual(pageIds);
    for (const item of items) {
      expect(item.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact).toBeTruthy();
      expect(['sourced', 'unsourced', 'opinion']).toContain(item.body.find((b) => b.purpose === 'tagging')!.value);
    }
    // A sourced claim says on what basis: the article's own source, or the public record.
    const sourced = items.filter((item) => item.body.some((b) => b.purpose === 'tagging' && b.value === 'sourced'));
    for (const item of sourced) expect(item.body.filter((b) => b.purpose === 'classifying').map((b) => b.value)).toContainEqual(expect.stringMatching(/^basis: (article|record)$/));
  });

  it('parses as JSON-LD with the W3C context, every term expanding to the Web Annotation vocabulary', async () => {
    const doc = JSON.parse(await fetchText('annotations.jsonld'));
    const documentLoader = async (url: string) => {
      if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`unexpected context ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: { '@context': ANNO_TERMS } };
    };
    // `safe`: expansion fails on any term the context does not define, instead of dropping it.
    const expanded = (await jsonld.expand(doc, { documentLoader, safe: true })) as Record<string, unknown>[];
    const text = JSON.stringify(expanded);
    expect(expanded).toHaveLength(1);
    expect(expanded[0]!['@type']).toEqual([`${AS}OrderedCollection`]);
    for (const iri of ['hasTarget', 'hasSelector', 'TextQuoteSelector', 'FragmentSelector', 'hasBody', 'hasPurpose', 'tagging', 'motivatedBy', 'classifying']) {
      expect(text, iri).toContain(`${OA}${iri}`);
    }
    const annotations = text.match(/"@type":\["http:\/\/www\.w3\.org\/ns\/oa#Annotation"\]/g) ?? [];
    expect(annotations).toHaveLength(pageIds.length);
  });
});

describe('the method page', () => {
  it('links each article’s data, and every link resolves', async () => {
    const { page } = await browser.open('/method/');
    const links = await page.$$eval('#data ~ ul a', (all) => all.map((a) => a.getAttribute('href')!));
    expect(links).toEqual([`${ARTICLE}annotations.jsonld`, `${ARTICLE}claims.json`, `${ARTICLE}claims.csv`]);
    for (const link of links) expect((await fetch(new URL(link, inject('baseURL')))).status, link).toBe(200);
  });
});
