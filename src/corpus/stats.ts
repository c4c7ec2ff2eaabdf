/**
 * Quality signals of a story, as corpus filters compute them (the Gopher
 * repetition and quality measures, FineWeb-2's, C4's line-end rule), but on
 * the story only: maqal knows which lines are story, so a page's menus and
 * related lists do not count against it. Pure; no I/O.
 */
import type { StoryWords } from './fingerprint.js';
import { ARABIC_STOPWORDS } from './stopwords.js';
import { hasLetter } from '../segment/text.js';

export interface StoryStats {
  /** Words: runs of letters and digits. */
  words: number;
  /** Characters of the story, its paragraphs joined by line breaks. */
  characters: number;
  /** Paragraphs (lines) of the story. */
  lines: number;
  /** Shares of the letters that are Arabic-script, Latin, and anything else. */
  arabicLetterRatio: number;
  latinLetterRatio: number;
  otherLetterRatio: number;
  /** Letters of Persian and Urdu that Arabic does not use (پ چ ژ گ ک ی ے ہ ٹ ڈ ڑ ں ھ). */
  persianLetters: number;
  /** Mean length of the folded words, in characters. */
  meanWordLength: number;
  /** Share of the whitespace-separated tokens with no letter at all (numbers, symbols). */
  nonAlphaWordRatio: number;
  /** Share of the words that are stopwords (see `ARABIC_STOPWORDS`). */
  stopwordRatio: number;
  /** Share of the lines that repeat an earlier line, and the share of characters in them. */
  duplicateLineFraction: number;
  duplicateLineCharFraction: number;
  /** Gopher: the characters of the most frequent word n-gram, times its count, over the story's word characters (n = 2, 3, 4). */
  top2GramCharFraction: number;
  top3GramCharFraction: number;
  top4GramCharFraction: number;
  /** Gopher: the characters inside word n-grams seen before, over the story's word characters (n = 5 to 10). */
  duplicate5GramCharFraction: number;
  duplicate6GramCharFraction: number;
  duplicate7GramCharFraction: number;
  duplicate8GramCharFraction: number;
  duplicate9GramCharFraction: number;
  duplicate10GramCharFraction: number;
  /** Share of the lines ending in sentence punctuation (. ! ? ؟ … and a closing quote or bracket after one). */
  linesEndingInPunctuation: number;
}

// Letters of Persian and Urdu, by code point: پ U+067E, چ U+0686, ژ U+0698, گ U+06AF, ک U+06A9,
// ی U+06CC, ے U+06D2, ہ U+06C1, ٹ U+0679, ڈ U+0688, ڑ U+0691, ں U+06BA, ھ U+06BE.
const PERSIAN_URDU = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x06d2, 0x06c1, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06be]);
// Sentence ends: full stop, ! and ?, the Arabic question mark U+061F, the ellipsis, and the Arabic full stop U+06D4.
const SENTENCE_ENDS = new Set(['.', '!', '?', '\u061f', '\u2026', '\u06d4']);
// Closing quotes and brackets that may follow a sentence end.
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', ')', ']', '\u00ab']);


const round = (x: number): number => Math.round(x * 10000) / 10000;
const ratio = (a: number, b: number): number => (b === 0 ? 0 : round(a / b));

/** What script a character's letter is in; null when it is no letter. */
function script(c: number, ch: string): 'arabic' | 'latin' | 'other' | null {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'latin' : null;
  if (c >= 0x0600 && c <= 0x06ff) return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06ee && c <= 0x06ef) || (c >= 0x06fa && c <= 0x06fc) || c === 0x06ff ? 'arabic' : null;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? null : 'latin';
  if (!hasLetter(ch)) return null;
  if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 'arabic';
  return c >= 0x1e00 && c <= 0x1eff ? 'latin' : 'other';
}

