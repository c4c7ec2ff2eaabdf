/**
 * JSON renderers. Keys come out in schema order; every string is escaped as
 * JSON requires (JSON.stringify escapes control characters and lone
 * surrogates). `jsonChunks` gives the same text piece by piece, so a 100 MB
 * article is written without first building one 200 MB string.
 */
import type { Article } from '../model/article.js';

/** One article as pretty-printed JSON (2-space indent, trailing newline). */
export function toJson(article: Article): string {
  return JSON.stringify(article, null, 2) + '\n';
}

/** One record as a single NDJSON line (trailing newline). */
export function toNdjsonLine(record: unknown): string {
  return JSON.stringify(record) + '\n';
}

/**
 * The text of `toJson(article)` (pretty) or `toNdjsonLine(article)`, in chunks
 * of about `size` characters: arrays are serialised element by element.
 */
export function* jsonChunks(article: Article, pretty: boolean, size = 1 << 16): Generator<string> {
  let buf = '';
  const emit = function* (s: string): Generator<string> {
    buf += s;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  };
  const indent = (depth: number) => (pretty ? '\n' + '  '.repeat(depth) : '');
  const nested = (value: unknown, depth: number) => {
    const s = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
    return pretty ? s.replace(/\n/g, '\n' + '  '.repeat(depth)) : s;
  };
  const entries = Object.entries(article);
  yield* emit('{');
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    yield* emit(indent(1) + JSON.stringify(key) + (pretty ? ': ' : ':'));
    if (Array.isArray(value) && value.length > 0) {
      yield* emit('[');
      for (let e = 0; e < value.length; e++) yield* emit(indent(2) + nested(value[e], 2) + (e + 1 < value.length ? ',' : ''));
      yield* emit(indent(1) + ']');
    } else yield* emit(nested(value, 1));
    if (k + 1 < entries.length) yield* emit(',');
  }
  yield* emit(indent(0) + '}\n');
  if (buf) yield buf;
}
