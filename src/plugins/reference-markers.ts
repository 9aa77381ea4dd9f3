import type { Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/** Turns the article's own reference markers ("[2]") into links to their explanation; the text stays as written. */
export function linkReferenceMarkers(root: Element, references: readonly { marker: string; id: string }[]): void {
  if (references.length === 0) return;
  visit(root, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || (parent as Element).tagName === 'a') return;
    for (const { marker, id } of references) {
      const at = node.value.indexOf(marker);
      if (at === -1) continue;
      const pieces: ElementContent[] = [
        { type: 'text', value: node.value.slice(0, at) },
        h('a', { className: ['ref-marker'], href: `#${id}`, ariaLabel: `Reference ${marker}: the authors’ own source` }, marker),
        { type: 'text', value: node.value.slice(at + marker.length) },
      ];
      parent.children.splice(index, 1, ...pieces.filter((p) => p.type !== 'text' || p.value !== ''));
      return index + 2; // continue after the new link
    }
  });
}
