/**
 * How deep each line of Markdown stands in quotes and lists, read from the raw lines before any parser
 * sees them. The Markdown parser itself costs about the cube of the depth (a few hundred levels of a list
 * nested by indentation take seconds to minutes) and recurses once per level, so a passage too deep must
 * be found, and left out, first.
 *
 * A light reading of CommonMark's block structure: the open containers (block quotes and list items,
 * each list item with the column its content starts at) are kept from line to line; a line continues
 * those whose marker (`>`) or indentation it has, then opens any its own markers start. A line that
 * continues fewer of them and opens none is a paragraph's lazy continuation unless a blank line came
 * before it. It may count a level too many in unusual text (a fenced code block holding "- "), never
 * too few for the parser's own reading of indentation and markers.
 */

interface Container {
  /** A list item's content column; a block quote has none. */
  contentColumn?: number;
}

/** `>`, or a list marker ("-", "*", "+", "1.", "1)") followed by white space or the end of the line. */
const MARKER = /^(?:(>)|([-*+]|\d{1,9}[.)])(?=[ \t]|$))/;

/** Tabs as CommonMark reads them: to the next multiple of four columns. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(4 - (out.length % 4)) : char;
  return out;
}

/**
 * Calls `tooDeep` with the 1-based number of each line that stands more than `limit` quotes and lists
 * deep. Linear in the text's length: each container a line continues or opens moves it on by a column
 * at least.
 */
export function findDeepLines(markdown: string, limit: number, tooDeep: (line: number) => void): void {
  let open: Container[] = [];
  let afterBlank = true;
  markdown.split('\n').forEach((raw, index) => {
    const line = expandTabs(raw.replace(/\r$/, ''));
    if (line.trim() === '') {
      afterBlank = true;
      return;
    }
    // Each step reads only the columns it moves past, so a line costs its length, whatever its depth.
    const spacesFrom = (from: number, most: number) => {
      let at = from;
      while (at - from < most && line[at] === ' ') at++;
      return at - from;
    };
    // The containers this line continues.
    let column = 0;
    let matched = 0;
    for (const container of open) {
      if (container.contentColumn === undefined) {
        const indent = spacesFrom(column, 4);
        if (indent > 3 || line[column + indent] !== '>') break;
        column += indent + 1;
        if (line[column] === ' ') column++;
      } else if (spacesFrom(column, container.contentColumn - column) === container.contentColumn - column) {
        column = container.contentColumn;
      } else break;
      matched++;
    }
    // The containers its own markers open.
    const opened: Container[] = [];
    for (;;) {
      const indent = spacesFrom(column, 4);
      if (indent > 3) break;
      const marker = MARKER.exec(line.slice(column + indent, column + indent + 11));
      if (!marker) break;
      const markerEnd = column + indent + marker[0].length;
      if (marker[1]) {
        opened.push({});
        column = line[markerEnd] === ' ' ? markerEnd + 1 : markerEnd;
        continue;
      }
      const spaces = spacesFrom(markerEnd, 5);
      // One to four spaces after the marker set where the content starts; more start indented code.
      column = markerEnd + (spaces >= 1 && spaces <= 4 ? spaces : 1);
      opened.push({ contentColumn: column });
    }
    // Kept open even past the limit, so that the deeper lines after it are found too.
    if (matched + opened.length > limit) tooDeep(index + 1);
    if (opened.length > 0 || afterBlank) open = [...open.slice(0, matched), ...opened];
    afterBlank = false;
  });
}
