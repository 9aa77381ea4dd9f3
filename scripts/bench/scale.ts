import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { watchMemory } from './build-memory.ts';
import { siteCacheDir } from '../../src/lib/build-cache/site-cache.ts';
import { cardStoreFolder } from '../../src/lib/build-cache/card-store.ts';

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((total, entry) => total + sizeOf(join(path, entry)), 0);
}

export interface BuildRun {
  seconds: number;
  /** The most the build's processes held at one moment, and each program's own most (build-memory.ts). */
  peakBytes: number;
  peakByProgram: Record<string, number>;
  /** What the build printed, for its steps' times. */
  log: string;
}

/** One `astro build` of a corpus into `outDir`, timed, its memory sampled. */
function timeBuild(contentDir: string, outDir: string, args: string[] = [], cards = process.env.CARDS ?? 'all'): Promise<BuildRun> {
  const start = performance.now();
  const build = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...args], {
    env: { SITE_URL: 'http://127.0.0.1:4321/', ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', CARDS: cards },
  });
  const stop = watchMemory(build.pid!);
  let output = '';
  build.stdout.on('data', (chunk) => (output += chunk));
  build.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    build.on('error', reject);
    build.on('close', (status) => {
      const memory = stop();
      if (status !== 0) reject(new Error(`The corpus did not build:\n${output}`));
      else resolve({ seconds: (performance.now() - start) / 1000, ...memory, log: output });
    });
  });
}

/**
 * Builds a corpus in full (`--force`: no cache from an earlier build is used) into an empty `outDir`;
 * returns the build's seconds and peak memory, the search index's bytes and how many claims the corpus holds.
 */
export async function buildCorpus(contentDir: string, outDir: string, cards?: string): Promise<BuildRun & { indexBytes: number; claims: number }> {
  rmSync(outDir, { recursive: true, force: true });
  // `--force` does not reach the cards' store in the site's cache folder: a cold build starts without cards.
  rmSync(cardStoreFolder(siteCacheDir(contentDir, '/')), { recursive: true, force: true });
  const run = await timeBuild(contentDir, outDir, ['--force'], cards);
  const articles = join(outDir, 'articles');
  const claims = readdirSync(articles).reduce((total, slug) => total + (JSON.parse(readFileSync(join(articles, slug, 'claims.json'), 'utf8')) as { claims: unknown[] }).claims.length, 0);
  return { ...run, indexBytes: sizeOf(join(outDir, 'pagefind')), claims };
}

/**
 * What an editor's one change costs: edits the first note of the first article and builds again, over
 * the last build (its cache and output folder kept, as on an editor's machine or a host that keeps the
 * build cache).
 */
export function rebuildAfterOneNote(contentDir: string, outDir: string, cards?: string): Promise<BuildRun> {
  const [first] = readdirSync(join(contentDir, 'articles')).sort();
  const file = join(contentDir, 'articles', first!, 'annotations.yaml');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^(\s*note: ["']?)/m, '$1Edited: ');
  if (edited === text) throw new Error(`${file} has no note to edit`);
  writeFileSync(file, edited);
  return timeBuild(contentDir, outDir, [], cards);
}
