import type { ClaimsExport } from '../exports/claims-export.ts';
import { escapeHtml } from '../format/escape-html.ts';

type Claim = ClaimsExport['claims'][number];

/** Sort keys are compared as text: pad positions so that claim 10 comes after claim 9. */
export const position = (articleIndex: number, claimNumber: number) =>
  `${String(articleIndex).padStart(4, '0')}-${String(claimNumber).padStart(5, '0')}`;

export const TITLE_CHARS = 90;

/**
 * How much more a word of the claim counts than a word of its note (Pagefind's default weight is 1,
 * headings 7 to 2): a reader who types a name wants the claims that name it before the notes that do.
 */
export const CLAIM_WEIGHT = 4;

/**
 * One claim as a small HTML page for Pagefind to index, at `<slug>/<claim id>.html` in the records
 * folder, from which the browser builds the claim's address (`claimAddress` in render-results.ts).
 * Its text and note are the content (the claim's words weigh more than its note's, so that a claim
 * naming a person or a figure outranks notes that mention it); its place in reading order is the sort
 * key.
 *
 * Pagefind indexes the words of every `data-pagefind-meta` value as well as the content, but not
 * filter values or the page's address. So only words a reader may search for are meta (the claim, its
 * note, its sentence: a claim is also found by the sentence it stands in, shown around it); what a
 * result only shows — kind, record status, finding in words, article — are filters, which Pagefind
 * returns with the result without making them searchable. (As meta, the article's title made every
 * one of its claims match "Kazakhstan", and an address made them match words of its slug.)
 *
 * Pagefind's `addCustomRecord` would take the same record, but its service compares each new record
 * with every record before it (and logs them all), so 100,000 claims take minutes. Pages from a
 * directory are read in parallel, in linear time.
 */
export function claimRecordHtml(claim: Claim, article: ClaimsExport['article'], articleIndex: number): string {
  const title = claim.text.length > TITLE_CHARS ? `${claim.text.slice(0, TITLE_CHARS)}…` : claim.text;
  // Metadata and filters are read from elements that `data-pagefind-ignore` keeps out of the content.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body data-pagefind-body>
<div data-pagefind-ignore>
<span data-pagefind-meta="title">${escapeHtml(title)}</span>
<span data-pagefind-filter="kind">${escapeHtml(claim.kind)}</span>
${claim.record ? `<span data-pagefind-filter="record">${escapeHtml(claim.record)}</span>\n` : ''}<span data-pagefind-filter="finding">${escapeHtml(claim.finding)}</span>
<span data-pagefind-filter="article">${escapeHtml(article.title)}</span>
<span data-pagefind-meta="sentence">${escapeHtml(claim.sentence)}</span>
<span data-pagefind-meta="number">${claim.number}</span>
<span data-pagefind-sort="position">${position(articleIndex, claim.number)}</span>
</div>
<p data-pagefind-meta="claim" data-pagefind-weight="${CLAIM_WEIGHT}">${escapeHtml(claim.text)}</p>
<p data-pagefind-meta="note">${escapeHtml(claim.noteText)}</p>
</body></html>
`;
}
