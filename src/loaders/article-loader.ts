import type { Loader, LoaderContext } from 'astro/loaders';
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentError } from './content-error.ts';
import { listArticles } from '../lib/reading/content-layout.ts';
import { leftOutOfBuild } from '../lib/drafts/left-out-of-build.ts';
import { loadSources } from '../lib/reading/load-sources.ts';
import { runArticlePool } from './article-pool.ts';
import type { ArticleJob } from './article-job.ts';
import { articleDigest, ownFilesHash, pipelineVersion } from './article-digest.ts';
import { articleFilesExist, articleFilesFolder, keepOnlyArticleFiles } from '../lib/build-cache/article-files.ts';
import { type ArticleEntryData, articleEntrySchema } from '../lib/schema/article-entry-schema.ts';
import { clearSearchRecords, searchRecordsFolder, searchRecordsWanted } from '../lib/search/search-records.ts';
import type { SiteAddress } from '../site.ts';

/**
 * Loads `<contentDir>/articles/<slug>/` folders: validates each article and its annotations (every
 * problem with file:line), renders its Markdown through the site's pipeline with the annotations handed
 * in, on worker threads (article-pool.ts), and stores what the pages listing articles read, with the
 * paths of the article's model and rendered HTML (src/lib/build-cache/article-files.ts). It writes the
 * search's records too (search-records.ts), for Pagefind to index while Astro builds the pages.
 *
 * An article whose digest (article-digest.ts) is the one stored is kept as the last load left it: it is
 * not read, checked or rendered again, and its pages are not rendered again either (they pass the digest
 * to Astro as their `cacheKey`, src/pages/articles/[slug]/_article-paths.ts). Only its search records
 * are written again, from its files, since Pagefind builds the index whole.
 *
 * The workers render with `markdownPipeline` (src/render/markdown-pipeline.ts), the same plugins
 * astro.config.mjs gives Astro's own Markdown processor.
 */
export function articleLoader({ contentDir }: { contentDir: string }): Loader {
  const root = resolve(contentDir);
  /** The watchers listened to, and the context of the last load: a restart of the development server (new dependencies to bundle, say) brings a new store, which a change must load into. */
  const watched = new WeakSet<object>();
  let latest: LoaderContext | undefined;
  let loading: Promise<void> | undefined;
  let changedMeanwhile = false;

  async function loadAll({ config, store, parseData, logger, watcher }: LoaderContext): Promise<void> {
    // Only `astro build` indexes: the search integration makes the records' folder for it (dev and
    // sync write no records, which would outlive them).
    const folder = searchRecordsFolder(fileURLToPath(config.cacheDir), root);
    const records = !watcher && searchRecordsWanted(folder) ? folder : undefined;
    if (records) clearSearchRecords(records);
    const files = articleFilesFolder(fileURLToPath(config.cacheDir), root);
    // The sources are read here once for their own problems, which every article would otherwise repeat.
    const sources = await loadSources(root);
    // `astro dev` serves articles with work left in them, which a build refuses: an article loaded in
    // dev is never taken for one a build has checked (the two share the store).
    const pipeline = `${await pipelineVersion()}${watcher ? ' served unfinished' : ''}`;
    // As astro.config.mjs gave them to Astro from src/site.ts (`site` is the development address when SITE_URL is not given).
    const site: SiteAddress = { url: config.site!, base: config.base };
    // A production build leaves drafts out altogether; `astro dev` serves them (src/lib/drafts/article-status.ts).
    const listed = await listArticles(root);
    const leftOut = watcher ? [] : (await Promise.all(listed.map(async (slug) => ((await leftOutOfBuild(root, slug)) ? [slug] : [])))).flat();
    const slugs = listed.filter((slug) => !leftOut.includes(slug));
    const jobs: ArticleJob[] = await Promise.all(
      slugs.map(async (slug, index): Promise<ArticleJob> => {
        const ownFiles = await ownFilesHash(root, slug);
        const stored = store.get(slug);
        // An entry stored by an older version of this loader may have another shape: it is compiled again.
        const kept = articleEntrySchema.safeParse(stored?.data).data;
        const unchanged =
          kept && stored?.digest === articleDigest({ pipeline, root, site: site.url, ownFiles, sources: sources.sources, sourceIds: kept.sourceIds }) && articleFilesExist(kept);
        return unchanged ? { slug, index, kept } : { slug, index, compile: { ownFiles } };
      }),
    );
    const results = await runArticlePool(jobs, { root, site, pipeline, files, records, serveUnfinished: Boolean(watcher) });
    // Every problem of every article at once: an editor fixes them in one pass.
    const problems = [...sources.problems, ...results.flatMap((result) => result.problems)];
    if (problems.length > 0) {
      // The build stops here, before the search integration would remove the records it indexes.
      if (records) rmSync(records.root, { recursive: true, force: true });
      throw contentError(problems);
    }

    for (const id of store.keys()) if (!slugs.includes(id)) store.delete(id);
    for (const { slug, entry } of results) {
      if (!entry) continue;
      store.set({
        id: slug,
        data: await parseData({ id: slug, data: entry.data }),
        filePath: relative(fileURLToPath(config.root), entry.filePath),
        digest: entry.digest,
      });
    }
    await keepOnlyArticleFiles(files, store.values().map(({ data }) => data as ArticleEntryData));
    const kept = jobs.filter((job) => 'kept' in job).length;
    logger.info(`${slugs.length} annotated article(s) loaded from ${contentDir}: ${slugs.length - kept} read and rendered, ${kept} unchanged${leftOut.length ? `; ${leftOut.length} draft(s) left out: ${leftOut.join(', ')}` : ''}`);
  }

  return {
    name: 'annotated-article-loader',
    async load(context) {
      latest = context;
      await loadAll(context);
      const { watcher, logger } = context;
      if (!watcher || watched.has(watcher)) return;
      // In `astro dev`: any change under the content folder (an article, its annotations, the sources)
      // loads the content again; only the articles it changes are rendered again. A mistake is logged
      // with every problem, and the pages keep showing the last good content until it is fixed.
      watched.add(watcher);
      watcher.add(root);
      // One load at a time, and one more after it when files changed meanwhile: a save writes a file in
      // steps (a temporary file, then a rename, each an event), and loads run side by side finished in
      // any order, so that one that had read the file before the save could store it last, and the page
      // showed the old version.
      const load = (): void => {
        if (loading) {
          changedMeanwhile = true;
          return;
        }
        loading = loadAll(latest!)
          .catch((error: Error) => logger.error(error.message))
          .finally(() => {
            loading = undefined;
            if (changedMeanwhile) {
              changedMeanwhile = false;
              load();
            }
          });
      };
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(root)) return;
        load();
      });
    },
  };
}
