/**
 * The article model: what `parse` returns and what the CLI prints as JSON.
 * The JSON Schema in `schema.ts` describes the same shape; a type-level check
 * there keeps the two in step.
 */

/** Version of the JSON contract. Bumped only on a breaking change. */
export const SCHEMA_VERSION = 1 as const;

/** Where a related section came from: the family of the marker that opened it. */
export type RelatedKind = 'read-also' | 'related' | 'most-read' | 'other';

/** Every block type a line can belong to. */
export type BlockType =
  | 'title'
  | 'byline'
  | 'dateline'
  | 'date'
  | 'body'
  | 'source'
  | 'tags'
  | 'related'
  | 'boilerplate';

/** Facts about the input the article was parsed from. */
export interface InputInfo {
  /** The path as given on the command line, `-` for stdin, or a caller's label. */
  path: string;
  /** Size of the raw input in bytes. */
  bytes: number;
  /** Encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1256`, ...). */
  encoding: string;
  /** True when the encoding was detected rather than given or marked by a BOM. */
  encodingGuessed: boolean;
  /** Number of lines, split on CRLF, CR and LF. */
  lines: number;
}

/** One entry of a related section: a headline, and the paragraphs of an embedded article. */
export interface RelatedItem {
  headline: string;
  body: string[];
}

/** A list of links to other stories, or an embedded "read also" article. */
export interface RelatedSection {
  kind: RelatedKind;
  /** The marker line as written (normalised), for example `اقرأ أيضا:`; empty when no marker named it. */
  label: string;
  items: RelatedItem[];
}

/** A run of input lines (numbered from 1, inclusive) that all went to the same place. */
export interface Block {
  type: BlockType;
  from: number;
  to: number;
}

/** Something the parser noticed: a repeated headline, a bad byte, an empty input. */
export interface Warning {
  /** Stable kebab-case code, for example `duplicate` or `invalid-utf8`. */
  code: string;
  message: string;
  /** Input line the warning is about; 0 when it is about the whole input. */
  line: number;
}

/** One date as a machine can use it (see `DateInfo` in `meta/date.ts`). */
export interface ArticleDate {
  text: string;
  iso: string | null;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second' | null;
  calendar: 'gregory' | 'islamic' | 'both' | null;
  hijri: string | null;
  offset: string | null;
  offsetSource: 'text' | 'option' | 'reference' | null;
  relative: boolean;
  orderAmbiguous: boolean;
}

/** When the article was published and last updated. */
export interface ArticleDates {
  published: ArticleDate | null;
  updated: ArticleDate | null;
  /** True when the only date was the page's masthead date (the day the page was printed, not the story's own). */
  masthead: boolean;
}

/** Who the article credits. */
export interface ArticleCredits {
  agencies: { id: string; text: string }[];
  outlet: string | null;
  place: string | null;
}

/** Fingerprints of the story for finding copies (see `corpus/fingerprint.ts`). */
export interface ArticleFingerprint {
  exact: string;
  simhash: string;
}

/** Quality signals of the story (see `corpus/stats.ts`). */
export type ArticleStats = import('../corpus/stats.js').StoryStats;

/** The structured, lossless article. */
export interface Article {
  schemaVersion: typeof SCHEMA_VERSION;
  input: InputInfo;
  title: string | null;
  byline: string | null;
  dateline: string | null;
  date: string | null;
  dates: ArticleDates;
  credits: ArticleCredits;
  body: string[];
  source: string | null;
  tags: string[];
  related: RelatedSection[];
  boilerplate: string[];
  blocks: Block[];
  warnings: Warning[];
  /** Fingerprints of the story, when asked for (`--fingerprint`, `-f record`); else null. */
  fingerprint: ArticleFingerprint | null;
  /** Quality signals of the story, when asked for (`--stats`, `-f record`); else null. */
  stats: ArticleStats | null;
  /** The checks of the `--quality-preset` the story fails (empty when it passes); null without a preset. */
  qualityFlags: string[] | null;
  /** Fields of the JSON Lines input record kept by `--keep-fields`, byte-exact values; absent without it. */
  meta?: Record<string, unknown> | undefined;
}

/** The dates of an article that states none. */
export const noDates = (): ArticleDates => ({ published: null, updated: null, masthead: false });

/** The credits of an article that names none. */
export const noCredits = (): ArticleCredits => ({ agencies: [], outlet: null, place: null });
