import type { APIRoute } from 'astro';
import type { ArticleProps } from './_article-paths.ts';
import { bytesResponse } from './_export-response.ts';
import { readExportFile } from '../../../lib/scratch/article-files.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.json`: the article's claims as open data; the claims' share pages are made from it. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as ArticleProps;
  return bytesResponse(await readExportFile(article.data.claimsJsonFile), 'application/json; charset=utf-8');
};
