import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { claimsCsv, claimsExport } from '../../../lib/claims-export.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

/** `/articles/<slug>/claims.csv`: the claims of claims.json, one row each. */
export const GET: APIRoute = ({ props }) => {
  const { article } = props as { article: Awaited<ReturnType<typeof getCollection<'articles'>>>[number] };
  return new Response(claimsCsv(claimsExport(article.id, article.data)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
