import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../problems/content-problem.ts';

/*
 * Where a content folder keeps what: `sources.json` beside `articles/`, and in each article's folder,
 * named for its address, its text, its annotations and its registry.
 */

export const ARTICLE_FILE = 'article.md';
export const ANNOTATIONS_FILE = 'annotations.yaml';
export const SOURCES_FILE = 'sources.json';
export const REGISTRY_FILE = 'registry.json';
export const PUBLISHED_IDS_FILE = 'published-ids.txt';

/** A path as problems show it: from the folder the command runs in. */
export const shownPath = (path: string) => relative(process.cwd(), path) || path;

/** The slugs of the articles under `<content>/articles/`, one folder each; none when there is no such folder (`loadSources` reports it). */
export async function listArticles(contentDir: string): Promise<string[]> {
  const entries = await readdir(join(contentDir, 'articles'), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw error;
  });
  // A link to a folder is an article folder too (article-folder.ts refuses one that leaves the content folder).
  const isFolder = async (e: (typeof entries)[number]) => e.isDirectory() || (e.isSymbolicLink() && (await stat(join(contentDir, 'articles', e.name)).then((s) => s.isDirectory(), () => false)));
  const folders = await Promise.all(entries.map(async (e) => ((await isFolder(e)) ? [e.name] : [])));
  return folders.flat().sort();
}

/**
 * A folder name becomes an address: lower-case ASCII words joined by hyphens, so that no two folders
 * can differ only by case, by a trailing space or by Unicode normalisation (twins that some file
 * systems merge and others keep apart).
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest folder name: the build names files after it, with a digest and a suffix beside it. */
const MAX_SLUG_LENGTH = 100;

export function slugProblems(slug: string, dir: string): ContentProblem[] {
  if (slug.length > MAX_SLUG_LENGTH) {
    return [
      {
        file: shownPath(join(dir, ARTICLE_FILE)),
        line: 1,
        problem: `the folder name is ${slug.length} characters long; an article's address has at most ${MAX_SLUG_LENGTH}`,
        fix: 'rename the folder to a shorter name: the title\'s main words, joined by hyphens',
      },
    ];
  }
  if (SLUG.test(slug)) return [];
  const suggestion = slug.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'an-article';
  return [
    {
      file: shownPath(join(dir, ARTICLE_FILE)),
      line: 1,
      problem: `the folder name ${JSON.stringify(slug)} cannot be the article's address`,
      fix: `rename the folder to lower-case letters, digits and single hyphens, e.g. "${suggestion}"`,
    },
  ];
}
