import type { AstroIntegration } from 'astro';
import { cpSync, renameSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_WANTED, type SearchRecordsFolder, searchRecordsFolder } from '../lib/search/search-records.ts';

/** The pages under a folder, counted, to check that Pagefind indexed every one. */
async function countPages(folder: string): Promise<number> {
  return (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.html')).length;
}

/**
 * Builds the search index with Pagefind's Node API from the records the content loader wrote
 * (src/lib/search/search-records.ts): each article's record (its `data-pagefind-body`), and one record per claim with
 * the filters `kind` and `article`, a sort key for the claim's place in reading order and its address
 * as the `url` meta (claim-record.ts). Writes the index into a folder beside the records.
 */
async function buildIndex(records: SearchRecordsFolder, cacheDir: string): Promise<{ folder: string; pages: number; claims: number }> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // The claims' own chrome, which each claim's record already covers, stays out of the article's record.
    excludeSelectors: ['.notes', '.claim-ref', '.para-link', '.heading-link', '.tombstone', '.visually-hidden'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const addAll = async (what: string, path: string): Promise<number> => {
    const added = await index.addDirectory({ path });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the ${what}: ${added.errors.join('; ')}`);
    const expected = await countPages(path);
    if (added.page_count !== expected) throw new Error(`Pagefind indexed ${added.page_count} of ${expected} ${what}`);
    return expected;
  };
  const pages = await addAll('articles', records.pages);
  const claims = await addAll('claims', records.claims);
  // Written in the cache folder, on the disk the site is built on, so that it moves into the site in one
  // rename: copying some 100,000 files from memory would cost seconds at the end of the build.
  await mkdir(cacheDir, { recursive: true });
  const folder = await mkdtemp(join(cacheDir, 'pagefind-'));
  const files = await index.writeFiles({ outputPath: folder });
  if (files.errors.length > 0) throw new Error(`Pagefind could not write its files: ${files.errors.join('; ')}`);
  return { folder, pages, claims };
}

/**
 * The search index, built during `astro build`: it starts when the build does (the content is loaded
 * by then) and runs beside Astro's own work, in Pagefind's process, on the other core; when the pages
 * are done, the index is copied into the site. Pagefind is always closed, whatever happens.
 */
export function pagefindIndex({ contentDir }: { contentDir: string }): AstroIntegration {
  let cacheDir = '';
  let indexing: Promise<{ folder: string; pages: number; claims: number }> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') process.env[SEARCH_RECORDS_WANTED] = '1';
        else delete process.env[SEARCH_RECORDS_WANTED];
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        indexing = buildIndex(searchRecordsFolder(cacheDir, resolve(contentDir)), cacheDir);
        // Held until the build is done; a failure is reported there, not as an unhandled rejection.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        let folder: string | undefined;
        try {
          if (!indexing) throw new Error('the search index was never started');
          const built = await indexing;
          folder = built.folder;
          try {
            renameSync(folder, join(fileURLToPath(dir), 'pagefind'));
          } catch {
            // The site is on another file system. Synchronous on purpose: Node's asynchronous copy of
            // 100,000 files is ten times slower.
            cpSync(folder, join(fileURLToPath(dir), 'pagefind'), { recursive: true });
          }
          logger.info(`indexed ${built.pages} articles and ${built.claims} claims`);
        } finally {
          await pagefind.close();
          if (folder) await rm(folder, { recursive: true, force: true });
          await rm(searchRecordsFolder(cacheDir, resolve(contentDir)).root, { recursive: true, force: true });
        }
      },
    },
  };
}
