import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotationFileSchema } from '../src/lib/schema/annotation-schema.ts';
import { listArticles } from '../src/lib/reading/content-layout.ts';
import { loadSources } from '../src/lib/reading/load-sources.ts';
import { prepareArticle, type PreparedArticle } from '../src/lib/reading/prepare-article.ts';
import type { PlacedArticle } from '../src/lib/placing/annotation-input.ts';
import { renderPreparedArticle } from '../src/render/render-article.ts';
import { parse } from 'yaml';

const SLUG = 'color-revolution-in-kazakhstan-2022';
/**
 * SHA-256 of the published text (shared/seed/article.txt, runs of blank lines folded to one).
 * The Markdown may add only structure (headings, list markers, frontmatter), never change a word.
 */
const PUBLISHED_TEXT_SHA256 = '69543316d3dc77afdb28edcb2fdd2d545eee5b49a577c734feb78028cc680b0b';

let article: PreparedArticle;
let placed: PlacedArticle;

beforeAll(async () => {
  const sources = await loadSources('content');
  expect(sources.problems).toEqual([]);
  const prepared = await prepareArticle('content', SLUG, sources, '/');
  expect(prepared.problems).toEqual([]);
  article = prepared.article!;
  ({ placed } = await renderPreparedArticle(article));
});

describe('the Kazakhstan article', () => {
  it('is the published text, word for word, with only Markdown structure added', () => {
    const body = article.body
      .split('\n')
      .map((line) => line.replace(/^## /, '').replace(/^- /, ''))
      .join('\n');
    const text = `${article.frontmatter.title}\n\n${body}`.replace(/\n{3,}/g, '\n\n').trim() + '\n';
    expect(createHash('sha256').update(text).digest('hex')).toBe(PUBLISHED_TEXT_SHA256);
  });

  it('has its three runs of one-line items as lists and its two section headings as headings', () => {
    expect(article.body.match(/^## .+$/gm)).toEqual(['## Manifestation of people’s anger', '## The picture of the situation']);
    const runs = article.body.split(/\n\n/).filter((block) => block.startsWith('- '));
    expect(runs.map((run) => run.split('\n').length)).toEqual([5, 4, 4]);
  });

  it('keeps the authors’ reference [2] and explains it', () => {
    expect(article.body).toContain('synergistic effect[2].');
    expect(article.frontmatter.references.map((r) => r.marker)).toEqual(['[2]']);
  });

  it('shows what is not known about its publication as unknown', () => {
    expect(article.frontmatter.original.url).toBeNull();
    expect(article.frontmatter.original.date).toBeNull();
  });

  it('places every claim of its annotation file in the text', async () => {
    const file = annotationFileSchema.parse(parse(await readFile(`content/articles/${SLUG}/annotations.yaml`, 'utf8')));
    const withTitle = file.claims.length + (file.title ? 1 : 0);
    expect(placed.claims).toHaveLength(withTitle);
    expect(placed.claims.map((c) => c.number)).toEqual(Array.from({ length: withTitle }, (_, i) => i + 1));
  });

  it('marks its title as a claim too, numbered first', () => {
    expect(placed.claims[0]).toMatchObject({ id: 'title-color-revolution', paragraphId: 'title', number: 1, text: article.frontmatter.title });
  });

  it('annotates at least the first two sections, every paragraph of them', () => {
    const ids = placed.paragraphs.map((p) => p.id);
    const sectionTwoEnd = ids.indexOf('p-betrayal');
    const annotated = new Set(placed.claims.map((c) => c.paragraphId));
    expect(sectionTwoEnd).toBeGreaterThan(0);
    for (const id of ids.slice(0, sectionTwoEnd + 1)) expect(annotated, id).toContain(id);
  });

  it('cites for every sourced claim a source from the project list', () => {
    for (const claim of placed.claims.filter((c) => c.kind === 'sourced')) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      for (const id of claim.sources) expect(article.sources[id], `${claim.id} → ${id}`).toBeDefined();
    }
  });
});

describe('the project', () => {
  it('cites every source of its list somewhere: the list holds no unused entry', async () => {
    const list = await loadSources('content');
    const cited = new Set<string>();
    for (const slug of await listArticles('content')) {
      const { article: prepared } = await prepareArticle('content', slug, list, '/');
      for (const id of Object.keys(prepared!.sources)) cited.add(id);
    }
    expect([...list.sources.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has one folder per article, each of which prepares without problems', async () => {
    const sources = await loadSources('content');
    const slugs = await listArticles('content');
    expect(slugs).toContain(SLUG);
    for (const slug of slugs) expect((await prepareArticle('content', slug, sources, '/')).problems).toEqual([]);
  });
});
