/**
 * The pipeline: decode -> normalise -> split into lines -> classify lines ->
 * assemble blocks -> article. Pure: no I/O, no globals, no console.
 */
import { decode, ENCODING_NAMES, type EncodingName } from './decode/index.js';
import { suspectWarnings } from './decode/suspect.js';
import type { Article, BlockType, Warning } from './model/article.js';
import { noCredits, noDates, SCHEMA_VERSION } from './model/article.js';
import { Normalizer, emptyStats } from './normalize/engine.js';
import { describe, resolveSwitches, type NormalizeOptions, type NormalizeSwitches, type ProfileName } from './normalize/profiles.js';
import { buildArticle } from './segment/article.js';
import { assemble, type Decision } from './segment/assemble.js';
import { classifyLine, compileCues, pageFacts, type ClassifyContext, type Cue } from './segment/classify.js';
import { KeyFolder, makeLine, splitLines, type Line } from './segment/lines.js';
import { hash53 } from './segment/text.js';
import { MARKER_EXTENSION_KEYS, type MarkerExtension } from './segment/markers.js';
import type { RuleId } from './segment/rules.js';
import { AgencyFinder } from './meta/agencies.js';
import { fingerprintKeys, fingerprintWords, splitStory } from './corpus/fingerprint.js';
import { storyStats } from './corpus/stats.js';
import { presetStopwords, qualityFlags, QUALITY_PRESETS, type QualityPreset } from './corpus/quality.js';
import { DateParser, type DateOptions } from './meta/date.js';

export interface ParseOptions {
  /** Normalisation applied to every string of the article (default profile `clean`). */
  normalize?: NormalizeOptions | ProfileName;
  /** Decode bytes with this encoding instead of detecting it. */
  encoding?: EncodingName;
  /** Extra marker phrases, as read from a `--markers` file. */
  markers?: MarkerExtension;
  /**
   * Lines learned as chrome across a corpus (`--learn-chrome`): hashes of their
   * folded keys, as `Parser.chromeKeys` gives them. Such a line is boilerplate
   * unless a marker, tag, source, byline or date rule claims it first.
   */
  chrome?: ReadonlySet<number>;
  /**
   * How dates are read: the reference time relative dates count from, the
   * site's time zone (IANA), month-first numeric dates. A bad zone or
   * reference time is a `TypeError` when the parser is built.
   */
  dates?: DateOptions;
  /** Compute `fingerprint` (exact hash and SimHash of the story), for finding copies. */
  fingerprint?: boolean;
  /** Compute `stats` (quality signals of the story). */
  stats?: boolean;
  /** Name the checks of this preset the story fails, in `qualityFlags` (`fineweb2-arb`). */
  quality?: QualityPreset;
}

/** Where the text came from, for `article.input`. */
export interface InputLabel {
  path?: string;
  bytes?: number;
  encoding?: string;
  encodingGuessed?: boolean;
  /** This document's reference time for relative dates (a JSON Lines record's crawl time), over `dates.referenceTime`. */
  referenceTime?: string;
}

/** One line as the parser saw it: what `maqal inspect` prints. */
export interface LineReport {
  n: number;
  /** Block the line went to; null for a blank line. */
  type: BlockType | null;
  /** Id of the rule that decided (see `RULES`). */
  rule: RuleId;
  /** Id of the line rule that first recognised the line, when the reading then decided otherwise (`byline-honorific` read as a `paragraph`); else null. */
  cue: RuleId | null;
  text: string;
}

export interface Analysis {
  article: Article;
  lines: LineReport[];
}

/**
 * An analysis whose per-line report is built only when asked for (inspect),
 * not for every parse. A class, not an object literal with a getter: V8 gives
 * each such literal a map of its own in the old generation, which kept every
 * parsed document alive until the next full collection.
 */
class LazyAnalysis implements Analysis {
  private report: LineReport[] | undefined;

  constructor(
    readonly article: Article,
    private readonly source: readonly Line[],
    private readonly decisions: readonly (Decision | null)[],
    private readonly cues: readonly (Cue | null)[],
  ) {}

