/**
 * Signs that an input is not a page dump at all: an HTML page, a JSON Lines
 * shard given as text, mojibake (UTF-8 read as Windows-1256), or Latin text
 * that a code page turned into stray Arabic letters. Each gives a warning
 * whose code is in `NOT_A_DUMP_CODES` (the CLI's `--strict` fails on them).
 *
 * Pure, and bounded: only the first `SAMPLE_CHARS` characters are looked at.
 * Does not refuse anything: the article is still parsed.
 */
import type { Warning } from '../model/article.js';

/** Warning codes that say the input is probably not a dump (or not read right). */
export const NOT_A_DUMP_CODES: readonly string[] = ['html', 'jsonl', 'mojibake', 'not-arabic', 'undecodable'];

/** How much of the input is looked at: enough for any of the signs, bounded on any input. */
const SAMPLE_CHARS = 16_384;

// What an HTML document opens with (after blank space), lower-cased.
const HTML_OPENERS: readonly string[] = ['<!doctype html', '<html', '<?xml', '<head', '<body', '<meta ', '<div', '<!--'];

// Closing tags (`</p>`, `</div>`) in the sample beyond this many: markup, not text.
const HTML_MIN_CLOSING_TAGS = 20;

// The lead bytes of UTF-8 Arabic (0xD8-0xDB) read as Windows-1256: ط ظ ع غ (U+0637, U+0638, U+0639, U+063A).
const MOJIBAKE_LEAD_FIRST = 0x0637;
const MOJIBAKE_LEAD_LAST = 0x063a;

// UTF-8 continuation bytes 0x80-0xBF read as Windows-1256: punctuation, Latin-1 signs and the
// extra Persian and Urdu letters that code page keeps there (U+067E پ, U+0686 چ, U+0698 ژ, ...).
const MOJIBAKE_TRAILS = '€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œ\u200c\u200dں\u00a0،¢£¤¥¦§¨©ھ«¬\u00ad®¯°±²³´µ¶·¸¹؛»¼½¾؟';
const TRAILS = new Uint8Array(0x10000);
for (const ch of MOJIBAKE_TRAILS) TRAILS[ch.charCodeAt(0)] = 1;

// Mojibake when lead-trail pairs are at least this share of the Arabic letters (real text has almost none).
const MOJIBAKE_MIN_PAIRS = 8;
const MOJIBAKE_PAIR_SHARE = 0.25;

// Latin text read through an Arabic code page: most of its "Arabic" letters touch a Latin letter.
const STRAY_ARABIC_SHARE = 0.5;

// Too little Arabic to be an Arabic page: fewer Arabic letters than this share of all letters,
// counted once there are enough letters to judge.
const MIN_ARABIC_SHARE = 0.05;
const MIN_LETTERS_TO_JUDGE = 200;

// A code unit's class, as bits: a Latin letter, an Arabic letter, and an Arabic letter that
// UTF-8 read as Windows-1256 makes of a lead byte (ط ظ ع غ).
const OTHER = 0;
const LATIN = 1;
const ARABIC = 2;
const MOJIBAKE_LEAD = ARABIC | 4;
// One class a code unit, for the whole BMP: the counting loop has no branch (twice as fast
// as classing in branches). Filled by ranges: Latin letters (ASCII, Latin-1 but × and ÷, the
// Latin Extended blocks) and Arabic letters (hamza to yeh, alef wasla to yeh barree with
// hamza, the extended letters U+06FA to U+06FF).
const CLASSES = new Uint8Array(0x10000);
for (const [from, to, bits] of [
  [0x41, 0x5a, LATIN],
  [0x61, 0x7a, LATIN],
  [0xc0, 0x24f, LATIN],
  [0x0621, 0x064a, ARABIC],
  [0x0671, 0x06d3, ARABIC],
  [0x06fa, 0x06ff, ARABIC],
  [MOJIBAKE_LEAD_FIRST, MOJIBAKE_LEAD_LAST, MOJIBAKE_LEAD],
] as const) {
  CLASSES.fill(bits, from, to + 1);
}
CLASSES[0xd7] = OTHER;
CLASSES[0xf7] = OTHER;

/** What the decoder said about the input, for the encoding signs. */
export interface DecodeFacts {
  encoding: string;
  encodingGuessed: boolean;
}

