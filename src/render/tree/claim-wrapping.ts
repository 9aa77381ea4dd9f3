import type { Element, ElementContent } from 'hast';
import type { PlacedClaim } from '../../lib/placing/place-annotations.ts';
import type { ContentProblem } from '../../lib/problems/content-problem.ts';
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
  for (const block of blocks) markersInReadingOrder(block.element);
  return problems;
}

const isClaim = (node: ElementContent): node is Element => node.type === 'element' && (node.properties.className as string[] | undefined)?.includes('claim') === true;
const isMarker = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && (node.properties.className as string[] | undefined)?.includes('claim-ref') === true;

/**
 * Claims that end on the same word give their markers in reading order, after the outermost claim:
 * "Kazakhstan ●4 ●6 ●7", not the wrapping's "Kazakhstan ●7 ●6 ●4", where each inner claim's marker
 * stood at the end of the claim around it. Innermost first, so that each claim hands on, after its own
 * marker, those it was given.
 */
function markersInReadingOrder(parent: Element): void {
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index]!;
    if (node.type !== 'element') continue;
    markersInReadingOrder(node);
    // Only a claim followed by its own marker (the joiner, then the marker) can hand markers on.
    if (!isClaim(node) || !isMarker(parent.children[index + 2] as ElementContent | undefined)) continue;
    const trailing: ElementContent[] = [];
    // A marker, and the word joiner before it, at the very end of the claim: an inner claim's that ends here.
    while (isMarker(node.children.at(-1) as ElementContent | undefined) && node.children.at(-2)?.type === 'text' && (node.children.at(-2) as { value: string }).value === MARKER_JOINER) {
      trailing.unshift(...(node.children.splice(-2, 2) as ElementContent[]));
    }
    parent.children.splice(index + 3, 0, ...trailing);
  }
}
