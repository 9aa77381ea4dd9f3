/** Characters a text directive must escape beyond encodeURIComponent's: its own syntax. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Browsers match a text directive without regard to case, so uniqueness is counted the same way. */
const count = (haystack: string, needle: string) => haystack.toLowerCase().split(needle.toLowerCase()).length - 1;

export const MIN_FRAGMENT_WORDS = 4;

const wordsOf = (text: string) => text.trim().split(/\s+/);

/** How many opening words of a claim name it uniquely in the article's text: at least four. */
export function fragmentWords(claimText: string, articleText: string): number {
  const words = wordsOf(claimText);
  let take = Math.min(MIN_FRAGMENT_WORDS, words.length);
  while (take < words.length && count(articleText, words.slice(0, take).join(' ')) > 1) take++;
  return Math.max(take, MIN_FRAGMENT_WORDS);
}

/**
 * A text directive (`:~:text=…`) for a claim: its first `words` words, so that browsers that support
 * it highlight the claim itself. The page runs this too, for its copy-link button.
 */
export function textDirective(claimText: string, words = MIN_FRAGMENT_WORDS): string {
  return `:~:text=${encode(wordsOf(claimText).slice(0, words).join(' '))}`;
}
