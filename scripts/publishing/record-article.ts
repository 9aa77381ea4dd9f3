import { readFile } from 'node:fs/promises';
import { formatProblem } from '../../src/lib/problems/content-problem.ts';
import { listWithNewIds } from '../../src/lib/reading/read-published-ids.ts';
import { updateRegistry } from '../../src/lib/registry/update-registry.ts';
import { writeFileAtomically } from '../../src/lib/writing/write-atomically.ts';
import type { CompiledArticle } from '../../src/render/compile-article.ts';

/**
 * Records a published article's ids in its `registry.json`, dated `today`, and lists them in
 * `published-ids.txt` (what `npm run registry` does for each article, and `npm run publish` for one).
 * Refuses, writing nothing, while the article has a problem or work left in it.
 */
export async function recordArticle(compiled: CompiledArticle, today: string): Promise<{ recorded: boolean; message: string }> {
  const { slug, article, placed } = compiled;
  // A registry that is out of date is what this is for; every other problem comes first.
  const problems = [...compiled.problems, ...compiled.leftToDo.map((task) => task.problem)];
  if (!article || !placed || problems.length > 0) {
    return { recorded: false, message: `${slug}: not recorded; fix these first (npm run check -- ${slug}):\n${problems.map(formatProblem).join('\n')}` };
  }
  const { registry, added, changed, refused, lost } = updateRegistry(article.input.registry, placed.paragraphs, placed.claims, today, article.publishedIds);
  if (lost.length > 0) {
    // Recorded again, they would be dated today: their first publication and history would be gone for good.
    return { recorded: false, message: `${slug}: not recorded; registry.json has lost these published ids, which must be restored from version control first: ${lost.join(', ')}` };
  }
  if (refused.length > 0) {
    // An id that moved would take its published links elsewhere: nothing of the article is recorded.
    return { recorded: false, message: `${slug}: not recorded; these ids now name another paragraph, or another kind, than they were published for (npm run check says which): ${refused.join(', ')}` };
  }
  await writeFileAtomically(article.registryPath, `${JSON.stringify(registry, null, 2)}\n`);
  const ids = [...Object.keys(registry.paragraphs).map((id) => ({ kind: 'paragraph' as const, id })), ...Object.keys(registry.claims).map((id) => ({ kind: 'claim' as const, id }))];
  const listText = await readFile(article.publishedIdsPath, 'utf8').catch(() => undefined);
  await writeFileAtomically(article.publishedIdsPath, listWithNewIds(listText, ids));
  return {
    recorded: true,
    message: `${slug}: ${added.length} id(s) recorded as published, ${changed.length} change(s) recorded as reviewed on ${today}${changed.length ? `: ${changed.join(', ')}` : ''}`,
  };
}
