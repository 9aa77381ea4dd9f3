import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';

/**
 * Section headings stand at the top level of the article: no need to search the notes for them.
 * Returns their ids, which no annotation id may take.
 */
export function linkHeadings(tree: Root): string[] {
  const ids: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'h2' || typeof node.properties.id !== 'string') continue;
    ids.push(node.properties.id);
    node.children.push(
      h('a', { className: ['heading-link'], href: `#${node.properties.id}`, ariaLabel: `Section: ${toString(node)}: link to this section` }, '#'),
    );
  }
  return ids;
}
