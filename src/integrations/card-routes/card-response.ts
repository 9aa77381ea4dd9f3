import { type CardSpec, layoutOf } from '../../lib/cards/article-cards.ts';
import { drawCard } from '../../lib/cards/draw-card.ts';

/**
 * A card drawn on request, in `astro dev` only: what readers will see for a link, drawn from the
 * article as it is now, for an editor to check before publishing. Never cached by the browser, so a
 * reload shows the card of the last save. A build draws the cards once each instead (claim-cards.ts).
 */
export async function cardResponse(spec: CardSpec): Promise<Response> {
  const png = await drawCard(layoutOf(spec.drawing));
  return new Response(new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength), { headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } });
}
