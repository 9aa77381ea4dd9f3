import type { Kind } from '../kinds/kinds.ts';

/*
 * The card's look, in the site's own colours (src/styles/tokens.css, light scheme; a unit test holds
 * them equal) and type (card-fonts.ts). A card is 1200×630, the size link previews ask for, and is
 * mostly seen at half that (about 600×315 in a chat), so no text on it is under 26 px at full size and
 * the claim's words never under 44 px.
 *
 * DESIGN_VERSION names this look in every card's cache key (card-key.ts): change it with anything
 * here or in the card layouts, and every card is drawn again.
 */
export const DESIGN_VERSION = 'cards-2';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** tokens.css's `hsl(hue s% l%)`, as satori and resvg both read it. */
export const hsl = (hue: number, saturation: number, lightness: number) => `hsl(${hue}, ${saturation}%, ${lightness}%)`;

export const HUE: Record<Kind, number> = { sourced: 160, unsourced: 25, opinion: 275 };

export const COLOUR = {
  background: '#fdfcf9',
  text: '#1d1d1b',
  muted: '#55534e',
  rule: '#d8d4cb',
  surface: '#f3f1ec',
} as const;

/** Each kind's colour (`--ar-<kind>`) and tint (`--ar-<kind>-tint`). */
export const KIND_COLOUR: Record<Kind, { colour: string; tint: string }> = {
  sourced: { colour: hsl(HUE.sourced, 80, 24), tint: hsl(HUE.sourced, 60, 94) },
  unsourced: { colour: hsl(HUE.unsourced, 85, 34), tint: hsl(HUE.unsourced, 90, 95) },
  opinion: { colour: hsl(HUE.opinion, 50, 42), tint: hsl(HUE.opinion, 60, 96) },
};

/** The space around everything, and the sizes of the lines around the claim's words. */
export const PAD = { inline: 64, block: 52 } as const;
export const TYPE = {
  /** The claim's words: the largest of these at which they fit whole, else the last, cut. */
  claimSizes: [64, 58, 52, 48, 44],
  claimLeading: 1.25,
  finding: 34,
  byline: 28,
  siteName: 28,
  articleTitleSizes: [68, 60, 54, 48],
} as const;
