import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PlacedArticle } from '../../lib/placing/annotation-input.ts';
import type { PlacedClaim } from '../../lib/placing/place-annotations.ts';
import { claimMarker, claimSpan } from './claim-markup.ts';

/**
 * The title is not in the Markdown (it is frontmatter), so its claim leaves the pipeline as HTML for
 * the page to place: the marked title, its marker apart (so the heading's name is the title alone),
 * and its note.
 */
export function titleMarkup(claim: PlacedClaim, note: Element): NonNullable<PlacedArticle['titleMarkup']> {
  return {
    html: toHtml(claimSpan(claim, [{ type: 'text', value: claim.text }])),
    markerHtml: toHtml(claimMarker(claim)),
    noteHtml: toHtml(note),
  };
}
