import type { APIRoute } from 'astro';
import { type ArticleProps, articleModel } from './_article-paths.ts';
import { webAnnotations } from '../../../lib/exports/web-annotations.ts';

export { getStaticPaths } from './_article-paths.ts';

/** `/articles/<slug>/annotations.jsonld`: the claims as a W3C Web Annotation collection. */
export const GET: APIRoute = async ({ props, site }) => {
  const { article } = props as ArticleProps;
  const data = await articleModel({ article });
  return new Response(`${JSON.stringify(webAnnotations(article.id, data, site!), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
};
