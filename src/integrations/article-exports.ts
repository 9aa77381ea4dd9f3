import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFilesFolder, EXPORT_FILE_NAMES, type ExportFile, listExportFiles } from '../lib/build-cache/article-files.ts';

/** One file per article and name: the loader removes an article's older files once a load succeeds. */
function checkOnePerArticle(files: readonly ExportFile[]): void {
  const seen = new Set<string>();
  for (const { slug, name } of files) {
    const key = `${slug}/${name}`;
    if (seen.has(key)) throw new Error(`two versions of ${key} were left by the content loader; build again with --force`);
    seen.add(key);
  }
}

/**
 * Each article's open data (`claims.json`, `claims.csv`, `annotations.jsonld`), as the content loader
 * wrote it (src/lib/exports/article-exports.ts), at `/articles/<slug>/<name>`. A build copies the files
 * into the site when it is done: sent through Astro's routes, each body was read, copied into a Response
 * and written again, a third of the time Astro spent on the pages of a large site.
 * In `astro dev` the same addresses are routes that send the files (article-export-routes/).
 * It runs before the share pages' integration, whose fallback reads each article's `claims.json` in the site.
 */
export function articleExports({ contentDir }: { contentDir: string }): AstroIntegration {
  let folder = '';
  return {
    name: 'article-exports',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        // Each route's file is named for the file it sends.
        for (const name of EXPORT_FILE_NAMES) injectRoute({ pattern: `/articles/[slug]/${name}`, entrypoint: new URL(`./article-export-routes/${name}.ts`, import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        folder = articleFilesFolder(fileURLToPath(config.cacheDir), resolve(contentDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await listExportFiles(folder);
        checkOnePerArticle(files);
        const slugs = new Set(files.map(({ slug }) => slug));
        await Promise.all([...slugs].map((slug) => mkdir(join(out, 'articles', slug), { recursive: true })));
        await Promise.all(files.map(({ slug, name, file }) => copyFile(file, join(out, 'articles', slug, name))));
        logger.info(`copied the open data of ${slugs.size} article(s)`);
      },
    },
  };
}
