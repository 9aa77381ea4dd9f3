import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Something in Markdown that may not reach a page, where it stands, and how to fix it. */
export interface MarkdownIssue {
  /** The line in the Markdown parsed (1-based). */
  line: number;
  problem: string;
  fix: string;
}

/** Links may lead to a web address or to an id on the page; nothing else (no `javascript:`, `data:`, `mailto:`…). */
const SAFE_LINK = /^(https?:\/\/|#)/i;
export const isSafeLink = (url: string): boolean => SAFE_LINK.test(url.trim());

/**
 * The one rule for what Markdown written by an editor may hold, in notes and in articles alike: no raw
 * HTML, no images, and links only to http(s) addresses or in-page `#id`s. `what` names the text in the
 * messages ("the note", "the article").
 */
export function findUnsafeMarkdown(tree: Root, what: string): MarkdownIssue[] {
  const issues: MarkdownIssue[] = [];
  const at = (node: Nodes, problem: string, fix: string) => issues.push({ line: node.position?.start.line ?? 1, problem, fix });
  visit(tree, (node: Nodes) => {
    if (node.type === 'html') {
      at(node, `${what} contains raw HTML (${JSON.stringify(node.value.slice(0, 40))})`, 'write it as text; to show a "<" character, write it as \\<');
    } else if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(node.url)) {
      at(
        node,
        `${what} links to ${JSON.stringify(node.url.slice(0, 60))}, which is not an http(s) address or a #id on the page`,
        'link only to http:// or https:// addresses (or #id within the page), or write the words without the link',
      );
    } else if (node.type === 'image' || node.type === 'imageReference') {
      at(node, `${what} contains an image`, `remove the image: ${what} is text only`);
    }
  });
  return issues;
}
