/**
 * JSON renderers. Keys come out in schema order; every string is escaped as
 * JSON requires (JSON.stringify escapes control characters and lone
 * surrogates). `jsonChunks` gives the same text piece by piece, so a 100 MB
 * article is written without first building one 200 MB string.
 */
import type { Article } from '../model/article.js';
import { RawJson } from '../model/raw-json.js';

/** One article as pretty-printed JSON (2-space indent, trailing newline). */
export function toJson(article: Article): string {
  if (article.meta) return withMeta(article, true) + '\n';
  return JSON.stringify(article, null, 2) + '\n';
}

/** One record as a single NDJSON line (trailing newline). */
export function toNdjsonLine(record: unknown): string {
  if (isArticle(record) && record.meta) return withMeta(record, false) + '\n';
  return JSON.stringify(record) + '\n';
}

const isArticle = (x: unknown): x is Article => typeof x === 'object' && x !== null && 'schemaVersion' in x;

/** A kept field's JSON text: as it was in the input when maqal kept it raw, else serialised. */
function fieldJson(value: unknown): string {
  return value instanceof RawJson ? value.raw : JSON.stringify(value) ?? 'null';
}

/** `{"k":v,...}` of entries whose values are JSON texts already. */
function objectText(entries: readonly (readonly [string, string])[], pretty: boolean, depth: number): string {
  if (entries.length === 0) return '{}';
  const pad = pretty ? '\n' + '  '.repeat(depth + 1) : '';
  const end = pretty ? '\n' + '  '.repeat(depth) : '';
  return `{${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}${pretty ? ': ' : ':'}${v}`).join(',')}${end}}`;
}

/** The article with its `meta` last, each kept value byte for byte as in the input. */
function withMeta(article: Article, pretty: boolean): string {
  const { meta, ...rest } = article;
  const body = JSON.stringify(rest, null, pretty ? 2 : undefined);
  const metaText = objectText(Object.entries(meta ?? {}).map(([k, v]) => [k, fieldJson(v)] as const), pretty, 1);
  return `${body.slice(0, body.lastIndexOf('}')).trimEnd()},${pretty ? '\n  "meta": ' : '"meta":'}${metaText}${pretty ? '\n' : ''}}`;
}

/**
 * One article as a corpus record, `{ "id", "text", "metadata" }`, on one line:
 * the shape datatrove's `JsonlReader` and Dolma-style tools read. `text` is the
 * title and the story's paragraphs separated by blank lines; `metadata` holds
 * the kept input fields first (byte for byte), then what maqal read.
 */
export function toRecordLine(article: Article): string {
  const text = (article.title !== null ? [article.title, ...article.body] : article.body).join('\n\n');
  const ours: [string, unknown][] = [
    ['title', article.title],
    ['byline', article.byline],
    ['dateline', article.dateline],
    ['date', article.date],
    ['dates', article.dates],
    ['credits', article.credits],
    ['source', article.source],
    ['tags', article.tags],
    ['fingerprint', article.fingerprint],
    ['stats', article.stats],
    ['input', article.input],
    ['warnings', article.warnings.map((w) => w.code)],
  ];
  const names = new Set(ours.map(([k]) => k));
  const kept = Object.entries(article.meta ?? {}).filter(([k]) => !names.has(k) && k !== 'id' && k !== 'text');
  const metadata = objectText([...kept.map(([k, v]) => [k, fieldJson(v)] as const), ...ours.map(([k, v]) => [k, JSON.stringify(v)] as const)], false, 0);
  return `{"id":${JSON.stringify(article.input.path)},"text":${JSON.stringify(text)},"metadata":${metadata}}\n`;
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
    } else if (key === 'meta' && value) {
      yield* emit(objectText(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fieldJson(v)] as const), pretty, 1));
    } else yield* emit(nested(value, 1));
    if (k + 1 < entries.length) yield* emit(',');
  }
  yield* emit(indent(0) + '}\n');
  if (buf) yield buf;
}
