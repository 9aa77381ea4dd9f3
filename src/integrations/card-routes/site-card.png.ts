import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { siteCardSpec } from '../../lib/cards/article-cards.ts';
import type { ClaimsExport } from '../../lib/exports/claims-export.ts';
import { base } from 'astro:config/client';
import { SITE_NAME } from '../../site.ts';
import { cardResponse } from './card-response.ts';

/** `/card.png` in `astro dev`: the site's card, drawn when asked for. */
export const GET: APIRoute = async () => {
  const articles = await Promise.all((await getCollection('articles')).map(async ({ data }) => JSON.parse(await readFile(data.claimsJsonFile, 'utf8')) as ClaimsExport));
  return cardResponse(siteCardSpec(articles, { name: SITE_NAME, base }));
};
