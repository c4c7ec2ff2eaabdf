/**
 * maqal: turns plain-text dumps of scraped Arabic news pages into clean,
 * structured articles. The library API; the CLI is a thin layer over it.
 *
 * ```ts
 * import { parse } from 'maqal';
 * const article = parse(text);            // or parse(bytes) to decode first
 * ```
 */
export { parse, Parser, type ParseOptions, type InputLabel, type Analysis, type LineReport, type BytesResult } from './parse.js';
export { decode, encodingFromName, ENCODING_NAMES, type EncodingName, type DecodeResult, type Decoded, type Refused } from './decode/index.js';
export { NOT_A_DUMP_CODES } from './decode/suspect.js';
export * from './normalize/index.js';
export type { Article, Block, BlockType, InputInfo, RelatedItem, RelatedKind, RelatedSection, Warning } from './model/article.js';
export { SCHEMA_VERSION } from './model/article.js';
export type { MarkerExtension } from './segment/markers.js';
export {
  parseDate,
  parseDateLine,
  DateParser,
  type DateInfo,
  type DateOptions,
  type DateResult,
  type DateLineResult,
  type DateWarning,
  type DatePrecision,
  type DateCalendar,
} from './meta/date.js';
export { AgencyFinder, AGENCY_TABLE, type AgencyEntry, type AgencyCredit, type Credits } from './meta/agencies.js';
export type { ArticleDate, ArticleDates, ArticleCredits } from './model/article.js';
export { hammingDistance, type Fingerprint } from './corpus/fingerprint.js';
export type { StoryStats } from './corpus/stats.js';
export { RawJson } from './model/raw-json.js';
export type { ArticleFingerprint, ArticleStats } from './model/article.js';
