const EXCERPT_WORDS = 28;
const BEFORE_MATCH = 8;

export interface MatchedPassage {
  /** The part shown: about 28 words around the first matching word. */
  text: string;
  /** The matching words' indices in `text`, counted in words. */
  located: Set<number>;
  /** Whether the shown part starts after the text's start, or ends before its end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The part of a text (a claim's note, an article's text) where the query matched, or null where it did
 * not (a claim matched only in its words or its sentence). `located` are the matching words' indices
 * in the text (claim-hits.ts, article-texts.ts).
 */
export function matchedPassage(note: string, located: readonly number[]): MatchedPassage | null {
  const words = note.trim().split(/\s+/);
  const inNote = [...located].sort((a, b) => a - b);
  if (inNote.length === 0) return null;
  const first = inNote[0]!;
  const start = first < EXCERPT_WORDS - BEFORE_MATCH ? 0 : first - BEFORE_MATCH;
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  return {
    text: words.slice(start, end).join(' '),
    located: new Set(inNote.filter((at) => at >= start && at < end).map((at) => at - start)),
    cutStart: start > 0,
    cutEnd: end < words.length,
  };
}
