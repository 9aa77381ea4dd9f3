import { type CardFace, type CardWeight, cardFonts } from './card-fonts.ts';

/*
 * How wide a line of text is drawn, from the same fonts satori draws it with: each character's advance
 * in the first font of its face and weight that has it (satori's own fallback order). Kerning is left
 * out: it only ever narrows Latin and Cyrillic text, so a line measured without it is never narrower
 * than the line drawn.
 */

export interface TextStyle {
  face: CardFace;
  weight: CardWeight;
  /** In pixels. */
  size: number;
}

const advances = new Map<string, Map<number, number | null>>();

/** A character's advance at 1 px, or null when no font of the style has it. */
function advanceOf(style: TextStyle, codePoint: number): number | null {
  const key = `${style.face}-${style.weight}`;
  let known = advances.get(key);
  if (!known) advances.set(key, (known = new Map()));
  let advance = known.get(codePoint);
  if (advance === undefined) {
    const font = cardFonts().find(({ face, weight, font }) => face === style.face && weight === style.weight && font.hasGlyphForCodePoint(codePoint));
    advance = font ? font.font.glyphForCodePoint(codePoint).advanceWidth / font.font.unitsPerEm : null;
    known.set(codePoint, advance);
  }
  return advance;
}

/** Whether some font of the style draws the character (white space always counts as drawn). */
export const isDrawn = (style: Omit<TextStyle, 'size'>, char: string): boolean => /^\s$/u.test(char) || advanceOf({ ...style, size: 1 }, char.codePointAt(0)!) !== null;

/** The width of `text` in pixels; a character no font has counts as wide as an em (it is never drawn). */
export function textWidth(text: string, style: TextStyle): number {
  let width = 0;
  for (const char of text) width += advanceOf(style, char.codePointAt(0)!) ?? 1;
  return width * style.size;
}
