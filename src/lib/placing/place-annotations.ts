import { type Anchor, anchorQuote, findOverlaps, type PlacedPassage, type TextBlock } from './anchor-quotes.ts';
import { nameParagraphs } from './name-paragraphs.ts';
import { whyNotFound } from './closest-passage.ts';
import type { Basis, Kind, RecordStatus } from '../kinds/kinds.ts';
import type { Quote } from '../schema/annotation-schema.ts';
import { statementProblems } from '../problems/claim-statement.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { AnnotationSet } from '../schema/annotation-set.ts';
import { sentenceAt } from './sentences.ts';
import { fragmentWords, textDirective } from './text-fragment.ts';

/** A claim found in the text: everything a page, an index or an export needs, computed once. */
export interface PlacedClaim extends PlacedPassage {
  id: string;
  kind: Kind;
  record?: RecordStatus;
  /** On a sourced claim only: whether the article cites its source or the public record confirms it. */
  basis?: Basis;
  note: string;
  sources: string[];
  quote: Quote;
  /** The claim's words as they stand in the article. */
  text: string;
  /**
   * The sentence of its paragraph in which the claim starts (the title, for the title claim): wherever a
   * claim is shown alone, its sentence gives the context.
   */
  sentence: string;
  /** 1-based position among the article's claims, in reading order. */
  number: number;
  /** `#id` plus a text directive of its opening words: the link a reader copies. */
  link: string;
  /** How many opening words the text directive takes: as many as name the claim uniquely, at least four. */
  fragmentWords: number;
}

/** A passage the annotation file marks as asserting nothing, placed in the text. */
export interface PlacedNotClaim extends Anchor {
  reason: string;
  line: number;
}

export interface Placement {
  paragraphIds: string[];
  claims: PlacedClaim[];
  notClaims: PlacedNotClaim[];
  problems: ContentProblem[];
}

/** The paragraph id and block index a title claim carries: it stands before every paragraph. */
export const TITLE_PARAGRAPH = 'title';

/** Where a quote is looked for, and where its problems go. */
interface Placing {
  blocks: readonly TextBlock[];
  paragraphIds: readonly string[];
  file: string;
  problems: ContentProblem[];
}

/** A quote found once, or the problem with it: not found (with where it parts from the text), or found more than once. */
function anchorOrReport({ blocks, paragraphIds, file, problems }: Placing, quote: Quote, what: string, line: number): Anchor | undefined {
  const result = anchorQuote(blocks, quote);
  if (result.found === 'once') return result.anchor;
  if (result.found === 'none') {
    // Where it parts from the text, so that the editor need not compare the words by eye.
    const why = whyNotFound(blocks, quote, (index) => paragraphIds[index]!);
    problems.push({
      file,
      line,
      problem: `the quote of ${what} is not in the article: "${quote.exact}"${quote.prefix || quote.suffix ? ' (with its prefix/suffix)' : ''}${why ? `; ${why.problem}` : ''}`,
      fix: why?.fix ?? 'copy the words exactly from article.md (curly quotes and dashes included); if the article was edited, update the quote to the new words',
    });
  } else {
    problems.push({
      file,
      line,
      problem: `the quote of ${what} occurs ${result.count} times in the article: "${quote.exact}"`,
      fix: 'add prefix: (the words just before it) or suffix: (the words just after it) so that it names one place',
    });
  }
  return undefined;
}

const OVERLAP_PROBLEM = {
  identical: { problem: 'mark exactly the same words', fix: 'merge them into one claim, or quote more words for one of them so that the other lies wholly inside it' },
  nested: {
    problem: 'overlap in the text: a passage marked as not a claim may not hold a claim or lie inside one',
    fix: 'shorten the passage marked as not a claim so that none of its words belong to a claim, or remove it',
  },
  partial: {
    problem: 'overlap in the text, each with words the other does not have',
    fix: 'make one quote lie wholly inside the other (a claim may nest inside another), or shorten one of the quotes so that no words belong to both',
  },
};

/**
 * One claim may lie wholly inside another (an opinion on a loaded word inside a factual statement);
 * any other sharing of words is refused, and the later entry is not placed. Returns the indexes (claims
 * first, then the passages marked as not claims) of the entries refused.
 */
