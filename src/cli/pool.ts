/**
 * Worker threads for `--jobs N`: N - 1 workers, each with its own Parser, and
 * the calling thread, which parses too whenever the workers have enough in
 * hand (it would otherwise sit waiting for them). Results come back in the
 * order jobs were submitted. Jobs travel in batches (one message for up to
 * BATCH jobs, one for their results), so the cost of a message is shared by
 * many small files.
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

/** Jobs a message carries at most. */
const BATCH = 16;

/** A fixed pool; `run` resolves with the job's result. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (r: JobResult) => void>();
  private next = 0;
  private batch: Job[] = [];
  private flushScheduled = false;
  /** Jobs handed to workers (or batched for them) and not yet back. */
  private inFlight = 0;

  /**
   * @param size threads in all, the calling one included (at least 2).
   * @param local runs a job in the calling thread.
   */
  constructor(
    size: number,
    init: WorkerInit,
    private readonly local: (job: Job) => JobResult,
  ) {
    for (let k = 0; k < size - 1; k++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      w.on('message', (results: JobResult[]) => {
        this.inFlight -= results.length;
        for (const r of results) {
          const done = this.pending.get(r.seq);
          this.pending.delete(r.seq);
          done?.(r);
        }
      });
      w.on('error', (err) => {
        this.inFlight = 0;
        for (const [seq, done] of this.pending) done({ seq, path: '', ok: false, error: `worker failed: ${err.message}`, bytes: 0, encoding: '', warnings: 0, records: [] });
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }

  /** Jobs the workers hold at most: two batches each, so none waits for the next. */
  private get capacity(): number {
    return this.workers.length * BATCH * 2;
  }

  /** How many results to keep waiting in order: the workers' jobs and a batch of local ones. */
  get window(): number {
    return this.capacity + BATCH;
  }

  run(job: Job): Promise<JobResult> {
    if (this.inFlight >= this.capacity) return Promise.resolve(this.local(job));
    this.inFlight++;
    return new Promise((resolve) => {
      this.pending.set(job.seq, resolve);
      this.batch.push(job);
      if (this.batch.length >= BATCH) this.flush();
      else if (!this.flushScheduled) {
        // A part batch goes when the caller stops submitting and waits (after
        // pending promise callbacks, before I/O), so no job waits for company.
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const w = this.workers[this.next++ % this.workers.length]!;
    w.postMessage(this.batch);
    this.batch = [];
  }

  async close(): Promise<void> {
    this.flush();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
