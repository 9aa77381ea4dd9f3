/**
 * Where a claim's words stand in the sentence it starts in, so that a result can show the sentence with
 * the claim set apart. A claim may run past the end of its sentence (it then starts in the sentence's
 * last words) or, rarely, not be found in it as written; it is then shown whole, with the sentence's
 * words before it.
 */
export interface ClaimInSentence {
  before: string;
  claim: string;
  after: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function claimInSentence(sentence: string | undefined, claim: string): ClaimInSentence {
  const whole = collapse(sentence ?? '');
  const words = collapse(claim);
  const at = whole.indexOf(words);
  if (at >= 0) return { before: whole.slice(0, at), claim: words, after: whole.slice(at + words.length) };
  // The claim runs on past the sentence: find the sentence's tail that opens the claim, at the start of
  // a word or after a mark such as an opening quotation mark.
  for (let i = 0; i < whole.length; i++) {
    if (/\S/.test(whole[i]!) && (i === 0 || !/[\p{L}\p{N}]/u.test(whole[i - 1]!)) && words.startsWith(whole.slice(i))) {
      return { before: whole.slice(0, i), claim: words, after: '' };
    }
  }
  return { before: '', claim: words, after: '' };
}
