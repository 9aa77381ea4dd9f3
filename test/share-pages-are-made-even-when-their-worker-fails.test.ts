import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimSharePages } from '../src/integrations/claim-share-pages.ts';
import type { ClaimsExport } from '../src/lib/exports/claims-export.ts';
import { articleFilesFolder, listExportFiles } from '../src/lib/build-cache/article-files.ts';
import { runArticleJob } from '../src/loaders/article-job.ts';
import { sampleCorpus } from './content-helpers.ts';

const SITE = 'http://127.0.0.1:4321/';
const scratch = mkdtempSync(join(tmpdir(), 'share-pages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  warnings: string[];
  /** Each share page in the site, by claim id. */
  pages: Map<string, string>;
  claims: ClaimsExport['claims'];
}

/**
 * What the build does with the share pages, hook by hook, for the sample article: the loader writes its
 * files, the site gets its claims.json (as article-exports.ts copies it), and the share pages'
 * integration runs from the build's start to its end. `spoil` may break the loader's copy of
 * claims.json after the site has its own, which is what the worker reads.
 */
async function build(name: string, spoil?: (file: string) => void): Promise<Run> {
  const corpus = sampleCorpus();
  const cacheDir = join(scratch, name, 'cache');
  const out = join(scratch, name, 'dist');
  const files = articleFilesFolder(cacheDir, corpus.root);
  const result = await runArticleJob({ slug: 'sample', index: 0, compile: { ownFiles: 'test' } }, { root: corpus.root, site: { url: SITE, base: '/' }, pipeline: 'test', files });
  expect(result.problems).toEqual([]);
  const [claimsJson] = await listExportFiles(files, 'claims.json');
  mkdirSync(join(out, 'articles', 'sample'), { recursive: true });
  const siteCopy = join(out, 'articles', 'sample', 'claims.json');
  writeFileSync(siteCopy, readFileSync(claimsJson!.file));
  spoil?.(claimsJson!.file);

  const warnings: string[] = [];
  const logger = { info: () => undefined, warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const hooks = claimSharePages({ contentDir: corpus.root, cards: 'all' }).hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { site: SITE, base: '/', outDir: pathToFileURL(`${out}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
  await hooks['astro:build:start']!({ logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });

  const folder = join(out, 'articles', 'sample', 'claims');
  const pages = new Map(readdirSync(folder).map((id) => [id, readFileSync(join(folder, id, 'index.html'), 'utf8')]));
  return { warnings, pages, claims: (JSON.parse(readFileSync(siteCopy, 'utf8')) as ClaimsExport).claims };
}

let usual: Run;
let failed: Run;
beforeAll(async () => {
  usual = await build('usual');
  failed = await build('failed', (file) => writeFileSync(file, '{ "claims": [ this is not JSON'));
}, 60_000);

describe('the claims’ share pages', () => {
  it('are made on the worker in a usual build: a page for every claim, and no warning', () => {
    expect(usual.warnings).toEqual([]);
    expect([...usual.pages.keys()].sort()).toEqual(usual.claims.map((claim) => claim.id).sort());
    for (const claim of usual.claims) expect(usual.pages.get(claim.id)).toContain(claim.id);
  });

  it('are made when the build is done, from the site’s claims.json, when the worker fails, and the build says so', () => {
    expect(failed.warnings).toEqual([expect.stringContaining('made the share pages after the build instead')]);
    expect(failed.pages).toEqual(usual.pages);
  });
});
