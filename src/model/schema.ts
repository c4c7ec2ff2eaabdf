/**
 * The JSON contract as a schema: the source of `maqal schema` and of the
 * field descriptions in the README. A type-level check at the bottom keeps it
 * identical to the `Article` interface.
 */
import { z } from 'zod';
import type { Article } from './article.js';

const relatedKind = z.enum(['read-also', 'related', 'most-read', 'other']);
const blockType = z.enum(['title', 'byline', 'dateline', 'date', 'body', 'source', 'tags', 'related', 'boilerplate']);

const articleDate = z
  .object({
    text: z.string().describe('The date text as found.'),
    iso: z
      .string()
      .nullable()
      .describe('ISO 8601: 2024-05-15, 2024-05, 2024-05-15T22:30, or 2024-05-15T22:30:00+03:00 when the offset is known; null for a relative time without --reference-time.'),
    precision: z.enum(['year', 'month', 'day', 'minute', 'second']).nullable().describe('How much of the date the text gives; null with iso null.'),
    calendar: z.enum(['gregory', 'islamic', 'both']).nullable().describe('The calendar(s) the text states; null for a relative time.'),
    hijri: z.string().nullable().describe('The Umm al-Qura Hijri date (1445-11-07), stated or derived from the Gregorian date.'),
    offset: z.string().nullable().describe('UTC offset of the time (+03:00) when the zone is known; never guessed.'),
    offsetSource: z.enum(['text', 'option', 'reference']).nullable().describe('Where the offset came from: the text (بتوقيت مكة, GMT), --timezone, or the reference time.'),
    relative: z.boolean().describe('True for منذ ساعتين, أمس, اليوم: resolved against --reference-time, else iso is null.'),
    orderAmbiguous: z.boolean().describe('True when a numeric date reads as day/month and month/day alike; the day/month reading is given.'),
  })
  .strict();

const ratio = (what: string) => z.number().min(0).max(1).describe(what);
const storyStats = z
  .object({
    words: z.number().int().min(0).describe('Words: runs of letters and digits.'),
    characters: z.number().int().min(0).describe('Characters of the story, paragraphs joined by line breaks.'),
    lines: z.number().int().min(0).describe('Paragraphs of the story.'),
    arabicLetterRatio: ratio('Share of the letters in Arabic script.'),
    latinLetterRatio: ratio('Share of the letters that are Latin.'),
    otherLetterRatio: ratio('Share of the letters in any other script.'),
    persianLetters: z.number().int().min(0).describe('Letters of Persian and Urdu that Arabic does not use (پ چ ژ گ ک ی ے ...).'),
    meanWordLength: z.number().min(0).describe('Mean length of the folded words.'),
    nonAlphaWordRatio: ratio('Share of the whitespace-separated tokens with no letter.'),
    stopwordRatio: ratio('Share of the words that are Arabic stopwords (src/corpus/stopwords.ts).'),
    duplicateLineFraction: ratio('Share of the lines that repeat an earlier line.'),
    duplicateLineCharFraction: ratio('Share of the characters in such lines.'),
    top2GramCharFraction: ratio('Characters of the most frequent word 2-gram times its count, over the word characters (Gopher).'),
    top3GramCharFraction: ratio('The same for 3-grams.'),
    top4GramCharFraction: ratio('The same for 4-grams.'),
    duplicate5GramCharFraction: ratio('Characters inside word 5-grams seen before, over the word characters (Gopher).'),
    duplicate6GramCharFraction: ratio('The same for 6-grams.'),
    duplicate7GramCharFraction: ratio('The same for 7-grams.'),
    duplicate8GramCharFraction: ratio('The same for 8-grams.'),
    duplicate9GramCharFraction: ratio('The same for 9-grams.'),
    duplicate10GramCharFraction: ratio('The same for 10-grams.'),
    linesEndingInPunctuation: ratio('Share of the lines ending in sentence punctuation.'),
  })
  .strict();

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
    byline: z.string().nullable().describe('The author named by a byline (كتب، بقلم ...), or by a person\'s name beside the page\'s date (`سامر يوسف | 06 ديسمبر 2026`), or null.'),
    dateline: z.string().nullable().describe('Place and agency of the dateline (جدة - واس), or null. An opening dateline also stays in the first paragraph.'),
    date: z.string().nullable().describe("The page's date or time line, as written: the first under the headline (else the first), or null."),
    dates: z
      .object({
        published: articleDate.nullable().describe('When the story was published, from its date line, a byline ending with a date, or the masthead.'),
        updated: articleDate.nullable().describe('When it was last updated (آخر تحديث), or null.'),
        masthead: z.boolean().describe("True when the only date was the masthead's date of the day, not the story's own."),
      })
      .strict()
      .describe('The dates of the story as machine-readable values.'),
    credits: z
      .object({
        agencies: z
          .array(z.object({ id: z.string().describe('Agency id: AFP, Reuters, AP, dpa, SPA, WAM, MENA, ...'), text: z.string().describe('The name as written.') }).strict())
          .describe('Wire agencies named by the dateline, a credit line of their own above the story, the source line and the byline, each once, in order.'),
        outlet: z.string().nullable().describe('The outlet a dateline or source line names that is not a wire agency, or null.'),
        place: z.string().nullable().describe('The place of the dateline (جدة in جدة - واس), or null.'),
      })
      .strict()
      .describe('Who the story credits.'),
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
                    body: z.array(z.string()).describe("Paragraphs of an embedded article, or the item's teaser; empty for a plain link."),
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
    fingerprint: z
      .object({
        exact: z.string().describe('64-bit hash (16 hex digits) of the folded story: equal stories, equal hashes.'),
        simhash: z.string().describe('64-bit SimHash (16 hex digits) of the folded story\'s word 5-grams: near copies differ in a few bits.'),
      })
      .strict()
      .nullable()
      .describe('Fingerprints of the story only (not title, lists or chrome), after the search fold; null unless --fingerprint or -f record.'),
    stats: storyStats.nullable().describe('Quality signals of the story only; null unless --stats or -f record.'),
    qualityFlags: z
      .array(z.string())
      .nullable()
      .describe('With --quality-preset: the checks the story fails, named as the filters name them (gopher_short_doc, dup_line_frac, line_punct_ratio, ...); empty when it passes; null without a preset.'),
    meta: z.record(z.string(), z.unknown()).optional().describe('JSON Lines input: the record fields named by --keep-fields, values byte for byte as in the input; absent without it.'),
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
