/*
 * What a cited source is, and the words a reader is shown beside it. Like kinds.ts, this imports
 * nothing: the source schema builds on it, and the note, the article's header and the open data say a
 * source's type in these words.
 */

/**
 * - primary: an official body, court or organisation speaking for itself (a ministry, a prosecutor, an
 *   EU agency's own finding, a speech's text);
 * - reporting: an outlet's own journalism;
 * - research: a study, scholarly article or think-tank analysis;
 * - reference: an encyclopaedia, data set or general-information page;
 * - copy: a mirror, repost, reprint or aggregator of something published elsewhere (it names what);
 * - commentary: a blog, opinion piece or partisan commentary.
 */
export const SOURCE_TYPES = ['primary', 'reporting', 'research', 'reference', 'copy', 'commentary'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** The types a factual claim should not rest on alone: they copy another page, or they argue a case. */
export const WEAK_SOURCE_TYPES: readonly SourceType[] = ['copy', 'commentary'];

const TYPE_WORDS: Record<Exclude<SourceType, 'copy'>, string> = {
  primary: 'primary source',
  reporting: 'news report',
  research: 'research',
  reference: 'reference work',
  commentary: 'commentary',
};

/** "news report", "copy of Reuters", "copy; original not named": what a reader is told a source is. */
export function sourceTypeInWords(source: { type: SourceType; copyOf?: string | null | undefined }): string {
  if (source.type !== 'copy') return TYPE_WORDS[source.type];
  return source.copyOf ? `copy of ${source.copyOf}` : 'copy; original not named';
}
