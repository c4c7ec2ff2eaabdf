/**
 * `maqal dedup count` (map), `merge` (reduce) and `apply`: copies of a story
 * across a corpus split in shards, from the fingerprints `maqal parse
 * --fingerprint` (or `-f record`) wrote. A table is JSON Lines: a header line,
 * then `["id","exact","simhash"]` per record in input order; tables merge by
 * concatenation in shard order, so the merged table is the table of one pass.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { CopyFinder, DEFAULT_MAX_DISTANCE } from '../corpus/dedup.js';
import { describeError, formatBytes } from './inputs.js';
import { ChunkWriter, EXIT, Output, userError, type CliIO } from './io.js';
import { boundedLineBatches, boundedLines, fileChunks } from './jsonl.js';
import { UsageError } from './options.js';

/** The first line of a table: what it is, and its version. */
const HEADER = { maqal: 'dedup-table', version: 1 } as const;
const HEADER_LINE = JSON.stringify(HEADER);

/** One record's place in a table. */
type Entry = [id: string, exact: string, simhash: string];

interface DedupOptions {
  maxBytes: number;
  table?: string;
  maxDistance?: number;
  drop?: boolean;
}

const HEX16 = /^[0-9a-f]{16}$/;

/** The id and fingerprint of a parsed article or corpus record; a reason when it has none. */
function entryOf(value: unknown): Entry | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  const input = o.input as { path?: unknown } | undefined;
  const id = typeof o.id === 'string' ? o.id : typeof input?.path === 'string' ? input.path : null;
  const meta = o.metadata as { fingerprint?: unknown } | undefined;
  const f = (o.fingerprint ?? meta?.fingerprint) as { exact?: unknown; simhash?: unknown } | null | undefined;
  if (id === null) return 'no id (an article from maqal parse, or a record from -f record)';
  if (!f || typeof f.exact !== 'string' || typeof f.simhash !== 'string' || !HEX16.test(f.exact) || !HEX16.test(f.simhash)) {
    return 'no fingerprint (parse with --fingerprint or -f record)';
  }
  return [id, f.exact, f.simhash];
}

