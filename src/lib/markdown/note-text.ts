import type { ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** A rendered note as plain text, for search and data exports. */
export function noteHastToText(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
