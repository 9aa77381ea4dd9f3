import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchMemory } from './build-memory.ts';
import { siteCacheDir } from '../../src/lib/build-cache/site-cache.ts';
import { cardStoreFolder } from '../../src/lib/build-cache/card-store.ts';
import { buildSite } from '../build-site.ts';

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
async function timeBuild(contentDir: string, outDir: string, args: string[] = [], cards = process.env.CARDS ?? 'all'): Promise<BuildRun> {
  let stop = () => ({ peakBytes: 0, peakByProgram: {} as Record<string, number> });
  const built = await buildSite({ contentDir, outDir, args, cards, onStart: (pid) => (stop = watchMemory(pid)) });
  const memory = stop();
  if (!built.ok) throw new Error(`The corpus did not build:\n${built.output}`);
  return { seconds: built.seconds, ...memory, log: built.output };
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
