import type { Kind } from '../kinds/kinds.ts';
import { listFormat } from '../format/list-format.ts';
import { CARD_HEIGHT, CARD_WIDTH, COLOUR, KIND_COLOUR, PAD, TYPE } from './card-design.ts';
import { box, type CardNode, fittedLines, kindMark, type LineStyle, textLines } from './card-element.ts';
import { cardFooter, FOOTER_HEIGHT } from './card-footer.ts';

/**
 * What a claim's card shows: nothing else goes into its drawing or its cache key (card-key.ts). Not its
 * number, which a claim added before it would change: the share page's title and the card's words for
 * those who cannot see it give that.
 */
export interface ClaimCardContent {
  /** The claim's own words (an outer claim's words hold those of the claims inside it, never their numbers). */
  text: string;
  kind: Kind;
  /** Its kind and basis in words, as its note's summary says them: "Sourced — public record, confirmed". */
  finding: string;
  article: { title: string; authors: readonly string[] };
  siteName: string;
}

/*
 *  ┌──────────────────────────────────────────────────────────────┐
 *  │ ● Sourced — public record, confirmed                         │  header: shape, finding in words
 *  │ ┃ “The claim's own words, in the article's serif, 44 to 64 px │
 *  │ ┃  high, whole where they fit, else cut after a word…”       │  the claim, on its kind's tint
 *  │ ─────────────────────────────────────────────────────────────│
 *  │ “The article's title”                                        │  footer (card-footer.ts)
 *  │ by Its Authors                             Annotated Reading │
 *  └──────────────────────────────────────────────────────────────┘
 */
const HEADER_HEIGHT = 44;
const GAP = 26;
const RULE = 10;
const INSET = { inline: 32, block: 18 };
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD.inline - RULE - 2 * INSET.inline;
const TEXT_HEIGHT = CARD_HEIGHT - 2 * PAD.block - HEADER_HEIGHT - 2 * GAP - FOOTER_HEIGHT - 2 * INSET.block;

/** Where the claim's box stands on the card, in pixels, and the part of it its words may use (for the tests). */
export const CLAIM_BOX = {
  left: PAD.inline,
  right: CARD_WIDTH - PAD.inline,
  top: PAD.block + HEADER_HEIGHT + GAP,
  bottom: PAD.block + HEADER_HEIGHT + GAP + TEXT_HEIGHT + 2 * INSET.block,
  textLeft: PAD.inline + RULE + INSET.inline,
  textRight: PAD.inline + RULE + INSET.inline + TEXT_WIDTH,
};

/** The claim's words at the largest size at which they fit whole, else at the smallest, cut after a word. */
export function claimLines(text: string) {
  const quoted = `“${text.trim()}”`;
  let fitted;
  let style: LineStyle = { face: 'serif', weight: 400, size: TYPE.claimSizes[0], colour: COLOUR.text, leading: TYPE.claimLeading };
  for (const size of TYPE.claimSizes) {
    style = { ...style, size };
    fitted = fittedLines(quoted, style, TEXT_WIDTH, Math.floor(TEXT_HEIGHT / (size * TYPE.claimLeading)), '…”');
    if (!fitted.cut) break;
  }
  return { ...fitted!, style, width: TEXT_WIDTH, height: TEXT_HEIGHT };
}

export function claimCard(claim: ClaimCardContent): CardNode {
  const { colour, tint } = KIND_COLOUR[claim.kind];
  const words = claimLines(claim.text);
  const finding = fittedLines(claim.finding, { face: 'sans', weight: 700, size: TYPE.finding, colour }, TEXT_WIDTH, 1);
  return box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', padding: `${PAD.block}px ${PAD.inline}px`, backgroundColor: COLOUR.background },
    box({ height: HEADER_HEIGHT, alignItems: 'center', gap: 16 }, kindMark(claim.kind, 30, colour), ...textLines(finding.lines, { face: 'sans', weight: 700, size: TYPE.finding, colour })),
    box(
      {
        marginTop: GAP,
        height: TEXT_HEIGHT + 2 * INSET.block,
        flexDirection: 'column',
        justifyContent: 'center',
        padding: `${INSET.block}px ${INSET.inline}px`,
        borderLeft: `${RULE}px solid ${colour}`,
        backgroundColor: tint,
        overflow: 'hidden',
      },
      ...textLines(words.lines, words.style),
    ),
    box({ height: GAP }),
    cardFooter({ title: claim.article.title, byline: `by ${listFormat(claim.article.authors)}`, siteName: claim.siteName }),
  );
}
