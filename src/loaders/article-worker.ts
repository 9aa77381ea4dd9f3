import { parentPort, workerData } from 'node:worker_threads';
import { runArticleJob } from './article-job.ts';

/** A worker thread of the article pool: takes slugs, answers with each article's result. */
const { root, htmlFolder } = workerData as { root: string; htmlFolder: string };

parentPort!.on('message', async (slug: string) => {
  try {
    parentPort!.postMessage({ ok: true, result: await runArticleJob(root, slug, htmlFolder) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, slug, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
