import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { articleCardSpec } from '../../lib/cards/article-cards.ts';
import type { ClaimsExport } from '../../lib/exports/claims-export.ts';
import { base } from 'astro:config/client';
import { SITE_NAME } from '../../site.ts';
import { cardResponse } from './card-response.ts';

/** `/articles/<slug>/card.png` in `astro dev`: an article's card, drawn when asked for. */
export const getStaticPaths = (async () =>
  Promise.all(
    (await getCollection('articles')).map(async (article) => ({
      params: { slug: article.id },
      props: { spec: articleCardSpec(JSON.parse(await readFile(article.data.claimsJsonFile, 'utf8')) as ClaimsExport, { name: SITE_NAME, base }) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse((props as { spec: Parameters<typeof cardResponse>[0] }).spec);
