import { listFormat } from '../format/list-format.ts';
import type { ArticleCardContent } from './article-card.ts';
import { countsInWords } from './article-card.ts';
import type { ClaimCardContent } from './claim-card.ts';
import type { SiteCardContent } from './site-card.ts';

/*
 * Each card's alternative text (`og:image:alt`): what the picture shows, in words, for whoever cannot
 * see it. A claim's words are given to their 30th, as the picture gives at most five lines of them.
 */

const firstWords = (text: string, count = 30) => {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
};

export const claimCardAlt = (claim: ClaimCardContent, number: number): string =>
  `Claim ${number}, ${claim.finding}: “${firstWords(claim.text)}” From “${claim.article.title}” by ${listFormat(claim.article.authors)}, annotated on ${claim.siteName}.`;

export const articleCardAlt = (article: ArticleCardContent): string =>
  `“${article.title}” by ${listFormat(article.authors)}, annotated on ${article.siteName}: ${article.byKind.reduce((sum, { count }) => sum + count, 0)} claims, ${countsInWords(article.byKind)}.`;

export const siteCardAlt = (site: Pick<SiteCardContent, 'siteName' | 'tagline'>): string => `${site.siteName}: ${site.tagline}`;
