import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardFontFiles, cardFontLicences, type CardFace, type CardWeight } from '../src/lib/cards/card-fonts.ts';
import { drawableText } from '../src/lib/cards/drawable-text.ts';
import { box, textLines } from '../src/lib/cards/card-element.ts';
import { cardSvg } from '../src/lib/cards/draw-card.ts';
import { isDrawn } from '../src/lib/cards/text-measure.ts';

const STYLES: { face: CardFace; weight: CardWeight }[] = [
  { face: 'serif', weight: 400 },
  { face: 'serif', weight: 700 },
  { face: 'sans', weight: 400 },
  { face: 'sans', weight: 700 },
];
const KAZAKH = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і';
const SEED = 'content/articles/color-revolution-in-kazakhstan-2022';
const undrawn = (text: string, style: (typeof STYLES)[number]) => [...new Set(text)].filter((char) => !isDrawn(style, char));

describe('the cards’ fonts', () => {
  it('ship with the project as npm packages, each with its licence (the SIL Open Font License)', () => {
    expect(cardFontFiles()).toHaveLength(16);
    for (const { path } of cardFontFiles()) expect(path).toMatch(/\.woff$/);
    for (const { path } of cardFontLicences()) expect(readFileSync(path, 'utf8')).toContain('SIL Open Font License, Version 1.1');
  });

  it.each(STYLES)('draw every Kazakh letter, Latin with diacritics and Russian ($face $weight)', (style) => {
    expect(undrawn(`${KAZAKH} Жаңаөзен Qazaqstan Ақорда Алматы Nazarbayev Tokayev Ščęść Ünïcödé façade – — “ ” ‘ ’ … №`, style)).toEqual([]);
  });

  // A font that lacks a letter draws its "missing" box, the same for every letter it lacks: so letters
  // drawn as they are give as many different outlines as there are letters.
  it.each(STYLES)('draw each Kazakh letter on a card as its own outline, not a box ($face $weight)', async (style) => {
    const letters = KAZAKH.split(' ');
    const outlines = await Promise.all(
      letters.map(async (letter) => {
        const svg = await cardSvg(box({ width: 1200, height: 630 }, ...textLines([letter], { ...style, size: 60, colour: '#000' })));
        return [...svg.matchAll(/ d="([^"]+)"/g)].map((match) => match[1]).join(' ');
      }),
    );
    expect(outlines.every(Boolean)).toBe(true);
    expect(new Set(outlines).size).toBe(letters.length);
  });

  it.each(STYLES)('draw every character of the article, its frontmatter and its notes ($face $weight)', (style) => {
    const text = readFileSync(`${SEED}/article.md`, 'utf8') + readFileSync(`${SEED}/annotations.yaml`, 'utf8');
    expect(undrawn(text.replace(/\s/g, ''), style)).toEqual([]);
  });
});

/** Text with characters no shipped font has, and the text a card draws instead. */
const UNDRAWABLE: Record<string, [given: string, drawn: string]> = {
  'an emoji': ['Protests 🔥 spread to Almaty', 'Protests … spread to Almaty'],
  'an emoji of several code points': ['A flag 🇰🇿 and a family 👨‍👩‍👧 here', 'A flag … and a family … here'],
  Thai: ['The word ประเทศ means country', 'The word … means country'],
  'Chinese and Japanese': ['中国 and 日本語 were named', '… and … were named'],
  'several runs with spaces between them, under one ellipsis': ['Fire 🔥 ประเทศ 中国 done', 'Fire … done'],
  'control characters and line breaks': ['one\ntwo\tthree\u0007four', 'one two three four'],
};

describe('text no shipped font draws', () => {
  it.each(Object.entries(UNDRAWABLE))('is left out with an ellipsis, never drawn as a box: %s', (_name, [given, drawn]) => {
    for (const style of STYLES) {
      const text = drawableText(given, style);
      expect(text).toBe(drawn);
      expect(undrawn(text, style)).toEqual([]);
    }
  });
});
