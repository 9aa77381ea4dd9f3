import { type ClaimAnchor, NOTE_MARK, readClaimAnchor, SENTENCE_MARK } from '../../lib/search/claim-anchor.ts';
import { holdingLocations, holdsTerm, queryTerms } from './word-match.ts';

/** What Pagefind returns for one record, as far as the search reads it. */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The record's text, as Pagefind holds it, its words separated by white space. */
  content: string;
  /** Where the query's words are in `content`, counted in words. */
  locations: number[];
  weighted_locations?: { location: number; balanced_score: number }[];
  /** Every element of the record that had an id, with the word it starts at. */
  anchors?: { id: string; location: number }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One claim of a search record (src/lib/search/claim-group-record.ts), and how the query met it. */
export interface ClaimHit extends ClaimAnchor {
  slug: string;
  article: string;
  text: string;
  sentence: string;
  note: string;
  /** The words of `text`, and of `note`, that the query matched, by word index (stems included). */
  inText: Set<number>;
  inNote: number[];
  /**
   * Whether the claim holds every word of the query (in its words, its sentence or its note), as
   * Pagefind asks of a record: a record of twenty claims may hold "Nazarbayev" in one claim and
   * "family" in another, and neither claim matches "Nazarbayev family".
   */
  matched: boolean;
  /**
   * How well the claim matches: for each of the query's words it holds, Pagefind's best score for it
   * there, summed. A word counts once, so a claim that holds every word of "5 to 7 thousand" in its own
   * text outranks a long one that holds "to" many times.
   */
  score: number;
}

/** Which of the query's words a matching word holds (longest first), or the word itself without a query. */
function termOf(word: string, terms: readonly string[]): string {
  return terms.find((term) => holdsTerm(word, term)) ?? word;
}

/** Pagefind's best score for each of the query's words found in a claim, by word. */
function bestByTerm(matched: readonly { location: number; balanced_score: number }[], words: readonly string[], terms: readonly string[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const { location, balanced_score } of matched) {
    const term = termOf(words[location] ?? '', terms);
    best.set(term, Math.max(best.get(term) ?? 0, balanced_score));
  }
  return best;
}

const range = (from: number, to: number, at: readonly number[]) => at.filter((n) => n >= from && n < to).map((n) => n - from);

/**
 * Cuts a record into its claims. Pagefind gives the word each claim's mark, and each sentence and note mark,
 * starts at; the words between are the claim's, its sentence's and its note's, and every matching word
 * is in exactly one claim's part.
 */
export function claimHits(data: ResultData, query = ''): ClaimHit[] {
  const terms = queryTerms(query).sort((a, b) => b.length - a.length);
  const slug = data.url.match(/([a-z0-9-]+)\/\d+\.html$/)?.[1];
  if (!slug) return [];
  const words = data.content.trim().split(/\s+/);
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  const starts = anchors.flatMap((anchor, at) => {
    const claim = readClaimAnchor(anchor.id);
    return claim ? [{ claim, at }] : [];
  });
  // Only the words that hold a query word count: not those Pagefind fell back to (word-match.ts).
  const holding = holdingLocations(words, data.locations, terms);
  const located = new Set(holding);
  const scored = (data.weighted_locations ?? data.locations.map((location) => ({ location, balanced_score: 1 }))).filter((w) => located.has(w.location));
  return starts.map(({ claim, at }, n) => {
    const start = anchors[at]!.location;
    const end = n + 1 < starts.length ? anchors[starts[n + 1]!.at]!.location : words.length;
    const mark = (id: string) => anchors.slice(at + 1).find((a) => a.id === id && a.location <= end)?.location ?? end;
    const sentenceAt = mark(SENTENCE_MARK);
    const noteAt = Math.max(sentenceAt, mark(NOTE_MARK));
    const inside = scored.filter((w) => w.location >= start && w.location < end);
    // A word Pagefind matched by its stem ("sentence" for "sentenced") counts as one of the query's
    // words of its own, so a claim holds them all when it holds as many different ones.
    const best = bestByTerm(inside, words, terms);
    // A claim is one paragraph of its record, so its parts are the content's words as written (Pagefind
    // adds a full stop only where a paragraph ends without one: after the note).
    const written = (from: number, to: number) => words.slice(from, to).join(' ');
    return {
      ...claim,
      slug,
      article: data.filters.article?.[0] ?? '',
      text: written(start, sentenceAt),
      sentence: written(sentenceAt, noteAt),
      note: written(noteAt, end),
      inText: new Set(range(start, sentenceAt, holding)),
      inNote: range(noteAt, end, holding),
      matched: inside.length > 0 && best.size >= terms.length,
      score: [...best.values()].reduce((sum, score) => sum + score, 0),
    };
  });
}
