import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { claimsExport } from '../../../lib/claims-export.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

/** `/articles/<slug>/claims.json`: the article's claims as open data; the search index reads it too. */
export const GET: APIRoute = ({ props }) => {
  const { article } = props as { article: Awaited<ReturnType<typeof getCollection<'articles'>>>[number] };
  return new Response(`${JSON.stringify(claimsExport(article.id, article.data), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
