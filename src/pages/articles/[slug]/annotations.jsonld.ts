import type { APIRoute } from 'astro';
import type { ArticleProps } from './_article-paths.ts';
import { bytesResponse } from './_export-response.ts';
import { readExportFile } from '../../../lib/scratch/article-files.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/annotations.jsonld`: the claims as a W3C Web Annotation collection. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as ArticleProps;
  return bytesResponse(await readExportFile(article.data.annotationsFile), 'application/ld+json; charset=utf-8');
};
