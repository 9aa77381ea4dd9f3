import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH } from './card-design.ts';
import { cardFonts } from './card-fonts.ts';
import type { CardNode } from './card-element.ts';

// One array for every card: satori keeps the fonts it has parsed for the array it was given.
let satoriFonts: Parameters<typeof satori>[1]['fonts'] | undefined;

/** The card as SVG, laid out by satori, its text written as outlines of the shipped fonts' glyphs. */
export function cardSvg(card: CardNode): Promise<string> {
  const fonts = (satoriFonts ??= cardFonts().map(({ name, weight, data }) => ({ name, weight, style: 'normal' as const, data })));
  // satori's types ask for a React element; it reads any object of this shape.
  return satori(card as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

// Cards are drawn on several threads at once (card-workers.ts): each asks libvips for one thread and no cache.
sharp.concurrency(1);
sharp.cache(false);

/**
 * A card's picture: satori's SVG, drawn by resvg (no system font: the text is already outlines, so
 * nothing in it is ever read as markup or drawn in another font), written by sharp as a PNG of 64
 * colours without dithering. The card's few flat colours and their anti-aliased edges lose nothing
 * visible, and the file is about 27 KB instead of resvg's own 72 KB, for some 15 ms more a card.
 */
export async function drawCard(card: CardNode): Promise<Buffer> {
  const image = new Resvg(await cardSvg(card), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: 64, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}
