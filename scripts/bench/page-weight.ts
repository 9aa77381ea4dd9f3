import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const br = (text: string | Buffer) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const words = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
const sum = (list: (string | Buffer)[], f: (x: string | Buffer) => number) => list.reduce((total, x) => total + f(x), 0);

/**
 * A module script and every module it imports statically, each once: the browser fetches them all
 * before the script runs. Dynamic `import()`s are left out, since they load only when the reader asks.
 */
export function moduleGraph(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    // Minified ES modules: `import{a as b}from"./x.js"` or `import"./x.js"`, never `import(`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w${}*,\s]+?\s*from\s*)?["']([^"']+)["']/g)) {
      if (m[1]!.startsWith('.')) visit(relative(dist, join(dist, dirname(path), m[1]!)));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** What each article page costs on load: HTML, CSS and JavaScript, raw and gzip, and its words. */
export function measurePageWeights(dist: string) {
  return readdirSync(join(dist, 'articles')).map((slug) => {
    const html = readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
    const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1]!)));
    const css = assets(/<link rel="stylesheet" href="\/([^"]+)"/g);
    const scripts = moduleGraph(dist, [...html.matchAll(/<script[^>]* src="\/([^"]+)"/g)].map((m) => m[1]!));
    const externalJs = scripts.map((path) => readFileSync(join(dist, path)));
    const inlineJs = [...html.matchAll(/<script(?![^>]* src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const notes = [...html.matchAll(/<details class="note"[\s\S]*?<\/details>/g)].map((m) => m[0]).join('');
    const noteWords = words(notes);
    const textWords = words(html) - noteWords;
    const htmlGzip = gz(html);
    // What no markup can save: the words a reader sees (the article and every note) and the sources'
    // addresses, compressed alone. The page can weigh no less than this plus its CSS and JavaScript.
    const body = html.slice(html.indexOf('<body'));
    const addresses = [...new Set([...body.matchAll(/href="(https?:[^"]+)"/g)].map((m) => m[1]!))];
    const contentGzip = gz(`${body.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')}\n${addresses.join('\n')}`);
    return {
      slug,
      htmlBytes: Buffer.byteLength(html),
      htmlGzip,
      contentGzip,
      cssGzip: sum(css, gz),
      /** HTML, CSS and JavaScript as a host that serves Brotli sends them: for comparison, not the budget. */
      totalBrotli: br(html) + sum(css, br) + sum(externalJs, br) + sum(inlineJs, br),
      jsGzip: sum(externalJs, gz) + sum(inlineJs, gz),
      scripts,
      webFonts: /@font-face/.test(css.join('')),
      textWords,
      noteWords,
      htmlGzipKbPerThousandWords: htmlGzip / 1024 / ((textWords + noteWords) / 1000),
    };
  });
}