  /** One report per input line, as many as `article.input.lines` (no phantom line after a final line break). */
  get lines(): LineReport[] {
    if (this.report) return this.report;
    const report: LineReport[] = [];
    const count = this.article.input.lines;
    for (let k = 0; k < count; k++) {
      const d = this.decisions[k];
      const cue = this.cues[k]?.rule ?? null;
      report.push({ n: k + 1, type: d ? d.type : null, rule: d ? d.rule : 'blank', cue: d && cue !== d.rule ? cue : null, text: this.source[k]!.out });
    }
    return (this.report = report);
  }
}

/** Result of parsing raw bytes: an article, or the reason the input is not text. */
export type BytesResult = { ok: true; analysis: Analysis } | { ok: false; reason: string };

// ANSI/OSC escape sequences: CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), and two-byte escapes.
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;

/**
 * A parser compiled for one set of options. Build it once and reuse it for
 * many documents: it holds the compiled normaliser and marker tables.
 */
export class Parser {
  /** `clean`: the text the rules read. */
  private readonly clean: Normalizer;
  /** The caller's profile: the text the article carries; null when it is `clean` too. */
  private readonly output: Normalizer | null;
  private readonly ctx: ClassifyContext;
  private readonly dates: DateParser;
  private readonly agencies: AgencyFinder;
  /** The quality preset's stopwords, folded. */
  private presetStops: Set<string> | null = null;

  constructor(private readonly options: ParseOptions = {}) {
    checkOptions(options);
    this.clean = new Normalizer('clean');
    const output = resolveSwitches(options.normalize ?? 'clean');
    this.output = sameSwitches(output, this.clean.switches) ? null : new Normalizer(output);
    const folder = new KeyFolder();
    this.ctx = { folder, cues: compileCues(folder, options.markers) };
    try {
      this.dates = new DateParser(options.dates ?? {});
    } catch (e) {
      throw new TypeError(`dates: ${(e as Error).message}`);
    }
    this.agencies = new AgencyFinder(options.markers?.agencies ?? []);
  }

  /** Decodes and parses raw bytes. Binary input is refused, never thrown. */
  parseBytes(bytes: Uint8Array, path = '-'): BytesResult {
    checkBytes(bytes, 'bytes');
    const decoded = decode(bytes, this.options.encoding ? { encoding: this.options.encoding } : {});
    if (!decoded.ok) return decoded;
    const analysis = this.analyze(decoded.text, {
      path,
      bytes: bytes.length,
      encoding: decoded.encoding,
      encodingGuessed: decoded.guessed,
    }, decoded.warnings);
    return { ok: true, analysis };
  }

  /**
   * The lines of a document that could be chrome, for counting across a
   * corpus: hashes of the folded keys of its distinct non-blank lines of at
   * most 40 words. Decoding and normalising are the same as for parsing.
   */
  chromeKeys(bytes: Uint8Array): number[] | null {
    const decoded = decode(bytes, this.options.encoding ? { encoding: this.options.encoding } : {});
    if (!decoded.ok) return null;
    return this.chromeKeysOfText(decoded.text);
  }

  /** `chromeKeys` for text that is already decoded. */
  chromeKeysOfText(text: string): number[] {
    const keys = new Set<number>();
    for (const raw of splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) {
      const line = makeLine(0, raw, this.clean.line(raw), this.ctx.folder);
      if (!line.blank && line.words > 0 && line.words <= CHROME_MAX_WORDS) keys.add(hash53(line.key));
    }
    return [...keys];
  }

