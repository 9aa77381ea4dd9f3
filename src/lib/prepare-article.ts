import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AnnotationInput } from './annotation-input.ts';
import type { ArticleFrontmatter } from './article-schema.ts';
import type { ContentProblem } from './content-problem.ts';
import { readAnnotations } from './read-annotations.ts';
import { readArticle } from './read-article.ts';
import { readRegistry } from './read-registry.ts';
import { readSources } from './read-sources.ts';
import { referenceId } from './reference-id.ts';
import type { Source } from './source-schema.ts';

export const ARTICLE_FILE = 'article.md';
export const ANNOTATIONS_FILE = 'annotations.yaml';
export const SOURCES_FILE = 'sources.json';
export const REGISTRY_FILE = 'registry.json';

export interface PreparedArticle {
  slug: string;
  articlePath: string;
  registryPath: string;
  frontmatter: ArticleFrontmatter;
  body: string;
  input: AnnotationInput;
  /** Every source the article cites, its copies included. */
  sources: Record<string, Source>;
  /** The raw texts, for a digest that changes when any of them does. */
  rawText: string;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Reads the project's source list: `<content>/sources.json`. */
export async function loadSources(contentDir: string) {
  const path = join(contentDir, SOURCES_FILE);
  const text = await readFile(path, 'utf8');
  return { ...readSources(text, shown(path)), text };
}

/** The slugs of the articles under `<content>/articles/`, one folder each. */
export async function listArticles(contentDir: string): Promise<string[]> {
  const entries = await readdir(join(contentDir, 'articles'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/**
 * Reads and checks one article folder, everything short of its text anchoring (which needs the
 * rendered text, and happens in the Markdown pipeline). `article` holds the entries that passed.
 */
export async function prepareArticle(
  contentDir: string,
  slug: string,
  sources: ReadonlyMap<string, Source>,
  sourcesText = '',
): Promise<{ article?: PreparedArticle; problems: ContentProblem[] }> {
  const dir = join(contentDir, 'articles', slug);
  const articlePath = join(dir, ARTICLE_FILE);
  const annotationsPath = join(dir, ANNOTATIONS_FILE);
  const registryPath = join(dir, REGISTRY_FILE);
  const [articleText, annotationsText, registryText] = await Promise.all([
    readFile(articlePath, 'utf8'),
    readFile(annotationsPath, 'utf8').catch(() => undefined),
    readFile(registryPath, 'utf8').catch(() => undefined),
  ]);

  if (annotationsText === undefined) {
    return {
      problems: [
        {
          file: shown(annotationsPath),
          line: 1,
          problem: `the article "${slug}" has no ${ANNOTATIONS_FILE}`,
          fix: `create ${ANNOTATIONS_FILE} beside ${ARTICLE_FILE} with its paragraph ids and claims`,
        },
      ],
    };
  }

  const { article, problems: articleProblems } = readArticle(articleText, shown(articlePath));
  const { set, problems: annotationProblems } = readAnnotations(annotationsText, shown(annotationsPath), new Set(sources.keys()));
  const { registry, problems: registryProblems } = readRegistry(registryText, shown(registryPath));
  const problems = [...articleProblems, ...annotationProblems, ...registryProblems];

  for (const [index, copy] of (article?.frontmatter.copies ?? []).entries()) {
    if (!sources.has(copy.source)) {
      problems.push({
        file: shown(articlePath),
        line: article!.lineOf(['copies', index, 'source']),
        problem: `the copy ${copy.source} is not in the project's source list`,
        fix: 'use an id from content/sources.json',
      });
    }
  }
  // With problems, still hand back what could be read, so the text anchoring can report its own too.
  if (!article || !set) return { problems };

  const cited = new Set([
    ...(set.title?.sources ?? []),
    ...set.claims.flatMap((c) => c.sources),
    ...article.frontmatter.copies.map((c) => c.source),
  ]);
  const citedSources = Object.fromEntries([...cited].sort().map((id) => [id, sources.get(id)!]));

  return {
    problems,
    article: {
      slug,
      articlePath,
      registryPath,
      frontmatter: article.frontmatter,
      body: article.body,
      sources: citedSources,
      rawText: articleText + annotationsText + (registryText ?? '') + sourcesText,
      input: {
        ...set,
        titleText: article.frontmatter.title,
        registry,
        sources: citedSources,
        references: article.frontmatter.references.map(({ marker }) => ({ marker, id: referenceId(marker) })),
      },
    },
  };
}
