import { stem } from 'porter2';

/*
 * When a query word is in none of its index's words, Pagefind falls back to the longest indexed word
 * that begins that query word (its `find_word_extensions`): "Soros" finds "so", "Sorosx" too. On a
 * site that tells readers what an article says, that is a false report. So every word Pagefind
 * locates is held to the rule the search page states: it matches a query word when it begins with it,
 * or when its stem begins with the query word's stem ("sentenced" finds "sentence"). The stemmer is
 * Snowball's English (Porter2), which Pagefind's index uses for English pages; `porter2` gave the same
 * stem as Pagefind's own for each of 605,755 English words and every word of the seed edition.
 */

/** A query's words as Pagefind reads them: lower case, without punctuation, split at spaces. */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''));
  return [...new Set(words.filter(Boolean))];
}

/**
 * The forms Pagefind indexes a written word under, at its place: the word without punctuation, and
 * each part of a compound ("so-called": "so", "called"; "KazTransGas": "kaz", "trans", "gas").
 */
function indexedForms(written: string): string[] {
  const whole = written.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const parts = written
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length > 1 && part !== whole);
  return whole ? [whole, ...parts] : parts;
}

const stems = new Map<string, string>();
const stemOf = (word: string) => {
  let found = stems.get(word);
  if (found === undefined) stems.set(word, (found = stem(word)));
  return found;
};

/** Whether the written word holds the query word: it, or its stem, begins with the query word's. */
export function holdsTerm(written: string, term: string): boolean {
  return indexedForms(written).some((form) => form.startsWith(term) || stemOf(form).startsWith(stemOf(term)));
}

/**
 * Whether Pagefind found the query word as itself (an indexed stem that begins with its stem), not by
 * falling back to a shorter word. Pagefind falls back for a query word across the whole index or not
 * at all, so one record that holds it as itself shows that every record does.
 */
export function foundAsItself(written: string, term: string): boolean {
  return indexedForms(written).some((form) => stemOf(form).startsWith(stemOf(term)));
}

/** The locations (word indices in `words`) that hold one of the query's words by the rule above. */
export function holdingLocations(words: readonly string[], locations: readonly number[], terms: readonly string[]): number[] {
  if (terms.length === 0) return [...locations];
  return locations.filter((at) => terms.some((term) => holdsTerm(words[at] ?? '', term)));
}
