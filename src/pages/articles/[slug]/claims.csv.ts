import type { APIRoute } from 'astro';
import { type ArticleProps, articleModel } from './_article-paths.ts';
import { textResponse } from './_text-response.ts';
import { claimsExport } from '../../../lib/exports/claims-export.ts';
import { claimsCsv } from '../../../lib/exports/claims-csv.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.csv`: the claims of claims.json, one row each. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as ArticleProps;
  const data = await articleModel({ article });
  return textResponse(claimsCsv(claimsExport(article.id, data)), 'text/csv; charset=utf-8');
};