/** The signals of a story: its paragraphs (in the article's profile) and their folded words (`splitStory`). */
export function storyStats(paragraphs: readonly string[], folded: StoryWords): StoryStats {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  let persian = 0;
  let characters = 0;
  let tokens = 0;
  let nonAlpha = 0;
  let endsWell = 0;
  paragraphs.forEach((p, k) => {
    characters += p.length + (k > 0 ? 1 : 0);
    let inToken = false;
    let tokenHasLetter = false;
    for (let i = 0; i <= p.length; i++) {
      const c = i < p.length ? p.charCodeAt(i) : 32;
      if (c === 32 || c === 9 || c === 0xa0 || c === 10) {
        if (inToken) {
          tokens++;
          if (!tokenHasLetter) nonAlpha++;
        }
        inToken = false;
        tokenHasLetter = false;
        continue;
      }
      inToken = true;
      const kind = script(c, p[i]!);
      if (kind === null) continue;
      tokenHasLetter = true;
      if (kind === 'arabic') {
        arabic++;
        if (PERSIAN_URDU.has(c)) persian++;
      } else if (kind === 'latin') latin++;
      else other++;
    }
    if (endsInPunctuation(p)) endsWell++;
  });
  const { words, ends } = folded;
  const letters = arabic + latin + other;
  let wordChars = 0;
  let stop = 0;
  for (const w of words) {
    wordChars += w.length;
    if (ARABIC_STOPWORDS.has(w)) stop++;
  }
  // Words as integer ids, so n-grams are compared as numbers.
  const { ids, lengths } = wordIds(words);
  // Lines that repeat an earlier one, by their folded words.
  const seen = new Set<string>();
  let dupLines = 0;
  let dupLineChars = 0;
  let from = 0;
  paragraphs.forEach((p, k) => {
    const to = ends[k] ?? from;
    if (to > from) {
      const key = words.slice(from, to).join(' ');
      if (seen.has(key)) {
        dupLines++;
        dupLineChars += p.length;
      } else seen.add(key);
    }
    from = to;
  });
  const lines = paragraphs.length;
  const scratch: Scratch = {};
  const top = (n: number) => ratio(topNGramChars(ids, lengths, n, scratch), wordChars);
  const dup = (n: number) => ratio(duplicateNGramChars(ids, lengths, n, scratch), wordChars);
  return {
    words: words.length,
    characters,
    lines,
    arabicLetterRatio: ratio(arabic, letters),
    latinLetterRatio: ratio(latin, letters),
    otherLetterRatio: ratio(other, letters),
    persianLetters: persian,
    meanWordLength: ratio(wordChars, words.length),
    nonAlphaWordRatio: ratio(nonAlpha, tokens),
    stopwordRatio: ratio(stop, words.length),
    duplicateLineFraction: ratio(dupLines, lines),
    duplicateLineCharFraction: ratio(dupLineChars, characters),
    top2GramCharFraction: top(2),
    top3GramCharFraction: top(3),
    top4GramCharFraction: top(4),
    duplicate5GramCharFraction: dup(5),
    duplicate6GramCharFraction: dup(6),
    duplicate7GramCharFraction: dup(7),
    duplicate8GramCharFraction: dup(8),
    duplicate9GramCharFraction: dup(9),
    duplicate10GramCharFraction: dup(10),
    linesEndingInPunctuation: ratio(endsWell, lines),
  };
}

/** True when a line ends with a sentence mark, possibly followed by closing quotes or brackets. */
function endsInPunctuation(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && (line[k] === ' ' || line[k] === '\t')) k--;
  while (k >= 0 && CLOSERS.has(line[k]!)) k--;
  return k >= 0 && SENTENCE_ENDS.has(line[k]!);
}

/**
 * The n-grams of a list of word ids as pairs of 32-bit hashes, one per start
 * position: two rolling polynomial hashes (one pass whatever n), 64 bits
 * together, so two different n-grams meet only by a chance far below the
 * ratios' rounding.
 */
