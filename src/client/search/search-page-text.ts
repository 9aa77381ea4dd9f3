import { KINDS, type Kind, type RecordStatus } from '../../lib/kinds/kinds.ts';
import type { ClaimCounts } from './pagefind-client.ts';
import { nothingHolds, wordsInText } from './words-in-text.ts';

/**
 * Writes each filter's count beside it: the claims that choosing it would give. "All kinds" is the sum
 * of the kinds, so it is the number of claims found whatever else matches; "Anything" counts the claims
 * of the kind chosen whatever the record says, opinions (which have no record status) included.
 */
export function showCounts(form: HTMLFormElement, counts: Pick<ClaimCounts, 'kind' | 'record' | 'anyRecord'>): void {
  const allKinds = KINDS.reduce((sum, kind) => sum + (counts.kind[kind] ?? 0), 0);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="kind"], input[name="record"]')) {
    const byValue = radio.name === 'kind' ? counts.kind : counts.record;
    const count = radio.value ? (byValue[radio.value] ?? 0) : radio.name === 'kind' ? allKinds : counts.anyRecord;
    radio.closest('label')!.querySelector('.filter-count')!.textContent = String(count);
  }
}

/** A record status after "claims": "claims the record contradicts". */
const RECORD_AFTER: Record<RecordStatus, string> = {
  confirmed: 'the record confirms',
  qualified: 'the record confirms in part',
  disputed: 'the record disputes',
  contradicted: 'the record contradicts',
  'not found': 'with no public record found',
};

/**
 * What the search found, in words: claims, then the articles whose text holds the words. When only the
 * best-matching records were counted (`complete` false), the count is a floor, and says so.
 */
export function statusText({ query, kind, record, claims, texts, complete = true, textsComplete = true }: { query: string; kind: Kind | null; record: RecordStatus | null; claims: number; texts: number; complete?: boolean; textsComplete?: boolean }): string {
  const atLeast = complete ? '' : 'At least ';
  const noun = (n: number) => `${kind ? `${kind} ` : ''}${n === 1 ? 'claim' : 'claims'}${record ? ` ${RECORD_AFTER[record]}` : ''}`;
  const inText = texts > 0 ? ` ${wordsInText(texts, textsComplete)}, listed apart.` : '';
  if (claims === 0) {
    if (query && complete && texts === 0 && !kind && !record) return nothingHolds(query);
    if (!complete) return `None of the best-matching claims holds every word${query ? ` of “${query}”` : ''}. Try fewer words${kind || record ? ', or another filter' : ''}.${inText}`;
    if (!query) return `There are no ${noun(0)} here.`;
    return `No ${noun(1)} matches “${query}”. Try fewer or other words${kind || record ? ', or another filter' : ''}.${inText}`;
  }
  return query ? `${atLeast}${claims} ${noun(claims)} for “${query}”.${inText}` : `${atLeast}${claims} ${noun(claims)}, in reading order.`;
}
