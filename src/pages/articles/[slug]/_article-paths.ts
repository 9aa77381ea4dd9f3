import type { GetStaticPaths } from 'astro';
import { type CollectionEntry, getCollection } from 'astro:content';
import { readArticleModel } from '../../../lib/build-cache/article-files.ts';
import type { ArticleModel } from '../../../lib/schema/article-model-schema.ts';

/**
 * Every route under /articles/<slug>/ is built once per article, with the article's entry as its prop.
 * The entry's digest names everything the article's pages are made from (src/loaders/article-digest.ts):
 * as the `cacheKey` of Astro's incremental build, it lets a build keep an unchanged article's pages.
 */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article }, cacheKey: article.digest! }));
}) satisfies GetStaticPaths;

export interface ArticleProps {
  article: CollectionEntry<'articles'>;
}

/** The article's placed claims, notes, sources and registry, from the file the loader wrote. */
export const articleModel = ({ article }: ArticleProps): Promise<ArticleModel> => readArticleModel(article.data.modelFile);
