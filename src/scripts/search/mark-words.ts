import { escapeHtml } from '../../lib/format/escape-html.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escapes `text`, then marks the words that begin with a query term. */
export function highlight(text: string, query: string): string {
  const terms = query.split(/\s+/).filter((t) => t.length > 1).map(escapeRegExp);
  const safe = escapeHtml(text);
  if (terms.length === 0) return safe;
  // A lookbehind, not \b: \b knows only ASCII letters, and would never mark a word such as “Çakıcı”.
  return safe.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeHtml).join('|')})[\\p{L}\\p{N}]*`, 'giu'), '<mark>$&</mark>');
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
