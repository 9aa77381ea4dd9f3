import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { webAnnotations } from '../../../lib/web-annotations.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

/** `/articles/<slug>/annotations.jsonld`: the claims as a W3C Web Annotation collection. */
export const GET: APIRoute = ({ props, site }) => {
  const { article } = props as { article: Awaited<ReturnType<typeof getCollection<'articles'>>>[number] };
  return new Response(`${JSON.stringify(webAnnotations(article.id, article.data, site!), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
};
