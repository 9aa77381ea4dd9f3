/**
 * `npm run registry`: records every paragraph and claim id now published in each article's
 * `registry.json`, dated today. New ids are added; a changed claim is dated as reviewed today and its
 * earlier version kept in its history. Run it after editing annotations, then commit the registry.
 */
import { writeFile } from 'node:fs/promises';
import { formatProblem, isContentProblems } from '../src/lib/content-problem.ts';
import { listArticles, loadSources, prepareArticle } from '../src/lib/prepare-article.ts';
import { updateRegistry } from '../src/lib/update-registry.ts';
import { renderPreparedArticle } from '../src/plugins/render-article.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const today = process.env.REGISTRY_DATE ?? new Date().toISOString().slice(0, 10);

const { sources, problems: sourceProblems, text } = await loadSources(contentDir);
if (sourceProblems.length > 0) throw new Error(sourceProblems.map(formatProblem).join('\n'));
for (const slug of await listArticles(contentDir)) {
  const { article, problems } = await prepareArticle(contentDir, slug, sources, text);
  const blocking = problems.filter((p) => !p.file.endsWith('registry.json'));
  if (!article || blocking.length > 0) {
    console.error(`${slug}: not recorded; fix these first (npm run check):\n${blocking.map(formatProblem).join('\n')}`);
    process.exitCode = 1;
    continue;
  }
  try {
    const { placed } = await renderPreparedArticle(article);
    const { registry, added, changed } = updateRegistry(article.input.registry, placed.paragraphs, placed.claims, today);
    await writeFile(article.registryPath, `${JSON.stringify(registry, null, 2)}\n`);
    console.log(`${slug}: ${added.length} id(s) recorded as published, ${changed.length} change(s) recorded as reviewed on ${today}`);
  } catch (error) {
    if (!isContentProblems(error)) throw error;
    console.error(`${slug}: not recorded; fix these first:\n${error.problems.map(formatProblem).join('\n')}`);
    process.exitCode = 1;
  }
}
