/**
 * `npm run check`: validates all content without building the site, through the build's own compile
 * path: prints every problem with file:line and its fix, and exits non-zero if there is any. On top of
 * what fails the build, it wants every published id recorded (`npm run registry`).
 * Also prints each article's claims by kind and its coverage paragraph by paragraph.
 */
import { countClaims } from '../src/lib/kinds/count-claims.ts';
import { describeCoverage } from '../src/lib/placing/coverage.ts';
import { type ContentProblem, formatProblem } from '../src/lib/problems/content-problem.ts';
import { checkProblems } from '../src/render/compile-article.ts';
import { readContent } from './placed-articles.ts';
import { siteFromEnvironment } from '../src/site.ts';

const content = await readContent(siteFromEnvironment());
const problems: ContentProblem[] = [...content.sourceProblems];
const summaries: string[] = [];

for await (const compiled of content.articles()) {
  problems.push(...checkProblems(compiled));
  const { placed, coverage } = compiled;
  if (!placed || !coverage) continue;
  const { total, byKind } = countClaims(placed.claims);
  summaries.push(
    `${compiled.slug}: ${total} claims (${byKind.map(({ kind, count }) => `${count} ${kind}`).join(', ')}) in ${placed.paragraphs.length} paragraphs`,
    ...describeCoverage(coverage).map((line) => `  ${line}`),
  );
}

console.log(summaries.join('\n'));
if (problems.length > 0) {
  console.error(`${problems.map(formatProblem).join('\n\n')}\n\n${problems.length} problem(s) found.`);
  process.exit(1);
}
console.log('Content is valid: every sentence is covered and every published id resolves.');
