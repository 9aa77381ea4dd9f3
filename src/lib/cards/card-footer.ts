import { CARD_WIDTH, COLOUR, PAD, TYPE } from './card-design.ts';
import { box, type CardNode, fittedLines, textLines } from './card-element.ts';
import { textWidth } from './text-measure.ts';

/** Below a rule: the article's title on one line, then its authors and, at the right, the site's name. */
export const FOOTER_HEIGHT = 116;

export function cardFooter({ title, byline, siteName }: { title?: string; byline: string; siteName: string }): CardNode {
  const width = CARD_WIDTH - 2 * PAD.inline;
  const site = { face: 'sans', weight: 700, size: TYPE.siteName, colour: COLOUR.text } as const;
  const siteLine = fittedLines(siteName, site, width / 2, 1).lines;
  const by = { face: 'sans', weight: 400, size: TYPE.byline, colour: COLOUR.muted } as const;
  const titleStyle = { face: 'sans', weight: 700, size: TYPE.byline, colour: COLOUR.text } as const;
  return box(
    { height: title ? FOOTER_HEIGHT : FOOTER_HEIGHT - 36, marginTop: 'auto', flexDirection: 'column', justifyContent: 'flex-end', gap: 6, borderTop: `2px solid ${COLOUR.rule}`, paddingTop: 14 },
    ...(title ? textLines(fittedLines(`“${title}”`, titleStyle, width, 1, '…”').lines, titleStyle) : []),
    box(
      { justifyContent: 'space-between', alignItems: 'baseline' },
      ...textLines(fittedLines(byline, by, width - textWidth(siteLine[0] ?? '', site) - 40, 1).lines, by),
      ...textLines(siteLine, site),
    ),
  );
}
