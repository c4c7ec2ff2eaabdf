/**
 * JSON renderers. Keys come out in schema order; every string is escaped as
 * JSON requires (JSON.stringify escapes control characters and lone surrogates).
 */
import type { Article } from '../model/article.js';

/** One article as pretty-printed JSON (2-space indent, trailing newline). */
export function toJson(article: Article): string {
  return JSON.stringify(article, null, 2) + '\n';
}

/** One article as a single NDJSON line (trailing newline). */
export function toNdjsonLine(record: unknown): string {
  return JSON.stringify(record) + '\n';
}
