import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** A passage that gets a permanent id and notes, with the parent its frame replaces it in. */
export interface Block {
  element: Element;
  parent: Root | Element;
}

/**
 * Paragraphs and list items, in reading order: the passages that get permanent ids and notes. Which
 * passages count is this site's rule (a list item's own paragraphs belong to it), so no plugin holds it.
 */
export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName === 'li' || node.tagName === 'p') {
      blocks.push({ element: node, parent: parent as Root | Element });
      return SKIP; // a list item's own paragraphs belong to it
    }
  });
  return blocks;
}
