/**
 * `npm run bench`: prints what the site costs and writes it to bench-results/bench.json.
 * - build time, cold (no caches) and warm (caches kept);
 * - for each article page: HTML, CSS and JavaScript bytes on load (raw and gzip), the words of text
 *   and notes, and gzip KB of HTML per thousand words.
 * Figures, not pass/fail: budgets are reported beside them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function timeBuild(): number {
  const start = performance.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - start) / 1000;
}

rmSync(DIST, { recursive: true, force: true });
rmSync('.astro', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
rmSync('node_modules/.vite', { recursive: true, force: true });
const cold = timeBuild();
const warm = timeBuild();

const words = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

const pages = readdirSync(join(DIST, 'articles')).map((slug) => {
  const html = readFileSync(join(DIST, 'articles', slug, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(DIST, m[1]!)));
  const css = assets(/<link rel="stylesheet" href="\/([^"]+)"/g);
  const externalJs = assets(/<script[^>]* src="\/([^"]+)"/g);
  const inlineJs = [...html.matchAll(/<script(?![^>]* src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const notes = [...html.matchAll(/<details class="note"[\s\S]*?<\/details>/g)].map((m) => m[0]).join('');
  const noteWords = words(notes);
  const textWords = words(html) - noteWords;
  const sum = (list: (string | Buffer)[], f: (x: string | Buffer) => number) => list.reduce((total, x) => total + f(x), 0);
  const jsGzip = sum(externalJs, gz) + sum(inlineJs, gz);
  return {
    slug,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(html),
    cssGzip: sum(css, gz),
    jsGzip,
    inlineJsBytes: sum(inlineJs, (x) => Buffer.byteLength(x)),
    textWords,
    noteWords,
    htmlGzipKbPerThousandWords: gz(html) / 1024 / ((textWords + noteWords) / 1000),
  };
});

console.log('\nBuild');
console.table({ 'cold (s)': cold.toFixed(2), 'warm (s)': warm.toFixed(2) });
console.log('\nArticle pages on load (gzip KB unless said)');
console.table(
  Object.fromEntries(
    pages.map((p) => [
      p.slug,
      {
        'HTML raw': kb(p.htmlBytes),
        HTML: kb(p.htmlGzip),
        CSS: kb(p.cssGzip),
        JS: kb(p.jsGzip),
        'total': kb(p.htmlGzip + p.cssGzip + p.jsGzip),
        'words (text+notes)': `${p.textWords}+${p.noteWords}`,
        'HTML KB / 1000 words': p.htmlGzipKbPerThousandWords.toFixed(2),
      },
    ]),
  ),
);
console.log('Budgets: about 10 KB gzip of HTML per 1,000 words (text and notes); 30 KB gzip HTML+CSS+JS; 6 KB gzip JS.');

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), build: { cold, warm }, pages }, null, 2)}\n`);
console.log('Written: bench-results/bench.json');
