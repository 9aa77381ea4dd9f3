import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../scripts/static-server.ts';

const DIST = 'dist';
/** A small site built from test/fixtures/small: it has retired ids (tombstones) and a note's history. */
const FIXTURE_CONTENT = 'test/fixtures/small';
const FIXTURE_DIST = 'dist-fixtures/small';

/** Serves the built site, and a fixture site built here, for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does it for you).');
  }
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', FIXTURE_DIST], {
    env: { SITE_URL: 'http://127.0.0.1:4321/', ...process.env, CONTENT_DIR: FIXTURE_CONTENT, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.stdout}\n${build.stderr}`);

  const site = await serveStatic(DIST);
  const fixture = await serveStatic(FIXTURE_DIST);
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
