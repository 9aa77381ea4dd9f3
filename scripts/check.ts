/**
 * `npm run check`: validates all content without building the site (schema, ids, sources, notes,
 * anchoring), prints every problem with file:line and its fix, and exits non-zero if there is any.
 * Holds the articles to their published ids (registry.json and tombstones).
 * Also prints each article's claims by kind and its coverage paragraph by paragraph: every sentence that
 * asserts something must belong to a claim, or be listed under `notClaims` with a reason.
 */
import { relative } from 'node:path';
import { checkRegistry } from '../src/lib/check-registry.ts';
import { countClaims } from '../src/lib/count-claims.ts';
import { describeCoverage, measureCoverage, uncoveredSentenceProblems } from '../src/lib/coverage.ts';
import { type ContentProblem, formatProblem } from '../src/lib/content-problem.ts';
import { readContent } from './placed-articles.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const problems: ContentProblem[] = [];
const summaries: string[] = [];

const content = await readContent(contentDir);
problems.push(...content.sourceProblems);
for await (const { slug, prepareProblems, placeProblems, article, placed } of content.articles({ lenient: true })) {
  problems.push(...prepareProblems, ...placeProblems);
  if (!article || !placed) continue;
  const { input } = article;
  const coverage = measureCoverage(placed.paragraphs, placed.claims, placed.notClaims);
  const lineOf = (id: string) => input.paragraphs.find((p) => p.id === id)?.line ?? 1;
  problems.push(...uncoveredSentenceProblems(coverage, input.file, lineOf));
  problems.push(
    ...checkRegistry({
      registry: input.registry,
      registryFile: relative(process.cwd(), article.registryPath),
      annotationsFile: input.file,
      tombstones: input.tombstones,
      paragraphIds: placed.paragraphs.map((p) => p.id),
      claims: placed.claims,
    }),
  );
  const { total, byKind } = countClaims(placed.claims);
  summaries.push(
    `${slug}: ${total} claims (${byKind.map(({ kind, count }) => `${count} ${kind}`).join(', ')}) in ${placed.paragraphs.length} paragraphs`,
    ...describeCoverage(coverage).map((line) => `  ${line}`),
  );
}

console.log(summaries.join('\n'));
if (problems.length > 0) {
  console.error(`${problems.map(formatProblem).join('\n\n')}\n\n${problems.length} problem(s) found.`);
  process.exit(1);
}
console.log('Content is valid: every sentence is covered and every published id resolves.');
