import { availableParallelism } from 'node:os';
import { workerResult } from './worker-result.ts';
import type { CardSpec } from '../lib/cards/article-cards.ts';
import type { DrawCardsDone, DrawCardsWork } from './draw-cards-worker.ts';

export interface DrawnCards {
  drawn: number;
  /** The threads' time, added up, for each card: what one card costs a core. */
  msPerCard: number;
  threads: number;
}

const drawOnThread = (work: DrawCardsWork) => workerResult<DrawCardsDone>(new URL('./draw-cards-worker.ts', import.meta.url), work, 'a card-drawing thread');

/**
 * Draws the cards on as many threads as the machine has cores (the pages being built beside them wait
 * on files much of the time), each card into the store (card-store.ts). Cards are dealt out in turn,
 * so that each thread gets short and long claims alike. A thread costs some 150 ms to start (its
 * fonts), so a few cards are drawn on one.
 */
export async function drawCards(cards: readonly CardSpec[], store: string): Promise<DrawnCards> {
  if (cards.length === 0) return { drawn: 0, msPerCard: 0, threads: 0 };
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(cards.length / 8)));
  const shares = Array.from({ length: threads }, (_, thread) => cards.filter((_, index) => index % threads === thread).map(({ key, drawing }) => ({ key, drawing })));
  const done = await Promise.all(shares.map((share) => drawOnThread({ store, cards: share })));
  const drawn = done.reduce((sum, { drawn }) => sum + drawn, 0);
  return { drawn, msPerCard: done.reduce((sum, { ms }) => sum + ms, 0) / drawn, threads };
}
