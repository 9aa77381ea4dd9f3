/**
 * A mistake an editor can make in content, stated so that they can fix it without reading code:
 * where (`file:line`), what is wrong, and what to do.
 */
export interface ContentProblem {
  file: string;
  line: number;
  problem: string;
  fix: string;
}

/** The most of one part of a problem that is printed: a quote of a megabyte is cut to its two ends. */
const MOST_SHOWN = 600;

/**
 * Text from content as a terminal or a CI log may show it: control characters (an escape sequence
 * pasted into a quote would clear the screen running the check; a line break would forge a line of
 * its own) written as `\u001B`, and a long value cut in the middle, saying how much was left out.
 */
export function printable(text: string): string {
  const escaped = text.replace(/[\p{Cc}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (escaped.length <= MOST_SHOWN) return escaped;
  const head = escaped.slice(0, MOST_SHOWN * 0.7);
  const tail = escaped.slice(escaped.length - MOST_SHOWN * 0.2);
  return `${head}… [${(escaped.length - head.length - tail.length).toLocaleString('en-GB')} characters left out] …${tail}`;
}

export function formatProblem({ file, line, problem, fix }: ContentProblem): string {
  return `${printable(file)}:${line}: ${printable(problem)}\n    Fix: ${printable(fix)}`;
}
