import { KINDS, type Kind } from '../kinds/kinds.ts';
import { listFormat } from '../format/list-format.ts';
import { CARD_HEIGHT, CARD_WIDTH, COLOUR, KIND_COLOUR, PAD, TYPE } from './card-design.ts';
import { box, type CardNode, fittedLines, kindMark, type LineStyle, textLines } from './card-element.ts';
import { cardFooter } from './card-footer.ts';

/** What an article's card shows. */
export interface ArticleCardContent {
  title: string;
  authors: readonly string[];
  byKind: readonly { kind: Kind; count: number }[];
  siteName: string;
}

/** The kinds by count, most first (ties in the legend's order), as the card's words and bar give them. */
export const kindsByCount = (byKind: ArticleCardContent['byKind']) =>
  [...byKind].filter(({ count }) => count > 0).sort((a, b) => b.count - a.count || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));

/** "101 opinion · 67 sourced · 32 unsourced". */
export const countsInWords = (byKind: ArticleCardContent['byKind']) => kindsByCount(byKind).map(({ kind, count }) => `${count} ${kind}`).join(' · ');

const WIDTH = CARD_WIDTH - 2 * PAD.inline;
const BAR_HEIGHT = 34;
const TITLE_HEIGHT = 230;

function titleLines(title: string) {
  let style: LineStyle = { face: 'serif', weight: 700, size: TYPE.articleTitleSizes[0], colour: COLOUR.text, leading: 1.15 };
  let fitted;
  for (const size of TYPE.articleTitleSizes) {
    style = { ...style, size };
    fitted = fittedLines(title, style, WIDTH, Math.floor(TITLE_HEIGHT / (size * 1.15)));
    if (!fitted.cut) break;
  }
  return textLines(fitted!.lines, style);
}

/** The claims by kind as a bar, each kind's part in its colour with its shape in it, where there is room. */
function kindBar(byKind: ArticleCardContent['byKind']): CardNode {
  const kinds = kindsByCount(byKind);
  const total = kinds.reduce((sum, { count }) => sum + count, 0);
  const gap = 4;
  const room = WIDTH - gap * Math.max(0, kinds.length - 1);
  return box(
    { width: WIDTH, height: BAR_HEIGHT, gap },
    ...kinds.map(({ kind, count }) => {
      const width = Math.max(2, Math.round((room * count) / total));
      return box({ width, height: BAR_HEIGHT, backgroundColor: KIND_COLOUR[kind].colour, alignItems: 'center', paddingLeft: 10 }, ...(width >= 44 ? [kindMark(kind, 20, COLOUR.background)] : []));
    }),
  );
}

/*
 *  ┌──────────────────────────────────────────────────────────────┐
 *  │ Annotated edition                                            │
 *  │ The Article's Title, in the serif, bold, up to three lines   │
 *  │ by Its Authors                                               │
 *  │ ◆ 101 opinion · ● 67 sourced · ▲ 32 unsourced                │
 *  │ [◆■■■■■■■■■■■■■■■■■■■■■][● ■■■■■■■■■■■■■■][▲■■■■■■■]         │
 *  │ ─────────────────────────────────────────────────────────────│
 *  │ 200 claims, each with a note            Annotated Reading    │
 *  └──────────────────────────────────────────────────────────────┘
 */
export function articleCard(article: ArticleCardContent): CardNode {
  const total = article.byKind.reduce((sum, { count }) => sum + count, 0);
  const counts = { face: 'sans', weight: 700, size: 32, colour: COLOUR.text } as const;
  return box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', padding: `${PAD.block}px ${PAD.inline}px`, backgroundColor: COLOUR.background },
    ...textLines(['Annotated edition'], { face: 'sans', weight: 700, size: TYPE.byline, colour: COLOUR.muted }),
    box({ height: TITLE_HEIGHT, flexDirection: 'column', justifyContent: 'center' }, ...titleLines(article.title)),
    ...textLines(fittedLines(`by ${listFormat(article.authors)}`, { face: 'sans', weight: 400, size: 32, colour: COLOUR.muted }, WIDTH, 1).lines, { face: 'sans', weight: 400, size: 32, colour: COLOUR.muted }),
    box(
      { marginTop: 26, marginBottom: 14, alignItems: 'center', gap: 12 },
      ...kindsByCount(article.byKind).flatMap(({ kind, count }, index) => [
        ...(index > 0 ? textLines(['·'], { ...counts, colour: COLOUR.muted }) : []),
        kindMark(kind, 24, KIND_COLOUR[kind].colour),
        ...textLines([`${count} ${kind}`], counts),
      ]),
    ),
    kindBar(article.byKind),
    cardFooter({ byline: `${total} claims, each marked with a note and its sources`, siteName: article.siteName }),
  );
}
