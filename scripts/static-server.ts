import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Header, parseAllHeaders } from '@netlify/headers-parser';

/** The types Netlify, Cloudflare Pages and GitHub Pages send for this site's files (unknown: octet-stream, as they do). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded));
  if (!path.startsWith(normalize(root))) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory() && existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|manifest\+json|xml|javascript)|image\/svg)/;

/**
 * The site's `_headers` file (Netlify and Cloudflare Pages read it), parsed by Netlify's own parser so
 * that the tests send exactly what those hosts would. A malformed file fails the server's start.
 */
async function hostHeaders(root: string): Promise<Header[]> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(`${file} is not a valid headers file:\n${errors.map(String).join('\n')}`);
  return headers as Header[];
}

/** What Netlify and Cloudflare Pages send for a file that `_headers` gives no Cache-Control. */
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

function headersFor(rules: Header[], pathname: string): Record<string, string> {
  return Object.assign({ 'Cache-Control': HOST_DEFAULT_CACHE }, ...rules.filter((rule) => rule.forRegExp.test(pathname)).map((rule) => rule.values));
}

/**
 * Serves a built site from `root` on 127.0.0.1 (at `port`, or a free one), as a static host would: under `base`,
 * with the headers of its `_headers` file (and the hosts' own Cache-Control where it gives none),
 * 404.html for misses, a folder's page at its address with or without the trailing slash (no
 * redirect, as netlify-cli), and text compressed with gzip for a client that accepts it.
 * Hand-written because Astro's `preview()` applies neither `_headers` nor compression.
 */
export async function serveStatic(root: string, { base = '/', port = 0 }: { base?: string; port?: number } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const rules = await hostHeaders(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Under a sub-path (GitHub Pages serves a project site at /<repo>/), only what is below it exists.
    const within = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined;
    const file = within === undefined || within.endsWith('/_headers') ? undefined : await resolveFile(root, within);
    const body = await readFile(file ?? join(root, '404.html'));
    const type = TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(file ? 200 : 404, {
      ...headersFor(rules, within ?? url.pathname),
      'content-type': type,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  // A port in use rejects, for the caller to say so (scripts/serve-site.ts), rather than crashing the process.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const listening = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${listening}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
