import { KINDS, KIND_LABEL } from '../kinds/kinds.ts';
import { CARD_HEIGHT, CARD_WIDTH, COLOUR, KIND_COLOUR, PAD } from './card-design.ts';
import { box, type CardNode, fittedLines, kindMark, textLines } from './card-element.ts';
import { cardFooter } from './card-footer.ts';

/** What the site's card shows: for the home, search and method pages. */
export interface SiteCardContent {
  siteName: string;
  /** What the site is, in a sentence. */
  tagline: string;
  articles: number;
  claims: number;
}

const WIDTH = CARD_WIDTH - 2 * PAD.inline;

export function siteCard(site: SiteCardContent): CardNode {
  const name = { face: 'serif', weight: 700, size: 84, colour: COLOUR.text } as const;
  const tagline = { face: 'serif', weight: 400, size: 44, colour: COLOUR.text, leading: 1.25 } as const;
  const kind = { face: 'sans', weight: 700, size: 36 } as const;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', padding: `${PAD.block}px ${PAD.inline}px`, backgroundColor: COLOUR.background },
    ...textLines(fittedLines(site.siteName, name, WIDTH, 1).lines, name),
    box({ marginTop: 18, flexDirection: 'column' }, ...textLines(fittedLines(site.tagline, tagline, WIDTH, 3).lines, tagline)),
    box(
      { marginTop: 34, gap: 44 },
      ...KINDS.map((k) => box({ alignItems: 'center', gap: 14 }, kindMark(k, 28, KIND_COLOUR[k].colour), ...textLines([KIND_LABEL[k]], { ...kind, colour: KIND_COLOUR[k].colour }))),
    ),
    cardFooter({ byline: `${plural(site.articles, 'article')} · ${plural(site.claims, 'claim')}, each with a note and its sources`, siteName: site.siteName }),
  );
}
