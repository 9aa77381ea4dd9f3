import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { claimCardSpecs } from '../../lib/cards/article-cards.ts';
import type { ClaimsExport } from '../../lib/exports/claims-export.ts';
import { base } from 'astro:config/client';
import { SITE_NAME } from '../../site.ts';
import { cardResponse } from './card-response.ts';

/** `/articles/<slug>/cards/<claim id>.png` in `astro dev`: a claim's card, drawn when asked for. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  const paths = await Promise.all(
    articles.map(async (article) => {
      const exported = JSON.parse(await readFile(article.data.claimsJsonFile, 'utf8')) as ClaimsExport;
      // The claim's own card even where the edition keeps only the articles' (CARDS=articles): the editor sees it all the same.
      return [...claimCardSpecs(exported, { name: SITE_NAME, base }, 'all')].map(([id, spec]) => ({ params: { slug: article.id, id }, props: { spec } }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse((props as { spec: Parameters<typeof cardResponse>[0] }).spec);
