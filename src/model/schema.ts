/**
 * The JSON contract as a schema: the source of `maqal schema` and of the
 * field descriptions in the README. A type-level check at the bottom keeps it
 * identical to the `Article` interface.
 */
import { z } from 'zod';
import type { Article } from './article.js';

const relatedKind = z.enum(['read-also', 'related', 'most-read', 'other']);
const blockType = z.enum(['title', 'byline', 'dateline', 'date', 'body', 'source', 'tags', 'related', 'boilerplate']);

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(1).describe('Version of this contract; changes only on a breaking change.'),
    input: z
      .object({
        path: z.string().describe('The path as given, `-` for stdin, or the id of a JSON Lines record.'),
        bytes: z.number().int().min(0).describe('Size of the raw input in bytes.'),
        encoding: z.string().describe('Encoding the input was decoded from: utf-8, utf-16le, utf-16be, windows-1256 or iso-8859-6.'),
        encodingGuessed: z.boolean().describe('True when the encoding was detected by heuristics (no --encoding, no BOM, not valid UTF-8).'),
        lines: z.number().int().min(0).describe('Number of input lines, split on CRLF, CR and LF; a final line break ends the last line (as wc -l counts).'),
      })
      .strict()
      .describe('Facts about the input.'),
    title: z.string().nullable().describe('The headline, or null when the dump has none.'),
    byline: z.string().nullable().describe('The author named by a byline (كتب، بقلم ...), or null.'),
    dateline: z.string().nullable().describe('Place and agency of the dateline (جدة - واس), or null. An opening dateline also stays in the first paragraph.'),
    date: z.string().nullable().describe('The first date or time line, as written, or null.'),
    body: z.array(z.string()).describe('The story, one entry per paragraph line, in order.'),
    source: z.string().nullable().describe('The attributed source (المصدر: X, نقلا عن X, or a closing agency credit), or null.'),
    tags: z.array(z.string()).describe('Tags, split even when the page glued them together.'),
    related: z
      .array(
        z
          .object({
            kind: relatedKind.describe('Family of the marker that opened the section.'),
            label: z.string().describe('The marker as written (normalised), for example اقرأ أيضا:.'),
            items: z
              .array(
                z
                  .object({
                    headline: z.string().describe('Headline of the linked or embedded story, bullet removed.'),
                    body: z.array(z.string()).describe('Paragraphs of an embedded article; empty for a plain link.'),
                  })
                  .strict(),
              )
              .describe('The items of the section; empty when the marker had nothing after it.'),
          })
          .strict(),
      )
      .describe('Related lists, read-also links and embedded articles, in page order.'),
    boilerplate: z.array(z.string()).describe('Every other line: chrome, captions, mastheads, share and copyright lines.'),
    blocks: z
      .array(
        z
          .object({
            type: blockType.describe('Where the lines went.'),
            from: z.number().int().min(1).describe('First input line (from 1).'),
            to: z.number().int().min(1).describe('Last input line, inclusive.'),
          })
          .strict(),
      )
      .describe('The lossless map: blocks in input order; every non-empty input line lies in exactly one block.'),
    warnings: z
      .array(
        z
          .object({
            code: z.string().describe('Stable kebab-case code: duplicate, invalid-utf8, empty, bidi-control, ...'),
            message: z.string().describe('What was noticed, in English.'),
            line: z.number().int().min(0).describe('Input line the warning is about; 0 for the whole input.'),
          })
          .strict(),
      )
      .describe('What the parser noticed; never fatal.'),
  })
  .strict()
  .describe('A news article parsed by maqal from a plain-text page dump.');

/** The JSON Schema (draft 2020-12) of the article object. */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:maqal:article:1',
    title: 'maqal article',
    ...(z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}

// Compile-time guard: the schema and the Article interface must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesArticle: Same<z.infer<typeof ArticleSchema>, Article> = true;
void schemaMatchesArticle;
