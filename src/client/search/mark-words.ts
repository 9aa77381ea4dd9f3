import { escapeHtml } from '../../lib/format/escape-html.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the words of `text` that begin with a query term, escaping every part. The words are found in
 * the text as written and escaped after: found in the escaped text, a query "amp" marked the inside of
 * "&amp;" and broke it ("R&<mark>amp</mark>;D").
 */
export function highlight(text: string, query: string): string {
  const terms = query.split(/\s+/).filter((t) => t.length > 1).map(escapeRegExp);
  if (terms.length === 0) return escapeHtml(text);
  // A lookbehind, not \b: \b knows only ASCII letters, and would never mark a word such as “Çakıcı”.
  const words = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  let marked = '';
  let from = 0;
  for (const { 0: word, index } of text.matchAll(words)) {
    marked += `${escapeHtml(text.slice(from, index))}<mark>${escapeHtml(word)}</mark>`;
    from = index + word.length;
  }
  return marked + escapeHtml(text.slice(from));
}

/**
 * Escapes `text` and marks the words at `located` (word indices, counted as Pagefind counts them: split
 * at white space). Pagefind found them, stems included ("sentenced" finds "sentence"), so these are
 * the words that made the record match, which a prefix of the query would miss.
 */
export function markLocated(text: string, located: ReadonlySet<number>): string {
  let word = -1;
  return text
    .split(/(\s+)/)
    .map((part) => {
      if (part === '' || /^\s+$/.test(part)) return part;
      word += 1;
      if (!located.has(word)) return escapeHtml(part);
      // Mark the word, not the punctuation around it ("Masimov," marks "Masimov").
      const [, lead = '', core = '', trail = ''] = part.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u) ?? [];
      return core ? `${escapeHtml(lead)}<mark>${escapeHtml(core)}</mark>${escapeHtml(trail)}` : escapeHtml(part);
    })
    .join('');
}