function refuseOverlaps(set: AnnotationSet, anchors: readonly (Anchor | undefined)[], problems: ContentProblem[]): Set<number> {
  const named = [
    ...set.claims.map((c) => ({ name: `the claim "${c.id}"`, line: c.line })),
    ...set.notClaims.map((n) => ({ name: 'the passage marked as not a claim', line: n.line })),
  ];
  const overlapping = new Set<number>();
  const isClaim = (index: number) => index < set.claims.length;
  for (const overlap of findOverlaps(anchors)) {
    if (overlap.how === 'nested' && isClaim(overlap.outer) && isClaim(overlap.inner)) continue;
    const [a, b] = overlap.how === 'nested' ? [overlap.outer, overlap.inner] : [overlap.first, overlap.second];
    const first = named[a]!;
    const second = named[b]!;
    overlapping.add(b);
    const { problem, fix } = OVERLAP_PROBLEM[overlap.how];
    problems.push({ file: set.file, line: second.line, problem: `${first.name} (line ${first.line}) and ${second.name} ${problem}`, fix });
  }
  return overlapping;
}

/** The title as a claim: its words are the whole title, and it stands before every paragraph. */
function titleClaim(set: AnnotationSet, titleText: string): PlacedClaim[] {
  if (!set.title) return [];
  const place = { paragraphId: TITLE_PARAGRAPH, blockIndex: -1, start: 0, end: titleText.length };
  return [{ ...set.title, ...place, quote: { exact: titleText }, text: titleText, sentence: titleText, number: 0, link: '', fragmentWords: 0 }];
}

/**
 * Puts an article's annotations on its text: names every paragraph, finds every quote once and only once,
 * and refuses overlaps other than one claim wholly inside another. Everything wrong is reported, not just the first thing.
 */
export function placeAnnotations(blocks: readonly TextBlock[], set: AnnotationSet, titleText = ''): Placement {
  const problems: ContentProblem[] = [];
  const { file } = set;
  const paragraphIds = nameParagraphs(blocks, set, problems);
  const placing: Placing = { blocks, paragraphIds, file, problems };
  const anchors = set.claims.map((claim) => anchorOrReport(placing, claim.quote, `"${claim.id}"`, claim.quoteLine));
  const notAnchors = set.notClaims.map((entry) => anchorOrReport(placing, entry.quote, 'a passage marked as not a claim', entry.quoteLine));
  const overlapping = refuseOverlaps(set, [...anchors, ...notAnchors], problems);

  // A claim that overlaps an earlier one partially is reported, not placed: its words cannot be wrapped
  // twice. Reading order is by start; a claim before the claims nested inside it.
  const wordsOf = (anchor: Anchor) => blocks[anchor.blockIndex]!.text.slice(anchor.start, anchor.end);
  const placed = set.claims.flatMap((claim, index) => {
    const anchor = anchors[index];
    return anchor && !overlapping.has(index) ? [{ claim, anchor }] : [];
  });
  const body = placed
    .map(({ claim: { quoteLine: _, ...fields }, anchor }) => {
      const sentence = sentenceAt(blocks[anchor.blockIndex]!.text, anchor.start).replace(/\s+/g, ' ');
      return { ...fields, ...anchor, text: wordsOf(anchor), sentence, number: 0, link: '', fragmentWords: 0, paragraphId: paragraphIds[anchor.blockIndex]! };
    })
    .sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end);
  const statements = placed.map(({ claim, anchor }) => ({ ...claim, text: wordsOf(anchor).replace(/\s+/g, ' ') }));
  problems.push(...statementProblems(statements, set.claims.length + (set.title ? 1 : 0), file));

  // Numbered in reading order, each with the link a reader copies: its id and its opening words.
  const articleText = [titleText, ...blocks.map((b) => b.text)].join('\n').replace(/\s+/g, ' ');
  const claims = [...titleClaim(set, titleText), ...body].map((claim, index) => {
    const text = claim.text.replace(/\s+/g, ' ');
    const words = fragmentWords(text, articleText);
    return { ...claim, number: index + 1, fragmentWords: words, link: `#${claim.id}${textDirective(text, words)}` };
  });

  const notClaims = set.notClaims.flatMap((entry, index) => {
    const anchor = notAnchors[index];
    return anchor ? [{ ...anchor, reason: entry.reason, line: entry.line }] : [];
  });

  return { paragraphIds, claims, notClaims, problems };
}
