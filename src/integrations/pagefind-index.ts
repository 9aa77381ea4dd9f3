import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { access, constants, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ClaimsExport } from '../lib/claims-export.ts';
import { claimRecordHtml } from './claim-record.ts';

/**
 * Where scratch files go: a memory-backed folder where the system has one (Linux's /dev/shm), since
 * 100,000 small files cost seconds on a disk. Pagefind writes its index there too, and it is copied
 * into the site in one pass, which takes a third of the time Pagefind spends writing to a disk itself.
 */
async function scratchFolder(): Promise<{ root: string; inMemory: boolean }> {
  const shm = '/dev/shm';
  return access(shm, constants.W_OK).then(
    () => ({ root: shm, inMemory: true }),
    () => ({ root: tmpdir(), inMemory: false }),
  );
}

/** Writes one small page per claim, read from each article's `claims.json`; returns how many. */
async function writeClaimRecords(site: string, records: string): Promise<number> {
  const slugs = (await readdir(join(site, 'articles'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  let count = 0;
  for (const [articleIndex, slug] of slugs.entries()) {
    const data = JSON.parse(await readFile(join(site, 'articles', slug, 'claims.json'), 'utf8')) as ClaimsExport;
    mkdirSync(join(records, slug));
    // Synchronous: nothing else runs at this point of the build, and it is quicker than many small promises.
    for (const claim of data.claims) writeFileSync(join(records, slug, `${claim.id}.html`), claimRecordHtml(claim, data.article, articleIndex));
    count += data.claims.length;
  }
  return count;
}

/**
 * After the build, indexes the site with Pagefind's Node API: the article pages (their
 * `data-pagefind-body`), plus one record per claim with the filters `kind` and `article`, a sort key
 * for the claim's place in reading order and its address as the `url` meta (see claim-record.ts).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const scratch = await scratchFolder();
        const records = await mkdtemp(join(scratch.root, 'claim-records-'));
        const indexFolder = scratch.inMemory ? await mkdtemp(join(scratch.root, 'pagefind-')) : join(out, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            // The claims' own chrome, which each claim's record already covers, stays out of the page's record.
            excludeSelectors: ['.notes', '.claim-ref', '.para-link', '.heading-link', '.visually-hidden'],
          });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const pages = await index.addDirectory({ path: out });
          if (pages.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${pages.errors.join('; ')}`);

          const written = await writeClaimRecords(out, records);
          const claims = await index.addDirectory({ path: records });
          if (claims.errors.length > 0) throw new Error(`Pagefind could not index the claims: ${claims.errors.join('; ')}`);
          if (claims.page_count !== written) throw new Error(`Pagefind indexed ${claims.page_count} of ${written} claims`);

          const files = await index.writeFiles({ outputPath: indexFolder });
          if (files.errors.length > 0) throw new Error(`Pagefind could not write its files: ${files.errors.join('; ')}`);
          // Synchronous on purpose: Node's asynchronous copy of 100,000 files is ten times slower.
          if (indexFolder !== join(out, 'pagefind')) cpSync(indexFolder, join(out, 'pagefind'), { recursive: true });
          logger.info(`indexed ${pages.page_count} pages and ${claims.page_count} claims`);
        } finally {
          await pagefind.close();
          await rm(records, { recursive: true, force: true });
          if (indexFolder !== join(out, 'pagefind')) await rm(indexFolder, { recursive: true, force: true });
        }
      },
    },
  };
}
