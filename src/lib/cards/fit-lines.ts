/*
 * Fits words into at most `maxLines` lines of `width`: whole where they fit, otherwise cut after the
 * last word that fits, with an ellipsis. A word wider than a whole line (an 80-letter word, a long
 * address) is the one thing broken inside: it is carried over between its letters, as a browser's
 * `overflow-wrap: anywhere` does, since no word boundary lies within it. No line is ever wider than
 * `width`, measured with the fonts it is drawn in (text-measure.ts).
 */

export const ELLIPSIS = '…';

export interface FittedLines {
  lines: string[];
  /** Whether words were left out (the last line then ends with an ellipsis). */
  cut: boolean;
}

const graphemes = (word: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(word)].map(({ segment }) => segment);

/** A word wider than a line, in pieces that each fit one. */
function breakWord(word: string, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const grapheme of graphemes(word)) {
    if (piece && measure(piece + grapheme) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += grapheme;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The line with an ellipsis after its last whole word that leaves room for one (or its first letters, for one long word). */
function endWithEllipsis(line: string, width: number, measure: (text: string) => number, ellipsis: string): string {
  const closed = (text: string) => `${text.replace(/[\s,;:.–—-]+$/u, '')}${ellipsis}`;
  let words = line.split(' ');
  while (words.length > 1 && measure(closed(words.join(' '))) > width) words = words.slice(0, -1);
  let text = words.join(' ');
  if (measure(closed(text)) <= width) return closed(text);
  const letters = graphemes(text);
  while (letters.length > 0 && measure(closed(letters.join(''))) > width) letters.pop();
  text = letters.join('');
  return closed(text);
}

/** `ellipsis` ends a cut text: `…` by default, or, say, `…”` where the text stood in quotes. */
export function fitLines(text: string, width: number, maxLines: number, measure: (text: string) => number, ellipsis = ELLIPSIS): FittedLines {
  const words = text.split(' ').filter(Boolean).flatMap((word) => (measure(word) > width ? breakWord(word, width, measure) : [word]));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= width) {
      line = next;
      used++;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) break;
    line = word;
    used++;
  }
  if (lines.length < maxLines && line) lines.push(line);
  if (used === words.length) return { lines, cut: false };
  lines[lines.length - 1] = endWithEllipsis(lines.at(-1)!, width, measure, ellipsis);
  return { lines, cut: true };
}
