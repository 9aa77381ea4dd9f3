/**
 * The ids the article page gives its own parts. An annotation id is an element id on the same page,
 * so it may be none of these: a second element with the same id would take its links and labels.
 * A browser test holds this list to the built page.
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  'main',
  'article-title',
  'article-text',
  'claim-summary-heading',
  'references-heading',
  'show-none',
  'view-label',
  'reader-announce',
  'reader-help',
  'reader-help-title',
  'reader-keys-on',
  'site-search-q',
  'site-search-status',
  'site-search-panel',
]);

/** Families of ids the page makes from others: a claim's note, a reference marker's entry, a view. */
export const PAGE_ID_PREFIXES = ['note-', 'ref-', 'show-'] as const;

/**
 * Ids other pages make from a claim's id: the article's page of changes labels each claim's section
 * `<claim id>-heading`, so no claim's own id may end so (claim "a" and claim "a-heading" would clash).
 */
export const PAGE_ID_SUFFIXES = ['-heading'] as const;

/** What the page already uses `id` for, in words, or undefined when the id is free for an annotation. */
export function pageIdUse(id: string): string | undefined {
  if (PAGE_IDS.has(id)) return 'an id the page itself uses';
  const prefix = PAGE_ID_PREFIXES.find((p) => id.startsWith(p));
  return prefix && `in the family of ids ("${prefix}…") the page makes for its own parts`;
}

/** `pageIdUse` for an annotation's id, which the page of changes uses too (`PAGE_ID_SUFFIXES`). */
export function annotationIdUse(id: string): string | undefined {
  const suffix = PAGE_ID_SUFFIXES.find((s) => id.endsWith(s));
  return pageIdUse(id) ?? (suffix && `in the family of ids ("…${suffix}") the site makes for its own parts`);
}
