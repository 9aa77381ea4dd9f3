import type { Kind } from '../kinds/kinds.ts';
import { type CardFace, type CardWeight, fontFamily } from './card-fonts.ts';
import { fitLines } from './fit-lines.ts';
import { drawableText } from './drawable-text.ts';
import { textWidth } from './text-measure.ts';

/*
 * The pieces a card is built of, as the plain element objects satori lays out (no JSX, no React):
 * boxes, lines of text already fitted to their width (each drawn on one line, so what was measured is
 * what is drawn), and the kinds' shapes.
 */

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
export type CardChild = CardNode | string;

export const box = (style: Record<string, string | number>, ...children: CardChild[]): CardNode => ({ type: 'div', props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children } });

export interface LineStyle {
  face: CardFace;
  weight: CardWeight;
  size: number;
  colour: string;
  leading?: number;
}

/** `text` in at most `maxLines` lines of `width`, cut with `ellipsis` when it does not fit (fit-lines.ts). */
export function fittedLines(text: string, style: LineStyle, width: number, maxLines: number, ellipsis?: string) {
  const measure = (line: string) => textWidth(line, style);
  return fitLines(drawableText(text, style), width, maxLines, measure, ellipsis);
}

/** Lines of text, one box each, never wrapped again by the layout. */
export const textLines = (lines: readonly string[], style: LineStyle): CardNode[] =>
  lines.map((line) =>
    box(
      {
        fontFamily: fontFamily(style.face),
        fontWeight: style.weight,
        fontSize: style.size,
        lineHeight: style.leading ?? 1.2,
        color: style.colour,
        whiteSpace: 'pre',
      },
      line,
    ),
  );

/** The kind's mark, as the page draws it (kinds.css): sourced a circle, unsourced a triangle, opinion a diamond. */
export function kindMark(kind: Kind, size: number, colour: string): CardNode {
  const shape: CardNode =
    kind === 'sourced'
      ? { type: 'circle', props: { cx: 5, cy: 5, r: 5, fill: colour } }
      : { type: 'polygon', props: { points: kind === 'unsourced' ? '5,0.7 10,9.3 0,9.3' : '5,0 10,5 5,10 0,5', fill: colour } };
  return { type: 'svg', props: { width: size, height: size, viewBox: '0 0 10 10', children: [shape] } };
}
