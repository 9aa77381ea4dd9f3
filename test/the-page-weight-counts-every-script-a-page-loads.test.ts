import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { measurePageWeights } from '../scripts/bench/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

// The page's weight on load (issue 11's budget) is only true if it holds what the browser fetches
// before the page's scripts run: each script and everything it imports, but not what it imports later.
it('counts the scripts a page names, what they import, once each, and not what they load on demand', () => {
  mkdirSync(join(dist, 'articles', 'a'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  const files = {
    'entry.js': 'import{a as e}from"./shared.js";import"./side.js";e();const later=()=>import(`./later.js`);',
    'other.js': 'import{a}from"./shared.js";a();',
    'shared.js': 'export const a=()=>document.title="shared code, fetched with its importers";',
    'side.js': 'document.body.dataset.side="imported for its effect";',
    'later.js': 'export const b="fetched only when the reader asks for it, ".repeat(50);',
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);
  writeFileSync(
    join(dist, 'articles', 'a', 'index.html'),
    '<!doctype html><html><head><script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/other.js"></script></head><body><p>Words.</p></body></html>',
  );
  const [page] = measurePageWeights(dist);
  expect(page!.scripts.sort()).toEqual(['_astro/entry.js', '_astro/other.js', '_astro/shared.js', '_astro/side.js']);
  const gz = (name: keyof typeof files) => gzipSync(files[name], { level: 9 }).length;
  expect(page!.jsGzip).toBe(gz('entry.js') + gz('other.js') + gz('shared.js') + gz('side.js'));
});
