import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerResult } from './worker-result.ts';
import { sharePagesKey, sharePagesPath, writeArticleSharePages } from '../lib/share-pages/article-share-pages.ts';
import { articleFilesFolder, listExportFiles } from '../lib/build-cache/article-files.ts';
import { keepLastOutput, moveIntoOutput, placeOutput } from '../lib/build-cache/kept-output.ts';
import { pipelineVersion } from '../loaders/article-digest.ts';
import { type CardSetting, cardSetting } from '../lib/cards/card-setting.ts';
import type { SharePagesDone, SharePagesWork } from './share-pages-worker.ts';
import type { SiteAddress } from '../site.ts';

const readExport = (dir: string, slug: string): string => readFileSync(join(dir, 'articles', slug, 'claims.json'), 'utf8');

/** The articles of the built site in `dir`: none when it has no `articles/` folder (content without articles). */
const builtArticles = (dir: string): string[] => (existsSync(join(dir, 'articles')) ? readdirSync(join(dir, 'articles')) : []);

/** Writes every claim's share page of the built site in `dir`; returns how many. (The benchmark times this.) */
export function writeClaimSharePages(dir: string, site: SiteAddress, cards: CardSetting): number {
  const slugs = builtArticles(dir);
  return slugs.reduce((total, slug) => total + writeArticleSharePages(readExport(dir, slug), join(dir, sharePagesPath(slug)), site, cards), 0);
}

/** Makes the share pages on a worker thread. */
const makeAhead = (work: SharePagesWork) => workerResult<SharePagesDone>(new URL('./share-pages-worker.ts', import.meta.url), work, "the share pages' worker");

/**
 * Writes each claim's share page (claim-share-page.ts). They are written here rather than as Astro
 * routes: a site of 1,000 articles has some 100,000 claims, and a page each through Astro's renderer
 * would cost more than the whole build. They are made from the `claims.json` the content loader wrote,
 * on a worker thread, while Astro renders the pages, and moved into the site once it is built; an
 * article whose `claims.json`, site address and code are those of the last build keeps the share pages
 * that build wrote (kept-output.ts). Whatever the worker did not make (it failed, or an article's
 * `claims.json` is not the one the site was built with) is made when the build is done.
 */
export function claimSharePages({ contentDir, cards: given }: { contentDir: string; cards: string | undefined }): AstroIntegration {
  const cards = cardSetting(given);
  let site: SiteAddress;
  let outDir = '';
  let cacheDir = '';
  let kept = '';
  let made = '';
  let version: Promise<string>;
  let ahead: Promise<SharePagesDone | Error> = Promise.resolve({});
  return {
    name: 'claim-share-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = { url: config.site!, base: config.base };
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        kept = join(cacheDir, 'claim-share-pages');
        made = join(cacheDir, 'claim-share-pages-made');
        // The edition's card setting names the picture each page shows (src/lib/cards/card-setting.ts).
        version = pipelineVersion().then((code) => `${code}\n${site.url}\n${site.base}\ncards ${cards}\n`);
      },
      'astro:build:start': async () => {
        keepLastOutput(kept, outDir);
        rmSync(made, { recursive: true, force: true });
        const files = await listExportFiles(articleFilesFolder(cacheDir, resolve(contentDir)), 'claims.json');
        // A slug with two files (a load that did not finish tidying) is left to build:done, which reads the site's.
        const count = new Map<string, number>();
        for (const { slug } of files) count.set(slug, (count.get(slug) ?? 0) + 1);
        const articles = files.filter(({ slug }) => count.get(slug) === 1);
        ahead = makeAhead({ articles, version: await version, site, cards, kept, made }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const answer = await ahead;
        if (answer instanceof Error) logger.warn(`made the share pages after the build instead: ${answer.message}`);
        const done = answer instanceof Error ? {} : answer;
        const code = await version;
        // An article's pages sent the loader's claims.json as they were, so the worker's key for it holds;
        // an article the worker did not see is keyed from its claims.json in the site.
        const folders = builtArticles(out).map((slug) => ({ slug, path: sharePagesPath(slug), key: done[slug]?.key ?? sharePagesKey(code, readExport(out, slug)) }));
        const bySlug = new Map(folders.map((folder) => [folder.path, folder.slug]));
        let pages = 0;
        const placed = placeOutput(kept, out, folders, (path, target) => {
          const slug = bySlug.get(path)!;
          const ready = done[slug]?.made;
          if (ready && existsSync(ready.folder)) {
            moveIntoOutput(ready.folder, target);
            pages += ready.pages;
          } else pages += writeArticleSharePages(readExport(out, slug), target, site, cards);
        });
        rmSync(made, { recursive: true, force: true });
        logger.info(`wrote the claim share pages of ${placed.made} article(s) (${pages} pages); kept those of ${placed.kept} unchanged`);
      },
    },
  };
}
