import { anchorQuote, type TextBlock } from './anchor-quotes.ts';
import type { Quote } from '../schema/annotation-schema.ts';

/**
 * Where a quote that is not in the text parts from the passage most like it: an editor told only "not
 * in the article" compares twenty words by eye to find "Tranquillity" against "Tranquility".
 */
export interface ClosestPassage {
  blockIndex: number;
  /** The passage of the text the quote most likely copies, white space collapsed. */
  passage: string;
  /** The words around the first to the last difference, as the text has them and as the quote has them. */
  text: string;
  quote: string;
}

interface Word {
  norm: string;
  start: number;
  end: number;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A word as compared: its letters and digits, so that "Tranquillity," and "Tranquillity" are one word. */
const normal = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ norm: normal(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** How many characters two strings share at their start, and at their end (not counting the start's again). */
function sharedEnds(a: string, b: string): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail };
}

/** The start of the word `at` stands in, and the end of the word `to` stands in: a difference is shown in whole words. */
const wordStart = (s: string, at: number) => s.lastIndexOf(' ', at - 1) + 1;
const wordEnd = (s: string, to: number) => (s.indexOf(' ', to) === -1 ? s.length : s.indexOf(' ', to));

/** A few words either side of a difference, with an ellipsis where the passage goes on. */
function around(s: string, from: number, to: number, context = 3): string {
  let start = from;
  for (let n = 0; n < context && start > 0; n++) start = wordStart(s, start - 1);
  let end = to;
  for (let n = 0; n < context && end < s.length; n++) end = wordEnd(s, end + 1);
  return `${start > 0 ? '…' : ''}${s.slice(start, end)}${end < s.length ? '…' : ''}`;
}

/**
 * The passage of the text most like `exact`, found by the words they share in the same order (each
 * word of the quote that stands in the text votes for where the quote would start; the place with most
 * votes wins), then trimmed or widened by a word or two to the passage that shares most characters at
 * both ends. Undefined when fewer than a third of the quote's words are anywhere in the text in order.
 */
export function closestPassage(blocks: readonly TextBlock[], exact: string): ClosestPassage | undefined {
  const quote = collapse(exact);
  const quoteWords = wordsOf(quote);
  if (quoteWords.length === 0) return undefined;
  let best: { blockIndex: number; at: number; votes: number } | undefined;
  blocks.forEach(({ text }, blockIndex) => {
    const words = wordsOf(collapse(text));
    const votes = new Map<number, number>();
    words.forEach((word, i) => {
      quoteWords.forEach((q, j) => {
        if (q.norm !== '' && q.norm === word.norm) votes.set(i - j, (votes.get(i - j) ?? 0) + 1);
      });
    });
    for (const [at, count] of votes) if (!best || count > best.votes) best = { blockIndex, at, votes: count };
  });
  if (!best || best.votes * 3 < quoteWords.length) return undefined;

  const block = collapse(blocks[best.blockIndex]!.text);
  const words = wordsOf(block);
  const n = quoteWords.length;
  let passage = '';
  let score = -Infinity;
  // A word added or left out shifts one end of the passage: try each end a word or two either way.
  for (let from = best.at - 2; from <= best.at + 2; from++) {
    for (let to = best.at + n - 3; to <= best.at + n + 1; to++) {
      if (from < 0 || to >= words.length || to < from) continue;
      const whole = block.slice(words[from]!.start, words[to]!.end);
      // The text's punctuation after its last word ("1969,") is not the quote's unless the quote has it.
      for (const candidate of new Set([whole, whole.replace(/[^\p{L}\p{N}]+$/u, '')])) {
        const { head, tail } = sharedEnds(candidate, quote);
        // Most characters shared at both ends; of equals, the length nearest the quote's.
        const value = head + tail - Math.abs(candidate.length - quote.length) / (quote.length + 1);
        if (value > score) [passage, score] = [candidate, value];
      }
    }
  }
  if (passage === '') return undefined;
  const { head, tail } = sharedEnds(passage, quote);
  // Whole words on both sides, so the difference reads as words ("Tranquility" against "Tranquillity").
  const from = wordStart(passage, head);
  const textEnd = wordEnd(passage, passage.length - tail);
  const quoteEnd = wordEnd(quote, quote.length - tail);
  return { blockIndex: best.blockIndex, passage, text: around(passage, from, textEnd), quote: around(quote, wordStart(quote, head), quoteEnd) };
}

/**
 * What a quote that is not found has wrong, in words an editor can act on: its prefix or suffix (when
 * `exact` is in the text), or where it parts from the closest passage. `paragraphId` names a block.
 */
export function whyNotFound(blocks: readonly TextBlock[], quote: Quote, paragraphId: (blockIndex: number) => string): { problem: string; fix: string } | undefined {
  if (quote.prefix !== undefined || quote.suffix !== undefined) {
    const bare = anchorQuote(blocks, { exact: quote.exact });
    if (bare.found !== 'none') {
      const times = bare.found === 'once' ? 'once' : `${bare.count} times`;
      const context = [quote.prefix !== undefined ? `after "${quote.prefix}"` : '', quote.suffix !== undefined ? `before "${quote.suffix}"` : ''].filter(Boolean).join(' and ');
      return {
        problem: `its words are in the article (${times}), but never ${context}`,
        fix: 'correct prefix and suffix to the words just before and after it in the text, or remove them if the words occur once',
      };
    }
  }
  const near = closestPassage(blocks, quote.exact);
  if (!near) return undefined;
  return {
    problem: `the closest passage, in paragraph "${paragraphId(near.blockIndex)}", differs: the text has "${near.text}" where the quote has "${near.quote}"`,
    fix: `copy the words exactly from the text: "${near.passage}"; if the article was edited, this is the new wording`,
  };
}
