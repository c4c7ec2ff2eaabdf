/**
 * Worker threads for `--jobs N`: each worker holds its own Parser and runs
 * jobs; results come back in the order jobs were submitted.
 */
import { Worker } from 'node:worker_threads';
import type { ParseOptions } from '../parse.js';
import type { Job, JobOptions, JobResult } from './job.js';

export interface WorkerInit {
  parse: ParseOptions;
  /** Learned chrome, as a plain array (Sets do not cross threads as cheaply). */
  chrome: number[];
  job: JobOptions;
}

/** A fixed pool; `run` resolves with the job's result. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (r: JobResult) => void>();
  private next = 0;

  constructor(size: number, init: WorkerInit) {
    for (let k = 0; k < size; k++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      w.on('message', (r: JobResult) => {
        const done = this.pending.get(r.seq);
        this.pending.delete(r.seq);
        done?.(r);
      });
      w.on('error', (err) => {
        for (const [seq, done] of this.pending) done({ seq, path: '', ok: false, error: `worker failed: ${err.message}`, bytes: 0, encoding: '', warnings: 0, records: [] });
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.pending.set(job.seq, resolve);
      const w = this.workers[this.next++ % this.workers.length]!;
      w.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
