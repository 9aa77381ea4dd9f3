import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, KIND_COLOUR } from '../src/lib/cards/card-design.ts';
import { claimCard, claimLines, CLAIM_BOX, type ClaimCardContent } from '../src/lib/cards/claim-card.ts';
import { articleCard } from '../src/lib/cards/article-card.ts';
import { cardSvg, drawCard } from '../src/lib/cards/draw-card.ts';
import { fitLines } from '../src/lib/cards/fit-lines.ts';
import { textWidth } from '../src/lib/cards/text-measure.ts';

const ARTICLE = { title: 'Color Revolution In Kazakhstan 2022 – Analysis', authors: ['Konstantin Strigunov', 'Andrei Manoilo'] };
const claim = (text: string, more: Partial<ClaimCardContent> = {}): ClaimCardContent => ({
  text, kind: 'sourced', finding: 'Sourced — public record, confirmed', article: ARTICLE, siteName: 'Annotated Reading', ...more,
});

const WORDS = 'the authorities doubled the price of liquefied gas in Mangystau overnight and protests spread to Almaty'.split(' ');
const LONG_CLAIM = Array.from({ length: 300 }, (_, i) => WORDS[i % WORDS.length]).join(' ');
const LONG_WORD = `Zhanaozen${'x'.repeat(71)}`;
const MARKUP = 'The report says <b>bold</b> &amp; &lt;script&gt; </svg><svg onload=alert(1)> "quoted" and done';
const EMOJI = 'Protests 🔥 spread to Almaty and Shymkent';

/** The card's pixels, as RGB. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { at: (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)], width: info.width, height: info.height };
}
const rgbOf = async (colour: string) => {
  const { data } = await sharp({ create: { width: 1, height: 1, channels: 3, background: colour } }).raw().toBuffer({ resolveWithObject: true });
  return [...data];
};
const near = (a: number[], b: number[]) => a.every((value, i) => Math.abs(value - b[i]!) <= 6);

describe('fitting words to lines', () => {
  const measure = (text: string) => text.length * 10;

  it('keeps the words whole where they fit', () => {
    expect(fitLines('one two three four', 100, 3, measure)).toEqual({ lines: ['one two', 'three four'], cut: false });
  });

  it('cuts after the last word that fits, with an ellipsis, never mid-word', () => {
    const { lines, cut } = fitLines('one two three four five six seven', 100, 2, measure);
    expect(cut).toBe(true);
    expect(lines).toEqual(['one two', 'three…']);
  });

  it('carries a word wider than a line over between its letters, as no word boundary lies within it', () => {
    const { lines } = fitLines(`a ${'x'.repeat(25)} b`, 100, 5, measure);
    expect(lines).toEqual(['a', 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5) + ' b']);
  });
});

describe('a claim’s words on its card', () => {
  it('are whole and large when short', () => {
    const words = claimLines('the price of gas doubled');
    expect(words.cut).toBe(false);
    expect(words.style.size).toBe(64);
    expect(words.lines.join(' ')).toBe('“the price of gas doubled”');
  });

  it('of 300 words are cut at a word boundary with an ellipsis, at least 40 px high, no line past the box', () => {
    const words = claimLines(LONG_CLAIM);
    expect(words.cut).toBe(true);
    expect(words.style.size).toBeGreaterThanOrEqual(40);
    expect(words.lines.length * words.style.size * words.style.leading!).toBeLessThanOrEqual(words.height);
    expect(words.lines.at(-1)).toMatch(/ [a-zA-Z]+…”$/);
    const shown = words.lines.join(' ').replace(/^“|…”$/g, '');
    expect(LONG_CLAIM.startsWith(shown)).toBe(true);
    expect(LONG_CLAIM[shown.length]).toBe(' ');
    for (const line of words.lines) expect(textWidth(line, words.style)).toBeLessThanOrEqual(words.width);
  });

  it('of one 80-letter word stay within the box', () => {
    const words = claimLines(LONG_WORD);
    expect(words.lines.length).toBeGreaterThan(1);
    for (const line of words.lines) expect(textWidth(line, words.style)).toBeLessThanOrEqual(words.width);
    expect(words.lines.join('').replace(/[“”]/g, '')).toBe(LONG_WORD);
  });
});

describe('a drawn card', () => {
  it.each([
    ['a claim of 300 words', claim(LONG_CLAIM)],
    ['one 80-letter word', claim(LONG_WORD, { kind: 'opinion', finding: 'Opinion' })],
    ['text that looks like markup', claim(MARKUP, { kind: 'unsourced', finding: 'Unsourced — no public record found' })],
    ['an emoji', claim(EMOJI)],
    ['a title with quotes', claim('the price of gas doubled', { article: { title: 'The “Colour” Revolution\'s "Analysis" <i>2022</i> & more', authors: ['O\'Brien "Jr."'] } })],
  ])('with %s is a 1200×630 PNG under 100 KB whose words stay inside their box', async (_name, content) => {
    const png = await drawCard(claimCard(content));
    expect(png.length).toBeLessThanOrEqual(100 * 1024);
    const image = await pixels(png);
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // Between the words' right edge and the box's, and right of the box, nothing but the tint and the background.
    const tint = await rgbOf(KIND_COLOUR[content.kind].tint);
    const background = image.at(CARD_WIDTH - 2, CLAIM_BOX.top + 4);
    const inked: string[] = [];
    for (let y = CLAIM_BOX.top + 2; y < CLAIM_BOX.bottom - 2; y++) {
      for (let x = CLAIM_BOX.textRight + 2; x < CLAIM_BOX.right - 1; x++) if (!near(image.at(x, y), tint)) inked.push(`${x},${y}`);
      for (let x = CLAIM_BOX.right + 1; x < CARD_WIDTH; x++) if (!near(image.at(x, y), background)) inked.push(`${x},${y}`);
    }
    expect(inked.slice(0, 5)).toEqual([]);
    // …and the words are there, inked up to near that edge: the check above looks where text would run over.
    let rightmost = 0;
    for (let y = CLAIM_BOX.top + 2; y < CLAIM_BOX.bottom - 2; y++) for (let x = CLAIM_BOX.textLeft; x <= CLAIM_BOX.textRight; x++) if (!near(image.at(x, y), tint)) rightmost = Math.max(rightmost, x);
    expect(rightmost).toBeGreaterThan(CLAIM_BOX.textLeft + 400);
  });

  it('draws markup-looking text as text: no element of it reaches the SVG', async () => {
    const svg = await cardSvg(claimCard(claim(MARKUP)));
    expect(svg).not.toMatch(/<b>|<script|onload|<i>/);
    expect(svg.match(/<svg/g)).toHaveLength(svg.match(/<\/svg>/g)!.length);
  });

  it('of an article with a long, quoted title is a 1200×630 PNG under 100 KB', async () => {
    const png = await drawCard(articleCard({ title: `The “${'Very '.repeat(40)}Long” Title`, authors: ['A', 'B', 'C'], byKind: [{ kind: 'sourced', count: 1 }, { kind: 'unsourced', count: 0 }, { kind: 'opinion', count: 300 }], siteName: 'Annotated Reading' }));
    expect(png.length).toBeLessThanOrEqual(100 * 1024);
    expect((await sharp(png).metadata()).width).toBe(CARD_WIDTH);
  });
});