function gramKeys(ids: Int32Array, n: number): [Int32Array, Int32Array] {
  const count = Math.max(0, ids.length - n + 1);
  const k1 = new Int32Array(count);
  const k2 = new Int32Array(count);
  if (count === 0) return [k1, k2];
  const B1 = 0x01000193;
  const B2 = 0x5bd1e995;
  // B^(n-1), to take the word leaving the window out.
  let p1 = 1;
  let p2 = 1;
  for (let j = 1; j < n; j++) {
    p1 = Math.imul(p1, B1);
    p2 = Math.imul(p2, B2);
  }
  let h1 = 0;
  let h2 = 0;
  for (let j = 0; j < n; j++) {
    h1 = (Math.imul(h1, B1) + ids[j]! + 1) | 0;
    h2 = (Math.imul(h2, B2) + ids[j]! + 1) | 0;
  }
  k1[0] = h1;
  k2[0] = h2;
  for (let k = 1; k < count; k++) {
    h1 = (Math.imul(h1 - Math.imul(ids[k - 1]! + 1, p1), B1) + ids[k + n - 1]! + 1) | 0;
    h2 = (Math.imul(h2 - Math.imul(ids[k - 1]! + 1, p2), B2) + ids[k + n - 1]! + 1) | 0;
    k1[k] = h1;
    k2[k] = h2;
  }
  return [k1, k2];
}

/** A table reused by the n-gram measures of one story, so each does not allocate its own. */
export interface Scratch {
  table?: GramCounts;
}

/** Counts of 64-bit keys (two 32-bit halves) in an open-addressing table of typed arrays: no boxed numbers. */
class GramCounts {
  private readonly k1: Int32Array;
  private readonly k2: Int32Array;
  private readonly c: Int32Array;
  readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.k1 = new Int32Array(size);
    this.k2 = new Int32Array(size);
    this.c = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Fits `capacity` keys: empties the table, or makes a bigger one. */
  static reuse(table: GramCounts | null, capacity: number): GramCounts {
    if (table && table.c.length >= capacity * 2) {
      table.c.fill(0);
      return table;
    }
    return new GramCounts(capacity);
  }

  /** The count of a key, after adding `by` to it. */
  add(h1: number, h2: number, by: number): number {
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    while (this.c[i] !== 0) {
      if (this.k1[i] === h1 && this.k2[i] === h2) return (this.c[i]! += by);
      i = (i + 1) & this.mask;
    }
    if (by === 0) return 0;
    this.k1[i] = h1;
    this.k2[i] = h2;
    this.c[i] = by;
    return by;
  }
}

/** Characters (of its words, not counting spaces) of the most frequent n-gram, times its count; 0 when none repeats. */
export function topNGramChars(ids: Int32Array, lengths: Int32Array, n: number, scratch: Scratch = {}): number {
  const [k1, k2] = gramKeys(ids, n);
  const counts = (scratch.table = GramCounts.reuse(scratch.table ?? null, k1.length));
  let best = 0;
  let bestChars = 0;
  let chars = 0;
  for (let j = 0; j < n - 1 && j < lengths.length; j++) chars += lengths[j]!;
  for (let k = 0; k < k1.length; k++) {
    chars += lengths[k + n - 1]! - (k > 0 ? lengths[k - 1]! : 0);
    const c = counts.add(k1[k]!, k2[k]!, 1);
    if (c > best || (c === best && chars > bestChars)) {
      best = c;
      bestChars = chars;
    }
  }
  return best > 1 ? best * bestChars : 0;
}

/**
 * Characters of the words inside n-grams that occurred before, each word
 * counted once: walking the words, an n-gram seen before adds its words and
 * the walk jumps past it. (Every n-gram passed over is remembered too.)
 */
export function duplicateNGramChars(ids: Int32Array, lengths: Int32Array, n: number, scratch: Scratch = {}): number {
  const [k1, k2] = gramKeys(ids, n);
  const seen = (scratch.table = GramCounts.reuse(scratch.table ?? null, k1.length));
  let chars = 0;
  let k = 0;
  while (k < k1.length) {
    if (seen.add(k1[k]!, k2[k]!, 0) > 0) {
      for (let j = k; j < k + n; j++) chars += lengths[j]!;
      k += n;
    } else {
      seen.add(k1[k]!, k2[k]!, 1);
      k++;
    }
  }
  return chars;
}

/** Word ids and lengths of a list of words, for the n-gram measures. */
export function wordIds(words: readonly string[]): { ids: Int32Array; lengths: Int32Array } {
  const idOf = new Map<string, number>();
  const ids = new Int32Array(words.length);
  const lengths = new Int32Array(words.length);
  words.forEach((w, k) => {
    let id = idOf.get(w);
    if (id === undefined) idOf.set(w, (id = idOf.size));
    ids[k] = id;
    lengths[k] = w.length;
  });
  return { ids, lengths };
}
