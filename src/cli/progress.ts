/**
 * Batch progress on stderr (only when stderr is a terminal): one line, redrawn
 * in place with `\r`, at most ten times a second. And the summary at the end.
 */
import type { ChalkInstance } from 'chalk';
import { drawTable } from '../render/table.js';
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

export class Progress {
  private last = 0;
  private shown = false;
  private readonly start = performance.now();

  constructor(
    private readonly stream: OutStream,
    private readonly enabled: boolean,
    private readonly total: number | null,
  ) {}

  /** Seconds since the start. */
  get seconds(): number {
    return (performance.now() - this.start) / 1000;
  }

  update(t: Totals, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const s = Math.max(this.seconds, 1e-3);
    const rate = t.files / s;
    const parts = [
      this.total !== null ? `${t.files}/${this.total} files` : `${t.files} files`,
      `${Math.round(rate)} files/s`,
      `${(t.bytes / 1e6 / s).toFixed(1)} MB/s`,
    ];
    if (t.failed) parts.push(`${t.failed} failed`);
    if (this.total !== null && rate > 0) parts.push(`ETA ${Math.max(0, Math.ceil((this.total - t.files) / rate))}s`);
    this.stream.write(`\r\u001b[2Kmaqal: ${parts.join(' · ')}`);
    this.shown = true;
  }

  /** Clears the progress line. */
  done(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
  }
}

/** The summary as one JSON line. */
export function summaryJson(t: Totals, seconds: number): string {
  return JSON.stringify({ files: t.files, ok: t.ok, failed: t.failed, skipped: t.skipped, warnings: t.warnings, bytes: t.bytes, seconds: +seconds.toFixed(3), filesPerSecond: +(t.files / Math.max(seconds, 1e-9)).toFixed(1) }) + '\n';
}

/** The summary as a table, for a terminal. */
export function summaryTable(t: Totals, seconds: number, chalk: ChalkInstance): string {
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
