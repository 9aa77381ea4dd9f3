import type { ContentProblem } from '../problems/content-problem.ts';
import { type Span, splitSentences } from './sentences.ts';

export interface SentenceCoverage extends Span {
  text: string;
  /** What covers it: a claim, a passage marked as not a claim, a draft entry still to classify, or nothing. */
  coveredBy: 'claim' | 'not a claim' | 'draft' | null;
}

export interface ParagraphCoverage {
  id: string;
  claims: number;
  sentences: SentenceCoverage[];
}

type Placed = Span & { blockIndex: number };

const touches = (sentence: Span, span: Span) => span.start < sentence.end && span.end > sentence.start;

/** Which sentences of each paragraph belong to a claim, which are marked as not a claim, and which to neither. */
export function measureCoverage(
  paragraphs: readonly { id: string; text: string }[],
  claims: readonly Placed[],
  notClaims: readonly Placed[],
  /** Draft entries (src/lib/drafts): a sentence one holds is accounted for, as left to do. */
  drafts: readonly Placed[] = [],
): ParagraphCoverage[] {
  return paragraphs.map(({ id, text }, blockIndex) => {
    const inBlock = claims.filter((c) => c.blockIndex === blockIndex);
    const excused = notClaims.filter((n) => n.blockIndex === blockIndex);
    const toDo = drafts.filter((d) => d.blockIndex === blockIndex);
    const sentences = splitSentences(text).map((sentence) => ({
      ...sentence,
      text: text.slice(sentence.start, sentence.end),
      coveredBy: inBlock.some((c) => touches(sentence, c))
        ? ('claim' as const)
        : excused.some((n) => touches(sentence, n))
          ? ('not a claim' as const)
          : toDo.some((d) => touches(sentence, d))
            ? ('draft' as const)
            : null,
    }));
    return { id, claims: inBlock.length, sentences };
  });
}

/** Every sentence that asserts something must be covered: one problem per sentence that is not. */
export function uncoveredSentenceProblems(
  coverage: readonly ParagraphCoverage[],
  file: string,
  lineOfParagraph: (id: string) => number,
): ContentProblem[] {
  return coverage.flatMap(({ id, sentences }) =>
    sentences
      .filter((s) => s.coveredBy === null)
      .map((s) => ({
        file,
        line: lineOfParagraph(id),
        problem: `a sentence of paragraph "${id}" belongs to no claim: "${s.text.length > 90 ? `${s.text.slice(0, 90)}…` : s.text}"`,
        fix: 'annotate it as one or more claims, or, if it asserts nothing, list it under notClaims with a reason',
      })),
  );
}

/** One line a paragraph: "¶7 p-borders  8/8 sentences covered, 12 claims". */
export function describeCoverage(coverage: readonly ParagraphCoverage[]): string[] {
  const width = Math.max(...coverage.map((p) => p.id.length));
  return coverage.map(({ id, claims, sentences }, index) => {
    const covered = sentences.filter((s) => s.coveredBy !== null && s.coveredBy !== 'draft').length;
    const excused = sentences.filter((s) => s.coveredBy === 'not a claim').length;
    const drafts = sentences.filter((s) => s.coveredBy === 'draft').length;
    const mark = covered === sentences.length ? ' ' : drafts > 0 && covered + drafts === sentences.length ? '…' : '✗';
    return `${mark} ¶${String(index + 1).padEnd(3)} ${id.padEnd(width)}  ${covered}/${sentences.length} sentences covered, ${claims} claims${excused ? `, ${excused} not a claim` : ''}${drafts ? `, ${drafts} left to classify` : ''}`;
  });
}
