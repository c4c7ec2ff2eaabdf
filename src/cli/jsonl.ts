/**
 * JSON Lines input: one record a line, read as a stream so a shard of any size
 * passes through in constant memory. A line longer than `maxBytes` is not
 * kept: it is skipped, to its end, and reported.
 */
import { rawFields } from '../model/raw-json.js';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { formatBytes } from './inputs.js';

export type JsonlRecord = { line: number; id: string; text: string; record: Record<string, unknown>; raw: string } | { line: number; error: string };

/**
 * The lines of a stream as bytes, without their line ends (LF or CRLF), in
 * batches: all the lines a chunk of the stream completes, so a reader of
 * many short records awaits once a chunk, not once a line. A line over
 * `maxBytes` comes back as null.
 */
export async function* boundedLineBatches(stream: Readable | AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<(Buffer | null)[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const flush = (): Buffer | null => {
    let out: Buffer | null = tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (out && out.length > 0 && out[out.length - 1] === 0x0d) out = out.subarray(0, out.length - 1);
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  for await (const chunk of stream) {
    let b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    const batch: (Buffer | null)[] = [];
    for (let nl = b.indexOf(0x0a); nl >= 0; nl = b.indexOf(0x0a)) {
      if (!tooLong && size + nl <= maxBytes) {
        parts.push(b.subarray(0, nl));
        size += nl;
      } else tooLong = true;
      batch.push(flush());
      b = b.subarray(nl + 1);
    }
    if (batch.length > 0) yield batch;
    if (b.length === 0) continue;
    if (tooLong || size + b.length > maxBytes) {
      // Past the bound: drop what was kept of this line and the rest of it as it comes.
      tooLong = true;
      parts = [];
      size = 0;
    } else {
      parts.push(Buffer.from(b));
      size += b.length;
    }
  }
  if (size > 0 || tooLong) yield [flush()];
}

/**
 * A regular file's bytes in chunks read into one buffer used again and again:
 * each chunk is valid until the next is asked for (what `boundedLineBatches`
 * keeps across chunks, it copies). Reading a big file this way allocates
 * nothing a chunk and never waits for a thread of the pool.
 */
export async function* fileChunks(path: string, size = 1 << 20): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(size);
    for (;;) {
      const n = readSync(fd, buffer, 0, size, null);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** The lines of a stream as bytes, one at a time (see `boundedLineBatches`). */
export async function* boundedLineBytes(stream: Readable | AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer | null> {
  for await (const batch of boundedLineBatches(stream, maxBytes)) yield* batch;
}

/** The lines of a stream as text, without their line ends (LF or CRLF); a line over `maxBytes` comes back as null. */
export async function* boundedLines(stream: Readable | AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<string | null> {
  for await (const line of boundedLineBytes(stream, maxBytes)) yield line === null ? null : line.toString('utf8');
}

/**
 * Reads records; a line that is not a JSON object with a string text field,
 * or that is longer than `maxBytes`, is an error record, not a stop.
 */
export async function* readJsonl(stream: Readable, label: string, textField: string, idField: string, maxBytes = Number.POSITIVE_INFINITY): AsyncGenerator<JsonlRecord> {
  let n = 0;
  for await (const raw of boundedLines(stream, maxBytes)) {
    n++;
    if (raw === null) {
      yield { line: n, error: `larger than --max-bytes (${formatBytes(maxBytes)}); skipped` };
      continue;
    }
    const line = n === 1 ? raw.replace(/^\ufeff/, '') : raw;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { line: n, error: 'not valid JSON' };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { line: n, error: 'not a JSON object' };
      continue;
    }
    const record = value as Record<string, unknown>;
    const text = record[textField];
    if (typeof text !== 'string') {
      yield { line: n, error: `no string field "${textField}"` };
      continue;
    }
    const id = record[idField];
    // A numeric id as written: `12345678901234567890` would lose digits through a double.
    const name = typeof id === 'number' ? (rawFields(line, new Set([idField])).get(idField)?.raw ?? String(id)) : typeof id === 'string' ? id : `${label}:${n}`;
    yield { line: n, id: name, text, record, raw: line };
  }
}
