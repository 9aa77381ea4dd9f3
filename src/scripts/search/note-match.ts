const EXCERPT_WORDS = 28;
const BEFORE_MATCH = 8;

export interface NoteMatch {
  /** The part of the note shown: about 28 words around its first matching word. */
  text: string;
  /** The matching words' indices in `text`, counted in words. */
  located: Set<number>;
  /** Whether the shown part starts after the note's start, or ends before its end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The part of a claim's note where the query matched, or null when it matched only the claim's words or
 * its sentence. `located` are the matching words' indices in the note (claim-hits.ts).
 */
export function noteMatch(note: string, located: readonly number[]): NoteMatch | null {
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
