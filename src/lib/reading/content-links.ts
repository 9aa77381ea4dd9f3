import { realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { ContentProblem } from '../problems/content-problem.ts';
import { shownPath } from './content-layout.ts';

/**
 * Content is read only from inside its folder. A symbolic link there may lead elsewhere in it (an
 * article folder kept among drafts), but not out of it: a link to a file outside, read and checked,
 * would have its text printed in a problem, and a secret in it would land in a CI log.
 */
export async function contentRoot(contentDir: string): Promise<string> {
  return realpath(contentDir).catch(() => resolve(contentDir));
}

/** Whether `path`, its links followed, lies outside `root` (a missing path does not: it is reported as missing). */
export async function leavesContent(root: string, path: string): Promise<boolean> {
  const real = await realpath(path).catch(() => undefined);
  return real !== undefined && real !== root && !real.startsWith(root + sep);
}

/** The problem of a link that leaves the content folder: `what` names it ("sources.json", "the article folder \"x\""). */
export const linkLeavingProblem = (path: string, what: string): ContentProblem => ({
  file: shownPath(path),
  line: 1,
  problem: `${what} is a link to a place outside the content folder, which is not read`,
  fix: 'put the file or folder itself here in place of the link (content is read only from inside the content folder)',
});
