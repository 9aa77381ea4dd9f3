export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** ICU breaks after these; in running text they never end a sentence. */
const ABBREVIATION_AT_END = /\b(?:Mr|Mrs|Ms|Dr|St|Prof|e\.g|i\.e|vs)\.$/;

/** The sentences of a paragraph, as offsets into it, without the spaces that follow each one. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let carry: number | undefined;
  for (const { segment, index } of segmenter.segment(text)) {
    const start = carry ?? index;
    const trimmed = segment.trimEnd();
    if (ABBREVIATION_AT_END.test(trimmed)) {
      carry = start;
      continue;
    }
    carry = undefined;
    if (/\p{L}/u.test(text.slice(start, index + trimmed.length))) spans.push({ start, end: index + trimmed.length });
  }
  if (carry !== undefined) spans.push({ start: carry, end: text.trimEnd().length });
  return spans;
}
