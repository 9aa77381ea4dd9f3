import type { AnnotationInput } from '../placing/annotation-input.ts';
import type { ArticleFrontmatter } from '../schema/article-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { findInvisibleCharacters, withoutBom } from '../problems/invisible-characters.ts';
import { readAnnotations } from './read-annotations.ts';
import { readArticle } from './read-article.ts';
import { type LocatedRegistry, readRegistry } from './read-registry.ts';
import { type ListedId, readPublishedIds } from './read-published-ids.ts';
import { shownPath as shown, slugProblems } from './content-layout.ts';
import { readArticleFolder } from './article-folder.ts';
import { citedSources, claimsOnWeakSourcesProblems, unknownCopyProblems } from './article-sources.ts';
import type { LoadedSources } from './load-sources.ts';
import { articleChangesPath } from '../site/article-paths.ts';
import { referenceId } from '../site/reference-id.ts';
import type { Source } from '../schema/source-schema.ts';

export interface PreparedArticle {
  slug: string;
  articlePath: string;
  registryPath: string;
  /** `published-ids.txt`: every id the article has published, which registry.json must keep. */
  publishedIdsPath: string;
  publishedIds: ListedId[];
  frontmatter: ArticleFrontmatter;
  /** The line in article.md of a frontmatter field (1 when the frontmatter could not be read). */
  frontmatterLineOf(path: readonly PropertyKey[]): number;
  body: string;
  input: AnnotationInput;
  /** Where each registry entry stands in registry.json, for problems about it. */
  registryLines: LocatedRegistry['lineOf'];
  /** Whether registry.json could be read; if not, its own problems say so, and it is not held against the page. */
  registryReadable: boolean;
  /** Every id the annotation file declares, valid or not: a malformed claim is not also a missing one. */
  declaredIds: ReadonlySet<string>;
  /** How many claims and passages of the annotation file were refused (each with its problem). */
  refusedEntries: number;
  /** Every source the article cites, its copies included. */
  sources: Record<string, Source>;
  /** The raw texts, for a digest that changes when any of them does. */
  rawText: string;
}

/** What stands in for frontmatter that did not pass, so that the text can still be checked. */
const UNREAD_FRONTMATTER: ArticleFrontmatter = { title: '', authors: [], original: { publisher: null, url: null, date: null }, copies: [], references: [] };

/** An article's text when its annotations are missing or unreadable: its Markdown is checked all the same. */
export interface UnannotatedText {
  body: string;
  articlePath: string;
}

/**
 * Reads and checks one article folder (article-folder.ts), each file by its reader and the rules that
 * span files (article-sources.ts), everything short of its text anchoring (which needs the
 * rendered text, and happens in the Markdown pipeline). Every file that exists is checked, whatever is
 * wrong with the others. `article` is there whenever the text and the annotations could be read at
 * all, even with problems, so that the anchoring can report its own too; otherwise `text` is, when
 * the article's text could be read, so that its Markdown is checked. Only an article without problems
 * may be published.
 */
export async function prepareArticle(
  contentDir: string,
  slug: string,
  list: LoadedSources,
  base: string,
): Promise<{ article?: PreparedArticle; text?: UnannotatedText; problems: ContentProblem[] }> {
  const folder = await readArticleFolder(contentDir, slug);
  const { articlePath, annotationsPath, registryPath, publishedIdsPath, articleText, annotationsText, registryText, publishedIdsText } = folder;
  const problems = [...slugProblems(slug, folder.dir), ...folder.problems];

  const read = articleText === undefined ? undefined : readArticle(withoutBom(articleText), shown(articlePath));
  const annotations = annotationsText === undefined ? undefined : readAnnotations(withoutBom(annotationsText), shown(annotationsPath), list.knownIds);
  const { registry, lineOf: registryLines, readable: registryReadable, problems: registryProblems } = readRegistry(registryText, shown(registryPath));
  const published = readPublishedIds(publishedIdsText, shown(publishedIdsPath));
  const frontmatter = read?.article?.frontmatter ?? UNREAD_FRONTMATTER;
  problems.push(
    ...(articleText === undefined ? [] : findInvisibleCharacters(articleText, shown(articlePath))),
    ...(annotationsText === undefined ? [] : findInvisibleCharacters(annotationsText, shown(annotationsPath), { escapes: true })),
    ...(registryText === undefined ? [] : findInvisibleCharacters(registryText, shown(registryPath), { escapes: true })),
    ...(read?.problems ?? []),
    ...(annotations?.problems ?? []),
    ...registryProblems,
    ...published.problems,
    ...(read?.article ? unknownCopyProblems(frontmatter, read.article.lineOf, list, shown(articlePath)) : []),
  );
  if (!read) return { problems };
  if (!annotations?.set) return { problems, text: { body: read.body, articlePath } };
  const { set, declaredIds, refusedEntries, fieldLine } = annotations;
  const sources = citedSources(set, frontmatter, list);
  if (list.knownIds && fieldLine) problems.push(...claimsOnWeakSourcesProblems(set.claims, list.sources, fieldLine, set.file));

  return {
    problems,
    article: {
      slug,
      articlePath,
      registryPath,
      publishedIdsPath,
      publishedIds: published.listed,
      registryLines,
      registryReadable,
      declaredIds,
      refusedEntries,
      frontmatter,
      frontmatterLineOf: read.article?.lineOf ?? (() => 1),
      body: read.body,
      sources,
      rawText: articleText! + annotationsText! + (registryText ?? '') + (publishedIdsText ?? '') + list.text,
      input: {
        ...set,
        titleText: frontmatter.title,
        registry,
        sources,
        references: frontmatter.references.map(({ marker }) => ({ marker, id: referenceId(marker) })),
        changesPath: articleChangesPath(base, slug),
      },
    },
  };
}
