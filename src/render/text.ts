/**
 * Plain text: the story alone, for piping into other tools: its title (when
 * there is one), then its paragraphs, each separated by a blank line. No
 * related content, no chrome. Never transformed for display.
 */
import type { Article } from '../model/article.js';

/** The title and the story's paragraphs as plain text; empty when there is neither. */
export function toText(article: Article): string {
  const parts = article.title ? [article.title, ...article.body] : article.body;
  return parts.length ? parts.join('\n\n') + '\n' : '';
}

/** The header that opens each article when several are printed, as `head` and `tail` do. */
export function textHeader(path: string): string {
  return `==> ${path} <==\n`;
}
