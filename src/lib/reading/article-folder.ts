import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from '../problems/content-problem.ts';
import { ANNOTATIONS_FILE, ARTICLE_FILE, PUBLISHED_IDS_FILE, REGISTRY_FILE, shownPath as shown } from './content-layout.ts';
import { contentRoot, leavesContent, linkLeavingProblem } from './content-links.ts';

/**
 * An article folder's four files (its text, annotations, registry and list of published ids), each as
 * text or undefined when it cannot be read, with their paths.
 */
export interface ArticleFolder {
  dir: string;
  articlePath: string;
  annotationsPath: string;
  registryPath: string;
  publishedIdsPath: string;
  articleText?: string;
  annotationsText?: string;
  registryText?: string;
  publishedIdsText?: string;
  /** A missing text or annotation file (the registry may be missing: it starts empty). */
  problems: ContentProblem[];
}

/**
 * Reads an article folder's files at once; a file that is missing is a problem, never a crash, and so is
 * a link that leads out of the content folder (content-links.ts), which is not read.
 */
export async function readArticleFolder(contentDir: string, slug: string): Promise<ArticleFolder> {
  const dir = join(contentDir, 'articles', slug);
  const articlePath = join(dir, ARTICLE_FILE);
  const annotationsPath = join(dir, ANNOTATIONS_FILE);
  const registryPath = join(dir, REGISTRY_FILE);
  const publishedIdsPath = join(dir, PUBLISHED_IDS_FILE);
  const root = await contentRoot(contentDir);
  if (await leavesContent(root, dir)) {
    return { dir, articlePath, annotationsPath, registryPath, publishedIdsPath, problems: [linkLeavingProblem(dir, `the article folder "${slug}"`)] };
  }
  const problems: ContentProblem[] = [];
  const [articleText, annotationsText, registryText, publishedIdsText] = await Promise.all(
    [articlePath, annotationsPath, registryPath, publishedIdsPath].map(async (path) => {
      if (!(await leavesContent(root, path))) return readFile(path, 'utf8').catch(() => undefined);
      problems.push(linkLeavingProblem(path, shown(path)));
      return null;
    }),
  );
  const missing = (path: string, what: string) =>
    problems.push({ file: shown(path), line: 1, problem: `the article folder "${slug}" has no ${what}`, fix: `create ${what} beside the other files (see docs/annotating.md)` });
  // A file refused as a link (null) is not also missing.
  if (articleText === undefined) missing(articlePath, ARTICLE_FILE);
  if (annotationsText === undefined) missing(annotationsPath, ANNOTATIONS_FILE);
  const read = (text: string | null | undefined) => text ?? undefined;
  return {
    dir,
    articlePath,
    annotationsPath,
    registryPath,
    publishedIdsPath,
    articleText: read(articleText),
    annotationsText: read(annotationsText),
    registryText: read(registryText),
    publishedIdsText: read(publishedIdsText),
    problems,
  };
}
