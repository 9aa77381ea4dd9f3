import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlePath } from '../components/site-paths.ts';
import { listFormat } from '../lib/format/list-format.ts';
import { sitePath } from '../components/site-paths.ts';
import { SITE_NAME } from '../site.ts';

/**
 * The feed of annotated articles (@astrojs/rss): each item says how many claims of each kind it has.
 * It names its own address (`atom:link rel="self"`), as feed validators ask, in @astrojs/rss's way:
 * the Atom namespace and the element as custom data.
 */
export const GET: APIRoute = async ({ site }) => {
  const self = new URL(sitePath('feed.xml'), site).href;
  const articles = (await getCollection('articles')).map((article) => ({ article, dates: article.data.dates }));
  articles.sort((a, b) => (b.dates.published ?? '').localeCompare(a.dates.published ?? ''));
  return rss({
    title: SITE_NAME,
    description: 'Political analysis articles with every claim marked in the margin as sourced, unsourced or opinion.',
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: articles.map(({ article: { id, data }, dates }) => {
      const { total, byKind } = data.counts;
      return {
        title: data.title,
        link: articlePath(id),
        ...(dates.published ? { pubDate: new Date(dates.published) } : {}),
        description: `An annotated edition of “${data.title}” by ${listFormat(data.authors)}: ${total} claims, ${byKind.map(({ kind, count }) => `${count} ${kind}`).join(', ')}.`,
      };
    }),
  });
};
