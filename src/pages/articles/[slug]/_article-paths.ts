import type { GetStaticPaths } from 'astro';
import { type CollectionEntry, getCollection } from 'astro:content';

/** Every route under /articles/<slug>/ is built once per article, with the article as its prop. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export interface ArticleProps {
  article: CollectionEntry<'articles'>;
}
