import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateCorpus } from '../scripts/bench/corpus.ts';
import { launchChromiumServer } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { buildSite } from '../scripts/build-site.ts';

const DIST = 'dist';
/** A small site built from test/fixtures/small: it has retired ids (tombstones) and a note's history. */
const FIXTURE_CONTENT = 'test/fixtures/small';
const FIXTURE_DIST = 'dist-fixtures/small';
/** The same fixture, built to be served under a sub-path, as GitHub Pages serves a project site. */
export const BASE_PATH = '/some/path/';
const BASE_DIST = 'dist-fixtures/base';
/**
 * Three generated articles of about 105 claims each: more records of claims than a search counts at
 * once (sixteen), as on a large site.
 */
const MANY_CLAIMS_CONTENT = 'dist-fixtures/many-claims-content';
const MANY_CLAIMS_DIST = 'dist-fixtures/many-claims';

async function buildFixture(outDir: string, { basePath, contentDir = FIXTURE_CONTENT }: { basePath?: string; contentDir?: string } = {}): Promise<void> {
  const built = await buildSite({ contentDir, outDir, ...(basePath ? { basePath } : {}) });
  if (!built.ok) throw new Error(`The fixture site did not build into ${outDir}:\n${built.output}`);
}

/**
 * Serves the built site, and a fixture site built here, for the browser tests; and starts the one
 * Chromium they all connect to (e2e/browser.ts), while the fixtures build.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does it for you).');
  }
  const chromium = launchChromiumServer();
  try {
    // One after the other: builds of one project share Astro's cache folder and data store.
    await buildFixture(FIXTURE_DIST);
    await buildFixture(BASE_DIST, { basePath: BASE_PATH });
    generateCorpus(MANY_CLAIMS_CONTENT, 3);
    await buildFixture(MANY_CLAIMS_DIST, { contentDir: MANY_CLAIMS_CONTENT });
  } catch (error) {
    await (await chromium).close();
    throw error;
  }
  const browser = await chromium;
  const site = await serveStatic(DIST);
  const fixture = await serveStatic(FIXTURE_DIST);
  const based = await serveStatic(BASE_DIST, { base: BASE_PATH });
  const manyClaims = await serveStatic(MANY_CLAIMS_DIST);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('baseURL', site.url);
  project.provide('fixtureURL', fixture.url);
  project.provide('basePathURL', `${based.url}${BASE_PATH}`);
  project.provide('manyClaimsURL', manyClaims.url);
  return async () => {
    await browser.close();
    await site.close();
    await fixture.close();
    await based.close();
    await manyClaims.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the suite's one Chromium listens (e2e/browser.ts connects to it). */
    chromiumEndpoint: string;
    baseURL: string;
    fixtureURL: string;
    /** The fixture site served under BASE_PATH, ending with it. */
    basePathURL: string;
    /** Three generated articles: more records of claims than a search counts at once. */
    manyClaimsURL: string;
  }
}
