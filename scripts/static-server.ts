import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(normalize(root))) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory() && existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|javascript)|image\/svg)/;

/**
 * Serves a built site from `root` on 127.0.0.1 (a free port), as a static host would: 404.html for
 * misses, and text compressed with gzip for a client that accepts it.
 */
export async function serveStatic(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = await resolveFile(root, url.pathname);
    const body = await readFile(file ?? join(root, '404.html'));
    const type = TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(file ? 200 : 404, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
