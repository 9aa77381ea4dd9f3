/**
 * `npm run registry`: records every paragraph and claim id now published in each article's
 * `registry.json`, dated today. New ids are added; a changed claim is dated as reviewed today and its
 * earlier version kept in its history; every id it holds is listed in `published-ids.txt` beside it,
 * which only grows. Run it after editing annotations, then commit both.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { listWithNewIds } from '../src/lib/reading/read-published-ids.ts';
import { formatProblem } from '../src/lib/problems/content-problem.ts';
import { updateRegistry } from '../src/lib/registry/update-registry.ts';
import { readContent } from './placed-articles.ts';
import { siteFromEnvironment } from '../src/site.ts';

const today = process.env.REGISTRY_DATE ?? new Date().toISOString().slice(0, 10);

const content = await readContent(siteFromEnvironment());
if (content.sourceProblems.length > 0) throw new Error(content.sourceProblems.map(formatProblem).join('\n'));
for await (const { slug, problems, article, placed } of content.articles()) {
  // A registry that is out of date is what this script is for; every other problem comes first.
  if (!article || !placed || problems.length > 0) {
    console.error(`${slug}: not recorded; fix these first (npm run check):\n${problems.map(formatProblem).join('\n')}`);
    process.exitCode = 1;
    continue;
  }
  const { registry, added, changed, refused, lost } = updateRegistry(article.input.registry, placed.paragraphs, placed.claims, today, article.publishedIds);
  if (lost.length > 0) {
    // Recorded again, they would be dated today: their first publication and history would be gone for good.
    console.error(`${slug}: not recorded; registry.json has lost these published ids, which must be restored from version control first: ${lost.join(', ')}`);
    process.exitCode = 1;
    continue;
  }
  if (refused.length > 0) {
    // An id that moved would take its published links elsewhere: nothing of the article is recorded.
    console.error(`${slug}: not recorded; these ids now name another paragraph, or another kind, than they were published for (npm run check says which): ${refused.join(', ')}`);
    process.exitCode = 1;
    continue;
  }
  await writeFile(article.registryPath, `${JSON.stringify(registry, null, 2)}\n`);
  const ids = [...Object.keys(registry.paragraphs).map((id) => ({ kind: 'paragraph' as const, id })), ...Object.keys(registry.claims).map((id) => ({ kind: 'claim' as const, id }))];
  const listText = await readFile(article.publishedIdsPath, 'utf8').catch(() => undefined);
  await writeFile(article.publishedIdsPath, listWithNewIds(listText, ids));
  console.log(`${slug}: ${added.length} id(s) recorded as published, ${changed.length} change(s) recorded as reviewed on ${today}${changed.length ? `: ${changed.join(', ')}` : ''}`);
}
