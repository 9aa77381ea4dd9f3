import type { ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { EXTERNAL_REL } from '../site/external-rel.ts';
import { findUnsafeMarkdown } from './markdown-safety.ts';

export interface NoteIssue {
  problem: string;
  fix: string;
}

const parser = unified().use(remarkParse);
// No `allowDangerousHtml`: even if a raw node slipped past the check below, it would be dropped, not printed.
const toHast = unified().use(remarkRehype);

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

/** Notes are short: a longer text belongs in the article's own sources, and a cap keeps the parser's work bounded. */
export const MAX_NOTE_LENGTH = 1000;

/**
 * Finds what a note may not hold: more than `MAX_NOTE_LENGTH` characters, raw HTML, images, and links
 * that are not http(s) or an in-page `#id` (markdown-safety.ts, the rule articles follow too).
 */
export function findNoteIssues(markdown: string): NoteIssue[] {
  if (markdown.length > MAX_NOTE_LENGTH) {
    return [{ problem: `the note is ${markdown.length} characters long, more than the ${MAX_NOTE_LENGTH} a note may have`, fix: 'shorten it: a note classifies the claim and cites its sources in a few sentences' }];
  }
  if (isPlainText(markdown)) return [];
  return findUnsafeMarkdown(parser.parse(markdown), 'the note').map(({ problem, fix }) => ({ problem, fix }));
}

/** Words of the team's own workflow that mean nothing to a reader ("stored source", "the dossier"). */
const INTERNAL_WORDS = /\b(stored|dossier)\b/i;

/**
 * The team's own words for its lists of sources, if a note uses one: readers see notes, and the
 * earlier versions of notes, and do not know those lists. `problem` goes after "the note of …".
 */
export function findInternalWord(note: string): NoteIssue | undefined {
  const jargon = INTERNAL_WORDS.exec(note);
  return jargon
    ? {
        problem: `uses the internal word "${jargon[1]!.toLowerCase()}", which readers do not know`,
        fix: 'say what the cited source states, or plainly "No public record of … was found"; the team\'s own lists of sources are not the reader\'s',
      }
    : undefined;
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
