import type { ContentProblem } from '../lib/problems/content-problem.ts';
import { loadSources } from '../lib/reading/load-sources.ts';
import { buildProblems, compileArticle, servedProblems } from '../render/compile-article.ts';
import { type ArticleFiles, readArticleModel, readRenderedHtml, writeArticleFiles } from '../lib/build-cache/article-files.ts';
import type { ArticleEntryData } from '../lib/schema/article-entry-schema.ts';
import { articleModelSchema } from '../lib/schema/article-model-schema.ts';
import { countClaims } from '../lib/kinds/count-claims.ts';
import { articleDates } from '../lib/registry/article-dates.ts';
import { type SearchRecordsFolder, writeSearchRecords } from '../lib/search/search-records.ts';
import { articleDigest } from './article-digest.ts';
import { articleExports } from '../lib/exports/article-exports.ts';
import type { SiteAddress } from '../site.ts';

/** One article, read, checked and rendered: what the loader stores, or the problems it reports. */
export interface ArticleJobResult {
  slug: string;
  problems: ContentProblem[];
  entry?: {
    /** The entry's data; the loader checks it against the collection's schema (`parseData`). */
    data: ArticleEntryData;
    filePath: string;
    /** Names everything the article's pages are made from (article-digest.ts). */
    digest: string;
  };
}

/** What a job is asked: to compile an article, or only to write the search records of one kept as it was. */
export type ArticleJob =
  | { slug: string; index: number; compile: { ownFiles: string } }
  | { slug: string; index: number; kept: ArticleFiles };

/**
 * Each content directory's sources, read once per thread. A worker lives for one load of the content,
 * so an edited sources.json is read afresh the next time.
 */
const sourcesOf = new Map<string, ReturnType<typeof loadSources>>();

export interface JobContext {
  root: string;
  /** The site's address and base path (Astro's `site` and `base`), for the pages' links and the open data's addresses. */
  site: SiteAddress;
  /** The code's own digest (article-digest.ts), computed once per load. */
  pipeline: string;
  /** Where the article files go (src/lib/build-cache/article-files.ts). */
  files: string;
  /** Where the search records go (search-records.ts); none in `astro dev`, which has no search index. */
  records?: SearchRecordsFolder | undefined;
  /**
   * In `astro dev`: an article is served with what is left to do in it (draft entries, placeholders),
   * which the editor is doing there; a build refuses a published article that has any.
   */
  serveUnfinished?: boolean;
}

/**
 * Reads, checks and renders one article folder, and writes its files and its search records; or, for
 * an article the loader kept, writes its search records from its files, since the index is built whole.
 * Runs in the loader's worker threads (see article-pool.ts), each with its own copy of the sources.
 * `index` is the article's place among all of them, for the search's reading order.
 */
export async function runArticleJob(job: ArticleJob, context: JobContext): Promise<ArticleJobResult> {
  const { root, records } = context;
  if ('kept' in job) {
    if (records) writeSearchRecords(records, context.site.base, job.slug, job.index, await readArticleModel(job.kept.modelFile), await readRenderedHtml(job.kept.htmlFile));
    return { slug: job.slug, problems: [] };
  }
  if (!sourcesOf.has(root)) sourcesOf.set(root, loadSources(root));
  // The sources' own problems are the loader's to report, once; an article uses the entries that passed.
  const sources = await sourcesOf.get(root)!;
  const compiled = await compileArticle(root, job.slug, sources, context.site.base);
  const problems = context.serveUnfinished ? servedProblems(compiled) : buildProblems(compiled);
  const { article, placed, html } = compiled;
  if (!article || !placed || html === undefined || problems.length > 0) return { slug: job.slug, problems };

  const { headingIds: _, ...placedForPages } = placed;
  const model = articleModelSchema.parse({
    ...article.frontmatter,
    ...placedForPages,
    // The pages need each paragraph's id only; its text is already in the rendered HTML.
    paragraphs: placed.paragraphs.map(({ id }) => ({ id })),
    sources: article.sources,
    registry: article.input.registry,
    tombstones: article.input.tombstones.map(({ line: _, ...tombstone }) => tombstone),
  });
  const sourceIds = Object.keys(article.sources);
  const digest = articleDigest({ pipeline: context.pipeline, root, site: context.site.url, ownFiles: job.compile.ownFiles, sources: sources.sources, sourceIds });
  const files = await writeArticleFiles(context.files, job.slug, digest, html, model, articleExports(job.slug, model, context.site));
  if (records) writeSearchRecords(records, context.site.base, job.slug, job.index, model, html);
  const data = { ...article.frontmatter, counts: countClaims(model.claims), dates: articleDates(model.registry), sourceIds, ...files };
  return { slug: job.slug, problems, entry: { data, filePath: article.articlePath, digest } };
}
