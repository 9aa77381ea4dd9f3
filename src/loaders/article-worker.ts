import { parentPort, workerData } from 'node:worker_threads';
import { type ArticleJob, type JobContext, runArticleJob } from './article-job.ts';

/** A worker thread of the article pool: takes jobs, answers with each article's result. */
const context = workerData as JobContext;

parentPort!.on('message', async (job: ArticleJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: await runArticleJob(job, context) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, slug: job.slug, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
