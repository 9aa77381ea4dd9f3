import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type CardsReport, cardsReportFile } from '../../src/integrations/claim-cards.ts';
import { claimCardSpecs, layoutOf } from '../../src/lib/cards/article-cards.ts';
import { drawCard } from '../../src/lib/cards/draw-card.ts';
import { SITE_NAME } from '../../src/site.ts';
import { siteCacheDir } from '../../src/lib/build-cache/site-cache.ts';
import type { ClaimsExport } from '../../src/lib/exports/claims-export.ts';

/** What the last build of a site did with its cards (src/integrations/claim-cards.ts). */
export const lastCardsReport = (contentDir: string): CardsReport => JSON.parse(readFileSync(cardsReportFile(siteCacheDir(contentDir, '/')), 'utf8')) as CardsReport;

/**
 * What one claim card costs, drawn alone on this thread (fonts loaded first): the process's CPU time
 * and the wall time for each, and the PNGs' sizes. The build's own figure is its threads' wall time,
 * which a busy machine stretches.
 */
export async function measureCardCost(claimsJsonFile: string, count = 40) {
  const exported = JSON.parse(readFileSync(claimsJsonFile, 'utf8')) as ClaimsExport;
  const specs = [...claimCardSpecs(exported, { name: SITE_NAME, base: '/' }, 'all').values()].slice(0, count);
  await drawCard(layoutOf(specs[0]!.drawing));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const sizes: number[] = [];
  for (const spec of specs) sizes.push((await drawCard(layoutOf(spec.drawing))).length);
  const used = process.cpuUsage(cpu);
  return {
    cards: specs.length,
    cpuMsPerCard: (used.user + used.system) / 1000 / specs.length,
    wallMsPerCard: (performance.now() - start) / specs.length,
    meanBytes: sizes.reduce((a, b) => a + b, 0) / sizes.length,
    maxBytes: Math.max(...sizes),
  };
}

export const cardsRow = (report: CardsReport) => `${report.drawn} drawn, ${report.reused} reused${report.drawn ? ` (${report.msPerCard.toFixed(0)} ms a card on ${report.threads} thread(s))` : ''}`;

export const seedClaimsJson = (dist: string) => join(dist, 'articles', 'color-revolution-in-kazakhstan-2022', 'claims.json');
