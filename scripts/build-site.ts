import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';
import { LOCAL_SITE_URL } from '../src/site.ts';

/** Where a build goes when no folder is named: ignored by git, inside the project (see `outDir`). */
const BUILDS = '.scratch/builds';

export interface BuildOptions {
  /** `CONTENT_DIR`: the content folder ("content" by default). */
  contentDir?: string;
  /**
   * Where the site is written; by default a new folder under .scratch/builds/. It must lie inside the
   * project: for an output folder outside it, Astro writes its server files to the project's own
   * .astro/, which builds running side by side would then share (and delete under each other).
   */
  outDir?: string;
  /** `SITE_URL` (the local address by default); `null` builds without one. */
  siteUrl?: string | null;
  /** `BASE_PATH`: the sub-path the site is served under. */
  basePath?: string;
  /** `CARDS`: which link-preview cards are drawn ("all" by default; see src/lib/cards/card-setting.ts). */
  cards?: string;
  /** More arguments for `astro build` (`--force`). */
  args?: string[];
  /** Told the build's process id as it starts (the benchmark samples its memory). */
  onStart?: (pid: number) => void;
}

export interface BuiltSite {
  ok: boolean;
  status: number | null;
  /** Everything the build printed, its colours taken out. */
  output: string;
  outDir: string;
  seconds: number;
  /** Removes the built site. */
  remove(): void;
}

/**
 * What a build inherits of this process's environment: not Vitest's own variables, which a test's
 * process carries (Astro would read `BASE_URL` and `MODE` from it), nor the site's settings, which
 * come from the options alone.
 */
function inheritedEnvironment(): Record<string, string> {
  const leftOut = /^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$|SITE_URL$|BASE_PATH$|CONTENT_DIR$|CARDS$)/;
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !leftOut.test(entry[0])));
}

/**
 * Builds a site with `astro build`, as `npm run build` does, in a process of its own: the one way the
 * tests, the browser tests' setup and the benchmark build. Resolves when the build has ended, whether
 * it failed or not (`ok`).
 */
export function buildSite({ contentDir = 'content', outDir, siteUrl = LOCAL_SITE_URL, basePath, cards, args = [], onStart }: BuildOptions = {}): Promise<BuiltSite> {
  const out = outDir ?? (mkdirSync(BUILDS, { recursive: true }), mkdtempSync(join(BUILDS, 'site-')));
  const inside = relative(process.cwd(), resolve(out));
  if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`buildSite: ${out} lies outside the project; build into a folder inside it (see BuildOptions.outDir)`);
  const env = {
    ...inheritedEnvironment(),
    CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(siteUrl === null ? {} : { SITE_URL: siteUrl }),
    ...(basePath === undefined ? {} : { BASE_PATH: basePath }),
    ...(cards === undefined ? {} : { CARDS: cards }),
  };
  const start = performance.now();
  const build = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, ...args], { env });
  onStart?.(build.pid!);
  let output = '';
  build.stdout.on('data', (chunk) => (output += chunk));
  build.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done, fail) => {
    build.on('error', fail);
    build.on('close', (status) =>
      done({
        ok: status === 0,
        status,
        output: stripVTControlCharacters(output),
        outDir: out,
        seconds: (performance.now() - start) / 1000,
        remove: () => rmSync(out, { recursive: true, force: true }),
      }),
    );
  });
}
