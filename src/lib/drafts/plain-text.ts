/**
 * A plain text file as the article's Markdown, reading exactly as the text: paragraphs are separated
 * by empty lines and kept, line breaks inside a paragraph stay soft breaks, and every character that
 * Markdown would read as markup (a `#` or `-` opening a line, `*` and `_` around words, `[`, `<`, a
 * backslash, `&` before an entity's name…) is escaped, so that the page shows it as typed. The text
 * is never reworded: an escape changes the file, not what a reader sees.
 */
export function plainTextToMarkdown(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split('\n').map((line) => escapeLine(line.trim())).filter(Boolean).join('\n'))
    .filter((p) => p !== '');
  return `${paragraphs.join('\n\n')}\n`;
}

function escapeLine(line: string): string {
  const inline = line
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  // What opens a line: a heading, a quote, a list item (bulleted or numbered), a rule, a code fence or a
  // table row; and a line of "=" or "-" alone, which would make the line before it a heading.
  return inline
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([+-])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(=+|-+)\s*$/, (m) => `\\${m}`);
}
