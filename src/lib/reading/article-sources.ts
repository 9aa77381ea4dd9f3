import type { AnnotationSet, ClaimFieldLine, LocatedClaim } from '../schema/annotation-set.ts';
import { sourceTypeInWords, WEAK_SOURCE_TYPES } from '../kinds/source-types.ts';
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

/** How many factual claims of an article may rest on copies or commentary alone, each saying so in its note. */
export const MAX_CLAIMS_ON_WEAK_SOURCES = 2;

/**
 * Words by which a note tells its reader that its source is a copy or commentary ("a copy of …",
 * "reprinted", "a blog", "an opinion piece").
 */
const SAYS_WEAK = /\b(?:cop(?:y|ies|ied)|reprint\w*|republish\w*|mirror\w*|aggregator\w*|commentar(?:y|ies)|blogs?|opinion pieces?)\b/i;

type FactualClaim = Pick<LocatedClaim, 'id' | 'kind' | 'record' | 'sources' | 'note'>;

/**
 * A factual claim rests on copies or commentary alone when its record (confirmed, qualified, disputed,
 * contradicted: "not found" rests on nothing) comes only from sources that copy another page or argue a
 * case. A copy's original, or a report of the outlet's own, is the stronger citation: the rule allows at
 * most MAX_CLAIMS_ON_WEAK_SOURCES such claims an article, each saying so in its note.
 */
export function restsOnWeakSources(claim: FactualClaim, sources: ReadonlyMap<string, Source>): boolean {
  if (claim.kind === 'opinion' || claim.record === undefined || claim.record === 'not found' || claim.sources.length === 0) return false;
  return claim.sources.every((id) => {
    const source = sources.get(id);
    return source !== undefined && WEAK_SOURCE_TYPES.includes(source.type);
  });
}

/** The rule above, each problem at the claim's `sources:` (or, for an unsaid copy, its `note:`). */
export function claimsOnWeakSourcesProblems(claims: readonly FactualClaim[], sources: ReadonlyMap<string, Source>, fieldLine: ClaimFieldLine, file: string): ContentProblem[] {
  const weak = claims.filter((claim) => restsOnWeakSources(claim, sources));
  const cited = (claim: FactualClaim) => claim.sources.map((id) => `${id} (${sourceTypeInWords(sources.get(id)!)})`).join(', ');
  return weak.flatMap((claim, index): ContentProblem[] => [
    ...(index >= MAX_CLAIMS_ON_WEAK_SOURCES
      ? [{
          file,
          line: fieldLine(claim.id, 'sources'),
          problem: `the claim "${claim.id}" rests on copies or commentary alone (${cited(claim)}); at most ${MAX_CLAIMS_ON_WEAK_SOURCES} factual claims an article may, and this is number ${index + 1}`,
          fix: 'cite the original the copy reproduces, or a report or record of its own; if none can be found, a copy alone cannot confirm the claim: mark it not found and say in the note what the copy reports',
        }]
      : []),
    ...(SAYS_WEAK.test(claim.note)
      ? []
      : [{
          file,
          line: fieldLine(claim.id, 'note'),
          problem: `the claim "${claim.id}" rests on copies or commentary alone (${cited(claim)}), and its note does not say so`,
          fix: 'say in the note what the source is ("a copy of Sputnik\'s report", "a blog", "an opinion piece"), or cite the original or a report of its own',
        }]),
  ]);
}
