import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/bench/corpus.ts';
import { listArticles } from '../src/lib/reading/content-layout.ts';
import { clearSearchRecords, searchRecordsFolder } from '../src/lib/search/search-records.ts';
import { type ArticleJobResult, runArticleJob } from '../src/loaders/article-job.ts';
import { ownFilesHash } from '../src/loaders/article-digest.ts';
import type { ArticleModel } from '../src/lib/schema/article-model-schema.ts';
import { LOCAL_SITE_URL } from '../src/site.ts';

let root: string;
let results: ArticleJobResult[];
let records: ReturnType<typeof searchRecordsFolder>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'corpus-'));
  generateCorpus(join(root, 'content'), 4);
  const slugs = await listArticles(join(root, 'content'));
  results = [];
  records = searchRecordsFolder(root, join(root, 'content'));
  clearSearchRecords(records);
  const content = join(root, 'content');
  for (const [index, slug] of slugs.entries()) {
    const job = { slug, index, compile: { ownFiles: await ownFilesHash(content, slug) } };
    results.push(await runArticleJob(job, { root: content, site: { url: LOCAL_SITE_URL, base: '/' }, pipeline: 'this test', files: join(root, 'files'), records }));
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(records.root, { recursive: true, force: true });
});

const claimsOf = (result: ArticleJobResult) => (JSON.parse(readFileSync(result.entry!.data.modelFile, 'utf8')) as ArticleModel).claims;

describe('the benchmark’s generated corpus', () => {
  it('is content the build accepts: every article placed and rendered without a problem', () => {
    expect(results).toHaveLength(4);
    for (const result of results) expect(result.problems, result.slug).toEqual([]);
  });

  it('holds about 100 claims in each article', () => {
    for (const result of results) expect(claimsOf(result).length, result.slug).toBeGreaterThanOrEqual(100);
    for (const result of results) expect(claimsOf(result).length, result.slug).toBeLessThan(130);
  });

  it('draws different passages and names for each article, so a query matches some articles, not all', () => {
    const ids = results.map((result) => claimsOf(result).map((c) => c.id).join(' '));
    expect(new Set(ids).size).toBe(4);
    const texts = results.map((result) => readFileSync(join(root, 'content', 'articles', result.slug, 'article.md'), 'utf8'));
    expect(texts.filter((text) => text.includes('Tokayev')).length).toBeLessThan(4);
  });
});
