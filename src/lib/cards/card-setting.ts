/*
 * Which cards an edition draws, from `CARDS` (read by src/site.ts): `all` (the default) gives every claim a card of its own;
 * `articles` draws only the articles' and the site's, and a claim's share page shows its article's
 * card. A claim card costs some 60 ms of a core when first drawn (and nothing once cached): for an
 * archive of 1,000 articles, some 100,000 cards, that is most of a cold build (docs/link-cards.md).
 */
export const CARD_SETTINGS = ['all', 'articles'] as const;
export type CardSetting = (typeof CARD_SETTINGS)[number];

export function cardSetting(given: string | undefined): CardSetting {
  const value = (given ?? '').trim() || 'all';
  const known = CARD_SETTINGS.find((setting) => setting === value);
  if (!known) throw new Error(`CARDS is "${value}": set it to "all" (a card for every claim) or "articles" (only the articles' and the site's cards), or leave it unset for "all".`);
  return known;
}
