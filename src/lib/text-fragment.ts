/** Characters a text directive must escape beyond encodeURIComponent's: its own syntax. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/**
 * A text directive (`:~:text=…`) for a claim: its opening words, as few as name it uniquely in the
 * article's text (at least four), so that browsers that support it highlight the claim itself.
 */
export function textDirective(claimText: string, articleText: string): string {
  const words = claimText.trim().split(/\s+/);
  let take = Math.min(4, words.length);
  while (take < words.length && count(articleText, words.slice(0, take).join(' ')) > 1) take++;
  return `:~:text=${encode(words.slice(0, take).join(' '))}`;
}
