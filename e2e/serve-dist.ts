import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

const DIST = 'dist';
/** A small site built from test/fixtures/small: it has retired ids (tombstones) and a note's history. */
const FIXTURE_CONTENT = 'test/fixtures/small';
const FIXTURE_DIST = 'dist-fixtures/small';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory() && existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

/** Serves a built site from `root` on 127.0.0.1, as a static host would, and says where. */
async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = await resolveFile(root, url.pathname);
    const body = await readFile(file ?? join(root, '404.html'));
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Serves the built site, and a fixture site built here, for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does it for you).');
  }
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', FIXTURE_DIST], {
    env: { ...process.env, CONTENT_DIR: FIXTURE_CONTENT, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.stdout}\n${build.stderr}`);

  const site = await serve(DIST);
  const fixture = await serve(FIXTURE_DIST);
  project.provide('baseURL', site.url);
  project.provide('fixtureURL', fixture.url);
  return async () => {
    await site.close();
    await fixture.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    fixtureURL: string;
  }
}
