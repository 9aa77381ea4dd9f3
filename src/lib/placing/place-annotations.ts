import { type Anchor, anchorQuote, findOverlaps, startsWithWords, type TextBlock } from './anchor-quotes.ts';
import { whyNotFound } from './closest-passage.ts';
import type { Basis, Kind, RecordStatus } from '../kinds/kinds.ts';
import type { Quote } from '../schema/annotation-schema.ts';
import { statementProblems } from '../problems/claim-statement.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { AnnotationSet } from '../reading/read-annotations.ts';
import { sentenceAt } from './sentences.ts';
import { fragmentWords, textDirective } from './text-fragment.ts';

/** A claim found in the text: everything a page, an index or an export needs, computed once. */
export interface PlacedClaim {
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
  paragraphId: string;
  blockIndex: number;
  start: number;
  end: number;
  /** Where the claim is written in the annotation file. */
  line: number;
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

const opening = (text: string) => text.trim().split(/\s+/).slice(0, 6).join(' ');

function nameParagraphs(blocks: readonly TextBlock[], set: AnnotationSet, problems: ContentProblem[]): string[] {
  const { file } = set;
  const ids: (string | undefined)[] = blocks.map(() => undefined);

  for (const entry of set.paragraphs) {
    const matches = blocks.flatMap((block, i) => (startsWithWords(block.text, entry.starts) ? [i] : []));
    if (matches.length === 0) {
      problems.push({
        file,
        line: entry.line,
        problem: `no paragraph of the article starts with "${entry.starts}" (paragraph id "${entry.id}")`,
        fix: 'make `starts` the opening words of the paragraph exactly as in article.md',
      });
    } else if (matches.length > 1) {
      problems.push({
        file,
        line: entry.line,
        problem: `${matches.length} paragraphs start with "${entry.starts}" (paragraph id "${entry.id}")`,
        fix: 'quote more of the opening words, so that they name one paragraph',
      });
    } else {
      const index = matches[0]!;
      const taken = ids[index];
      if (taken !== undefined) {
        problems.push({
          file,
          line: entry.line,
          problem: `the paragraph starting "${opening(blocks[index]!.text)}" already has the id "${taken}"`,
          fix: 'give each paragraph one id: remove this entry or point it at another paragraph',
        });
      } else ids[index] = entry.id;
    }
  }

  const firstLine = set.paragraphs[0]?.line ?? 1;
  blocks.forEach((block, index) => {
    if (ids[index] !== undefined) return;
    problems.push({
      file,
      line: firstLine,
      problem: `paragraph ${index + 1} of the article, starting "${opening(block.text)}", has no id`,
      fix: `add an entry under paragraphs, in article order: - { id: p-<a-few-words>, starts: "${opening(block.text)}" }`,
    });
  });
  return ids.map((id, index) => id ?? `p-unnamed-${index + 1}`);
}

/** The paragraph id and block index a title claim carries: it stands before every paragraph. */
export const TITLE_PARAGRAPH = 'title';

/**
 * Puts an article's annotations on its text: names every paragraph, finds every quote once and only once,
 * and refuses overlaps other than one claim wholly inside another. Everything wrong is reported, not just the first thing.
 */
export function placeAnnotations(blocks: readonly TextBlock[], set: AnnotationSet, titleText = ''): Placement {
  const problems: ContentProblem[] = [];
  const { file } = set;
  const paragraphIds = nameParagraphs(blocks, set, problems);

  const anchorOrReport = (quote: Quote, what: string, line: number): Anchor | undefined => {
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
  };

  const anchors = set.claims.map((claim) => anchorOrReport(claim.quote, `"${claim.id}"`, claim.quoteLine));
  const notAnchors = set.notClaims.map((entry) => anchorOrReport(entry.quote, 'a passage marked as not a claim', entry.quoteLine));

  const named = [
    ...set.claims.map((c) => ({ name: `the claim "${c.id}"`, line: c.line })),
    ...set.notClaims.map((n) => ({ name: 'the passage marked as not a claim', line: n.line })),
  ];
  // One claim may lie wholly inside another (an opinion on a loaded word inside a factual statement);
  // any other sharing of words is refused, and the later entry is not placed.
  const overlapping = new Set<number>();
  const isClaim = (index: number) => index < set.claims.length;
  for (const overlap of findOverlaps([...anchors, ...notAnchors])) {
    if (overlap.how === 'nested' && isClaim(overlap.outer) && isClaim(overlap.inner)) continue;
    const [a, b] = overlap.how === 'nested' ? [overlap.outer, overlap.inner] : [overlap.first, overlap.second];
    const first = named[a]!;
    const second = named[b]!;
    overlapping.add(b);
    const both = `${first.name} (line ${first.line}) and ${second.name}`;
    if (overlap.how === 'identical') {
      problems.push({
        file,
        line: second.line,
        problem: `${both} mark exactly the same words`,
        fix: 'merge them into one claim, or quote more words for one of them so that the other lies wholly inside it',
      });
    } else if (overlap.how === 'nested') {
      problems.push({
        file,
        line: second.line,
        problem: `${both} overlap in the text: a passage marked as not a claim may not hold a claim or lie inside one`,
        fix: 'shorten the passage marked as not a claim so that none of its words belong to a claim, or remove it',
      });
    } else {
      problems.push({
        file,
        line: second.line,
        problem: `${both} overlap in the text, each with words the other does not have`,
        fix: 'make one quote lie wholly inside the other (a claim may nest inside another), or shorten one of the quotes so that no words belong to both',
      });
    }
  }

  // A claim that overlaps an earlier one partially is reported, not placed: its words cannot be wrapped
  // twice. Reading order is by start; a claim before the claims nested inside it.
  const body = set.claims
    .flatMap((claim, index) => {
      const anchor = anchors[index];
      if (!anchor || overlapping.has(index)) return [];
      const block = blocks[anchor.blockIndex]!.text;
      const text = block.slice(anchor.start, anchor.end);
      const sentence = sentenceAt(block, anchor.start).replace(/\s+/g, ' ');
      const { line, quoteLine: _, ...fields } = claim;
      return [{ ...fields, ...anchor, text, sentence, line, number: 0, link: '', fragmentWords: 0, paragraphId: paragraphIds[anchor.blockIndex]! }];
    })
    .sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end);

  const wordsOf = (anchor: Anchor) => blocks[anchor.blockIndex]!.text.slice(anchor.start, anchor.end).replace(/\s+/g, ' ');
  const statements = set.claims.flatMap((claim, index) => {
    const anchor = anchors[index];
    return anchor && !overlapping.has(index) ? [{ ...claim, text: wordsOf(anchor) }] : [];
  });
  problems.push(...statementProblems(statements, set.claims.length + (set.title ? 1 : 0), file));

  const title: PlacedClaim[] = set.title
    ? [
        {
          ...set.title,
          quote: { exact: titleText },
          text: titleText,
          sentence: titleText,
          paragraphId: TITLE_PARAGRAPH,
          blockIndex: -1,
          start: 0,
          end: titleText.length,
          number: 0,
          link: '',
          fragmentWords: 0,
        },
      ]
    : [];
  const articleText = [titleText, ...blocks.map((b) => b.text)].join('\n').replace(/\s+/g, ' ');
  const claims = [...title, ...body].map((claim, index) => {
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
