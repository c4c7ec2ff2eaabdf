/**
 * JSON Lines input: one record a line, read as a stream so a shard of any size
 * passes through in constant memory.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type JsonlRecord = { line: number; id: string; text: string } | { line: number; error: string };

/** Reads records; a line that is not a JSON object with a string text field is an error record, not a stop. */
export async function* readJsonl(stream: Readable, label: string, textField: string, idField: string): AsyncGenerator<JsonlRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
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
    yield { line: n, id: typeof id === 'string' || typeof id === 'number' ? String(id) : `${label}:${n}`, text };
  }
}
