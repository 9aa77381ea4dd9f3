import { MAX_ID_LENGTH } from '../schema/annotation-schema.ts';

/** Words an id is better without: they name nothing ("the-price-of-gas" says no more than "price-gas"). */
const PLAIN_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'this', 'these', 'those', 'it', 'its', 'which', 'who', 'has', 'have', 'had']);

/** Lower-case ASCII words: "Tokayev’s" → "tokayevs", "Qazaqstan" stays, accents dropped. */
const asciiWords = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * A readable, permanent id from a passage's words (the id rules are annotation-schema.ts's): its first
 * `count` words that name something, joined by hyphens, after `prefix` ("p-" for a paragraph), and
 * made unique against `taken` with "-2", "-3"… An id is a published address: the editor may change
 * the suggestion before publication, never after.
 */
export function idFromWords(text: string, taken: ReadonlySet<string>, { prefix = '', count = 4 } = {}): string {
  const words = asciiWords(text);
  const named = words.filter((w) => !PLAIN_WORDS.has(w));
  const chosen = (named.length > 0 ? named : words).slice(0, count);
  let base = `${prefix}${chosen.join('-')}`.slice(0, MAX_ID_LENGTH - 4).replace(/-+$/, '');
  if (!/^[a-z]/.test(base)) base = `${prefix || 'c-'}${base}`.replace(/^([a-z]*-)-/, '$1');
  if (base === prefix || base === '') base = `${prefix}passage`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
