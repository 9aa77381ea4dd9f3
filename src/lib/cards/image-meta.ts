import { CARD_HEIGHT, CARD_WIDTH } from './card-design.ts';

/**
 * The Open Graph and card tags that name a page's picture, as `[attribute, name, content]`: its
 * absolute address, size, type and words (`og:image:alt`, `twitter:image:alt`). Shared by the pages
 * (PageMeta.astro) and the claims' share pages (claim-share-page.ts).
 */
export const imageMeta = (url: string, alt: string): ['property' | 'name', string, string][] => [
  ['property', 'og:image', url],
  ['property', 'og:image:type', 'image/png'],
  ['property', 'og:image:width', String(CARD_WIDTH)],
  ['property', 'og:image:height', String(CARD_HEIGHT)],
  ['property', 'og:image:alt', alt],
  ['name', 'twitter:image', url],
  ['name', 'twitter:image:alt', alt],
];
