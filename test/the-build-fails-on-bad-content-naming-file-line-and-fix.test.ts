import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteCacheDir } from '../src/lib/build-cache/site-cache.ts';
import { searchRecordsFolder } from '../src/lib/search/search-records.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite } from '../scripts/build-site.ts';

const BAD = 'test/fixtures/broken/articles/bad-claims/annotations.yaml';
let result: BuiltSite;

beforeAll(async () => {
  result = await buildSite({ contentDir: 'test/fixtures/broken' });
});
afterAll(() => {
  result.remove();
  rmSync('.astro/data-store.json', { force: true });
});

describe('a build from content with mistakes', () => {
  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it.each([
    ['an unknown kind', `${BAD}:5: claims[0].kind`, 'set kind to one of: sourced, unsourced, opinion'],
    ['a duplicate id', `${BAD}:12: the id "not-in-text" is already used at line 8`, 'give every claim and paragraph its own id'],
    ['a sourced claim with no source', `${BAD}:28: the claim "sourced-without-source" is marked sourced but lists no source`, 'or mark it unsourced'],
    ['a source id not in the list', `${BAD}:37: the claim "unknown-source" cites S999`, 'content/sources.json'],
    ['raw HTML in a note', `${BAD}:42: the note of "raw-html-note": the note contains raw HTML`, 'write it as text'],
    ['a link that is not http(s)', `${BAD}:46: the note of "script-link-note": the note links to "javascript:alert(1)"`, 'http:// or https://'],
    ['a quote not in the article', `${BAD}:10: the quote of "not-in-text" is not in the article: "gas tripled"`, 'copy the words exactly'],
    ['a quote found more than once', `${BAD}:18: the quote of "ambiguous" occurs 2 times in the article`, 'add prefix:'],
    ['overlapping claims', `${BAD}:24: the claim "overlap-one" (line 20) and the claim "overlap-two" overlap in the text`, 'make one quote lie wholly inside the other'],
    ['a claim that does not read as a statement', `${BAD}:49: the words of "fragment-claim" do not read as a statement on their own (it ends on "the")`, 'add fragment:'],
    ['raw HTML in the article', 'test/fixtures/broken/articles/raw-html/article.md:9: the article contains raw HTML', 'write it as text'],
    ['a sentence of the article with raw HTML that no claim covers', 'test/fixtures/broken/articles/raw-html/annotations.yaml:2: a sentence of paragraph "p-plain" belongs to no claim', 'annotate it'],
  ])('names %s with file:line and the fix', (_what, where, fix) => {
    expect(result.output).toContain(where);
    const after = result.output.slice(result.output.indexOf(where));
    expect(after.split('\n')[1]).toContain(`Fix: `);
    expect(after.split('\n')[1]).toContain(fix);
  });

  it('reports every mistake in one run: each of those above, and nothing else', () => {
    expect(result.output).toContain('The content has 12 problems');
  });

  it('ends with a hint, not a stack trace into the project\'s code', () => {
    expect(result.output).toContain('Hint:');
    expect(result.output).not.toContain('Stack trace');
    expect(result.output).not.toMatch(/at .*src\/(loaders|lib|plugins)\//);
  });

  it('leaves no search records behind in memory', () => {
    const cacheDir = resolve(siteCacheDir('test/fixtures/broken', '/'));
    expect(existsSync(searchRecordsFolder(cacheDir, resolve('test/fixtures/broken')).root)).toBe(false);
  });
});

describe('a production build without the site\'s address', () => {
  it('fails at once, saying to set SITE_URL, rather than publish addresses that lead nowhere', async () => {
    const run = await buildSite({ siteUrl: null });
    run.remove();
    expect(run.ok).toBe(false);
    expect(run.output).toContain('SITE_URL is not set');
  });
});
