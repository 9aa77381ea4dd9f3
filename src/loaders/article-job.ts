import { createHash } from 'node:crypto';
import type { ContentProblem } from '../lib/problems/content-problem.ts';
import { loadSources } from '../lib/reading/prepare-article.ts';
import { buildProblems, compileArticle } from '../pipeline/compile-article.ts';
import { writeRenderedHtml } from '../lib/scratch/rendered-html-files.ts';
import type { ArticleEntry } from '../lib/schema/article-entry-schema.ts';
import { type SearchRecordsFolder, writeSearchRecords } from '../lib/search/search-records.ts';

/** One article, read, checked and rendered: what the loader stores, or the problems it reports. */
export interface ArticleJobResult {
  slug: string;
  problems: ContentProblem[];
  entry?: {
    /** The entry's data; the loader checks it against the collection's schema (`parseData`). */
    data: Record<string, unknown>;
    filePath: string;
    /** A hash of every text the entry comes from, for Astro's change detection. */
    digestOf: string;
  };
}

/**
 * Each content directory's sources, read once per thread. A worker lives for one load of the content,
 * so an edited sources.json is read afresh the next time.
 */
const sourcesOf = new Map<string, ReturnType<typeof loadSources>>();

export interface JobFolders {
  /** Where the rendered HTML goes (rendered-html-files.ts). */
  html: string;
  /** Where the search records go (search-records.ts); none in `astro dev`, which has no search index. */
  records?: SearchRecordsFolder | undefined;
}

/**
 * Reads, checks and renders one article folder, and writes its HTML and its search records. Runs in
 * the loader's worker threads (see article-pool.ts), each with its own copy of the sources.
 * `articleIndex` is the article's place among all of them, for the search's reading order.
 */
export async function runArticleJob(root: string, slug: string, articleIndex: number, folders: JobFolders): Promise<ArticleJobResult> {
  if (!sourcesOf.has(root)) sourcesOf.set(root, loadSources(root));
  // The sources' own problems are the loader's to report, once; an article uses the entries that passed.
  const compiled = await compileArticle(root, slug, await sourcesOf.get(root)!);
  const problems = buildProblems(compiled);
  const { article, placed, html } = compiled;
  if (!article || !placed || html === undefined || problems.length > 0) return { slug, problems };

  const htmlFile = await writeRenderedHtml(folders.html, slug, html);
  const { headingIds: _, ...placedForPages } = placed;
  const data = {
    ...article.frontmatter,
    ...placedForPages,
    // The pages need each paragraph's id only; its text is already in the rendered HTML.
    paragraphs: placed.paragraphs.map(({ id }) => ({ id })),
    sources: article.sources,
    registry: article.input.registry,
    tombstones: article.input.tombstones.map(({ line: _, ...tombstone }) => tombstone),
    htmlFile,
  };
  if (folders.records) writeSearchRecords(folders.records, slug, articleIndex, data as unknown as ArticleEntry, html);
  return { slug, problems, entry: { data, filePath: article.articlePath, digestOf: createHash('sha256').update(article.rawText).digest('hex') } };
}
