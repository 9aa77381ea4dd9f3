import type { Element, ElementContent, Parents, Text } from 'hast';

interface TextPosition {
  parent: Parents;
  index: number;
  /** Offset inside the text node. */
  offset: number;
}

/**
 * Finds the text node holding character `at` of `root`'s text. `preferEnd` picks the node that ends at
 * `at` rather than the one that starts there, which is what the end of a range needs.
 */
function locate(root: Element, at: number, preferEnd: boolean): TextPosition | undefined {
  let seen = 0;
  const walk = (parent: Parents): TextPosition | undefined => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!;
      if (child.type === 'text') {
        const end = seen + child.value.length;
        if (preferEnd ? at > seen && at <= end : at >= seen && at < end) return { parent, index, offset: at - seen };
        seen = end;
      } else if (child.type === 'element') {
        const found = walk(child);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(root);
}

function splitText(parent: Parents, index: number, offset: number): void {
  const node = parent.children[index] as Text;
  if (offset <= 0 || offset >= node.value.length) return;
  parent.children.splice(
    index,
    1,
    { type: 'text', value: node.value.slice(0, offset) },
    { type: 'text', value: node.value.slice(offset) },
  );
}

/**
 * Hand-written: hast-util-find-and-replace and its kin match inside one text node, and a claim's words
 * run across several (emphasis, links, the claims already wrapped).
 *
 * Wraps characters [start, end) of `root`'s text in the elements `make` returns (the first takes the
 * wrapped nodes; any others follow it). Both ends must lie in text under the same parent: a range that
 * would cut through a link or emphasis is refused (`false`).
 */
export function wrapTextRange(root: Element, start: number, end: number, make: (children: ElementContent[]) => ElementContent[]): boolean {
  const first = locate(root, start, false);
  const last = locate(root, end, true);
  if (!first || !last || first.parent !== last.parent) return false;
  const { parent } = first;

  // Split the end first so the start's index stays valid.
  splitText(parent, last.index, last.offset);
  splitText(parent, first.index, first.offset);
  const from = first.offset > 0 ? first.index + 1 : first.index;
  const to = last.index + (first.offset > 0 ? 1 : 0);
  const inside = parent.children.slice(from, to + 1) as ElementContent[];
  parent.children.splice(from, inside.length, ...make(inside));
  return true;
}
