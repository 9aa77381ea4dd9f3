import type { AnnotationSet } from './read-annotations.ts';
import type { ArticleFrontmatter } from '../schema/article-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { Source } from '../schema/source-schema.ts';
import type { LoadedSources } from './load-sources.ts';

/**
 * The rule that spans article.md and sources.json: every copy the frontmatter lists names a source in
 * the project's list (the annotations' own sources are checked as they are read).
 */
export function unknownCopyProblems(frontmatter: ArticleFrontmatter, lineOf: (path: readonly PropertyKey[]) => number, list: LoadedSources, file: string): ContentProblem[] {
  return frontmatter.copies.flatMap((copy, index) =>
    list.knownIds && !list.knownIds.has(copy.source)
      ? [{ file, line: lineOf(['copies', index, 'source']), problem: `the copy ${copy.source} is not in the project's source list`, fix: 'use an id from content/sources.json' }]
      : [],
  );
}

/** Every source the article cites (its title's, its claims', its copies'), by id, in id order. */
export function citedSources(set: Pick<AnnotationSet, 'title' | 'claims'>, frontmatter: ArticleFrontmatter, list: LoadedSources): Record<string, Source> {
  const cited = new Set([...(set.title?.sources ?? []), ...set.claims.flatMap((c) => c.sources), ...frontmatter.copies.map((c) => c.source)]);
  return Object.fromEntries([...cited].sort().flatMap((id) => (list.sources.has(id) ? [[id, list.sources.get(id)!]] : [])));
}
