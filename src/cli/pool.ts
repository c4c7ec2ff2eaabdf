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

/**
 * A fixed pool; `run` resolves with the job's result. A worker that dies (a
 * crash, running out of memory) is not replaced: the jobs it held run again
 * in the calling thread, each failing by name if it fails there too, and the
 * batch goes on with the workers left.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { job: Job; resolve: (r: JobResult) => void }>();
  /** The batches each worker holds and has not answered. */
  private readonly held = new Map<Worker, Job[][]>();
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
      this.held.set(w, []);
      w.on('message', (results: JobResult[]) => {
        this.held.get(w)?.shift();
        this.inFlight -= results.length;
        for (const r of results) this.settle(r);
      });
      w.on('error', () => this.lost(w));
      w.on('exit', () => this.lost(w));
      this.workers.push(w);
    }
  }

  private settle(r: JobResult): void {
    const p = this.pending.get(r.seq);
    this.pending.delete(r.seq);
    p?.resolve(r);
  }

  /** A worker died: its jobs run again here, once. */
  private lost(w: Worker): void {
    const batches = this.held.get(w);
    if (!batches) return;
    this.held.delete(w);
    const k = this.workers.indexOf(w);
    if (k >= 0) this.workers.splice(k, 1);
    for (const jobs of batches) {
      this.inFlight -= jobs.length;
      for (const job of jobs) if (this.pending.has(job.seq)) this.settle(this.runHere(job));
    }
  }

  /** Runs a job in this thread; an exception becomes a failure of that input. */
  private runHere(job: Job): JobResult {
    try {
      return this.local(job);
    } catch (err) {
      return { seq: job.seq, path: job.path, ok: false, error: `internal error: ${(err as Error).message}`, bytes: 0, encoding: '', warnings: 0, records: [] };
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
    if (this.inFlight >= this.capacity) return Promise.resolve(this.runHere(job));
    this.inFlight++;
    return new Promise((resolve) => {
      this.pending.set(job.seq, { job, resolve });
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
    const jobs = this.batch;
    this.batch = [];
    if (this.workers.length === 0) {
      // Every worker died: the calling thread does the work.
      this.inFlight -= jobs.length;
      for (const job of jobs) this.settle(this.runHere(job));
      return;
    }
    const w = this.workers[this.next++ % this.workers.length]!;
    this.held.get(w)!.push(jobs);
    w.postMessage(jobs);
  }

  async close(): Promise<void> {
    this.flush();
    const workers = [...this.workers];
    for (const w of workers) this.held.delete(w);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
