import type { Quote } from '../schema/annotation-schema.ts';

/** A passage of the article (paragraph or list item) as readers see its text. */
export interface TextBlock {
  text: string;
}

export interface Anchor {
  blockIndex: number;
  /** Offsets into the block's original text, end exclusive. */
  start: number;
  end: number;
}

/** A passage found in the text (a claim, a draft entry): its paragraph, and where it stands in it. */
export interface PlacedPassage extends Anchor {
  paragraphId: string;
  /** Where its entry is written in the annotation file. */
  line: number;
}

export type AnchorResult =
  | { found: 'once'; anchor: Anchor }
  | { found: 'none' }
  | { found: 'many'; count: number };

/**
 * Collapses runs of white space to one space, and remembers where each kept character was,
 * so that a quote copied from the rendered page matches the source however it was wrapped.
 */
function collapseWhitespace(text: string): { text: string; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const isSpace = char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0' || (char > '\u1fff' && /\s/.test(char));
    if (isSpace && lastWasSpace) continue;
    out.push(isSpace ? ' ' : char);
    origin.push(i);
    lastWasSpace = isSpace;
  }
  origin.push(text.length);
  return { text: out.join(''), origin };
}

/** Each block is collapsed once, however many quotes are looked for in it. */
const collapsed = new WeakMap<TextBlock, { text: string; origin: number[] }>();
function collapsedBlock(block: TextBlock): { text: string; origin: number[] } {
  let found = collapsed.get(block);
  if (!found) collapsed.set(block, (found = collapseWhitespace(block.text)));
  return found;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Finds a W3C TextQuoteSelector in the blocks: every place where `exact` stands with `prefix`
 * right before it and `suffix` right after it (each only when given).
 */
export function anchorQuote(blocks: readonly TextBlock[], quote: Quote): AnchorResult {
  const exact = collapse(quote.exact);
  const prefix = quote.prefix === undefined ? '' : collapse(quote.prefix);
  const suffix = quote.suffix === undefined ? '' : collapse(quote.suffix);
  const hits: Anchor[] = [];

  blocks.forEach((block, blockIndex) => {
    const { text, origin } = collapsedBlock(block);
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
      if (!text.slice(0, at).endsWith(prefix)) continue;
      if (!text.slice(at + exact.length).startsWith(suffix)) continue;
      // origin[at + length - 1] + 1: the end lies just past the last matched character, not past any spaces after it.
      hits.push({ blockIndex, start: origin[at]!, end: origin[at + exact.length - 1]! + 1 });
    }
  });

  if (hits.length === 0) return { found: 'none' };
  if (hits.length > 1) return { found: 'many', count: hits.length };
  return { found: 'once', anchor: hits[0]! };
}

/**
 * How two anchors that share characters lie: one wholly inside the other (`nested`, the first is the
 * outer one), on exactly the same words (`identical`), or each with words of its own (`partial`).
 */
export type Overlap = { outer: number; inner: number; how: 'nested' } | { first: number; second: number; how: 'identical' | 'partial' };

const contains = (a: Anchor, b: Anchor) => a.start <= b.start && b.end <= a.end;

/** Every pair of anchors (by their index in `anchors`) that share at least one character, and how. */
export function findOverlaps(anchors: readonly (Anchor | undefined)[]): Overlap[] {
  const placed = anchors
    .map((anchor, index) => ({ anchor, index }))
    .filter((entry): entry is { anchor: Anchor; index: number } => entry.anchor !== undefined)
    // Outer before inner: at the same start, the longer first.
    .sort((a, b) => a.anchor.blockIndex - b.anchor.blockIndex || a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end);

  const overlaps: Overlap[] = [];
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i]!.anchor;
      const b = placed[j]!.anchor;
      if (b.blockIndex !== a.blockIndex || b.start >= a.end) break;
      const [first, second] = [placed[i]!.index, placed[j]!.index];
      if (a.start === b.start && a.end === b.end) overlaps.push({ first: Math.min(first, second), second: Math.max(first, second), how: 'identical' });
      else if (contains(a, b)) overlaps.push({ outer: first, inner: second, how: 'nested' });
      else overlaps.push({ first, second, how: 'partial' });
    }
  }
  return overlaps;
}

/** Does `text` begin with `opening`, ignoring differences in white space? */
export function startsWithWords(text: string, opening: string): boolean {
  return collapse(text).trimStart().startsWith(collapse(opening).trim());
}
