import { sitePath } from '../site/base-path.ts';
import type { ClaimsExport } from '../exports/claims-export.ts';
import { jsonForScript } from '../format/json-for-script.ts';
import { escapeHtmlAttribute, escapeHtmlText } from '../format/escape-html.ts';
import { claimReviewJsonLd } from '../exports/schema-org.ts';
import { imageMeta } from '../cards/image-meta.ts';
import { SITE_NAME, type SiteAddress } from '../../site.ts';

// Written as a string rather than a hast tree: a site of 1,000 articles has some 100,000 share pages,
// and serialising a tree for each was most of their cost. The escaping is hast-util-to-html's own.
const text = escapeHtmlText;
const attribute = escapeHtmlAttribute;

type ExportedClaim = ClaimsExport['claims'][number] & { sentence?: string };

/** The share page's own policy: it runs nothing and loads nothing. */
const POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * A claim's share page: what a chat app or a social network shows for a link to one claim (they read
 * `og:` and card metadata and ignore `#fragments`), and, for a person, an immediate move to the claim
 * in the article (a `<meta>` refresh, which works without JavaScript), with a plain link as well.
 * Factual claims with a record status carry their finding as a schema.org ClaimReview.
 */
/** The picture a link preview shows: the claim's card (src/lib/cards/), at its address under the base path. */
export interface ShareImage {
  path: string;
  alt: string;
}

export function claimSharePage(claim: ExportedClaim, article: ClaimsExport['article'], site: SiteAddress, image: ShareImage): string {
  const page = new URL(claim.share, site.url);
  const articleUrl = new URL(article.url, site.url);
  // From the site's root, under its base path (as `link` is): a relative `../../#…` led to a missing
  // page when the share link was opened without its trailing slash on a host that does not redirect.
  // The fragment names the words too.
  const target = claim.link;
  const words = claim.sentence ?? claim.text;
  const title = `“${claim.text}” · ${claim.finding}`;
  const description = `${claim.finding}. Claim ${claim.number} of “${article.title}”, annotated: ${words}`;
  const review =
    claim.record && claim.kind !== 'opinion'
      ? claimReviewJsonLd(
          { id: claim.id, text: claim.text, kind: claim.kind, record: claim.record, finding: claim.finding, url: page.href, reviewed: claim.reviewed },
          { title: article.title, authors: article.authors, url: articleUrl.href },
          new URL(sitePath(site.base, 'method/'), site.url),
        )
      : undefined;
  const meta = (key: 'name' | 'property' | 'http-equiv', name: string, content: string) => `<meta ${key}="${attribute(name)}" content="${attribute(content)}">`;
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    meta('http-equiv', 'content-security-policy', POLICY),
    meta('name', 'viewport', 'width=device-width, initial-scale=1'),
    meta('name', 'referrer', 'no-referrer'),
    meta('http-equiv', 'refresh', `0; url=${target}`),
    // The page's own title stays short (browsers and validators cut long ones); the preview says more.
    `<title>${text(`Claim ${claim.number}, ${claim.kindLabel.toLowerCase()} — ${SITE_NAME}`)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${attribute(page.href)}">`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', page.href),
    ...imageMeta(new URL(image.path, site.url).href, image.alt).map(([key, name, content]) => meta(key, name, content)),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    review ? `<script type="application/ld+json">${jsonForScript(review)}</script>` : '',
    '</head><body><main>',
    `<p>${text(`Claim ${claim.number} of “${article.title}”, annotated`)}</p>`,
    `<h1>${text(`“${claim.text}”`)}</h1>`,
    claim.sentence && claim.sentence !== claim.text ? `<blockquote><p>${text(claim.sentence)}</p></blockquote>` : '',
    `<p>${text(claim.finding)}</p>`,
    `<p><a href="${attribute(target)}">Read the claim in the article, with its note</a></p>`,
    '</main></body></html>',
  ].join('');
}
