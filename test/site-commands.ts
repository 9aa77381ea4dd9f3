import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** Runs `npm run check`'s script on a content folder, as an editor would. (A build: `buildSite`, scripts/build-site.ts.) */
export function runCheck(contentDir: string, args: string[] = []) {
  const run = spawnSync(process.execPath, ['scripts/check.ts', ...args], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, out: stripVTControlCharacters(run.stdout), err: stripVTControlCharacters(run.stderr) };
}

/** Runs one of the editor's commands (`scripts/<name>.ts`: new-article, publish, record-registry) on a content folder. */
export function runScript(name: string, contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], { env: { ...process.env, CONTENT_DIR: contentDir, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, out: stripVTControlCharacters(run.stdout), err: stripVTControlCharacters(run.stderr) };
}