/** Each input's lines as bytes, in batches, with its name; a failure is reported and counted, the rest goes on. */
async function* inputLines(inputs: string[], io: CliIO, maxBytes: number, failed: { n: number }): AsyncGenerator<{ name: string; n: number; line: Buffer }[]> {
  for (const path of inputs.length ? inputs : ['-']) {
    let stream: Readable | AsyncIterable<Buffer>;
    try {
      stream = path === '-' ? io.stdin : fileChunks(resolve(io.cwd, path));
      let n = 0;
      for await (const batch of boundedLineBatches(stream, maxBytes)) {
        const out: { name: string; n: number; line: Buffer }[] = [];
        for (let line of batch) {
          n++;
          if (line === null) {
            userError(io.stderr, `${path}:${n}`, `larger than --max-bytes (${formatBytes(maxBytes)}); skipped`);
            failed.n++;
            continue;
          }
          if (n === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
          if (!isBlank(line)) out.push({ name: path, n, line });
        }
        yield out;
      }
    } catch (err) {
      userError(io.stderr, path, describeError(err));
      failed.n++;
    }
  }
}

const isBlank = (b: Buffer): boolean => {
  for (const c of b) if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  return true;
};

// Where maqal's own output puts what dedup needs. Inside a JSON string a quote is written \",
// so these byte sequences, with their bare quotes, are keys, never text.
const FINGERPRINT_KEY = Buffer.from('"fingerprint":{"exact":"');
const SIMHASH_KEY = Buffer.from('","simhash":"');
const RECORD_ID_KEY = Buffer.from('{"id":');
const ARTICLE_ID_KEY = Buffer.from('"input":{"path":');

/** The JSON string token starting at `at` (a quote), decoded; null when there is none. */
function stringAt(line: Buffer, at: number): string | null {
  if (line[at] !== 0x22) return null;
  let k = at + 1;
  while (k < line.length && line[k] !== 0x22) k += line[k] === 0x5c ? 2 : 1;
  if (k >= line.length) return null;
  try {
    return JSON.parse(line.toString('utf8', at, k + 1)) as string;
  } catch {
    return null;
  }
}

/**
 * The entry of a line maqal wrote (`-f record` or an article), read from its
 * bytes without decoding the whole line; null when the line is shaped otherwise.
 */
function quickEntry(line: Buffer): Entry | null {
  const fp = line.lastIndexOf(FINGERPRINT_KEY);
  if (fp < 0) return null;
  const e = fp + FINGERPRINT_KEY.length;
  const exact = line.toString('latin1', e, e + 16);
  if (!line.subarray(e + 16, e + 16 + SIMHASH_KEY.length).equals(SIMHASH_KEY)) return null;
  const h = e + 16 + SIMHASH_KEY.length;
  const simhash = line.toString('latin1', h, h + 16);
  if (!HEX16.test(exact) || !HEX16.test(simhash)) return null;
  let id: string | null = null;
  if (line.subarray(0, RECORD_ID_KEY.length).equals(RECORD_ID_KEY)) id = stringAt(line, RECORD_ID_KEY.length);
  else {
    const at = line.indexOf(ARTICLE_ID_KEY);
    if (at >= 0) id = stringAt(line, at + ARTICLE_ID_KEY.length);
  }
  return id === null ? null : [id, exact, simhash];
}

/** The entries of the records in the inputs, in order, with each record's bytes, in batches. */
async function* entries(inputs: string[], io: CliIO, maxBytes: number, failed: { n: number }): AsyncGenerator<{ entry: Entry | null; line: Buffer }[]> {
  for await (const batch of inputLines(inputs, io, maxBytes, failed)) yield batch.map(({ name, n, line }) => ({ entry: entryOfLine(name, n, line, io, failed), line }));
}

/** A record's entry, from its bytes when maqal wrote it, else from its JSON; null (reported) when it has none. */
function entryOfLine(name: string, n: number, line: Buffer, io: CliIO, failed: { n: number }): Entry | null {
  const quick = quickEntry(line);
  if (quick) return quick;
  let value: unknown;
  try {
    value = JSON.parse(line.toString('utf8'));
  } catch {
    userError(io.stderr, `${name}:${n}`, 'not valid JSON');
    failed.n++;
    return null;
  }
  const e = entryOf(value);
  if (typeof e === 'string') {
    userError(io.stderr, `${name}:${n}`, e);
    failed.n++;
    return null;
  }
  return e;
}

export async function runDedupCount(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as DedupOptions;
  const out = new Output(io.stdout);
  const failed = { n: 0 };
  let chunk = `${HEADER_LINE}\n`;
  for await (const batch of entries(inputs, io, opts.maxBytes, failed)) {
    for (const { entry } of batch) if (entry) chunk += `${JSON.stringify(entry)}\n`;
    if (chunk.length > 1 << 16) {
      await out.write(chunk);
      chunk = '';
    }
  }
  await out.write(chunk);
  return failed.n > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Reads a table's entries; a table that is not one is a usage error naming the line. */
async function* tableEntries(path: string, io: CliIO): AsyncGenerator<Entry> {
  let n = 0;
  const stream = path === '-' ? io.stdin : fileChunks(resolve(io.cwd, path));
  try {
    for await (const line of boundedLines(stream, 1 << 20)) {
      n++;
      if (line === null) throw new UsageError(`${path}:${n}: not a dedup table (a line over 1 MB)`);
      if (n === 1) {
        if (line.replace(/^\ufeff/, '') !== HEADER_LINE) throw new UsageError(`${path}: not a dedup table (write one with maqal dedup count)`);
        continue;
      }
      if (line.trim() === '') continue;
      let e: unknown;
      try {
        e = JSON.parse(line);
      } catch {
        e = null;
      }
      if (!Array.isArray(e) || e.length !== 3 || typeof e[0] !== 'string' || !HEX16.test(String(e[1])) || !HEX16.test(String(e[2]))) {
        throw new UsageError(`${path}:${n}: not a dedup table entry`);
      }
      yield e as Entry;
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${path}: ${describeError(err)}`);
  }
  if (n === 0) throw new UsageError(`${path}: not a dedup table (it is empty)`);
}

export async function runDedupMerge(tables: string[], io: CliIO): Promise<number> {
  const out = new Output(io.stdout);
  let chunk = `${HEADER_LINE}\n`;
  for (const t of tables) {
    for await (const e of tableEntries(t, io)) {
      chunk += `${JSON.stringify(e)}\n`;
      if (chunk.length > 1 << 16) {
        await out.write(chunk);
        chunk = '';
      }
    }
  }
  await out.write(chunk);
  return EXIT.ok;
}

export async function runDedupApply(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as DedupOptions;
  const finder = new CopyFinder(opts.maxDistance ?? DEFAULT_MAX_DISTANCE);
  const ids: string[] = [];
  const failed = { n: 0 };
  // The table: given, or counted from the inputs in a first pass (then they are read twice).
  if (opts.table !== undefined) {
    for await (const [id, exact, simhash] of tableEntries(opts.table, io)) {
      ids.push(id);
      finder.add(exact, simhash);
    }
  } else {
    if (inputs.length === 0 || inputs.includes('-')) throw new UsageError('without --table, dedup apply reads its inputs twice: give files, not stdin');
    const quiet = { n: 0 };
    for await (const batch of entries(inputs, { ...io, stderr: nullStream() }, opts.maxBytes, quiet)) {
      for (const { entry } of batch) {
        if (!entry) continue;
        ids.push(entry[0]);
        finder.add(entry[1], entry[2]);
      }
    }
  }
  const sizes = finder.clusterSizes();
  // Records find their table entry by id, in order when an id repeats (the repeats wait in `more`).
  const first = new Map<string, number>();
  const more = new Map<string, number[]>();
  ids.forEach((id, k) => {
    if (!first.has(id)) first.set(id, k);
    else {
      const q = more.get(id);
      if (q) q.push(k);
      else more.set(id, [k]);
    }
  });
  const take = (id: string): number | undefined => {
    const k = first.get(id);
    if (k === undefined) return undefined;
    const next = more.get(id)?.shift();
    if (next === undefined) first.delete(id);
    else first.set(id, next);
    return k;
  };
  const out = new Output(io.stdout);
  const chunks = new ChunkWriter(out);
  // An async pass per batch of records, the records of a batch in a plain loop.
  for await (const batch of entries(inputs, io, opts.maxBytes, failed)) {
    for (const { entry, line } of batch) {
      if (!entry) continue;
      const k = take(entry[0]);
      if (k === undefined) {
        userError(io.stderr, entry[0], 'not in the dedup table (count it with the rest of the corpus)');
        failed.n++;
        continue;
      }
      const first = finder.first[k]!;
      const dupOf = first >= 0 && first !== k ? ids[first]! : null;
      if (opts.drop && dupOf !== null) continue;
      // The record's bytes as they came, the two fields added before its closing brace.
      let end = line.lastIndexOf(0x7d);
      while (end > 0 && (line[end - 1] === 0x20 || line[end - 1] === 0x0a || line[end - 1] === 0x09)) end--;
      await chunks.add(line.subarray(0, end));
      await chunks.addText(`,"dupOf":${JSON.stringify(dupOf)},"clusterSize":${sizes[k]}}\n`);
    }
    if (out.closed) break;
  }
  await chunks.flush();
  return failed.n > 0 ? EXIT.someFailed : EXIT.ok;
}

/** A stderr that drops what the first pass would print twice. */
function nullStream(): CliIO['stderr'] {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
