import type { ClaimsExport } from '../lib/claims-export.ts';
import { escapeHtml } from '../lib/escape-html.ts';

type Claim = ClaimsExport['claims'][number];

/** Sort keys are compared as text: pad positions so that claim 10 comes after claim 9. */
export const position = (articleIndex: number, claimNumber: number) =>
  `${String(articleIndex).padStart(4, '0')}-${String(claimNumber).padStart(5, '0')}`;

export const TITLE_CHARS = 90;

/**
 * One claim as a small HTML page for Pagefind to index: its text and note are the content; its kind
 * and article are the filters; its place in reading order is the sort key; and its address in the
 * article is the `url` meta, Pagefind's documented way to override where a result points.
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
<span data-pagefind-meta="url">${escapeHtml(claim.url)}</span>
<span data-pagefind-meta="title">${escapeHtml(title)}</span>
<span data-pagefind-meta="kind" data-pagefind-filter="kind">${escapeHtml(claim.kind)}</span>
<span data-pagefind-meta="article" data-pagefind-filter="article">${escapeHtml(article.title)}</span>
<span data-pagefind-meta="number">${claim.number}</span>
<span data-pagefind-sort="position">${position(articleIndex, claim.number)}</span>
</div>
<p data-pagefind-meta="claim">${escapeHtml(claim.text)}</p>
<p data-pagefind-meta="note">${escapeHtml(claim.noteText)}</p>
</body></html>
`;
}
