import type { APIRoute } from 'astro';
import type { ArticleProps } from './_article-paths.ts';
import { claimsCsv, claimsExport } from '../../../lib/exports/claims-export.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.csv`: the claims of claims.json, one row each. */
export const GET: APIRoute = ({ props }) => {
  const { article } = props as ArticleProps;
  return new Response(claimsCsv(claimsExport(article.id, article.data)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
