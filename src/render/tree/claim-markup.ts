import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { PlacedClaim } from '../../lib/placing/place-annotations.ts';

/**
 * The element that marks a claim's words: the HTML contract every other feature relies on, written
 * here with hastscript because no plugin knows it.
 */
export function claimSpan(claim: PlacedClaim, children: ElementContent[]): Element {
  // No aria-describedby: it would point into a closed disclosure. Screen readers hear the number and
  // kind before the words from CSS (kinds.css, `content: "" / …`), which no copy or search picks up.
  return h('span', { className: ['claim'], id: claim.id, dataKind: claim.kind }, children);
}

/**
 * Joins a marker to its claim's last word: U+2060 WORD JOINER forbids a line break between them (the
 * marker's shape is an inline box for the same reason, kinds.css), so a marker never wraps away.
 */
export const MARKER_JOINER = '\u2060';

/**
 * The superscript after a claim: its number, and the claim's own permanent link for the pointer.
 * Following it highlights the claim (`:target`) and, with JavaScript, opens its note. Keyboards and
 * screen readers skip it: they reach the claim's note from its summary, one Tab stop per claim, and
 * hear the number and kind with the claim's words; 200 links "to this claim" would only be noise.
 */
export function claimMarker(claim: PlacedClaim): Element {
  return h('a', { className: ['claim-ref'], href: `#${claim.id}`, dataKind: claim.kind, tabIndex: -1, ariaHidden: 'true' }, String(claim.number));
}
