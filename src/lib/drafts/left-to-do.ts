import { anchorQuote, type PlacedPassage, type TextBlock } from '../placing/anchor-quotes.ts';
import { whyNotFound } from '../placing/closest-passage.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { LocatedDraft } from '../schema/annotation-set.ts';

/** A draft entry found in the text: the words still to classify. */
export interface PlacedDraft extends PlacedPassage {
  /** The words, as readers see them. */
  text: string;
}

/** What is left to do before an article can be published: a passage to classify, or a placeholder to fill. */
export interface LeftToDo {
  file: string;
  line: number;
  /** What to do, in a line: 'classify "The price…" (paragraph "p-price")'. */
  task: string;
  /** The same as a problem, for a published article that still has it. */
  problem: ContentProblem;
}

/**
 * Finds each draft entry in the text, as a claim's quote is found (once, and only once), and reports
 * one that is not there as a claim's would be, with the closest passage: an edit to article.md can
 * leave a draft behind too.
 */
export function placeDrafts(paragraphs: readonly { id: string; text: string }[], drafts: readonly LocatedDraft[], file: string): { placed: PlacedDraft[]; problems: ContentProblem[] } {
  const blocks: TextBlock[] = paragraphs.map(({ text }) => ({ text }));
  const placed: PlacedDraft[] = [];
  const problems: ContentProblem[] = [];
  for (const draft of drafts) {
    const found = anchorQuote(blocks, draft.quote);
    if (found.found === 'once') {
      const { blockIndex, start, end } = found.anchor;
      placed.push({ paragraphId: paragraphs[blockIndex]!.id, blockIndex, start, end, text: paragraphs[blockIndex]!.text.slice(start, end), line: draft.line });
    } else if (found.found === 'many') {
      problems.push({
        file,
        line: draft.quoteLine,
        problem: `the draft entry's words occur ${found.count} times in the article: "${draft.quote.exact}"`,
        fix: 'add prefix: (the words just before it) or suffix: (the words just after it) so that it names one place',
      });
    } else {
      const why = whyNotFound(blocks, draft.quote, (index) => paragraphs[index]!.id);
      problems.push({
        file,
        line: draft.quoteLine,
        problem: `the draft entry's words are not in the article: "${draft.quote.exact}"${why ? `; ${why.problem}` : ''}`,
        fix: why?.fix ?? 'copy the words exactly from the text; if the article was edited, update the entry to the new words',
      });
    }
  }
  return { placed, problems };
}

const shortened = (text: string) => {
  const words = text.replace(/\s+/g, ' ');
  return words.length > 90 ? `${words.slice(0, 90)}…` : words;
};

/** Each draft entry as a task, and as the problem it is in a published article. */
export function draftTasks(drafts: readonly PlacedDraft[], file: string): LeftToDo[] {
  return drafts.map(({ paragraphId, text, line }) => ({
    file,
    line,
    task: `classify "${shortened(text)}" (paragraph "${paragraphId}")`,
    problem: {
      file,
      line,
      problem: `a passage of paragraph "${paragraphId}" is not yet classified (a draft entry): "${shortened(text)}"`,
      fix: 'replace the draft entry with one or more claims (the editor\'s panel under `npm run dev` does it from a selection), or, if the words assert nothing, with a notClaims entry and its reason',
    },
  }));
}

/** A value `npm run new` leaves for the editor to write: "(to do: the author's name as published)". */
const PLACEHOLDER = /^\(to do\b/i;

/** Every frontmatter value still a placeholder, with its line in article.md. */
export function placeholderTasks(frontmatter: unknown, lineOf: (path: readonly PropertyKey[]) => number, file: string): LeftToDo[] {
  const found: LeftToDo[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && PLACEHOLDER.test(value)) {
      const field = path.filter((key) => typeof key === 'string').join('.');
      const line = lineOf(path);
      found.push({
        file,
        line,
        task: `write ${field}: ${value}`,
        problem: { file, line, problem: `the frontmatter's ${field} is still a placeholder: "${value}"`, fix: 'write what is known there, as published (null for a fact that is not known: never a guess)' },
      });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(frontmatter, []);
  return found;
}
