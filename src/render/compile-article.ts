import { relative } from 'node:path';
import type { PlacedArticle } from '../lib/placing/annotation-input.ts';
import { checkRegistry, type RegistryProblems } from '../lib/registry/check-registry.ts';
import type { ContentProblem } from '../lib/problems/content-problem.ts';
import { measureCoverage, type ParagraphCoverage, uncoveredSentenceProblems } from '../lib/placing/coverage.ts';
import type { LoadedSources } from '../lib/reading/load-sources.ts';
import { type PreparedArticle, prepareArticle } from '../lib/reading/prepare-article.ts';
import { checkUnannotatedText, renderPreparedArticle } from './render-article.ts';
import { isDraft, publishedDraftProblems } from '../lib/drafts/article-status.ts';
import { draftTasks, type LeftToDo, placeDrafts, placeholderTasks, type PlacedDraft } from '../lib/drafts/left-to-do.ts';

/** One article, compiled: what every consumer (build, check, registry, tests) reads. */
export interface CompiledArticle {
  slug: string;
  /** Every content problem of the article's files and text, all found in one pass. */
  problems: ContentProblem[];
  /** The registry's rules: broken published links (fail the build) and unrecorded changes (fail the check). */
  registry: RegistryProblems;
  article?: PreparedArticle;
  html?: string;
  placed?: PlacedArticle;
  coverage?: ParagraphCoverage[];
  /** `status: draft` (src/lib/drafts/article-status.ts): served in development, left out of a production build. */
  draft: boolean;
  /** Draft entries still to classify and placeholders still to fill: tasks in a draft, problems once published. */
  leftToDo: LeftToDo[];
  /** The draft entries found in the text, for the editor's panel. */
  drafts?: PlacedDraft[];
}

/**
 * The build publishes an article only when nothing of this is wrong; a published article with anything
 * left to do is not finished. (A draft is not built at all: src/loaders/article-job.ts.)
 */
export const buildProblems = (compiled: CompiledArticle): ContentProblem[] => [...servedProblems(compiled), ...(compiled.draft ? [] : compiled.leftToDo.map((task) => task.problem))];

/**
 * What keeps `npm run dev` from showing the article: its mistakes and broken links, but not what is
 * left to do, which the editor is doing there.
 */
export const servedProblems = (compiled: CompiledArticle): ContentProblem[] => [...compiled.problems, ...compiled.registry.links];

/** The check also wants every change recorded. */
export const checkProblems = (compiled: CompiledArticle): ContentProblem[] => [...buildProblems(compiled), ...compiled.registry.unrecorded];

/**
 * The one way an article goes from its folder to HTML and placed claims: read and check its files,
 * render its text (the plugins report problems, never throw), then the rules that need the placed
 * claims: ids against the page's headings, coverage and the registry. Problems from one file never
 * stop another from being checked; rules that would only repeat an earlier problem are not run.
 * `base` is the site's base path (src/site.ts), which the notes' links to the page of changes start with.
 */
export async function compileArticle(contentDir: string, slug: string, sources: LoadedSources, base: string): Promise<CompiledArticle> {
  const noRegistry: RegistryProblems = { links: [], unrecorded: [] };
  const { article, text, problems } = await prepareArticle(contentDir, slug, sources, base);
  // Whatever text defeats the rules is still this article's problem, never a crash of the build.
  const crashed = (articlePath: string) => (error: Error) => {
    problems.push({
      file: relative(process.cwd(), articlePath),
      line: 1,
      // Any of the article's files may be the cause (an impossible date in registry.json once was), so
      // the problem names the article and the fix every file, rather than blaming the text alone.
      problem: `the article could not be turned into a page (${error.name}: ${error.message.slice(0, 120)})`,
      fix: 'look in article.md for an unusual construct (very deep quotes or lists, a very long run of one character) and write it as plain text, and in annotations.yaml and registry.json for an unusual value; if all are ordinary, report it with this message',
    });
    return undefined;
  };
  if (!article) {
    // Without annotations to place, the text's own Markdown is still checked.
    if (text) problems.push(...((await checkUnannotatedText(text).catch(crashed(text.articlePath))) ?? []));
    return { slug, problems, registry: noRegistry, draft: false, leftToDo: [] };
  }

  const draft = isDraft(article.frontmatter);
  const articleFile = relative(process.cwd(), article.articlePath);
  problems.push(...publishedDraftProblems(article.frontmatter, article.publishedIds.length, articleFile, article.frontmatterLineOf(['status'])));
  const placeholders = placeholderTasks(article.frontmatter, article.frontmatterLineOf, articleFile);
  const rendered = await renderPreparedArticle(article).catch(crashed(article.articlePath));
  if (!rendered) return { slug, problems, registry: noRegistry, article, draft, leftToDo: placeholders };
  const { placed } = rendered;
  problems.push(...rendered.problems);
  const { input } = article;
  const drafts = placeDrafts(placed.paragraphs, input.drafts ?? [], input.file);
  problems.push(...drafts.problems);
  const leftToDo = [...placeholders, ...draftTasks(drafts.placed, input.file)];

  // While an entry of the annotation file is refused, or could not be placed (its quote not found, or
  // overlapping another), an uncovered sentence is most likely that entry's: its own problem comes first.
  const coverage = measureCoverage(placed.paragraphs, placed.claims, placed.notClaims, drafts.placed);
  const lineOf = new Map(input.paragraphs.map((p) => [p.id, p.line]));
  const unplaced =
    input.claims.length - placed.claims.filter((c) => c.blockIndex >= 0).length + input.notClaims.length - placed.notClaims.length + (input.drafts?.length ?? 0) - drafts.placed.length;
  if (article.refusedEntries === 0 && unplaced === 0) problems.push(...uncoveredSentenceProblems(coverage, input.file, (id) => lineOf.get(id) ?? 1));

  // An unreadable registry.json is reported as such; held against the page, it would call every id unpublished.
  // A draft has published nothing, so there is nothing to hold it to (and its ids are not bookkeeping).
  const registry = !article.registryReadable || (draft && article.publishedIds.length === 0) ? noRegistry : checkRegistry({
    registry: input.registry,
    registryLineOf: article.registryLines,
    registryFile: relative(process.cwd(), article.registryPath),
    publishedIds: article.publishedIds,
    publishedIdsFile: relative(process.cwd(), article.publishedIdsPath),
    annotationsFile: input.file,
    tombstones: input.tombstones,
    declaredIds: article.declaredIds,
    paragraphs: input.paragraphs,
    placedParagraphs: placed.paragraphs,
    claims: placed.claims,
  });
  return { slug, problems, registry, article, html: rendered.html, placed, coverage, draft, leftToDo, drafts: drafts.placed };
}
