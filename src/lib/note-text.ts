import { toString } from 'hast-util-to-string';
import { noteToHast } from './note-markdown.ts';

/** A note's Markdown as plain text, for search and data exports. */
export function noteToText(markdown: string): string {
  return noteToHast(markdown)
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
