import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, top to bottom; a module may import its own layer or any layer below it, never one
 * above. `src/site.ts` is the bottom: it imports nothing. The browser scripts stand apart: they may use only the parts of the model written for the
 * browser, so that no Zod or Node code reaches a page.
 */
const LAYERS = [
  ['src/pages', 'src/components', 'src/layouts', 'src/integrations', 'src/editor', 'src/content.config.ts'],
  ['src/loaders'],
  ['src/render'],
  ['src/lib'],
  // The site's name and settings: every layer may read them; the environment is read only here.
  ['src/site.ts'],
];
const BROWSER = 'src/client';
/** Folders, or single modules, written for the browser: each imports only from this list itself. */
const BROWSER_MAY_USE = ['src/client', 'src/lib/kinds', 'src/lib/format', 'src/lib/search/claim-anchor.ts', 'src/styles'];
const browserMayUse = (path: string) => BROWSER_MAY_USE.some((allowed) => path === allowed || path.startsWith(`${allowed}/`));

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((path) => join('src', path))
  .filter((path) => /\.(ts|astro)$/.test(path));

/** Each local module a file imports, as a path from the project's root. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    normalize(join(dirname(file), (m[1] ?? m[2])!)),
  );
}
const layerOf = (path: string) => LAYERS.findIndex((layer) => layer.some((top) => path === top || path.startsWith(`${top}/`)));

describe('imports', () => {
  it('point down the layers: pages above the loader, the loader above the rendering, the rendering above the model', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from < 0) continue;
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to >= 0 && to < from) upward.push(`${file} imports ${relative('.', target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('from the browser code reach only the kinds, the formatting and a claim’s search id, no schema or Node code', () => {
    const scripts = files.filter((file) => file.startsWith(`${BROWSER}/`));
    expect(scripts.length).toBeGreaterThan(5);
    // The modules the browser may use are held to the same rule, so nothing reaches a page through them.
    const reachable = files.filter(browserMayUse);
    expect(reachable).toContain('src/lib/search/claim-anchor.ts');
    const outside = reachable.flatMap((file) =>
      importsOf(file)
        .filter((target) => !browserMayUse(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(outside).toEqual([]);
    const node = reachable.filter((file) => /from\s+['"](node:|zod)/.test(readFileSync(file, 'utf8')));
    expect(node).toEqual([]);
  });

  it('from the editor’s panel, which runs in the page under npm run dev, reach only what the browser scripts may, and its own api', () => {
    const panel = files.filter((file) => file.startsWith('src/editor/toolbar/'));
    expect(panel).toContain('src/editor/toolbar/editor-app.ts');
    const outside = panel.flatMap((file) => importsOf(file).filter((target) => !browserMayUse(target) && !target.startsWith('src/editor/toolbar/')).map((target) => `${file} imports ${target}`));
    expect(outside).toEqual([]);
    expect(panel.filter((file) => /from\s+['"](node:|zod|yaml)/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('never go both ways between two folders of the model', () => {
    const folderOf = (path: string) => (path.startsWith('src/lib/') ? path.split('/')[2] : undefined);
    const edges = new Set<string>();
    for (const file of files) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (from && to && from !== to) edges.add(`${from} -> ${to}`);
      }
    }
    const both = [...edges].filter((edge) => edges.has(edge.split(' -> ').reverse().join(' -> ')));
    expect(both).toEqual([]);
  });

  it('carry the site’s settings as arguments: the environment is read in src/site.ts alone', () => {
    expect(importsOf('src/site.ts')).toEqual([]);
    // Pagefind's service reads the word files' size from its own environment: a setting for another
    // process, set around its start (src/integrations/pagefind-index.ts), not a message between modules.
    const readers = files.filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8'))).sort();
    expect(readers).toEqual(['src/integrations/pagefind-index.ts', 'src/site.ts']);
    expect(readFileSync('src/integrations/pagefind-index.ts', 'utf8').match(/process\.env\[[^\]]*\]/g)).toEqual(Array(4).fill('process.env[name]'));
    // Only Astro's entry points ask for the settings; everything below them is handed what it needs.
    const askers = files.filter((file) => /siteFromEnvironment\(/.test(readFileSync(file, 'utf8')) && file !== 'src/site.ts');
    expect(askers).toEqual(['src/content.config.ts']);
  });
});
