import type { Element } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import { h } from 'hastscript';

/**
 * Turns the article's own reference markers ("[2]") into links to their explanation; the text stays as
 * written. Markers inside a link stay text: a link may not hold another.
 */
export function linkReferenceMarkers(root: Element, references: readonly { marker: string; id: string }[]): void {
  if (references.length === 0) return;
  findAndReplace(
    root,
    references.map(({ marker, id }) => [
      marker,
      () => h('a', { className: ['ref-marker'], href: `#${id}`, ariaLabel: `Reference ${marker}: the authors’ own source` }, marker),
    ]),
    { ignore: 'a' },
  );
}
