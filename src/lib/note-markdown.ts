import type { ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { EXTERNAL_REL } from './external-rel.ts';

export interface NoteIssue {
  problem: string;
  fix: string;
}

const parser = unified().use(remarkParse);
// No `allowDangerousHtml`: even if a raw node slipped past the check below, it would be dropped, not printed.
const toHast = unified().use(remarkRehype);

const SAFE_LINK = /^(https?:\/\/|#)/i;

/**
 * Whether a note is one line of prose in which Markdown would find no syntax at all: no character that
 * opens emphasis, code, a link (and so an image), HTML or an entity, nothing that starts a block, no line break.
 * Most notes are; they need no parser, which matters when a site holds 100,000 of them.
 */
export function isPlainText(markdown: string): boolean {
  return (
    markdown.length > 0 &&
    markdown === markdown.trim() &&
    !/[\n\r*_`\\[\]<>&~|]/.test(markdown) &&
    !/^([#>+=-]|\d{1,9}[.)](\s|$))/.test(markdown)
  );
}

/** Finds what a note may not hold: raw HTML, and links that are not http(s) or an in-page `#id`. */
export function findNoteIssues(markdown: string): NoteIssue[] {
  if (isPlainText(markdown)) return [];
  const tree = parser.parse(markdown);
  const issues: NoteIssue[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') {
      issues.push({
        problem: `the note contains raw HTML (${JSON.stringify(node.value.slice(0, 40))})`,
        fix: 'write the note in plain Markdown; to show a "<" character, write it as \\<',
      });
    }
    if ((node.type === 'link' || node.type === 'definition') && !SAFE_LINK.test(node.url)) {
      issues.push({
        problem: `the note links to ${JSON.stringify(node.url)}, which is not an http(s) address`,
        fix: 'link only to http:// or https:// addresses (or #id within the page); cite sources in `sources` instead',
      });
    }
    if (node.type === 'image') {
      issues.push({ problem: 'the note contains an image', fix: 'remove the image; notes are text only' });
    }
  });
  return issues;
}

/**
 * Renders a note's Markdown to hast. Call only on notes that `findNoteIssues` passed. Links that leave
 * the site get the same safe `rel` as every other external link.
 */
export function noteToHast(markdown: string): ElementContent[] {
  if (isPlainText(markdown)) return [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: markdown }] }];
  return parseNoteToHast(markdown);
}

/** `noteToHast` without its shortcut for plain text: what the shortcut must always equal. */
export function parseNoteToHast(markdown: string): ElementContent[] {
  const mdast = parser.parse(markdown) as MdastRoot;
  const hast = toHast.runSync(mdast) as HastRoot;
  visit(hast, 'element', (node) => {
    if (node.tagName === 'a' && /^https?:/i.test(String(node.properties.href))) node.properties.rel = [...EXTERNAL_REL];
  });
  return hast.children.filter((node): node is ElementContent => node.type !== 'doctype');
}
