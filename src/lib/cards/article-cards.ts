import { countClaims } from '../kinds/count-claims.ts';
import type { ClaimsExport } from '../exports/claims-export.ts';
import { type ArticleCardContent, articleCard } from './article-card.ts';
import { articleCardAlt, claimCardAlt, siteCardAlt } from './card-alt.ts';
import type { CardNode } from './card-element.ts';
import { cardKey } from './card-key.ts';
import { articleCardPath, claimCardPath, siteCardPath } from './card-paths.ts';
import type { CardSetting } from './card-setting.ts';
import { type ClaimCardContent, claimCard } from './claim-card.ts';
import { type SiteCardContent, siteCard } from './site-card.ts';

/*
 * The cards a site has, each with what it shows (its content, which names it in the cache), where it
 * stands in the site and its words for those who cannot see it. Made from the `claims.json` the content
 * loader wrote: the same file the share pages are made from, so a card and its page always agree.
 */

export type CardContent = { card: 'claim'; content: ClaimCardContent } | { card: 'article'; content: ArticleCardContent } | { card: 'site'; content: SiteCardContent };

export interface CardSpec {
  /** The digest of what it shows (card-key.ts). */
  key: string;
  /** Its address in the site, under the base path. */
  path: string;
  alt: string;
  drawing: CardContent;
}

const spec = (drawing: CardContent, path: string, alt: string): CardSpec => ({ key: cardKey(drawing), path, alt, drawing });

export const layoutOf = (drawing: CardContent): CardNode =>
  drawing.card === 'claim' ? claimCard(drawing.content) : drawing.card === 'article' ? articleCard(drawing.content) : siteCard(drawing.content);

/** What the cards need of the site (src/site.ts): the name they show and the base path they stand under. */
export interface CardSite {
  name: string;
  base: string;
}

export function articleCardSpec(exported: ClaimsExport, site: CardSite): CardSpec {
  const content: ArticleCardContent = { title: exported.article.title, authors: exported.article.authors, byKind: countClaims(exported.claims.map(({ kind }) => ({ kind }))).byKind, siteName: site.name };
  return spec({ card: 'article', content }, articleCardPath(site.base, exported.article.slug), articleCardAlt(content));
}

/** Each claim's card, by claim id; with `CARDS=articles`, each claim's is its article's. */
export function claimCardSpecs(exported: ClaimsExport, site: CardSite, setting: CardSetting): Map<string, CardSpec> {
  const article = { title: exported.article.title, authors: exported.article.authors };
  const siteName = site.name;
  const ofArticle = setting === 'articles' ? articleCardSpec(exported, site) : undefined;
  return new Map(
    exported.claims.map((claim) => {
      if (ofArticle) return [claim.id, ofArticle];
      const content: ClaimCardContent = { text: claim.text, kind: claim.kind, finding: claim.finding, article, siteName };
      return [claim.id, spec({ card: 'claim', content }, claimCardPath(site.base, exported.article.slug, claim.id), claimCardAlt(content, claim.number))];
    }),
  );
}

export const SITE_TAGLINE = 'Political analysis, reproduced unchanged, with every claim marked in the margin as sourced, unsourced or opinion.';

export function siteCardSpec(articles: readonly ClaimsExport[], site: CardSite): CardSpec {
  const content: SiteCardContent = { siteName: site.name, tagline: SITE_TAGLINE, articles: articles.length, claims: articles.reduce((sum, { claims }) => sum + claims.length, 0) };
  return spec({ card: 'site', content }, siteCardPath(site.base), siteCardAlt(content));
}

/** A page's picture, `og:image`: its address under the base path, and its words. */
export interface PageImage {
  path: string;
  alt: string;
}

/** The site's card, for its own pages (the home, search and method pages). */
export const siteCardImage = (site: CardSite): PageImage => ({ path: siteCardPath(site.base), alt: siteCardAlt({ siteName: site.name, tagline: SITE_TAGLINE }) });

/** An article's card, for its pages, from what the collection's entry holds. */
export const articleCardImage = (slug: string, article: Omit<ArticleCardContent, 'siteName'>, site: CardSite): PageImage => ({
  path: articleCardPath(site.base, slug),
  alt: articleCardAlt({ ...article, siteName: site.name }),
});
