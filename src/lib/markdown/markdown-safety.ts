import type { Nodes, Parents, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { findDeepLines } from './nesting-depth.ts';

/** Something in Markdown that may not reach a page, where it stands, and how to fix it. */
export interface MarkdownIssue {
  /** The line in the Markdown parsed (1-based). */
  line: number;
  problem: string;
  fix: string;
}

/** Links may lead to a web address or to an id on the page; nothing else (no `javascript:`, `data:`, `mailto:`…). */
const SAFE_LINK = /^(https?:\/\/|#)/i;
/** A user name or password before the host: `https://www.gov.kz@evil.example/` reads as one site and leads to another. */
const USER_INFO = /^[a-z]+:\/\/[^/?#]*@/i;
const hasUserInfo = (url: string) => USER_INFO.test(url.trim());
export const isSafeLink = (url: string): boolean => SAFE_LINK.test(url.trim()) && !hasUserInfo(url);

/**
 * How deep quotes, lists and emphasis may nest inside one another. Prose never nests this deep, and
 * every step of the way from Markdown to HTML walks the tree by recursion: a few thousand levels exhaust
 * the stack. A list item and its paragraph are part of their list's level.
 */
export const MAX_NESTING = 20;

const NESTING_FIX = `write the passage with at most ${MAX_NESTING} levels of quotes (">"), lists ("- ") and emphasis inside one another`;

/** The problem of a passage nested deeper than `MAX_NESTING`. */
export const tooDeepProblem = (what: string) => `${what} nests quotes, lists or emphasis more than ${MAX_NESTING} levels deep`;

/**
 * The lines standing more than `MAX_NESTING` quotes and lists deep, by their markers and indentation
 * (nesting-depth.ts): the Markdown parser itself recurses once per level, and costs about the cube of
 * the depth, so these are found in the text, before it parses. One problem for each run of such lines
 * (blank lines between them included): a passage nested too deep is one mistake.
 */
export function deeplyNestedLines(markdown: string, what: string): MarkdownIssue[] {
  const issues: MarkdownIssue[] = [];
  const lines = markdown.split('\n');
  let last = -1;
  findDeepLines(markdown, MAX_NESTING, (line) => {
    // A run goes on over blank lines: the lines between the last deep line and this one are all blank.
    const sameRun = last > 0 && lines.slice(last, line - 1).every((between) => between.trim() === '');
    if (!sameRun) issues.push({ line, problem: tooDeepProblem(what), fix: NESTING_FIX });
    last = line;
  });
  return issues;
}

/** Every line `findDeepLines` finds too deep, for the caller that leaves them out of what is parsed. */
export function deepLineNumbers(markdown: string): Set<number> {
  const lines = new Set<number>();
  findDeepLines(markdown, MAX_NESTING, (line) => lines.add(line));
  return lines;
}

/**
 * The one rule for what Markdown written by an editor may hold, in notes and in articles alike: no raw
 * HTML, no images, no footnotes, links only to http(s) addresses or
 * in-page `#id`s, and no nesting deeper than `MAX_NESTING`. `what` names the text in the messages ("the
 * note", "the article"). The walk stops at that depth, so a deeper tree cannot exhaust the stack here.
 */
export function findUnsafeMarkdown(tree: Root, what: string): MarkdownIssue[] {
  const issues: MarkdownIssue[] = [];
  const at = (node: Nodes, problem: string, fix: string) => issues.push({ line: node.position?.start.line ?? 1, problem, fix });
  visitWithinNesting(tree, (node) => at(node, tooDeepProblem(what), NESTING_FIX), (node) => {
    if (node.type === 'html') {
      at(node, `${what} contains raw HTML (${JSON.stringify(node.value.slice(0, 40))})`, 'write it as text; to show a "<" character, write it as \\<');
    } else if ((node.type === 'link' || node.type === 'definition') && hasUserInfo(node.url)) {
      at(
        node,
        `${what} links to ${JSON.stringify(node.url.slice(0, 60))}, an address with a user name or password before its host ("…@"), which shows one site's name and leads to another`,
        'link to the address without the part before "@"',
      );
    } else if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(node.url)) {
      at(
        node,
        `${what} links to ${JSON.stringify(node.url.slice(0, 60))}, which is not an http(s) address or a #id on the page`,
        'link only to http:// or https:// addresses (or #id within the page), or write the words without the link',
      );
    } else if (node.type === 'image' || node.type === 'imageReference') {
      at(node, `${what} contains an image`, `remove the image: ${what} is text only`);
    } else if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      // Footnotes bring element ids of their own ("footnote-label", "user-content-fn-1"), which an
      // annotation id or another note's footnote could repeat; the published texts have none.
      at(node, `${what} contains a footnote ("[^${node.label ?? node.identifier}]")`, 'the text as published has no footnotes: write the words as they stand, or mark them as text with "\\[^"');
    }
  });
  return issues;
}

/** Whether a node opens a level of nesting: list items and paragraphs belong to their list's level. */
const opensLevel = (node: Nodes) => node.type !== 'listItem' && node.type !== 'paragraph' && node.type !== 'text';

/**
 * Walks a Markdown tree in document order down to `MAX_NESTING` levels: `tooDeep` gets each outermost
 * node beyond them, whose children are not walked, so the walk's own recursion stays bounded.
 */
export function visitWithinNesting(
  tree: Root,
  tooDeep: (node: Nodes, index: number | undefined, parent: Parents | undefined) => void,
  each: (node: Nodes, index: number | undefined, parent: Parents | undefined) => void,
): void {
  // Each node's level, from its parent's: the walk reaches a parent before its children.
  const level = new Map<Nodes, number>([[tree, 0]]);
  visit(tree, (node: Nodes, index, parent) => {
    const here = (parent ? level.get(parent)! : 0) + (parent && opensLevel(node) ? 1 : 0);
    level.set(node, here);
    if (here > MAX_NESTING) {
      tooDeep(node, index, parent);
      return SKIP;
    }
    each(node, index, parent);
    return undefined;
  });
}
