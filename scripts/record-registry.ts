/**
 * `npm run registry`: records every paragraph and claim id now published in each published article's
 * `registry.json`, dated today. New ids are added; a changed claim is dated as reviewed today and its
 * earlier version kept in its history; every id it holds is listed in `published-ids.txt` beside it,
 * which only grows. Run it after editing a published article's annotations, then commit both.
 * A draft is not recorded: `npm run publish -- <slug>` publishes it, checks and records in one step.
 */
import { formatProblem } from '../src/lib/problems/content-problem.ts';
import { readContent } from './placed-articles.ts';
import { recordArticle } from './publishing/record-article.ts';
import { siteFromEnvironment } from '../src/site.ts';

const today = process.env.REGISTRY_DATE ?? new Date().toISOString().slice(0, 10);

const content = await readContent(siteFromEnvironment());
if (content.sourceProblems.length > 0) throw new Error(content.sourceProblems.map(formatProblem).join('\n'));
for await (const compiled of content.articles()) {
  if (compiled.draft && compiled.article?.publishedIds.length === 0) {
    console.log(`${compiled.slug}: a draft, not recorded (\`npm run publish -- ${compiled.slug}\` publishes it)`);
    continue;
  }
  const { recorded, message } = await recordArticle(compiled, today);
  if (recorded) console.log(message);
  else {
    console.error(message);
    process.exitCode = 1;
  }
}
