import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((total, entry) => total + sizeOf(join(path, entry)), 0);
}

/**
 * Builds a corpus into an empty `outDir`; returns the build's seconds, the search index's bytes and how
 * many claims the corpus holds.
 */
export function buildCorpus(contentDir: string, outDir: string): { seconds: number; indexBytes: number; claims: number } {
  rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    stdio: 'ignore',
    env: { SITE_URL: 'http://127.0.0.1:4321/', ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  const articles = join(outDir, 'articles');
  const claims = readdirSync(articles).reduce((total, slug) => total + (JSON.parse(readFileSync(join(articles, slug, 'claims.json'), 'utf8')) as { claims: unknown[] }).claims.length, 0);
  return { seconds, indexBytes: sizeOf(join(outDir, 'pagefind')), claims };
}
