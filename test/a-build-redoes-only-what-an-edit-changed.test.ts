import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteCacheDir } from '../src/lib/build-cache/site-cache.ts';
import { LOCAL_SITE_URL } from '../src/site.ts';
import { buildSite } from '../scripts/build-site.ts';

/*
 * Two articles are built, then built again with nothing changed, then after an editor changes one note
 * of one of them, then after the other is removed, each time over the last build's cache and output, as
 * on an editor's machine.
 */

const root = mkdtempSync(join(tmpdir(), 'incremental-'));
const content = join(root, 'content');
// Inside the project, as buildSite asks (scripts/build-site.ts).
mkdirSync('.scratch/builds', { recursive: true });
const outDir = mkdtempSync(join('.scratch/builds', 'incremental-'));
const EDITED = 'Loaded wording, edited by an editor: zanzibarite.';
const MOVED = 'https://annotated.example.org/';

async function build(site = LOCAL_SITE_URL): Promise<string> {
  const run = await buildSite({ contentDir: content, outDir, siteUrl: site });
  if (!run.ok) throw new Error(`the build failed:\n${run.output}`);
  return run.output;
}

/** Every file of the built site under `folder`, by path, with its bytes. */
function filesUnder(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(folder.length), readFileSync(path, 'latin1')];
      }),
  );
}

/** The search index's texts: Pagefind's fragments are gzip-compressed JSON, one per record. */
function indexedText(): string {
  const folder = join(outDir, 'pagefind', 'fragment');
  return readdirSync(folder)
    .map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'))
    .join('\n');
}

let first: { log: string; kept: Map<string, string>; site: Map<string, string> };
let unchanged: { log: string; site: Map<string, string> };
let edited: { log: string; kept: Map<string, string>; edited: Map<string, string>; index: string };
let removed: { log: string; index: string };
let moved: { log: string; annotations: string; page: string };

beforeAll(async () => {
  cpSync('test/fixtures/small', content, { recursive: true });
  cpSync(join(content, 'articles', 'sample'), join(content, 'articles', 'second'), { recursive: true });
  const firstLog = await build();
  first = { log: firstLog, kept: filesUnder(join(outDir, 'articles', 'sample')), site: filesUnder(outDir) };
  const unchangedLog = await build();
  unchanged = { log: unchangedLog, site: filesUnder(outDir) };

  const annotations = join(content, 'articles', 'second', 'annotations.yaml');
  writeFileSync(annotations, readFileSync(annotations, 'utf8').replace('note: "Loaded wording."', `note: "${EDITED}"`));
  const editedLog = await build();
  edited = {
    log: editedLog,
    kept: filesUnder(join(outDir, 'articles', 'sample')),
    edited: filesUnder(join(outDir, 'articles', 'second')),
    index: indexedText(),
  };

  rmSync(join(content, 'articles', 'second'), { recursive: true });
  removed = { log: await build(), index: indexedText() };

  const movedLog = await build(MOVED);
  moved = {
    log: movedLog,
    annotations: readFileSync(join(outDir, 'articles', 'sample', 'annotations.jsonld'), 'utf8'),
    page: readFileSync(join(outDir, 'articles', 'sample', 'index.html'), 'utf8'),
  };
}, 150_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(siteCacheDir(content, '/'), { recursive: true, force: true });
});

describe('a build after an edit', () => {
  it('reads and renders every article the first time', () => {
    expect(first.log).toContain('2 annotated article(s) loaded');
    expect(first.log).toContain('2 read and rendered, 0 unchanged');
  });

  it('with nothing changed, renders no article and indexes nothing again, and makes the same site', () => {
    expect(unchanged.log).toContain('0 read and rendered, 2 unchanged');
    expect(unchanged.log).toContain('kept those of 2 unchanged');
    expect(unchanged.log).toContain('kept the last build’s search index');
    expect(unchanged.site).toEqual(first.site);
  });

  it('shows the edited note on the article page, in its exports and in the search index', () => {
    expect(edited.edited.get('/index.html')).toContain(EDITED);
    expect(edited.edited.get('/claims.json')).toContain(EDITED);
    expect(edited.edited.get('/claims.csv')).toContain(EDITED);
    expect(edited.edited.get('/annotations.jsonld')).toContain(EDITED);
    expect(edited.index).toContain('zanzibarite');
  });

  it('reads and renders again only the edited article, and keeps the other’s pages and share pages as they were', () => {
    expect(edited.log).toContain('1 read and rendered, 1 unchanged');
    // The open data is copied from the loader's files, not rendered (src/integrations/article-exports.ts).
    for (const page of ['index.html', 'changes/index.html']) {
      expect(edited.log).toMatch(new RegExp(`/articles/sample/${page.replace('.', '\\.')} \\((cached|restored)\\)`));
      expect(edited.log).not.toMatch(new RegExp(`/articles/second/${page.replace('.', '\\.')} \\((cached|restored)\\)`));
    }
    expect(edited.log).toContain('wrote the claim share pages of 1 article(s)');
    expect(edited.log).toContain('kept those of 1 unchanged');
    // Byte for byte, every file of the unchanged article, its share pages included.
    expect([...edited.kept.keys()].filter((path) => path.startsWith('/claims/')).length).toBeGreaterThan(0);
    expect(edited.kept).toEqual(first.kept);
  });

  it('drops every page, share page and search record of a removed article', () => {
    expect(removed.log).toContain('1 annotated article(s) loaded');
    expect(existsSync(join(outDir, 'articles', 'second'))).toBe(false);
    expect(existsSync(join(outDir, 'articles', 'sample', 'claims', 'gas-doubled', 'index.html'))).toBe(true);
    expect(removed.index).not.toContain('zanzibarite');
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/articles/second/');
  });

  it('gives the page and the open data the new address when the site moves', () => {
    expect(moved.log).toContain('1 read and rendered, 0 unchanged');
    expect(moved.annotations).toContain(`${MOVED}articles/sample/`);
    expect(moved.annotations).not.toContain('127.0.0.1');
    expect(moved.page).toContain(`<link rel="canonical" href="${MOVED}articles/sample/">`);
  });
});
