import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../../lib/problems/content-problem.ts';
import { ANNOTATIONS_FILE, ARTICLE_FILE, PUBLISHED_IDS_FILE, REGISTRY_FILE } from '../../lib/reading/content-layout.ts';
import type { LoadedSources } from '../../lib/reading/load-sources.ts';
import { type CompiledArticle, compileArticle, servedProblems } from '../../render/compile-article.ts';
import type { ProblemView } from '../toolbar/editor-api.ts';
import { compileForEdit } from './article-state.ts';
import { digestOf, Refusal, refuseIfChanged, writeInsideContent } from './content-files.ts';

/** One write at a time: a save reads, checks and writes a file without another save between. */
let queue: Promise<unknown> = Promise.resolve();
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const turn = queue.then(work, work);
  queue = turn.catch(() => undefined);
  return turn;
}

/** A save refused because it would add problems to the article: each as the check states it. */
export class InvalidEdit extends Refusal {
  constructor(readonly problems: ProblemView[]) {
    super(422, `not saved: it would give the article ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (below); nothing was written, and your entry is kept`);
  }
}

/** The article compiled with `annotations` in place of its annotation file, in a scratch copy of its folder. */
async function compileWith(contentDir: string, slug: string, annotations: string, sources: LoadedSources): Promise<{ compiled: CompiledArticle; scratch: string }> {
  const scratch = await mkdtemp(join(tmpdir(), 'annotated-edit-'));
  const folder = join(scratch, 'articles', slug);
  await mkdir(folder, { recursive: true });
  const own = join(contentDir, 'articles', slug);
  await Promise.all([ARTICLE_FILE, REGISTRY_FILE, PUBLISHED_IDS_FILE].map((name) => copyFile(join(own, name), join(folder, name)).catch(() => undefined)));
  await writeFile(join(folder, ANNOTATIONS_FILE), annotations);
  try {
    // Compiled for its problems, never for a page: the root stands in for the base path.
    return { compiled: await compileArticle(scratch, slug, sources, '/'), scratch };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Saves an edit of an article's annotation file, or refuses it, saying why, with nothing written:
 * when the file changed on disk since the panel read it (`read`, its digest then), or when the edited
 * file would give the article a problem it does not have now. That is judged by compiling the edited
 * file as the build and the check compile it (src/render/compile-article.ts), in a scratch copy of the
 * article's folder: the same schema and rules, never a second copy of them. What is left to do is no
 * problem (an edit may leave a draft); a problem the article has already is not held against the edit.
 */
export function saveAnnotations(contentDir: string, slug: string, read: unknown, edit: (article: { text: string; compiled: CompiledArticle }) => string): Promise<{ digest: string }> {
  return oneAtATime(async () => {
    const { compiled, sources, path } = await compileForEdit(contentDir, slug);
    const text = await readFile(path, 'utf8');
    refuseIfChanged(String(read), digestOf(text), `articles/${slug}/${ANNOTATIONS_FILE}`);
    const next = edit({ text, compiled });
    const before = new Set(servedProblems(compiled).map((p) => p.problem));
    const after = await compileWith(contentDir, slug, next, sources);
    const added = servedProblems(after.compiled).map((p) => shownAt(p, after.scratch, contentDir)).filter((p) => !before.has(p.problem));
    if (added.length > 0) throw new InvalidEdit(added);
    refuseIfChanged(digestOf(text), digestOf(await readFile(path, 'utf8')), `articles/${slug}/${ANNOTATIONS_FILE}`);
    await writeInsideContent(contentDir, path, next);
    return { digest: digestOf(next) };
  });
}

/** A problem found in the scratch copy, named at the real file (its line is the edited file's). */
function shownAt({ file, line, problem, fix }: ContentProblem, scratch: string, contentDir: string): ProblemView {
  const inScratch = relative(process.cwd(), scratch);
  const real = (text: string) => text.split(inScratch).join(relative(process.cwd(), contentDir) || contentDir);
  return { file: real(file), line, problem: real(problem), fix: real(fix) };
}
