import type { ContentProblem } from './content-problem.ts';

/**
 * Characters that change what text looks like, or hide that it differs, without showing themselves:
 * Unicode's default-ignorable code points (zero-width characters, the soft hyphen, invisible operators,
 * tag characters, variation selectors… which make a quote look identical to the text it fails to
 * match, or smuggle words past a reader) and its bidirectional controls (which can make text read in
 * another order than it is stored). Named by Unicode's own properties, so that none is forgotten.
 */
const PATTERN = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cc}]/gu;

/**
 * Control characters too (NUL, BEL, ESC…), which no published text holds and which would reach the
 * page, the CSV and a terminal printing a problem; but not the tab and the line endings, which are
 * white space.
 */
const WHITE_SPACE_CONTROLS = new Set(['\t', '\n', '\r']);

/** The names of those an editor is most likely to meet; the others are named by their family. */
const NAMES: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space (byte-order mark)',
  '\u00AD': 'soft hyphen',
  '\u061C': 'Arabic letter mark',
  '\u180E': 'Mongolian vowel separator',
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
  '\u0000': 'null, a control character',
  '\u0007': 'bell, a control character',
  '\u0008': 'backspace, a control character',
  '\u000B': 'vertical tab, a control character',
  '\u000C': 'form feed, a control character',
  '\u001B': 'escape, a control character',
  '\u007F': 'delete, a control character',
};

function nameOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (NAMES[char]) return NAMES[char];
  if (code >= 0xe0000 && code <= 0xe007f) return 'tag character';
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef)) return 'variation selector';
  if (code >= 0x2061 && code <= 0x2064) return 'invisible operator';
  if (/\p{Cc}/u.test(char)) return 'a control character';
  return /\p{Bidi_Control}/u.test(char) ? 'bidirectional control' : 'invisible formatting character';
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Escapes that JSON and YAML strings decode into characters: `\u202E`, YAML's `\U000E0041` and `\xAD`,
 * and the letters JSON and YAML give control characters (`\e` escape, `\a` bell, `\0` null, `\N` next
 * line…). An escaped backslash (`\\`) is read as one, so that `\\e` is not taken for an escape.
 */
const ESCAPES = /(?:\\(?:\\|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0abefvN]))+/g;
const LETTER_ESCAPES: Record<string, string> = { '0': '\0', a: '\u0007', b: '\b', e: '\u001B', f: '\f', v: '\v', N: '\u0085', '\\': '\\' };

function decodeEscapes(run: string): string {
  return run.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|(.))/g, (_m, u, big, x, letter) =>
    letter !== undefined ? LETTER_ESCAPES[letter]! : u ? String.fromCharCode(parseInt(u, 16)) : x ? String.fromCharCode(parseInt(x, 16)) : String.fromCodePoint(Math.min(parseInt(big, 16), 0x10ffff)),
  );
}

/**
 * One problem for each line of `text` holding an invisible character. A byte-order mark at the very
 * start of a file is left to the reader of the file, which drops it. In a data file (`escapes`: JSON
 * or YAML), an escape that decodes to one is refused too, since the page shows what it decodes to.
 */
export function findInvisibleCharacters(text: string, file: string, { escapes = false } = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, index) => {
    const own = index === 0 ? line.replace(/^\uFEFF/, '') : line;
    const decoded = escapes ? (own.match(ESCAPES) ?? []).map(decodeEscapes).join('') : '';
    const found = [...new Set([...(own.match(PATTERN) ?? []), ...(decoded.match(PATTERN) ?? [])])].filter((c) => !WHITE_SPACE_CONTROLS.has(c));
    if (found.length === 0) return;
    problems.push({
      file,
      line: index + 1,
      problem: `this line holds an invisible character: ${found.map((c) => `${codePoint(c)} (${nameOf(c)})`).join(', ')}`,
      fix: 'delete it (in most editors: move along the line with the arrow keys until the cursor seems to stop, then delete; or delete the escape that writes it); the text reads the same without it',
    });
  });
  return problems;
}

/** A file's text without a leading byte-order mark, which some editors add and which is no part of the text. */
export const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');
