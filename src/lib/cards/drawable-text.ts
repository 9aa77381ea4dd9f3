import { ELLIPSIS } from './fit-lines.ts';
import { isDrawn, type TextStyle } from './text-measure.ts';

/*
 * Text as a card can draw it: white space (line breaks, tabs) as single spaces, and each run of
 * characters no shipped font has (an emoji, Thai, Chinese…) left out, an ellipsis in its place, so
 * that nothing is drawn as an empty box ("tofu"); runs separated by spaces alone go under one ellipsis.
 * Characters are taken a grapheme at a time, so that an emoji built of several code points (a flag, a
 * family, a skin tone) goes as one.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function drawableText(text: string, style: Omit<TextStyle, 'size'>): string {
  let out = '';
  let leftOut = false;
  // A space after a run left out waits: another run after it joins the first, under one ellipsis.
  let waiting = '';
  for (const { segment } of segmenter.segment(text.replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim())) {
    if (leftOut && segment === ' ') {
      waiting = segment;
    } else if ([...segment].every((char) => isDrawn(style, char))) {
      out += waiting + segment;
      waiting = '';
      leftOut = false;
    } else {
      if (!leftOut) out += ELLIPSIS;
      waiting = '';
      leftOut = true;
    }
  }
  return out;
}
