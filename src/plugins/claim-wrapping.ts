import type { PlacedClaim } from '../lib/placing/place-annotations.ts';
import type { ContentProblem } from '../lib/problems/content-problem.ts';
import { wrapTextRange } from './hast-wrap.ts';
import { claimMarker, claimSpan, MARKER_JOINER } from './claim-markup.ts';
import type { Block } from './paragraph-blocks.ts';

/**
 * Wraps each body claim's words in its span, followed by its marker. Returns, rather than throws, a
 * problem for each claim whose words cross formatting, so that every other claim is still placed.
 */
export function wrapClaims(blocks: readonly Block[], claims: readonly PlacedClaim[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // The claim that ends last first: a marker, once in, cannot shift the offsets of the claims still to
  // wrap, which all end at or before it. Of two that end together the outer one goes first, so that the
  // inner one is then wrapped inside it, its marker too.
  const byEnd = [...claims].sort((a, b) => b.blockIndex - a.blockIndex || b.end - a.end || a.start - b.start);
  for (const claim of byEnd) {
    const wrapped = wrapTextRange(blocks[claim.blockIndex]!.element, claim.start, claim.end, (children) => [
      claimSpan(claim, children),
      { type: 'text', value: MARKER_JOINER },
      claimMarker(claim),
    ]);
    if (!wrapped) {
      problems.push({
        file,
        line: claim.line,
        problem: `the quote of "${claim.id}" starts inside a link or emphasis and ends outside it (or the reverse)`,
        fix: 'make the quote begin and end on the same side of the formatting',
      });
    }
  }
  return problems;
}
