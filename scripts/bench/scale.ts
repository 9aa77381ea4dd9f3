import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const SEED = 'content/articles/color-revolution-in-kazakhstan-2022';

/** A corpus of `n` annotated articles: the seed article and its annotations, each under its own slug and title. */
export function generateCorpus(root: string, n: number): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'articles'), { recursive: true });
  cpSync('content/sources.json', join(root, 'sources.json'));
  const article = readFileSync(join(SEED, 'article.md'), 'utf8');
  for (let i = 1; i <= n; i++) {
    const dir = join(root, 'articles', `generated-${String(i).padStart(4, '0')}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'article.md'), article.replace(/^title: "(.*)"$/m, `title: "$1 (generated ${i})"`));
    cpSync(join(SEED, 'annotations.yaml'), join(dir, 'annotations.yaml'));
  }
}

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
