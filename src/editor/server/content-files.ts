import { createHash } from 'node:crypto';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { ANNOTATIONS_FILE, listArticles, slugProblems, SOURCES_FILE } from '../../lib/reading/content-layout.ts';
import { writeFileAtomically } from '../../lib/writing/write-atomically.ts';

/** A request the endpoint refuses, with the status it answers and why, in words for the editor. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A file's digest as the panel holds it: a write names the digest it was made from. */
export const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20);

/**
 * The annotation file of an article the request names: a slug the site accepts, of an article that
 * exists. A slug is never a path: "../x" or "a/b" is refused before anything is read.
 */
export async function annotationsPath(contentDir: string, slug: unknown): Promise<string> {
  if (typeof slug !== 'string' || slug === '' || slugProblems(slug, '').length > 0) throw new Refusal(400, `"${String(slug)}" is not an article's slug`);
  if (!(await listArticles(contentDir)).includes(slug)) throw new Refusal(404, `there is no article "${slug}" in ${contentDir}/articles/`);
  return join(contentDir, 'articles', slug, ANNOTATIONS_FILE);
}

export const sourcesPath = (contentDir: string) => join(contentDir, SOURCES_FILE);

/** A file's text and digest, as an edit starts from them. */
export async function readForEdit(path: string): Promise<{ text: string; digest: string }> {
  const text = await readFile(path, 'utf8');
  return { text, digest: digestOf(text) };
}

/**
 * Writes `text` to `path` only if it lies inside the content folder, its links followed: the path is
 * resolved and must start with the content folder's own; its folder, resolved through any symbolic
 * link, must too; and the file may not be a link at all (a link inside content/ could point at a file
 * elsewhere). Written whole or not at all (write-atomically.ts).
 */
export async function writeInsideContent(contentDir: string, path: string, text: string): Promise<void> {
  const root = await realpath(contentDir);
  const target = resolve(path);
  const inside = (p: string) => p.startsWith(`${root}${sep}`) || p.startsWith(`${resolve(contentDir)}${sep}`);
  if (!inside(target)) throw new Refusal(403, `${path} is outside the content folder; the editor writes only inside ${contentDir}/`);
  const folder = await realpath(dirname(target)).catch(() => undefined);
  if (folder === undefined || (folder !== root && !folder.startsWith(`${root}${sep}`))) throw new Refusal(403, `${path} leads outside the content folder through a link; the editor writes only inside ${contentDir}/`);
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw new Refusal(403, `${path} is a link; the editor writes only files that lie inside ${contentDir}/ themselves`);
  await writeFileAtomically(join(folder, basename(target)), text);
}

/** Refuses a write made from a file that has changed since: what the editor typed is kept in the panel. */
export function refuseIfChanged(read: string, now: string, file: string): void {
  if (read !== now) {
    throw new Refusal(
      409,
      `${file} changed on disk since this page read it (an edit in another window or program, or a save from another tab); nothing was written. Your entry is kept: the panel has read the file again, so save once more to write it over the new version.`,
    );
  }
}
