import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANNOTATIONS_FILE, ARTICLE_FILE, PUBLISHED_IDS_FILE, REGISTRY_FILE } from '../lib/reading/content-layout.ts';
import type { Source } from '../lib/schema/source-schema.ts';

/*
 * An article's digest names everything its pages, exports and search records are made from, so that a
 * build can keep an unchanged article as the last build left it: its own three files, the entries of
 * sources.json it cites (an edit to another source leaves it alone), the content folder, the site's
 * address, and the code that reads and renders it.
 */

const sha256 = () => createHash('sha256');

/** The code an article's model and HTML come from, and the exact dependencies installed. */
export async function pipelineVersion(): Promise<string> {
  const src = fileURLToPath(new URL('../', import.meta.url));
  const hash = sha256();
  for (const folder of ['lib', 'render', 'loaders']) {
    const files = (await readdir(join(src, folder), { recursive: true })).filter((name) => /\.(ts|mjs|js|json)$/.test(name)).sort();
    for (const file of files) hash.update(`${folder}/${file}\n`).update(await readFile(join(src, folder, file)));
  }
  // The site's name, which the open data and the share pages carry.
  hash.update('site.ts\n').update(await readFile(join(src, 'site.ts')));
  const lockfile = await readFile(join(src, '..', 'package-lock.json')).catch(() => Buffer.from('no lockfile'));
  return hash.update(lockfile).digest('hex');
}

/** A hash of the article's own files (a missing one hashes as missing, so that its arrival counts). */
export async function ownFilesHash(root: string, slug: string): Promise<string> {
  const hash = sha256();
  for (const name of [ARTICLE_FILE, ANNOTATIONS_FILE, REGISTRY_FILE, PUBLISHED_IDS_FILE]) {
    const bytes = await readFile(join(root, 'articles', slug, name)).catch(() => undefined);
    hash.update(`${name}\n`).update(bytes === undefined ? 'missing' : sha256().update(bytes).digest('hex')).update('\n');
  }
  return hash.digest('hex');
}

export interface DigestParts {
  pipeline: string;
  root: string;
  /** The site's address, which the article's Web Annotations are addressed under. */
  site: string;
  ownFiles: string;
  /** The sources.json entries by id, as this load read them. */
  sources: ReadonlyMap<string, Source>;
  /** The ids the article cites. */
  sourceIds: readonly string[];
}

export function articleDigest({ pipeline, root, site, ownFiles, sources, sourceIds }: DigestParts): string {
  const hash = sha256().update(`${pipeline}\n${root}\n${site}\n${ownFiles}\n`);
  for (const id of [...sourceIds].sort()) hash.update(`${id}\n${JSON.stringify(sources.get(id) ?? null)}\n`);
  return hash.digest('hex');
}
