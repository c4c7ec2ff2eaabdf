/**
 * Cross-document chrome: lines that repeat across many documents of a batch
 * (share and follow lines, site slogans, newsletter blurbs) are boilerplate
 * even when no marker names them. A first pass counts, per line, how many
 * documents hold it; the counts can be saved, merged across shards (map, then
 * reduce), and applied.
 */
import { readJsonFile, UsageError } from './options.js';

/** Counts of documents per line (by the hash of its folded key). */
export interface ChromeTable {
  maqal: 'chrome-table';
  version: 1;
  /** Documents counted. */
  docs: number;
  /** Line hash (base 36) to the number of documents that hold the line. */
  counts: Record<string, number>;
}

export class ChromeCounter {
  docs = 0;
  readonly counts = new Map<number, number>();

  /** Adds one document's distinct line hashes. */
  add(keys: readonly number[]): void {
    this.docs++;
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  /** Adds a saved table (merging shards). */
  merge(table: ChromeTable): void {
    this.docs += table.docs;
    for (const [k, n] of Object.entries(table.counts)) {
      const key = parseInt(k, 36);
      this.counts.set(key, (this.counts.get(key) ?? 0) + n);
    }
  }

  /**
   * The table. Every count is kept, even a line seen once: merged with the
   * other shards it may reach the threshold, and merged decisions must equal
   * those of one run over the whole corpus.
   */
  table(): ChromeTable {
    const counts: Record<string, number> = {};
    for (const [k, n] of [...this.counts].sort((a, b) => a[0] - b[0])) counts[k.toString(36)] = n;
    return { maqal: 'chrome-table', version: 1, docs: this.docs, counts };
  }

  /** Lines seen in at least `minDocs` documents and at least 2% of them. */
  learned(minDocs: number): Set<number> {
    const floor = Math.max(minDocs, Math.ceil(this.docs * 0.02));
    const out = new Set<number>();
    for (const [k, n] of this.counts) if (n >= floor) out.add(k);
    return out;
  }
}

/** Reads a table written by `--chrome-table` or `maqal chrome count|merge`. */
export function readChromeTable(path: string, cwd: string): ChromeTable {
  const t = readJsonFile(path, cwd) as Partial<ChromeTable>;
  if (!t || typeof t !== 'object' || t.maqal !== 'chrome-table' || t.version !== 1) throw new UsageError(`${path}: not a maqal chrome table`);
  if (!Number.isSafeInteger(t.docs) || t.docs! < 0) throw new UsageError(`${path}: "docs" must be a whole number of documents`);
  if (!t.counts || typeof t.counts !== 'object' || Array.isArray(t.counts)) throw new UsageError(`${path}: "counts" must be an object of line hashes`);
  for (const [key, n] of Object.entries(t.counts)) {
    // Keys are line hashes in base 36 (53 bits at most); counts are documents, never more than were counted.
    if (!/^[0-9a-z]{1,11}$/.test(key) || !Number.isSafeInteger(parseInt(key, 36))) throw new UsageError(`${path}: "${key.slice(0, 40)}" is not a line hash`);
    if (!Number.isSafeInteger(n) || n < 0 || n > t.docs!) throw new UsageError(`${path}: the count of ${key} must be a whole number from 0 to ${t.docs}`);
  }
  return t as ChromeTable;
}
