import type { ContentProblem } from './content-problem.ts';

/**
 * Characters that change what text looks like, or hide that it differs, without showing themselves:
 * bidirectional overrides and isolates (which can make text read in another order than it is stored)
 * and zero-width characters (which make a quote look identical to the text it fails to match).
 */
const INVISIBLE: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space (byte-order mark)',
  '\u00AD': 'soft hyphen',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
};
const PATTERN = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'gu');

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * One problem for each line of `text` holding an invisible character. A byte-order mark at the very
 * start of a file is left to the reader of the file, which drops it.
 */
export function findInvisibleCharacters(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, index) => {
    const found = [...new Set((index === 0 ? line.replace(/^\uFEFF/, '') : line).match(PATTERN) ?? [])];
    if (found.length === 0) return;
    problems.push({
      file,
      line: index + 1,
      problem: `this line holds an invisible character: ${found.map((c) => `${codePoint(c)} (${INVISIBLE[c]})`).join(', ')}`,
      fix: 'delete it (in most editors: move along the line with the arrow keys until the cursor seems to stop, then delete); the text reads the same without it',
    });
  });
  return problems;
}

/** A file's text without a leading byte-order mark, which some editors add and which is no part of the text. */
export const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');
