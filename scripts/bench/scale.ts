import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((total, entry) => total + sizeOf(join(path, entry)), 0);
}

/** Builds a corpus into `outDir`; returns the build's seconds and the search index's bytes. */
export function buildCorpus(contentDir: string, outDir: string): { seconds: number; indexBytes: number } {
  const start = performance.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    stdio: 'ignore',
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { seconds: (performance.now() - start) / 1000, indexBytes: sizeOf(join(outDir, 'pagefind')) };
}
