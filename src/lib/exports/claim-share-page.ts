import { sitePath } from '../site/base-path.ts';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ClaimsExport } from './claims-export.ts';
import { jsonForScript } from '../format/json-for-script.ts';
import { claimReviewJsonLd } from './schema-org.ts';

type ExportedClaim = ClaimsExport['claims'][number] & { sentence?: string };

/** The share page's own policy: it runs nothing and loads nothing. */
const POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * A claim's share page: what a chat app or a social network shows for a link to one claim (they read
 * `og:` and card metadata and ignore `#fragments`), and, for a person, an immediate move to the claim
 * in the article (a `<meta>` refresh, which works without JavaScript), with a plain link as well.
 * Factual claims with a record status carry their finding as a schema.org ClaimReview.
 */
export function claimSharePage(claim: ExportedClaim, article: ClaimsExport['article'], site: URL): string {
  const page = new URL(claim.share, site);
  const articleUrl = new URL(article.url, site);
  // Relative, so that the page works wherever the site is served; the fragment names the words too.
  const target = `../../${claim.link.slice(claim.link.indexOf('#'))}`;
  const words = claim.sentence ?? claim.text;
  const title = `“${claim.text}” · ${claim.finding}`;
  const description = `${claim.finding}. Claim ${claim.number} of “${article.title}”, annotated: ${words}`;
  const review =
    claim.record && claim.kind !== 'opinion'
      ? claimReviewJsonLd(
          { id: claim.id, text: claim.text, kind: claim.kind, record: claim.record, finding: claim.finding, url: page.href, reviewed: claim.reviewed },
          { title: article.title, authors: article.authors, url: articleUrl.href },
          new URL(sitePath('method/'), site),
        )
      : undefined;
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { httpEquiv: 'content-security-policy', content: POLICY }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'referrer', content: 'no-referrer' }),
        h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
        // The page's own title stays short (browsers and validators cut long ones); the preview says more.
        h('title', `Claim ${claim.number}, ${claim.kindLabel.toLowerCase()} — Annotated Reading`),
        h('meta', { name: 'description', content: description }),
        h('link', { rel: 'canonical', href: page.href }),
        h('meta', { property: 'og:site_name', content: 'Annotated Reading' }),
        h('meta', { property: 'og:type', content: 'article' }),
        h('meta', { property: 'og:title', content: title }),
        h('meta', { property: 'og:description', content: description }),
        h('meta', { property: 'og:url', content: page.href }),
        h('meta', { name: 'twitter:card', content: 'summary' }),
        h('meta', { name: 'twitter:title', content: title }),
        h('meta', { name: 'twitter:description', content: description }),
        ...(review ? [h('script', { type: 'application/ld+json' }, jsonForScript(review))] : []),
      ]),
      h('body', [
        h('main', [
          h('p', `Claim ${claim.number} of “${article.title}”, annotated`),
          h('h1', `“${claim.text}”`),
          claim.sentence && claim.sentence !== claim.text ? h('blockquote', h('p', claim.sentence)) : '',
          h('p', claim.finding),
          h('p', h('a', { href: target }, 'Read the claim in the article, with its note')),
        ]),
      ]),
    ]),
  ]);
  return toHtml(tree, { upperDoctype: true });
}