/** The warnings of `NOT_A_DUMP_CODES` (but `undecodable`, which the decoder gives) that the text earns. */
export function suspectWarnings(text: string, facts: DecodeFacts): Warning[] {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const warnings: Warning[] = [];
  const start = sample.search(/\S/);
  if (start < 0) return warnings;
  const head = sample.slice(start, start + 32).toLowerCase();

  if (HTML_OPENERS.some((o) => head.startsWith(o)) || countClosingTags(sample) > HTML_MIN_CLOSING_TAGS) {
    warnings.push({ code: 'html', message: 'looks like HTML, not a text dump (extract the page text first)', line: 0 });
  } else if (looksLikeJsonLines(sample, start, sample.length < text.length)) {
    warnings.push({ code: 'jsonl', message: 'looks like JSON Lines, one record a line, not a text dump (maqal parse --input jsonl reads it)', line: 0 });
  }

  // One pass counts the letters and the lead-trail pairs by table look-ups, with no branch;
  // Arabic letters touching Latin ones are counted only for a guessed code page, the one
  // sign that needs them.
  let latin = 0;
  let arabic = 0;
  let pairs = 0;
  let afterLead = 0;
  const n = sample.length;
  for (let k = 0; k < n; k++) {
    const c = sample.charCodeAt(k);
    const bits = CLASSES[c]!;
    latin += bits & LATIN;
    arabic += (bits & ARABIC) >> 1;
    pairs += afterLead & TRAILS[c]!;
    afterLead = bits >> 2;
  }
  let stray = 0;
  if (facts.encodingGuessed && facts.encoding !== 'utf-8') {
    for (let k = 0; k < n; k++) {
      if (!(CLASSES[sample.charCodeAt(k)]! & ARABIC)) continue;
      if ((k > 0 && CLASSES[sample.charCodeAt(k - 1)] === LATIN) || (k + 1 < n && CLASSES[sample.charCodeAt(k + 1)] === LATIN)) stray++;
    }
  }
  if (pairs >= MOJIBAKE_MIN_PAIRS && pairs >= MOJIBAKE_PAIR_SHARE * arabic) {
    warnings.push({ code: 'mojibake', message: 'looks like mojibake: UTF-8 text read as Windows-1256 (letters such as ط§ظ„); fix the file, or try --encoding utf-8', line: 0 });
  } else if (facts.encodingGuessed && facts.encoding !== 'utf-8' && arabic > 0 && stray >= STRAY_ARABIC_SHARE * arabic) {
    warnings.push({ code: 'not-arabic', message: `read as ${facts.encoding} by a guess, but its Arabic letters sit inside Latin words: probably Latin text in another encoding`, line: 0 });
  } else if (arabic + latin >= MIN_LETTERS_TO_JUDGE && arabic < MIN_ARABIC_SHARE * (arabic + latin)) {
    warnings.push({ code: 'not-arabic', message: `holds almost no Arabic (${arabic} of ${arabic + latin} letters)`, line: 0 });
  }
  return warnings;
}

/** `</tag>` occurrences: a linear scan, no regex. */
function countClosingTags(s: string): number {
  let n = 0;
  for (let k = s.indexOf('</'); k >= 0 && n <= HTML_MIN_CLOSING_TAGS; k = s.indexOf('</', k + 2)) {
    const c = s.charCodeAt(k + 2) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/**
 * The first line (and the second, when there is one) is a JSON object; a
 * first line longer than the sample need only open like one (`{"key":`).
 */
function looksLikeJsonLines(s: string, start: number, truncated: boolean): boolean {
  if (s[start] !== '{') return false;
  let objects = 0;
  let from = start;
  for (let k = 0; k < 2; k++) {
    const end = s.indexOf('\n', from);
    const line = (end < 0 ? s.slice(from) : s.slice(from, end)).trim();
    if (line === '') break;
    if (end < 0 && truncated) return objects > 0 || /^\{\s*"[^"\n]{1,200}"\s*:/.test(line);
    if (!line.startsWith('{') || !line.endsWith('}')) return false;
    try {
      const v: unknown = JSON.parse(line);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    } catch {
      return false;
    }
    objects++;
    if (end < 0) break;
    from = end + 1;
  }
  return objects > 0;
}
