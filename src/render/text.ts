/**
 * Plain text: only the main story, paragraphs separated by a blank line, for
 * piping into other tools. Never transformed for display.
 */
import type { Article } from '../model/article.js';

/** The story's paragraphs as plain text (no title, no related content). */
export function toText(article: Article): string {
  return article.body.length ? article.body.join('\n\n') + '\n' : '';
}
