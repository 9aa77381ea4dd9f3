import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleModel } from '../schema/article-model-schema.ts';
import { contentKey } from '../build-cache/content-key.ts';
import { articlePath } from '../site/article-paths.ts';
import { listFormat } from '../format/list-format.ts';
import { claimGroupRecordHtml, claimGroups } from './claim-group-record.ts';
import { escapeHtml } from '../format/escape-html.ts';

/*
 * The one owner of the search's records, below both of their users: the content loader writes them
 * (src/loaders/article-job.ts) and the search integration indexes them (src/integrations/pagefind-index.ts),
 * each finding them through `searchRecordsFolder`.
 */

/** Two folders, because the index adds, and counts, the articles' records and the claims' apart. */
export interface SearchRecordsFolder {
  root: string;
  pages: string;
  claims: string;
}

/**
 * What Pagefind indexes, written while the content loads, so that the index is built while Astro
 * builds the pages rather than after: an article's record (its title, byline and annotated text, as
 * its page's `data-pagefind-body` holds them) and its claims, twenty to a record (claim-group-record.ts).
 *
 * They go to a memory-backed folder where the system has one (Linux's /dev/shm): 100,000 small files
 * cost seconds on a disk. One folder per content directory (content-key.ts).
 */
export function searchRecordsFolder(cacheDir: string, contentDir: string): SearchRecordsFolder {
  let base = join(cacheDir, 'search-records');
  try {
    accessSync('/dev/shm', constants.W_OK);
    base = '/dev/shm/annotated-search-records';
  } catch {
    // no memory-backed folder: the cache folder will do
  }
  const root = join(base, contentKey(contentDir));
  return { root, pages: join(root, 'pages'), claims: join(root, 'claims') };
}

/**
 * The search integration makes the records' folder as `astro build` starts, before the content loads,
 * and removes it when the build is done; the loader writes records only into a folder that is there.
 * `astro build` is the only command that indexes: `astro dev` and `astro sync` load the content too,
 * and records written then would stay in memory for good.
 */
export function wantSearchRecords(folder: SearchRecordsFolder): void {
  mkdirSync(folder.root, { recursive: true });
}
export const searchRecordsWanted = (folder: SearchRecordsFolder): boolean => existsSync(folder.root);

/** Empties the folder before the content is loaded again. */
export function clearSearchRecords(folder: SearchRecordsFolder): void {
  rmSync(folder.root, { recursive: true, force: true });
  mkdirSync(folder.pages, { recursive: true });
  mkdirSync(folder.claims, { recursive: true });
}

/**
 * The article's own record, at the path that gives it the article's address. Only these records carry
 * the filter `part: text`, so that the browser can tell them from the claims by asking for them alone:
 * a filter's file lists every page that has it, and these are a few hundred, where the claims are a
 * hundred times more. Its body is the rendered article: the integration's `excludeSelectors` keep the notes and the claims' chrome out of it, as
 * they would from the page.
 */
export function articleRecordHtml(data: Pick<ArticleModel, 'title' | 'authors'>, html: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title></head><body><article data-pagefind-body>
<div data-pagefind-ignore><span data-pagefind-filter="part">text</span><span data-pagefind-filter="article">${escapeHtml(data.title)}</span></div>
<h1>${escapeHtml(data.title)}</h1>
<p>By ${escapeHtml(listFormat(data.authors))}</p>
${html}
</article></body></html>
`;
}

/**
 * Writes an article's record and its claims' records, at `<slug>/<n>.html`: the browser reads the
 * article's slug from a record's address (src/client/search/claim-hits.ts), and the claim from the
 * section a word matched in.
 */
export function writeSearchRecords(folder: SearchRecordsFolder, base: string, slug: string, articleIndex: number, data: ArticleModel, html: string): void {
  const page = join(folder.pages, articlePath(base, slug));
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), articleRecordHtml(data, html));
  mkdirSync(join(folder.claims, slug));
  claimGroups(data.claims).forEach((group, at) => writeFileSync(join(folder.claims, slug, `${at + 1}.html`), claimGroupRecordHtml(group, data, articleIndex)));
}

/** A hash of every record, by path and bytes: the same records give the same index. */
export function searchRecordsDigest(folder: SearchRecordsFolder): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder.root, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(folder.root, name);
    if (!name.endsWith('.html')) continue;
    hash.update(`${name}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex');
}
