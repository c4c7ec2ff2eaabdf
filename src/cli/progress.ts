/**
 * Batch progress on stderr (only when stderr is a terminal): one line, redrawn
 * in place with `\r`, at most ten times a second. And the summary at the end.
 */
import type { ChalkInstance } from 'chalk';
import { formatBytes } from './inputs.js';
import type { OutStream } from './io.js';

export interface Totals {
  files: number;
  ok: number;
  failed: number;
  skipped: number;
  warnings: number;
  bytes: number;
}

/**
 * How progress is shown: `line`, one line redrawn in place on a terminal;
 * `plain`, a line of its own every few seconds (for CI logs); `none`.
 */
export type ProgressMode = 'line' | 'plain' | 'none';

export class Progress {
  private last = 0;
  private shown = false;
  private readonly start = performance.now();
  private latest: Totals | null = null;

  constructor(
    private readonly stream: OutStream,
    private readonly mode: ProgressMode,
    private readonly total: number | null,
    /** `plain`: seconds between lines. */
    private readonly every = 10,
  ) {
    if (mode === 'plain') this.last = this.start;
  }

  /** Seconds since the start. */
  get seconds(): number {
    return (performance.now() - this.start) / 1000;
  }

  update(t: Totals, force = false): void {
    if (this.mode === 'none') return;
    this.latest = t;
    const now = performance.now();
    const gap = this.mode === 'line' ? 100 : this.every * 1000;
    if (!force && now - this.last < gap) return;
    this.last = now;
    if (this.mode === 'plain') this.stream.write(`maqal: ${this.describe(t)}\n`);
    else {
      this.stream.write(`\r\u001b[2Kmaqal: ${this.describe(t)}`);
      this.shown = true;
    }
  }

  private describe(t: Totals): string {
    const s = Math.max(this.seconds, 1e-3);
    const rate = t.files / s;
    const parts = [
      this.total !== null ? `${t.files}/${this.total} files` : `${t.files} files`,
      `${Math.round(rate)} files/s`,
      `${(t.bytes / 1e6 / s).toFixed(1)} MB/s`,
    ];
    if (t.failed) parts.push(`${t.failed} failed`);
    if (this.total !== null && rate > 0 && t.files < this.total) parts.push(`ETA ${Math.max(0, Math.ceil((this.total - t.files) / rate))}s`);
    if (this.mode === 'plain') parts.push(`${this.seconds.toFixed(0)}s`);
    return parts.join(' · ');
  }

  /** Clears the progress line (it is drawn again on the next update). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[2K');
    this.shown = false;
    this.last = 0;
  }

  /** The end: the line cleared; in plain mode, a last line with the totals. */
  done(): void {
    this.clear();
    if (this.mode === 'plain' && this.latest) this.stream.write(`maqal: ${this.describe(this.latest)} · done\n`);
  }

  /**
   * The stream for every other message during the batch: each write first
   * clears the progress line, so no message is printed over it.
   */
  messages(): OutStream {
    const progress = this;
    const target = this.stream;
    const wrapped = Object.create(target) as OutStream;
    wrapped.write = function (chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
      progress.clear();
      return (target.write as (c: unknown, e?: unknown, f?: unknown) => boolean).call(target, chunk, encoding, cb);
    } as OutStream['write'];
    return wrapped;
  }
}

/** The summary as one JSON line. */
export function summaryJson(t: Totals, seconds: number): string {
  return JSON.stringify({ files: t.files, ok: t.ok, failed: t.failed, skipped: t.skipped, warnings: t.warnings, bytes: t.bytes, seconds: +seconds.toFixed(3), filesPerSecond: +(t.files / Math.max(seconds, 1e-9)).toFixed(1) }) + '\n';
}

/** The summary as a table, for a terminal (the table drawer is loaded only then). */
export async function summaryTable(t: Totals, seconds: number, chalk: ChalkInstance): Promise<string> {
  const { drawTable } = await import('../render/table.js');
  const rows: [string, string][] = [
    ['files', String(t.files)],
    ['ok', String(t.ok)],
    ['failed', String(t.failed)],
    ['skipped', String(t.skipped)],
    ['warnings', String(t.warnings)],
    ['bytes', formatBytes(t.bytes)],
    ['seconds', seconds.toFixed(2)],
    ['files/s', (t.files / Math.max(seconds, 1e-9)).toFixed(0)],
  ];
  const w0 = rows.reduce((max, r) => Math.max(max, r[0].length), 0);
  const w1 = rows.reduce((max, r) => Math.max(max, r[1].length), 0);
  return (
    drawTable(
      {
        widths: [w0, w1],
        rows: rows.map(([k, v]) => [{ lines: [k], style: chalk.dim }, { lines: [v], align: 'right', style: k === 'failed' && t.failed ? chalk.red : (s: string) => s }]),
      },
      chalk.bold,
    ) + '\n'
  );
}
