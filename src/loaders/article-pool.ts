import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleJob, ArticleJobResult, JobContext } from './article-job.ts';

type Answer = { ok: true; result: ArticleJobResult } | { ok: false; slug: string; message: string };

/**
 * Runs the articles' jobs (article-job.ts) on worker threads, one per core (never more than there are
 * jobs): the Markdown pipeline is most of a build's work, and it shares nothing between articles.
 * Results come back in the order of `jobs`. Written here rather than with tinypool or piscina: a queue
 * and ordered answers are all it needs, in thirty lines, with no dependency for every build to install.
 */
export async function runArticlePool(jobs: readonly ArticleJob[], context: JobContext): Promise<ArticleJobResult[]> {
  if (jobs.length === 0) return [];
  const results = new Map<string, ArticleJobResult>();
  const queue = [...jobs];
  const size = Math.max(1, Math.min(availableParallelism(), queue.length));
  const workers = Array.from({ length: size }, () => new Worker(new URL('./article-worker.ts', import.meta.url), { workerData: context }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (job === undefined) resolve();
              else worker.postMessage(job);
            };
            worker.on('message', (answer: Answer) => {
              if (!answer.ok) return reject(new Error(`Loading the article "${answer.slug}" failed: ${answer.message}`));
              results.set(answer.result.slug, answer.result);
              next();
            });
            worker.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return jobs.map(({ slug }) => results.get(slug)!);
}
