import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from '../problems/content-problem.ts';
import { findInvisibleCharacters } from '../problems/invisible-characters.ts';
import { SOURCES_FILE, shownPath as shown } from './content-layout.ts';
import { contentRoot, leavesContent, linkLeavingProblem } from './content-links.ts';
import { readSources, type SourceList } from './read-sources.ts';

/** The project's sources as read once for a build or a check: what passed, every id named, and the text. */
export type LoadedSources = SourceList & { text: string };

/**
 * Reads what the content's articles share: the project's source list, `<content>/sources.json`, once
 * for all of them, and the folder they stand in, `<content>/articles/`. A missing file or folder is a
 * problem, not a crash.
 */
export async function loadSources(contentDir: string): Promise<LoadedSources> {
  const path = join(contentDir, SOURCES_FILE);
  if (await leavesContent(await contentRoot(contentDir), path)) return { sources: new Map(), knownIds: undefined, text: '', problems: [linkLeavingProblem(path, SOURCES_FILE)] };
  const [text, articlesFolder] = await Promise.all([readFile(path, 'utf8').catch(() => undefined), stat(join(contentDir, 'articles')).catch(() => undefined)]);
  const folderProblems: ContentProblem[] = articlesFolder?.isDirectory()
    ? []
    : [{ file: shown(join(contentDir, 'articles')), line: 1, problem: 'the content has no articles folder', fix: 'create the folder articles/ beside sources.json, with one folder per article (see docs/annotating.md)' }];
  if (text === undefined) {
    return {
      sources: new Map(),
      knownIds: undefined,
      text: '',
      problems: [{ file: shown(path), line: 1, problem: `the content has no ${SOURCES_FILE}`, fix: `create ${SOURCES_FILE}: a JSON array of sources (see docs/annotating.md)` }, ...folderProblems],
    };
  }
  const list = readSources(text, shown(path));
  return { ...list, problems: [...list.problems, ...findInvisibleCharacters(text, shown(path), { escapes: true }), ...folderProblems], text };
}
