import { anchorQuote, type TextBlock } from './anchor-quotes.ts';
import type { Quote } from '../schema/annotation-schema.ts';

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The W3C TextQuoteSelector for a passage of the text (block, start, end): its words as `exact`, with a
 * `prefix` and then a `suffix` of as few words as name it once, and only when its words occur more
 * than once (as Hypothesis makes the selector for a selection). Found again by `anchorQuote`, it is
 * the same passage; undefined when no prefix or suffix within its paragraph tells it apart.
 */
export function quoteForPassage(blocks: readonly TextBlock[], blockIndex: number, start: number, end: number): Quote | undefined {
  const text = blocks[blockIndex]!.text;
  const exact = collapse(text.slice(start, end)).trim();
  if (exact === '') return undefined;
  const at = (quote: Quote) => {
    const found = anchorQuote(blocks, quote);
    return found.found === 'once' && found.anchor.blockIndex === blockIndex && found.anchor.start === start ? 'here' : found.found;
  };
  if (at({ exact }) === 'here') return { exact };
  const before = collapse(text.slice(0, start)).split(/(?<= )/);
  const after = collapse(text.slice(end)).split(/(?= )/);
  const prefixOf = (n: number) => before.slice(-n).join('');
  const suffixOf = (n: number) => after.slice(0, n).join('');
  for (let n = 1; n <= Math.max(before.length, after.length); n++) {
    const prefix = prefixOf(Math.min(n, before.length));
    const suffix = suffixOf(Math.min(n, after.length));
    for (const quote of [prefix ? { exact, prefix } : undefined, suffix ? { exact, suffix } : undefined, prefix && suffix ? { exact, prefix, suffix } : undefined]) {
      if (quote && at(quote) === 'here') return quote;
    }
  }
  return undefined;
}
