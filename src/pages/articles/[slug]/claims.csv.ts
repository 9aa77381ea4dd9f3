import type { APIRoute } from 'astro';
import type { ArticleProps } from './_article-paths.ts';
import { bytesResponse } from './_export-response.ts';
import { readExportFile } from '../../../lib/scratch/article-files.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/claims.csv`: the claims of claims.json, one row each. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as ArticleProps;
  return bytesResponse(await readExportFile(article.data.claimsCsvFile), 'text/csv; charset=utf-8');
};
