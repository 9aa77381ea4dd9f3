import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { type SearchRecordsFolder, searchRecordsDigest, searchRecordsFolder, wantSearchRecords } from '../lib/search/search-records.ts';
import { isKept, keepLastOutput, moveIntoOutput, placeOutput } from '../lib/build-cache/kept-output.ts';

/** Where the index goes in the site. */
const INDEX_PATH = 'pagefind';

/** The pages under a folder, counted, to check that Pagefind indexed every one. */
async function countPages(folder: string): Promise<number> {
  return (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.html')).length;
}

/**
 * Builds the search index with Pagefind's Node API from the records the content loader wrote
 * (src/lib/search/search-records.ts): each article's record (its `data-pagefind-body`), and its claims, twenty
 * to a record, with the filters `kind`, `record` and `article` and a sort key for reading order
 * (claim-group-record.ts). Writes the index into a folder beside the records.
 */
const INDEX_OPTIONS = {
  forceLanguage: 'en',
  // The claims' own chrome, which the claims' records already cover, stays out of the article's record.
  excludeSelectors: ['.notes', '.claim-ref', '.para-link', '.heading-link', '.tombstone', '.visually-hidden'],
};

/**
 * How much of the word index one file holds, in Pagefind's units (a word's places in a record, plus one
 * per record it is in). A search fetches the one file holding each word it asks for, so this sets what a
 * query's words cost; each file also adds a line to the index's entry list, which every first search
 * fetches. Pagefind's own 20,000 makes the file a query reads about four times the size; 5,000 gave the
 * lightest first search at 1, 500 and 1,000 articles alike (docs/search.md). Pagefind reads it from its service's environment: its only setting for it,
 * named unstable, so a test holds the files to this size (an upgrade that drops it fails there).
 */
export const WORD_FILE_UNITS = 5000;

/** A new index, Pagefind's service started (if it is not running) with the word files' size in its environment alone. */
function createIndex(): ReturnType<typeof pagefind.createIndex> {
  const name = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
  const before = process.env[name];
  process.env[name] = String(WORD_FILE_UNITS);
  try {
    // The service is spawned synchronously, inside this call, from the environment of the moment.
    return pagefind.createIndex(INDEX_OPTIONS);
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

/** What an index is made from: Pagefind's version (in the lockfile), its options and every record. */
function indexKey(records: SearchRecordsFolder, root: string): string {
  let lockfile = 'no lockfile';
  try {
    lockfile = readFileSync(join(root, 'package-lock.json'), 'utf8');
  } catch {
    // without a lockfile, the records and options alone
  }
  return createHash('sha256').update(`${lockfile}\n${JSON.stringify(INDEX_OPTIONS)}\n${WORD_FILE_UNITS}\n${searchRecordsDigest(records)}`).digest('hex').slice(0, 16);
}

async function buildIndex(records: SearchRecordsFolder, cacheDir: string): Promise<{ folder: string; pages: number; claims: number }> {
  const { index, errors } = await createIndex();
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
  // rename: copying thousands of files from memory would cost seconds at the end of the build.
  await mkdir(cacheDir, { recursive: true });
  const folder = await mkdtemp(join(cacheDir, 'pagefind-'));
  const files = await index.writeFiles({ outputPath: folder });
  if (files.errors.length > 0) throw new Error(`Pagefind could not write its files: ${files.errors.join('; ')}`);
  return { folder, pages, claims };
}

/**
 * The search index, built during `astro build`: it starts when the build does (the content is loaded
 * by then) and runs beside Astro's own work, in Pagefind's process, on the other core; when the pages
 * are done, the index is moved into the site. When every record is the one the last build indexed (a
 * change to the pages' code or styles, or none), the last build's index is kept instead (kept-output.ts):
 * Pagefind has no incremental mode, and a whole index of 100,000 claims takes about a minute. Pagefind is
 * always closed, whatever happens.
 */
export function pagefindIndex({ contentDir }: { contentDir: string }): AstroIntegration {
  /** Astro's folders, as its configuration gives them, and the folder of the records the loader writes. */
  let folders: { cacheDir: string; outDir: string; root: string; records: SearchRecordsFolder };
  let key = '';
  let indexing: Promise<{ folder: string; pages: number; claims: number } | 'kept'> | undefined;
  const keptIndex = () => join(folders.cacheDir, 'search-index');
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // The loader writes the records only into a folder made here, so only for a build.
        if (command === 'build') wantSearchRecords(searchRecordsFolder(fileURLToPath(config.cacheDir), resolve(contentDir)));
      },
      'astro:config:done': ({ config }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        folders = { cacheDir, outDir: fileURLToPath(config.outDir), root: fileURLToPath(config.root), records: searchRecordsFolder(cacheDir, resolve(contentDir)) };
      },
      'astro:build:start': () => {
        keepLastOutput(keptIndex(), folders.outDir);
        key = indexKey(folders.records, folders.root);
        indexing = isKept(keptIndex(), INDEX_PATH, key) ? Promise.resolve('kept') : buildIndex(folders.records, folders.cacheDir);
        // Held until the build is done; a failure is reported there, not as an unhandled rejection.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        let folder: string | undefined;
        try {
          if (!indexing) throw new Error('the search index was never started');
          const built = await indexing;
          if (built !== 'kept') folder = built.folder;
          placeOutput(keptIndex(), fileURLToPath(dir), [{ path: INDEX_PATH, key }], (_path, target) => moveIntoOutput(folder!, target));
          logger.info(built === 'kept' ? 'kept the last build’s search index: no record has changed' : `indexed ${built.pages} articles and their claims in ${built.claims} records`);
        } finally {
          await pagefind.close();
          if (folder) await rm(folder, { recursive: true, force: true });
          await rm(folders.records.root, { recursive: true, force: true });
        }
      },
    },
  };
}
