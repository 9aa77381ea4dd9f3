import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimSharePage } from '../lib/exports/claim-share-page.ts';
import type { ClaimsExport } from '../lib/exports/claims-export.ts';
import { keepLastOutput, placeOutput } from '../lib/scratch/kept-output.ts';
import { pipelineVersion } from '../loaders/article-digest.ts';

const readExport = (dir: string, slug: string): string => readFileSync(join(dir, 'articles', slug, 'claims.json'), 'utf8');

/** Writes one article's share pages into `folder`, from its `claims.json`; returns how many. */
function writeArticleSharePages(exportText: string, folder: string, site: URL): number {
  const exported = JSON.parse(exportText) as ClaimsExport;
  for (const claim of exported.claims) {
    mkdirSync(join(folder, claim.id), { recursive: true });
    writeFileSync(join(folder, claim.id, 'index.html'), claimSharePage(claim, exported.article, site));
  }
  return exported.claims.length;
}

/** Writes every claim's share page of the built site in `dir`; returns how many. (The benchmark times this.) */
export function writeClaimSharePages(dir: string, site: URL): number {
  const slugs = readdirSync(join(dir, 'articles'));
  return slugs.reduce((total, slug) => total + writeArticleSharePages(readExport(dir, slug), join(dir, 'articles', slug, 'claims'), site), 0);
}

/**
 * Writes each claim's share page (claim-share-page.ts) once the pages are built. They are written here
 * rather than as Astro routes: a site of 1,000 articles has some 100,000 claims, and a page each through
 * Astro's renderer would cost more than the whole build. An article whose `claims.json`, site address
 * and code are those of the last build keeps the share pages that build wrote (kept-output.ts).
 */
export function claimSharePages(): AstroIntegration {
  let site: URL;
  let outDir = '';
  let cache = '';
  return {
    name: 'claim-share-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site!);
        outDir = fileURLToPath(config.outDir);
        cache = join(fileURLToPath(config.cacheDir), 'claim-share-pages');
      },
      'astro:build:start': () => keepLastOutput(cache, outDir),
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const version = `${await pipelineVersion()}\n${site.href}\n`;
        const texts = new Map(readdirSync(join(out, 'articles')).map((slug) => [`articles/${slug}/claims`, readExport(out, slug)]));
        const folders = [...texts].map(([path, text]) => ({ path, key: createHash('sha256').update(version).update(text).digest('hex').slice(0, 16) }));
        let pages = 0;
        const { made, kept } = placeOutput(cache, out, folders, (path, target) => (pages += writeArticleSharePages(texts.get(path)!, target, site)));
        logger.info(`wrote the claim share pages of ${made} article(s) (${pages} pages); kept those of ${kept} unchanged`);
      },
    },
  };
}