  /**
   * Sets `fingerprint`, `stats` and `qualityFlags` of an article from its
   * body, as the options ask; for an embedded article made a record of its own, too.
   */
  addStoryFacts(article: Article, keys?: readonly string[]): void {
    const { fingerprint, stats, quality } = this.options;
    if (!fingerprint && !stats && !quality) return;
    // The folded keys the rules already made of the story's lines; folded here for an article built outside (an embedded one).
    const storyKeys = keys ?? article.body.map((p) => this.ctx.folder.key(p));
    if (!stats && !quality) {
      // Fingerprints alone: each word is hashed where it stands in its key.
      article.fingerprint = fingerprintKeys(storyKeys);
      return;
    }
    const folded = splitStory(storyKeys);
    if (fingerprint) article.fingerprint = fingerprintWords(folded.words);
    const signals = storyStats(article.body, folded);
    if (stats) article.stats = signals;
    if (quality) {
      const { words, punctuation } = presetStopwords(quality);
      this.presetStops ??= new Set(words.map((w) => this.ctx.folder.key(w)));
      let count = 0;
      for (const w of folded.words) if (this.presetStops.has(w)) count++;
      for (const p of article.body) for (const ch of p) if (punctuation.includes(ch)) count++;
      article.qualityFlags = qualityFlags(quality, { stats: signals, presetStopwords: count });
    }
  }

  /** The date parser for one document's reference time. */
  private datesFor(referenceTime: string | undefined): DateParser {
    if (referenceTime === undefined) return this.dates;
    try {
      return this.dates.withReferenceTime(referenceTime);
    } catch {
      // A record's unreadable crawl time: the parser's own reference (if any) stands.
      return this.dates;
    }
  }

  /** Parses text that is already decoded. */
  parse(text: string, label: InputLabel = {}): Article {
    if (typeof text !== 'string') throw new TypeError(`parse: text must be a string, got ${describe(text)}`);
    return this.analyze(text, label).article;
  }

  /** Parses text and reports, line by line, where each line went and why. */
  analyze(text: string, label: InputLabel = {}, warnings: Warning[] = []): Analysis {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const raws = splitLines(text);
    const stats = emptyStats();
    const cleanEscapes = (this.output ?? this.clean).switches.invisibles;
    let escapes = 0;
    // Empty lines (often half of a dump) share one Line: they carry nothing but their place.
    let empty: Line | undefined;
    const lines: Line[] = raws.map((raw, k) => {
      if (raw === '') return (empty ??= makeLine(0, '', '', this.ctx.folder));
      let src = raw;
      if (cleanEscapes && (src.includes('\u001b') || src.includes('\u009b'))) {
        src = src.replace(ESCAPE_SEQUENCE, () => {
          escapes++;
          return '';
        });
      }
      // Repairs are counted in the profile the article carries: none counts nothing.
      const text = this.clean.line(src, this.output ? null : stats);
      return makeLine(k + 1, raw, text, this.ctx.folder, this.output ? this.output.line(this.output.switches.invisibles ? src : raw, stats) : text);
    });
    warnings = warnings.concat(suspectWarnings(text, { encoding: label.encoding ?? 'utf-8', encodingGuessed: label.encodingGuessed ?? false }));
    if (escapes > 0) warnings.push({ code: 'escape-sequence', message: `removed ${escapes} terminal escape sequence(s)`, line: 0 });
    if (stats.bidiEmbeddings > 0) {
      warnings.push({ code: 'bidi-control', message: `removed ${stats.bidiEmbeddings} bidi embedding, override or isolate character(s)`, line: 0 });
    }
    if (stats.controls > 0) warnings.push({ code: 'control-chars', message: `removed ${stats.controls} control character(s)`, line: 0 });
    if (stats.invalid > 0) warnings.push({ code: 'invalid-text', message: `replaced ${stats.invalid} lone surrogate(s) with U+FFFD`, line: 0 });

    const page = pageFacts(lines);
    const chrome = this.options.chrome;
    const cues: (Cue | null)[] = lines.map((l) => {
      let cue = classifyLine(l, this.ctx, page);
      if (chrome && chrome.size > 0 && !l.blank && l.words <= CHROME_MAX_WORDS && learnedOverrides(cue) && chrome.has(hash53(l.key))) {
        cue = { group: 'learned', rule: 'learned-chrome' };
      }
      l.releaseWords();
      return cue;
    });
    const assembly = assemble(lines, cues, this.ctx);
    const input: Article['input'] = {
      path: label.path ?? '-',
      bytes: label.bytes ?? utf8Length(text),
      encoding: label.encoding ?? 'utf-8',
      encodingGuessed: label.encodingGuessed ?? false,
      // As wc -l and editors count: a final line break ends the last line, it opens none.
      lines: text === '' ? 0 : raws[raws.length - 1] === '' ? raws.length - 1 : raws.length,
    };
    const wantsStory = this.options.fingerprint || this.options.stats || this.options.quality;
    const storyKeys: string[] | undefined = wantsStory ? [] : undefined;
    const article = buildArticle({ lines, cues, assembly, ctx: this.ctx, input, warnings, meta: { dates: this.datesFor(label.referenceTime), agencies: this.agencies }, ...(storyKeys ? { storyKeys } : {}) });
    this.addStoryFacts(article, storyKeys);
    return new LazyAnalysis(article, lines, assembly.decisions, cues);
  }
}

