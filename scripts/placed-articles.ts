import { listArticles } from '../src/lib/reading/content-layout.ts';
import { loadSources } from '../src/lib/reading/load-sources.ts';
import { type CompiledArticle, compileArticle } from '../src/render/compile-article.ts';
import type { SiteSettings } from '../src/site.ts';

/**
 * The content as the scripts see it: the sources' problems (once), then each article compiled exactly
 * as the build compiles it (src/render/compile-article.ts), one at a time; `only` names the articles
 * wanted, all of them when absent.
 */
export async function readContent({ contentDir, base }: Pick<SiteSettings, 'contentDir' | 'base'>, only?: readonly string[]) {
  const sources = await loadSources(contentDir);
  async function* articles(): AsyncGenerator<CompiledArticle> {
    for (const slug of only ?? (await listArticles(contentDir))) yield compileArticle(contentDir, slug, sources, base);
  }
  return { sourceProblems: sources.problems, articles };
}
