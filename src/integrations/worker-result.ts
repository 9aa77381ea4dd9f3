import { Worker } from 'node:worker_threads';

/**
 * Runs a module on a worker thread with `data` and resolves with the one message it posts; rejects if it
 * fails or stops first, naming `what` it was (the share pages' worker, a card-drawing thread).
 */
export function workerResult<T>(module: URL, data: unknown, what: string): Promise<T> {
  const worker = new Worker(module, { workerData: data });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what} stopped (exit code ${code})`)));
  });
}
