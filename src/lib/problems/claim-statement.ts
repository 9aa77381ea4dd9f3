import type { ContentProblem } from './content-problem.ts';

/**
 * A claim is shown alone (search, the claims map, the exports, shared previews), so its words must read
 * as a statement: "he was behind the", marked unsourced, tells a reader nothing. Two signs of a
 * fragment are cheap to see: words that end on a word that needs more after it, and fewer than three
 * words. A claim whose words cannot be longer (a list item without a verb) says why in `fragment`.
 */

/** Words (and pairs of words) after which a statement is not over. Compared in lower case. */
const ENDS_UNFINISHED = new Set([
  'a', 'an', 'the', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'of', 'by', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'into', 'onto', 'upon', 'about', 'over', 'under',
  'through', 'between', 'among', 'against', 'without', 'within', 'via', 'than', 'like',
  'and', 'or', 'but', 'nor', 'as', 'if', 'whether', 'because', 'since', 'while', 'although', 'though', 'so',
  'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'why', 'how',
  'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'i.e.', 'e.g.', 'i.e', 'e.g',
  'such as', 'but also', 'not only', 'as well', 'rather than', 'so that', 'according to',
]);

/** The share of an article's claims that may be marked as fragments. */
export const FRAGMENT_SHARE = 0.03;
export const MIN_STATEMENT_WORDS = 3;

/** A word is a run of characters holding a letter or a digit; a dash or a bracket alone is not one. */
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** The last word in lower case, without the commas, brackets and quotation marks after it (a full stop stays: "in." ends a sentence). */
const bare = (word: string) => word.toLowerCase().replace(/[,;:!?)\]"”’'»…]+$/u, '');

/** Why these words do not read as a statement on their own, or undefined when they may. */
export function fragmentReason(text: string): string | undefined {
  const words = wordsOf(text);
  if (words.length < MIN_STATEMENT_WORDS) return `it has ${words.length === 1 ? 'one word' : `${words.length} words`}`;
  const last = bare(words.at(-1)!);
  const lastTwo = `${bare(words.at(-2)!)} ${last}`;
  if (ENDS_UNFINISHED.has(lastTwo)) return `it ends on "${lastTwo}"`;
  if (ENDS_UNFINISHED.has(last)) return `it ends on "${last}"`;
  return undefined;
}

/** How many of an article's claims may carry `fragment`. */
export const allowedFragments = (claims: number) => Math.floor(claims * FRAGMENT_SHARE);

interface StatementCandidate {
  id: string;
  text: string;
  fragment?: string | undefined;
  /** The line of the claim's quote, and of the claim, in the annotation file. */
  quoteLine: number;
  line: number;
}

/**
 * Each placed claim's words read as a statement, or the claim says why not in `fragment`; at most
 * FRAGMENT_SHARE of the article's claims (`total`, the title included) may say so.
 */
export function statementProblems(claims: readonly StatementCandidate[], total: number, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const claim of claims) {
    const reason = fragmentReason(claim.text);
    if (reason && claim.fragment === undefined) {
      problems.push({
        file,
        line: claim.quoteLine,
        problem: `the words of "${claim.id}" do not read as a statement on their own (${reason}): "${claim.text}"`,
        fix: 'quote the words up to the end of what the claim states (a shorter claim may lie wholly inside it); if they cannot be longer, add fragment: "<why>" to the claim',
      });
    } else if (!reason && claim.fragment !== undefined) {
      problems.push({
        file,
        line: claim.line,
        problem: `the claim "${claim.id}" is marked as a fragment, but its words read as a statement`,
        fix: 'remove its fragment: line',
      });
    }
  }
  const marked = claims.filter((c) => c.fragment !== undefined);
  const allowed = allowedFragments(total);
  if (marked.length > allowed) {
    problems.push({
      file,
      line: marked[allowed]!.line,
      problem: `${marked.length} of the article's ${total} claims are marked as fragments (${marked.map((c) => `"${c.id}"`).join(', ')}); at most ${FRAGMENT_SHARE * 100}% (${allowed}) may be`,
      fix: 'quote more of the text for these claims, so that each reads as a statement, and remove their fragment: lines',
    });
  }
  return problems;
}
