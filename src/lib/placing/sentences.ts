export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** ICU breaks after these; in running text they never end a sentence. */
const ABBREVIATION_AT_END = /\b(?:Mr|Mrs|Ms|Dr|St|Prof|e\.g|i\.e|vs)\.$/;

/** The sentences of a paragraph, as offsets into it, without the spaces that follow each one. */
export function splitSentences(paragraph: string): Span[] {
  // A line break inside a paragraph (a soft break in the Markdown) is not the end of a sentence, but the
  // segmenter would break there; a space of the same length keeps the offsets.
  const text = paragraph.replace(/[\r\n\t]/g, ' ');
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

/**
 * The sentence of `text` that holds character `at`; between two sentences, the one that follows.
 */
export function sentenceAt(text: string, at: number): string {
  const spans = splitSentences(text);
  const span = spans.find((s) => at < s.end) ?? spans.at(-1);
  return span ? text.slice(span.start, span.end) : text.trim();
}
