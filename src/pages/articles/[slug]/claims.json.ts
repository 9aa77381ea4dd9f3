import type { APIRoute } from 'astro';
import { type ArticleProps, articleModel } from './_article-paths.ts';
import { textResponse } from './_text-response.ts';
import { claimsExport } from '../../../lib/exports/claims-export.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.json`: the article's claims as open data; the search index reads it too. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as ArticleProps;
  const data = await articleModel({ article });
  return textResponse(`${JSON.stringify(claimsExport(article.id, data), null, 2)}\n`, 'application/json; charset=utf-8');
};
