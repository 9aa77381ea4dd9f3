import { parentPort, workerData } from 'node:worker_threads';
import { type CardContent, layoutOf } from '../lib/cards/article-cards.ts';
import { drawCard } from '../lib/cards/draw-card.ts';
import { saveCard } from '../lib/build-cache/card-store.ts';

export interface DrawCardsWork {
  store: string;
  cards: { key: string; drawing: CardContent }[];
}

/** How many cards the worker drew and how long it took (ms, from its first card to its last). */
export interface DrawCardsDone {
  drawn: number;
  ms: number;
}

// One of the threads that draw cards while Astro builds the pages (draw-cards.ts): each loads the fonts
// once, then draws its share of the cards into the card store.
if (parentPort) {
  const work = workerData as DrawCardsWork;
  const start = performance.now();
  for (const { key, drawing } of work.cards) saveCard(work.store, key, await drawCard(layoutOf(drawing)));
  parentPort.postMessage({ drawn: work.cards.length, ms: performance.now() - start } satisfies DrawCardsDone);
}
