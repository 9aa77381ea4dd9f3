import type { PlacedArticle } from '../src/lib/annotation-input.ts';
import { type ContentProblem, isContentProblems } from '../src/lib/content-problem.ts';
import { listArticles, loadSources, type PreparedArticle, prepareArticle } from '../src/lib/prepare-article.ts';
import { renderPreparedArticle } from '../src/plugins/render-article.ts';

export interface PlacedArticleResult {
  slug: string;
  /** What reading the folder found wrong (schema, sources, registry). */
  prepareProblems: ContentProblem[];
  /** What placing the claims in the text found wrong, when it got that far. */
  placeProblems: ContentProblem[];
  article?: PreparedArticle;
  placed?: PlacedArticle;
}

/**
 * The content as the scripts see it: the sources' problems, then each article read, checked and
 * placed in its text exactly as the build places it. `lenient` places what it can and hands back the
 * problems, for the check, which reports them all; otherwise the first problem of an article stops it.
 */
export async function readContent(contentDir: string) {
  const { sources, problems: sourceProblems, text } = await loadSources(contentDir);
  async function* articles({ lenient = false } = {}): AsyncGenerator<PlacedArticleResult> {
    for (const slug of await listArticles(contentDir)) {
      const { article, problems: prepareProblems } = await prepareArticle(contentDir, slug, sources, text);
      if (!article) {
        yield { slug, prepareProblems, placeProblems: [] };
        continue;
      }
      try {
        const { placed } = await renderPreparedArticle(article, { lenient });
        yield { slug, prepareProblems, placeProblems: placed.problems ?? [], article, placed };
      } catch (error) {
        if (!isContentProblems(error)) throw error;
        yield { slug, prepareProblems, placeProblems: [...error.problems], article };
      }
    }
  }
  return { sourceProblems, articles };
}
