import type { ArticleModel } from '../schema/article-model-schema.ts';
import { escapeHtml } from '../format/escape-html.ts';
import { claimAnchorId, NOTE_MARK, SENTENCE_MARK } from './claim-anchor.ts';

type Claim = Pick<ArticleModel['claims'][number], 'id' | 'number' | 'kind' | 'record' | 'basis' | 'text' | 'sentence' | 'noteText'>;

/** Sort keys are compared as text: pad positions so that claim 10 comes after claim 9. */
export const position = (articleIndex: number, claimNumber: number) =>
  `${String(articleIndex).padStart(4, '0')}-${String(claimNumber).padStart(5, '0')}`;

/**
 * How many claims, in reading order, share one search record. Pagefind's first search loads a list
 * of every record, so one record per claim made it grow with the site (to several hundred KB at 1,000
 * articles); a result then loads its whole record, so a record of a whole article would weigh on every
 * first result. Twenty claims make a record of a few KB, and keep the list small. See docs/search.md.
 */
export const CLAIMS_PER_RECORD = 20;

/**
 * How much more a word of the claim counts than a word of its sentence or note (Pagefind's default
 * weight is 1): a reader who types a name wants the claims that name it before the notes that do.
 */
export const CLAIM_WEIGHT = 4;

/** The claims of an article, in reading order, cut into the groups that make one record each. */
export function claimGroups<T>(claims: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (let at = 0; at < claims.length; at += CLAIMS_PER_RECORD) groups.push(claims.slice(at, at + CLAIMS_PER_RECORD));
  return groups;
}

/**
 * A group of claims as one small HTML page for Pagefind: for each claim, its words, the sentence it
 * stands in and its note, in that order, each part opened by a mark with an id (the claim's carries its
 * number, kind and record status: claim-anchor.ts). Pagefind returns each id with the word it starts
 * at, so the browser can tell which claim, and which part of it, a matching word is in
 * (src/client/search/claim-hits.ts). The group's filters list every kind and record
 * status among its claims, so that a filter keeps only the groups that can hold a match, and the
 * browser keeps only the claims that do. Its sort key is its first claim's place in reading order.
 *
 * Pagefind indexes the words of every `data-pagefind-meta` value, so the only meta is a title with no
 * words (the article's title would make every claim match its words). Pages from a directory are read
 * in parallel, where `addCustomRecord` compares each record with all before it.
 */
export function claimGroupRecordHtml(claims: readonly Claim[], article: { title: string }, articleIndex: number): string {
  const kinds = [...new Set(claims.map((claim) => claim.kind))];
  const records = [...new Set(claims.flatMap((claim) => (claim.record ? [claim.record] : [])))];
  const filter = (name: string, values: readonly string[]) => values.map((value) => `<span data-pagefind-filter="${name}">${escapeHtml(value)}</span>`).join('');
  // One paragraph per claim, its parts marked by empty elements: an id on an element with text would
  // repeat that text in the record Pagefind sends, and a block of its own would end in a full stop
  // Pagefind adds to the content.
  const sections = claims.map(
    (claim) =>
      `<p><span id="${claimAnchorId({ ...claim, record: claim.record ?? null, basis: claim.basis ?? null })}"></span><span data-pagefind-weight="${CLAIM_WEIGHT}">${escapeHtml(claim.text)}</span> <span id="${SENTENCE_MARK}"></span>${escapeHtml(claim.sentence)} <span id="${NOTE_MARK}"></span>${escapeHtml(claim.noteText)}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>–</title></head><body data-pagefind-body>
<div data-pagefind-ignore>
<span data-pagefind-meta="title">–</span>
${filter('kind', kinds)}${filter('record', records)}${filter('article', [article.title])}
<span data-pagefind-sort="position">${position(articleIndex, claims[0]?.number ?? 0)}</span>
</div>
${sections.join('\n')}
</body></html>
`;
}