/** Bytes are a Uint8Array (a Buffer is one); any other value, typed array or ArrayBuffer is refused by name. */
function checkBytes(value: unknown, name: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`${name} must be a string or a Uint8Array (a Buffer), got ${describe(value)}`);
  }
}

/** Options are checked once, when the parser is built: a bad value is a TypeError, never an article that breaks the schema. */
function checkOptions(options: ParseOptions): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError(`options must be an object, got ${describe(options)}`);
  if (options.quality !== undefined && !(QUALITY_PRESETS as readonly unknown[]).includes(options.quality)) {
    throw new TypeError(`unknown quality preset: ${describe(options.quality)} (expected ${QUALITY_PRESETS.join(', ')})`);
  }
  if (options.encoding !== undefined && !(ENCODING_NAMES as readonly unknown[]).includes(options.encoding)) {
    throw new TypeError(`unknown encoding: ${describe(options.encoding)} (expected ${ENCODING_NAMES.join(', ')})`);
  }
  if (options.markers !== undefined) {
    const m = options.markers as Record<string, unknown>;
    if (typeof m !== 'object' || m === null || Array.isArray(m)) throw new TypeError(`markers must be an object of phrase lists, got ${describe(m)}`);
    for (const [key, list] of Object.entries(m)) {
      if (!(MARKER_EXTENSION_KEYS as readonly string[]).includes(key)) throw new TypeError(`unknown marker family: ${key} (expected ${MARKER_EXTENSION_KEYS.join(', ')})`);
      if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) throw new TypeError(`markers.${key} must be an array of strings`);
    }
  }
  if (options.chrome !== undefined && !(options.chrome instanceof Set)) throw new TypeError(`chrome must be a Set of line hashes, got ${describe(options.chrome)}`);
}

/** Lines longer than this are never learned as chrome (site slogans and newsletter blurbs are shorter). */
const CHROME_MAX_WORDS = 40;

/** Learned chrome yields to what the line rules recognised as part of the article. */
function learnedOverrides(cue: Cue | null): boolean {
  return !cue || cue.group === 'head-chrome' || cue.group === 'dateline';
}

function sameSwitches(a: NormalizeSwitches, b: NormalizeSwitches): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function utf8Length(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      n += 4;
      k++;
    } else n += 3;
  }
  return n;
}

/**
 * Parses one document. Text is parsed as given; bytes are decoded first
 * (binary bytes give an empty article with a `not-text` warning). For many
 * documents, build a `Parser` once instead.
 */
export function parse(input: string | Uint8Array, options: ParseOptions & InputLabel = {}): Article {
  if (typeof input !== 'string') checkBytes(input, 'input');
  const parser = new Parser(options);
  if (typeof input === 'string') return parser.parse(input, options);
  const result = parser.parseBytes(input, options.path ?? '-');
  if (result.ok) return result.analysis.article;
  return emptyArticle({ path: options.path ?? '-', bytes: input.length, encoding: 'binary', encodingGuessed: true, lines: 0 }, [
    { code: 'not-text', message: result.reason, line: 0 },
  ]);
}

function emptyArticle(input: Article['input'], warnings: Warning[]): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    input,
    title: null,
    byline: null,
    dateline: null,
    date: null,
    dates: noDates(),
    credits: noCredits(),
    body: [],
    source: null,
    tags: [],
    related: [],
    boilerplate: [],
    blocks: [],
    warnings,
    fingerprint: null,
    stats: null,
    qualityFlags: null,
  };
}
