import type { Element, ElementContent, RootContent } from 'hast';
import { h } from 'hastscript';
import type { Block } from './paragraph-blocks.ts';

/**
 * Hand-written with hastscript: the frame is this site's HTML contract (docs/html-contract.md), which no plugin knows.
 *
 * Gives a paragraph its id, its self-link and its notes; a list item keeps its place in the list, so
 * that the list stays a list for screen readers.
 */
export function frameParagraph(block: Block, id: string, number: number, notes: Element[], tombstones: Element[]): void {
  const { element, parent } = block;
  const link = h('a', { className: ['para-link'], href: `#${id}`, ariaLabel: `Paragraph ${number}: link to this paragraph` }, `¶${number}`);
  const aside: ElementContent[] = notes.length > 0 ? [h('div', { className: ['notes'] }, notes)] : [];

  if (element.tagName === 'li') {
    const text = h('p', element.children);
    element.properties = { ...element.properties, id, className: ['para'] };
    element.children = [...tombstones, text, link, ...aside];
    return;
  }
  const wrapper = h('div', { className: ['para'], id }, [...tombstones, { ...element }, link, ...aside]);
  const index = parent.children.indexOf(element as RootContent & ElementContent);
  parent.children.splice(index, 1, wrapper);
}
