import { parentPort, workerData } from 'node:worker_threads';
import { type JobFolders, runArticleJob } from './article-job.ts';

/** A worker thread of the article pool: takes slugs, answers with each article's result. */
const { root, folders } = workerData as { root: string; folders: JobFolders };

parentPort!.on('message', async ({ slug, index }: { slug: string; index: number }) => {
  try {
    parentPort!.postMessage({ ok: true, result: await runArticleJob(root, slug, index, folders) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, slug, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
