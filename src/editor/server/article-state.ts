import { readFile } from 'node:fs/promises';
import { SOURCE_TYPES } from '../../lib/kinds/source-types.ts';
import type { ContentProblem } from '../../lib/problems/content-problem.ts';
import { loadSources } from '../../lib/reading/load-sources.ts';
import { type CompiledArticle, compileArticle, servedProblems } from '../../render/compile-article.ts';
import type { ArticleState, ClaimView } from '../toolbar/editor-api.ts';
import { annotationsPath, digestOf, sourcesPath } from './content-files.ts';
import { nextSourceId } from './next-source-id.ts';

/** An article compiled from its files as they are now, as the build compiles it, with the digests of what was read. */
export async function compileForEdit(contentDir: string, slug: string) {
  const path = await annotationsPath(contentDir, slug);
  const [annotations, sourcesText, sources] = await Promise.all([
    readFile(path, 'utf8').catch(() => ''),
    readFile(sourcesPath(contentDir), 'utf8').catch(() => ''),
    loadSources(contentDir),
  ]);
  // Compiled for its claims, drafts and problems, never for a page: the notes' links (the one use of the
  // base path) are not shown, so the root stands in for it.
  const compiled = await compileArticle(contentDir, slug, sources, '/');
  return { compiled, sources, path, digests: { annotations: digestOf(annotations), sources: digestOf(sourcesText) } };
}

const view = ({ file, line, problem, fix }: ContentProblem) => ({ file, line, problem, fix });

/** What the panel shows: the article's passages, claims, drafts, problems and work left, and the sources to cite. */
export async function articleState(contentDir: string, slug: string): Promise<ArticleState> {
  const { compiled, sources, digests } = await compileForEdit(contentDir, slug);
  return {
    slug,
    draft: compiled.draft,
    files: digests,
    ...(compiled.placed ? { paragraphs: compiled.placed.paragraphs } : {}),
    claims: claimViews(compiled),
    drafts: (compiled.drafts ?? []).map(({ paragraphId, start, end, text, line }) => ({ paragraphId, start, end, text, line })),
    problems: [...sources.problems, ...servedProblems(compiled)].map(view),
    leftToDo: compiled.leftToDo.map(({ file, line, task }) => ({ file, line, task })),
    sources: [...sources.sources.values()].map(({ id, title, publisher, url, type }) => ({ id, title, publisher, url, type })),
    sourceTypes: [...SOURCE_TYPES],
    nextSourceId: nextSourceId(sources.knownIds ?? new Set()),
  };
}

/** The body's claims (the title's is edited in annotations.yaml), each with the fields the form shows. */
function claimViews(compiled: CompiledArticle): ClaimView[] {
  const fragments = new Map((compiled.article?.input.claims ?? []).map((c) => [c.id, c.fragment]));
  return (compiled.placed?.claims ?? [])
    .filter((c) => c.blockIndex >= 0)
    .map((c) => ({
      id: c.id,
      number: c.number,
      kind: c.kind,
      ...(c.record !== undefined ? { record: c.record } : {}),
      ...(c.basis !== undefined ? { basis: c.basis } : {}),
      sources: c.sources,
      note: c.note,
      ...(fragments.get(c.id) !== undefined ? { fragment: fragments.get(c.id)! } : {}),
      quote: c.quote,
      paragraphId: c.paragraphId,
      start: c.start,
      end: c.end,
      text: c.text,
    }));
}
