import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimSharePage } from '../lib/exports/claim-share-page.ts';
import type { ClaimsExport } from '../lib/exports/claims-export.ts';

/** Writes every claim's share page of the built site in `dir` from its article's `claims.json`; returns how many. */
export function writeClaimSharePages(dir: string, site: URL): number {
  const articles = join(dir, 'articles');
  let written = 0;
  for (const slug of readdirSync(articles)) {
    const exported = JSON.parse(readFileSync(join(articles, slug, 'claims.json'), 'utf8')) as ClaimsExport;
    for (const claim of exported.claims) {
      const folder = join(articles, slug, 'claims', claim.id);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), claimSharePage(claim, exported.article, site));
      written++;
    }
  }
  return written;
}

/**
 * Writes each claim's share page (claim-share-page.ts) once the pages are built. They are written here
 * rather than as Astro routes: a site of 1,000 articles has some 100,000 claims, and a page each through
 * Astro's renderer would cost more than the whole build. `npm run bench` times this step on its own.
 */
export function claimSharePages(): AstroIntegration {
  let site: URL;
  return {
    name: 'claim-share-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site!);
      },
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`wrote ${writeClaimSharePages(fileURLToPath(dir), site)} claim share pages`);
      },
    },
  };
}
