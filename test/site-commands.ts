import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** Runs `npm run check`'s script on a content folder, as an editor would. (A build: `buildSite`, scripts/build-site.ts.) */
export function runCheck(contentDir: string) {
  const run = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, out: stripVTControlCharacters(run.stdout), err: stripVTControlCharacters(run.stderr) };
}
