/** Worker-thread entry for `--jobs N`: parses the batches of jobs the pool sends. */
import { parentPort, workerData } from 'node:worker_threads';
import { Parser } from '../parse.js';
import { runJob, type Job } from './job.js';
import type { WorkerInit } from './pool.js';

const init = workerData as WorkerInit;
const parser = new Parser({ ...init.parse, ...(init.chrome.length ? { chrome: new Set(init.chrome) } : {}) });
parentPort!.on('message', (jobs: Job[]) => {
  parentPort!.postMessage(jobs.map((job) => runJob(parser, job, init.job)));
});
