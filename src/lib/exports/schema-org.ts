import type { ArticleModel } from '../schema/article-model-schema.ts';
import { type KIND_LABEL, RECORD_MEANING, type RecordStatus } from '../kinds/kinds.ts';
import { SITE_NAME } from '../../site.ts';

/** A record status as a rating's name, in words. */
const RECORD_LABEL: Record<RecordStatus, string> = {
  confirmed: 'Confirmed by the public record',
  qualified: 'Confirmed in part by the public record',
  disputed: 'Disputed in the public record',
  contradicted: 'Contradicted by the public record',
  'not found': 'No public record found',
};

/** The site as the publisher of the annotations (the articles themselves keep their authors). */
const SITE = { '@type': 'Organization', name: SITE_NAME };

/** The annotated edition of an article, as schema.org describes it. */
export function articleJsonLd(data: ArticleModel, page: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${page.href}#article`,
    url: page.href,
    headline: data.title,
    inLanguage: 'en',
    author: data.authors.map((name) => ({ '@type': 'Person', name })),
    ...(data.original.publisher ? { sourceOrganization: { '@type': 'Organization', name: data.original.publisher } } : {}),
    ...(data.original.url ? { isBasedOn: data.original.url } : {}),
    ...(data.original.date ? { datePublished: data.original.date } : {}),
    editor: SITE,
    description: `An annotated edition: ${data.claims.length} claims marked sourced, unsourced or opinion.`,
  };
}

export interface ReviewedClaim {
  id: string;
  text: string;
  kind: keyof typeof KIND_LABEL;
  record: RecordStatus;
  /** The kind and its basis in words, as the note's summary says it ("Sourced — the article cites its source"). */
  finding: string;
  /** The claim's own page (its share link), where the review is published. */
  url: string;
  reviewed: string | null;
}

/**
 * A factual claim's finding as a schema.org ClaimReview, the form fact-check tools read: the claim's
 * words, the article as the item reviewed, the record status as the rating's name, and the finding in
 * words (kind and basis: the article's own source, or the public record) with the method page as the
 * explanation of the rating.
 */
export function claimReviewJsonLd(claim: ReviewedClaim, article: { title: string; authors: string[]; url: string }, method: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claim.url,
    claimReviewed: claim.text,
    ...(claim.reviewed ? { datePublished: claim.reviewed } : {}),
    author: SITE,
    itemReviewed: {
      '@type': 'Claim',
      appearance: { '@type': 'Article', headline: article.title, url: article.url, author: article.authors.map((name) => ({ '@type': 'Person', name })) },
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: RECORD_LABEL[claim.record],
      ratingExplanation: `${claim.finding}. ${RECORD_MEANING[claim.record]} How claims are marked: ${new URL('#record', method).href}`,
    },
  };
}
