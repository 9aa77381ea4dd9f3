import type { APIRoute } from 'astro';
import type { ArticleProps } from './_article-paths.ts';
import { claimsExport } from '../../../lib/exports/claims-export.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.json`: the article's claims as open data; the search index reads it too. */
export const GET: APIRoute = ({ props }) => {
  const { article } = props as ArticleProps;
  return new Response(`${JSON.stringify(claimsExport(article.id, article.data), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
