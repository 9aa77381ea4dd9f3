import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { claimCard, claimLines } from '../src/lib/cards/claim-card.ts';
import { articleCard } from '../src/lib/cards/article-card.ts';
import { drawCard } from '../src/lib/cards/draw-card.ts';
import { textWidth } from '../src/lib/cards/text-measure.ts';

/*
 * Whatever an editor writes, or a script no font has, or markup, a claim and its article give a card:
 * a 1200×630 PNG under 100 KB whose lines all fit their width. fast-check, fixed seed.
 */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('<b>', '</svg>', '&amp;', '"', '“', '🔥', '🇰🇿', 'ประเทศ', '中国', 'Қазақстан', '\u0301', '\u200B', '\n', ' '.repeat(30), 'x'.repeat(90)),
  fc.lorem({ maxCount: 80 }),
);
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

describe('a card', () => {
  it('is drawn for any claim, title and authors, its lines within their width', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, fc.array(text, { minLength: 1, maxLength: 3 }), fc.constantFrom('sourced', 'unsourced', 'opinion'), async (words, title, authors, kind) => {
        const lines = claimLines(words);
        for (const line of lines.lines) expect(textWidth(line, lines.style)).toBeLessThanOrEqual(lines.width);
        const png = await drawCard(claimCard({ text: words, kind, finding: 'Sourced — public record, confirmed', article: { title, authors }, siteName: 'Annotated Reading' }));
        expect(png.length).toBeLessThanOrEqual(100 * 1024);
        expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630 });
        const article = await drawCard(articleCard({ title, authors, byKind: [{ kind, count: 3 }], siteName: 'Annotated Reading' }));
        expect(article.length).toBeLessThanOrEqual(100 * 1024);
      }),
      { numRuns: Number(process.env.CARD_RUNS ?? 12), seed: 20261207 },
    );
  }, 600_000);
});
