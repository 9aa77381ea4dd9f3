import { createHash } from 'node:crypto';
import { type ContentProblem, isContentProblems } from '../lib/content-problem.ts';
import { loadSources, prepareArticle } from '../lib/prepare-article.ts';
import { renderPreparedArticle } from '../plugins/render-article.ts';
import { writeRenderedHtml } from './rendered-html-files.ts';

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

let sources: Awaited<ReturnType<typeof loadSources>> | undefined;

/**
 * Reads, checks and renders one article folder, and writes its HTML to `htmlFolder`. Runs in the
 * loader's worker threads (see article-pool.ts), each with its own copy of the sources.
 */
export async function runArticleJob(root: string, slug: string, htmlFolder: string): Promise<ArticleJobResult> {
  sources ??= await loadSources(root);
  if (sources.problems.length > 0) return { slug, problems: sources.problems };
  const { article, problems } = await prepareArticle(root, slug, sources.sources, sources.text);
  if (!article) return { slug, problems };
  try {
    const { html, placed } = await renderPreparedArticle(article);
    const htmlFile = await writeRenderedHtml(htmlFolder, slug, html);
    return {
      slug,
      problems,
      entry: {
        data: {
          ...article.frontmatter,
          ...placed,
          // The pages need each paragraph's id only; its text is already in the rendered HTML.
          paragraphs: placed.paragraphs.map(({ id }) => ({ id })),
          sources: article.sources,
          registry: article.input.registry,
          tombstones: article.input.tombstones.map(({ line: _, ...tombstone }) => tombstone),
          htmlFile,
        },
        filePath: article.articlePath,
        digestOf: createHash('sha256').update(article.rawText).digest('hex'),
      },
    };
  } catch (error) {
    if (!isContentProblems(error)) throw error;
    return { slug, problems: [...problems, ...error.problems] };
  }
}
