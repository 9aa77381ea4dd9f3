import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';

/**
 * Section headings stand at the top level of the article, so only those are linked: a heading inside a
 * note is not a section. `href` is named here, though the library sets it, so that it keeps its place
 * among the attributes and the HTML stays as it was.
 */
const linkSectionHeadings = rehypeAutolinkHeadings({
  behavior: 'append',
  test: (node, _index, parent) => node.tagName === 'h2' && parent?.type === 'root',
  properties: (node) => ({ className: ['heading-link'], href: `#${String(node.properties.id)}`, ariaLabel: `Section: ${toString(node)}: link to this section` }),
  content: { type: 'text', value: '#' },
});

/** Links each section heading to itself; returns their ids, which no annotation id may take. */
export function linkHeadings(tree: Root): string[] {
  linkSectionHeadings(tree);
  return tree.children.flatMap((node) =>
    node.type === 'element' && node.tagName === 'h2' && typeof node.properties.id === 'string' ? [node.properties.id] : [],
  );
}
