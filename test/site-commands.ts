import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Runs `npm run check`'s script on a content folder, as an editor would. */
export function runCheck(contentDir: string, args: string[] = []) {
  const run = spawnSync(process.execPath, ['scripts/check.ts', ...args], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, out: stripVTControlCharacters(run.stdout), err: stripVTControlCharacters(run.stderr) };
}

/** Builds the real site from a content folder, as `npm run build` would, into a folder removed afterwards unless `keep` says otherwise. */
export function runBuild(contentDir: string, { keep = false } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'annotated-build-'));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { SITE_URL: 'http://127.0.0.1:4321/', ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (!keep) rmSync(outDir, { recursive: true, force: true });
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`), outDir };
}

/** Runs one of the editor's commands (`scripts/<name>.ts`: new-article, publish, record-registry) on a content folder. */
export function runScript(name: string, contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], { env: { ...process.env, CONTENT_DIR: contentDir, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, out: stripVTControlCharacters(run.stdout), err: stripVTControlCharacters(run.stderr) };
}
