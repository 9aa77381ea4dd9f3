import type { APIRoute } from 'astro';
import { type ArticleProps, articleModel } from './_article-paths.ts';
import { textResponse } from './_text-response.ts';
import { webAnnotations } from '../../../lib/exports/web-annotations.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/annotations.jsonld`: the claims as a W3C Web Annotation collection. */
export const GET: APIRoute = async ({ props, site }) => {
  const { article } = props as ArticleProps;
  const data = await articleModel({ article });
  return textResponse(`${JSON.stringify(webAnnotations(article.id, data, site!), null, 2)}\n`, 'application/ld+json; charset=utf-8');
};
