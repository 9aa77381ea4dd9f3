import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentError } from './content-error.ts';
import { listArticles, loadSources } from '../lib/reading/prepare-article.ts';
import { runArticlePool } from './article-pool.ts';
import { htmlFolder } from '../lib/scratch/rendered-html-files.ts';
import { clearSearchRecords, SEARCH_RECORDS_WANTED, searchRecordsFolder } from '../lib/search/search-records.ts';

/**
 * Loads `<contentDir>/articles/<slug>/` folders: validates each article and its annotations (every
 * problem with file:line), renders its Markdown through the site's pipeline with the annotations handed
 * in, on worker threads (article-pool.ts), and stores the placed claims, so pages never re-derive them,
 * with the path of the rendered HTML (rendered-html-files.ts). It writes the search's records too
 * (search-records.ts), for Pagefind to index while Astro builds the pages.
 *
 * The workers render with `markdownPipeline` (src/plugins/markdown-pipeline.ts), the same plugins
 * astro.config.mjs gives Astro's own Markdown processor.
 */
export function articleLoader({ contentDir }: { contentDir: string }): Loader {
  const root = resolve(contentDir);
  let watching = false;

  async function loadAll({ config, store, parseData, generateDigest, logger, watcher }: LoaderContext): Promise<void> {
    // Only `astro build` indexes (dev and sync write no records, which would outlive them).
    const records = watcher || !process.env[SEARCH_RECORDS_WANTED] ? undefined : searchRecordsFolder(fileURLToPath(config.cacheDir), root);
    if (records) clearSearchRecords(records);
    const html = await htmlFolder(fileURLToPath(config.cacheDir), root);
    // The sources are read here once for their own problems, which every article would otherwise repeat.
    const { problems: sourceProblems } = await loadSources(root);
    const results = await runArticlePool(root, await listArticles(root), { html: html.folder, records });
    // Every problem of every article at once: an editor fixes them in one pass.
    const problems = [...sourceProblems, ...results.flatMap((result) => result.problems)];
    if (problems.length > 0) throw contentError(problems);

    store.clear();
    for (const { slug, entry } of results) {
      if (!entry) continue;
      store.set({
        id: slug,
        data: await parseData({ id: slug, data: entry.data }),
        filePath: relative(fileURLToPath(config.root), entry.filePath),
        digest: generateDigest(entry.digestOf),
      });
    }
    await html.keepOnly();
    logger.info(`${results.length} annotated article(s) loaded from ${contentDir}`);
  }

  return {
    name: 'annotated-article-loader',
    async load(context) {
      await loadAll(context);
      const { watcher, logger } = context;
      if (!watcher || watching) return;
      // In `astro dev`: any change under the content folder (an article, its annotations, the sources)
      // reloads everything, since one source can change many notes. A mistake is logged with every
      // problem, and the pages keep showing the last good content until it is fixed.
      watching = true;
      watcher.add(root);
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(root)) return;
        loadAll(context).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
