/**
 * Lines: splitting decoded text into numbered lines and computing the
 * features the rules look at (folded key, word count, bullet, end punctuation).
 */
import { KEPT_UNITS, Utf16Text } from '../decode/utf16.js';
import { Normalizer } from '../normalize/engine.js';
import { charClass, hash53, hasWordChar, trimEndWhere } from './text.js';

/** A leading list marker: a symbol bullet or a number. */
export interface Bullet {
  /** The marker as written, for example `•`, `-`, `1.` or `٢-`. */
  marker: string;
  numbered: boolean;
}

/**
 * One input line with its features. The folded key and its words are computed
 * on first use; the words are kept only for short lines, so a 100 MB dump
 * does not hold every folded word of its paragraphs at once.
 */
export class Line {
  /** Visible words in `text` (whitespace-separated tokens holding a letter or digit). */
  readonly words: number;
  readonly blank: boolean;
  readonly bullet: Bullet | null;
  /** `text` without its bullet. */
  readonly content: string;
  /** Holds an Arabic letter. */
  readonly arabic: boolean;
  /** Holds a Latin letter (ſ and K too, which match one case-blind) or an `@`: what any markup shape holds. */
  readonly latin: boolean;
  /** Last visible character of `text`, or ''. */
  readonly last: string;
  private cachedKey: string | undefined;
  private cachedWords: string[] | undefined;
  private cachedContentKey: string | undefined;
  private cachedContentWords: string[] | undefined;
  /** Folded forms are kept while the line rules run (until `releaseWords`). */
  private holding = true;

  constructor(
    /** 1-based line number in the input (0 for the Line all empty lines of a document share). */
    readonly n: number,
    /** The text as decoded. */
    readonly raw: string,
    /** The text normalised with `clean`: what the rules look at. */
    readonly text: string,
    private readonly folder: KeyFolder,
    /** The text normalised with the profile the caller chose: what the article carries. */
    readonly out: string = text,
  ) {
    const found = findBullet(text);
    this.bullet = found ? found.bullet : null;
    this.content = found ? text.slice(found.rest) : text;
    const scanned = wordsAndLatin(text, folder);
    this.words = scanned >>> 1;
    this.latin = (scanned & 1) === 1;
    // Blank by the raw text: a line of tatweel or control characters is still a line.
    this.blank = isBlank(raw);
    this.arabic = ARABIC_LETTER.test(text);
    const trimmed = trimEndWhere(text, INVISIBLE);
    this.last = trimmed ? trimmed[trimmed.length - 1]! : '';
  }

  /** Folded for matching: search profile, punctuation to spaces, Latin lower-cased. */
  get key(): string {
    if (this.cachedKey !== undefined) return this.cachedKey;
    const key = this.folder.key(this.text);
    if (this.holding || this.words <= KEEP_KEY_WORDS) this.cachedKey = key;
    return key;
  }

  /** The words of `key`. */
  get keyWords(): string[] {
    if (this.cachedWords) return this.cachedWords;
    const words = this.key ? this.key.split(' ') : [];
    if (this.holding) this.cachedWords = words;
    return words;
  }

  /** The first word of `key` ('' when it has none), without splitting the rest: after the line rules, `keyWords` splits anew. */
  get firstKeyWord(): string {
    if (this.cachedWords) return this.cachedWords[0] ?? '';
    const key = this.key;
    const space = key.indexOf(' ');
    return space < 0 ? key : key.slice(0, space);
  }

  /** `key` without the bullet's words. */
  get contentKey(): string {
    if (!this.bullet) return this.key;
    if (this.cachedContentKey !== undefined) return this.cachedContentKey;
    const key = this.folder.key(this.content);
    if (this.holding || this.words <= KEEP_KEY_WORDS) this.cachedContentKey = key;
    return key;
  }

  /** A 53-bit hash of `key`, kept: how repeated lines are found. */
  get keyHash(): number {
    return (this.cachedHash ??= hash53(this.key));
  }
  private cachedHash: number | undefined;

  /**
   * Drops the cached folded words, and the key of a long line (its hash kept): the line rules
   * are done with them. Until then every folded form is computed once.
   */
  releaseWords(): void {
    this.holding = false;
    this.cachedWords = undefined;
    this.cachedContentWords = undefined;
    if (this.words > KEEP_KEY_WORDS) {
      // Its hash is kept: the duplicate check asks it of every story line, and would fold the line again.
      if (this.cachedKey !== undefined) this.cachedHash ??= hash53(this.cachedKey);
      this.cachedKey = undefined;
      this.cachedContentKey = undefined;
    }
  }

  get contentKeyWords(): string[] {
    if (!this.bullet) return this.keyWords;
    if (this.cachedContentWords) return this.cachedContentWords;
    const words = this.contentKey ? this.contentKey.split(' ') : [];
    if (this.holding) this.cachedContentWords = words;
    return words;
  }
}

/** After the line rules, lines longer than this many words give up their folded key. */
const KEEP_KEY_WORDS = 120;

// Symbol bullets: bullet U+2022, black circle U+25CF, small squares U+25AA
// U+25AB, squares U+25A0 U+25A1, diamonds U+25C6 U+25C7 U+2666, pointers U+25C4
// U+25BA U+25B6 U+25C0, circles U+25CB U+25E6, triangular bullet U+2023,
// hyphen bullet U+2043, middle dot U+00B7, asterisk, hyphen-minus, en and em dash,
// check marks U+2713 U+2714, arrows U+2192 U+2190 U+27A2 U+2B05, stars U+2605
// U+2606, and the closing guillemet U+00BB used as a link arrow (`» عنوان`).
// Also the rest of each family: small triangles U+25B8 U+25B9, fisheye and
// diamond in diamond U+25C9 U+25C8, a large circle U+2B24 and a medium one
// U+26AB, four-pointed and pinwheel stars U+2726 U+2727 U+272A, the black
// diamond minus white X U+2756, heavy angle brackets U+2771 U+276F, arrowheads
// U+27A4 U+279C, and the Arabic five-pointed star U+066D (`٭ عنوان`); the other
// dashes a keyboard or a converter types for a hyphen: the minus sign U+2212, the
// hyphen U+2010, the figure dash U+2012 and the horizontal bar U+2015.
const BULLET_SYMBOLS = new Set([
  '\u2022', '\u25cf', '\u25aa', '\u25ab', '\u25a0', '\u25a1', '\u25c6', '\u25c7', '\u2666', '\u25c4', '\u25ba', '\u25b6',
  '\u25c0', '\u25cb', '\u25e6', '\u2023', '\u2043', '\u00b7', '*', '-', '\u2013', '\u2014', '\u2713', '\u2714', '\u2192',
  '\u2190', '\u27a2', '\u2b05', '\u2605', '\u2606', '\u00bb', '\u203a', '>', '~', '+',
  '\u25b8', '\u25b9', '\u25c9', '\u25c8', '\u2b24', '\u26ab', '\u2726', '\u2727', '\u272a', '\u2756', '\u2771', '\u276f',
  '\u27a4', '\u279c', '\u066d', '\u2212', '\u2010', '\u2012', '\u2015',
]);
// Arrows a site doubles before a link (`<<`, `>>`, `»»`): the pair, then a space, is one marker.
const DOUBLED_ARROWS = new Set(['<', '>', '\u00bb']);
// Dashes that make `-5` a negative number rather than a bullet.
const MINUS_SIGNS = new Set(['-', '\u2212']);
// Separators after a list number: `1.`, `1-`, `1)`, `1 -`, `١.`.
const NUMBER_SEPARATORS = new Set(['.', '-', ')', '\u2013', ':', '/', '\u060c']);

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;

/** U+FE0E and U+FE0F: text and emoji presentation of the symbol before them. */
function isVariationSelector(c: number): boolean {
  return c === 0xfe0e || c === 0xfe0f;
}

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/**
 * A pictograph standing as a bullet (`🔹 عنوان`, `📌 عنوان`, `✅ عنوان`, `▶️ عنوان`): from the technical
 * symbols on (not ©, ® or ™), a space after it (its emoji presentation selector first). Returns its
 * length in code units, or 0.
 */
function pictographBullet(text: string, k: number): number {
  const cp = text.codePointAt(k)!;
  if (cp < 0x2300 || !PICTOGRAPH.test(String.fromCodePoint(cp))) return 0;
  let end = k + (cp > 0xffff ? 2 : 1);
  // Its presentation selector, and a skin tone (`👈🏽`: U+1F3FB to U+1F3FF, two code units each).
  for (;;) {
    if (end < text.length && isVariationSelector(text.charCodeAt(end))) end++;
    else if (isSkinTone(text.codePointAt(end))) end += 2;
    else break;
  }
  return end < text.length && isSpace(text.charCodeAt(end)) ? end - k : 0;
}

const isSkinTone = (cp: number | undefined) => cp !== undefined && cp >= 0x1f3fb && cp <= 0x1f3ff;

/** Finds a leading bullet; returns it and where the content starts. */
export function findBullet(text: string): { bullet: Bullet; rest: number } | null {
  let k = 0;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const ch = text[k];
  if (ch === undefined) return null;
  // A doubled arrow before a link's text (`<< عنوان`, `>> عنوان`, `»» عنوان`): the pair is the marker.
  if (DOUBLED_ARROWS.has(ch) && text[k + 1] === ch && isSpace(text.charCodeAt(k + 2))) {
    let rest = k + 3;
    while (rest < text.length && isSpace(text.charCodeAt(rest))) rest++;
    return rest < text.length ? { bullet: { marker: ch + ch, numbered: false }, rest } : null;
  }
  if (BULLET_SYMBOLS.has(ch)) {
    // A lone symbol, or a run of the same symbol (`***`, `---`) is not a bullet.
    const next = text.charCodeAt(k + 1);
    if (Number.isNaN(next) || text[k + 1] === ch) return null;
    // `-5` is a negative number, not a bullet.
    if (MINUS_SIGNS.has(ch) && isDigit(next)) return null;
    // An emoji presentation selector after the symbol (`⬅️`) belongs to it.
    let rest = k + 1;
    while (rest < text.length && (isSpace(text.charCodeAt(rest)) || isVariationSelector(text.charCodeAt(rest)))) rest++;
    return rest < text.length ? { bullet: { marker: ch, numbered: false }, rest } : null;
  }
  const pictograph = pictographBullet(text, k);
  if (pictograph > 0) {
    let rest = k + pictograph;
    while (rest < text.length && isSpace(text.charCodeAt(rest))) rest++;
    // The marker is the symbol alone, its selector and skin tone aside (`👈🏽` is `👈`).
    const marker = String.fromCodePoint(text.codePointAt(k)!);
    return rest < text.length ? { bullet: { marker, numbered: false }, rest } : null;
  }
  // Numbered in brackets: `(1) عنوان`.
  const bracketed = /^\(([0-9\u0660-\u0669]{1,3})\)\s*/u.exec(text.slice(k));
  if (bracketed && k + bracketed[0].length < text.length) {
    return { bullet: { marker: bracketed[0].trim(), numbered: true }, rest: k + bracketed[0].length };
  }
  // Numbered: one to three digits, optional space, a separator, then content.
  let d = k;
  while (d < text.length && isDigit(text.charCodeAt(d)) && d - k < 4) d++;
  const digits = d - k;
  if (digits === 0 || digits > 3) return null;
  let s = d;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  const sep = text[s];
  if (sep === undefined || !NUMBER_SEPARATORS.has(sep)) return null;
  // `2024/12/05` and `3.5` are numbers, not list items.
  if ((sep === '.' || sep === '/' || sep === ':' || sep === '-') && isDigit(text.charCodeAt(s + 1))) return null;
  let rest = s + 1;
  while (rest < text.length && isSpace(text.charCodeAt(rest))) rest++;
  if (rest >= text.length) return null;
  return { bullet: { marker: text.slice(k, s + 1).replace(/\s+/g, ''), numbered: true }, rest };
}

/**
 * Folds text into a matching key: the `search` folds (diacritics, alef, yeh,
 * teh marbuta, hamza, tatweel, presentation forms, digits), Farsi yeh and
 * keheh to Arabic, Latin lower-cased, and every run of characters that is not
 * a letter or digit to one space. One pass over a table computed lazily, one
 * code unit at a time, from the `search` normaliser.
 */
export class KeyFolder {
  private readonly search = new Normalizer({ profile: 'search', tatweel: 'strip' });
  /**
   * Per code unit: UNKNOWN, SEPARATOR, DELETE, the one code unit it folds to
   * (0..0xFFFF), or MULTI + an index into `out` for a longer folding.
   */
  private readonly table = new Int32Array(0x10000).fill(UNKNOWN);
  private readonly out: string[] = [];
  private buf = new Uint16Array(256);
  private readonly units = new Utf16Text();

  key(text: string): string {
    const n = text.length;
    // Most lines hold only characters that fold to one code unit or to a separator, in a line short enough for
    // the kept buffer: a tight loop for them. At the first other character (a diacritic, an emoji, a character
    // not seen yet) the line is folded again from its start by the whole loop below, with the same result.
    if (n <= this.buf.length) {
      const buf = this.buf;
      const table = this.table;
      let j = 0;
      let space = false;
      let i = 0;
      for (; i < n; i++) {
        const a = table[text.charCodeAt(i)]!;
        if (a >= 0 && a < MULTI) {
          if (space) {
            // (A space stands for a separator passed over: the key is never longer than the line, nor the buffer.)
            buf[j++] = 0x20;
            space = false;
          }
          buf[j++] = a;
        } else if (a === SEPARATOR) space = j > 0;
        else break;
      }
      if (i === n) return j === 0 ? '' : this.units.text(buf, j);
    }
    return this.foldAll(text);
  }

  /** `key` for any line: every kind of folding, a buffer grown as needed. */
  private foldAll(text: string): string {
    const n = text.length;
    // Room for two code units an input unit (a space and a letter) and a margin; a longer folding makes more.
    let buf = n * 2 + 8 <= this.buf.length ? this.buf : new Uint16Array(n * 2 + 8);
    if (buf.length <= KEPT_UNITS) this.buf = buf;
    const table = this.table;
    let j = 0;
    let space = false;
    for (let i = 0; i < n; i++) {
      let a = table[text.charCodeAt(i)]!;
      if (a === UNKNOWN) a = this.learn(text.charCodeAt(i));
      if (a === HIGH_SURROGATE) {
        // An emoji (`📌 اقرأ أيضا`) separates words; any other astral character counts as a letter.
        if (pictographAt(text, i)) {
          space = j > 0;
          i++;
          continue;
        }
        a = ASTRAL_LETTER;
      }
      if (a >= 0 && a < MULTI) {
        // The common case: one code unit for one.
        if (space) {
          buf[j++] = 0x20;
          space = false;
        }
        buf[j++] = a;
        continue;
      }
      if (a === SEPARATOR) {
        space = j > 0;
        continue;
      }
      if (a === DELETE) continue;
      const s = this.out[a - MULTI]!;
      // (A folding longer than two units, `ﷺ`: room for it and for two units each of the rest.)
      const room = j + s.length + 1 + 2 * (n - i) + 8;
      if (room > buf.length) {
        const grown = new Uint16Array(Math.max(room, buf.length * 2));
        grown.set(buf.subarray(0, j));
        buf = grown;
        if (buf.length <= KEPT_UNITS) this.buf = buf;
      }
      if (space) {
        buf[j++] = 0x20;
        space = false;
      }
      for (let k = 0; k < s.length; k++) {
        const ch = s.charCodeAt(k);
        if (ch === 0x20) space = j > 0;
        else {
          if (space) {
            buf[j++] = 0x20;
            space = false;
          }
          buf[j++] = ch;
        }
      }
    }
    if (j === 0) return '';
    if (buf === this.buf) return this.units.text(buf, j);
    // A long line's buffer is its own: neither it nor a view of it outlives the call.
    return new Utf16Text().text(buf, j);
  }

  /** Does this code unit belong to a word (a letter or digit, in any script)? Emoji are told apart by `pictographAt`. */
  isWordChar(c: number): boolean {
    let a = this.table[c]!;
    if (a === UNKNOWN) a = this.learn(c);
    return a >= 0 || a === HIGH_SURROGATE;
  }

  /** Computes, once, what one code unit folds to. */
  private learn(c: number): number {
    let folded: string;
    if (c >= 0xd800 && c <= 0xdbff) return (this.table[c] = HIGH_SURROGATE);
    if (c >= 0xdc00 && c <= 0xdfff) folded = 'x';
    else if (KEY_FOLDS.has(c)) folded = KEY_FOLDS.get(c)!;
    else folded = this.search.line(String.fromCharCode(c)).replace(/[\u06cc]/g, '\u064a').replace(/[\u06a9]/g, '\u0643').toLowerCase();
    let a: number;
    if (folded === '') a = KEY_FOLDS.has(c) || hasWordChar(String.fromCharCode(c)) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 ? DELETE : SEPARATOR;
    else {
      const kept = wordCharsOnly(folded);
      if (kept.trim() === '') a = SEPARATOR;
      else if (kept.length === 1) a = kept.charCodeAt(0);
      else {
        a = MULTI + this.out.length;
        this.out.push(kept);
      }
    }
    this.table[c] = a;
    return a;
  }
}

// Keys are folded beyond the `search` profile, so that a marker typed on a
// Persian or Urdu keyboard matches: the `search` profile keeps Persian words as
// they are, the keys do not. Columns: code point, what it folds to ('' deletes).
const KEY_FOLDS = new Map<number, string>([
  // Farsi yeh U+06CC, keheh U+06A9, swash kaf U+06AA.
  [0x06cc, '\u064a'],
  [0x06a9, '\u0643'],
  [0x06aa, '\u0643'],
  // Heh with yeh above U+06C0, heh goal U+06C1, heh with hamza U+06C2, heh doachashmee U+06BE, ae U+06D5: heh.
  [0x06c0, '\u0647'],
  [0x06c1, '\u0647'],
  [0x06c2, '\u0647'],
  [0x06be, '\u0647'],
  [0x06d5, '\u0647'],
  // Yeh barree U+06D2 and U+06D3, e U+06D0: yeh.
  [0x06d2, '\u064a'],
  [0x06d3, '\u064a'],
  [0x06d0, '\u064a'],
  // Zero width non-joiner and joiner U+200C U+200D join the halves of one word.
  [0x200c, ''],
  [0x200d, ''],
  // Tatweel U+0640 stretches a word; standing alone it is a dash (`ـ انتهى ـ`, `كتب ـ سامي`): no word either way.
  [0x0640, ''],
]);

/** The letters and digits of a folded character, every run of anything else one space. */
function wordCharsOnly(s: string): string {
  let out = '';
  let gap = false;
  for (const ch of s) {
    if (hasWordChar(ch)) {
      if (gap) out += ' ';
      out += ch;
      gap = false;
    } else gap = true;
  }
  return gap ? out + ' ' : out;
}

const UNKNOWN = -3;
const SEPARATOR = -1;
const DELETE = -2;
/** The first half of an astral character: an emoji (a separator) or another character (a letter, `x`). */
const HIGH_SURROGATE = -4;
const ASTRAL_LETTER = 0x78;

/**
 * Is the character starting at i an emoji or pictograph (U+1F000 to U+1FBFF:
 * pictographs, emoticons, transport and map symbols, their extensions; tag
 * characters U+E0000 to U+E007F)?
 */
function pictographAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  if (!(lo >= 0xdc00 && lo <= 0xdfff)) return false;
  const cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
  return (cp >= 0x1f000 && cp <= 0x1fbff) || (cp >= 0xe0000 && cp <= 0xe007f);
}
/** Table values from here up index `out`. */
const MULTI = 0x10000;

/** Counts whitespace-separated tokens that hold a letter or digit. */
export function countWords(text: string, folder: KeyFolder): number {
  return wordsAndLatin(text, folder) >>> 1;
}

/** The words of `countWords`, times two, plus one when the text holds a Latin letter or an `@` (one scan for both). */
function wordsAndLatin(text: string, folder: KeyFolder): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0) {
      inToken = false;
      continue;
    }
    // (`c | 0x20` is a lower-case ASCII letter for exactly the ASCII letters.)
    if (c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x40 : c === 0x17f || c === 0x212a) latin = 1;
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (c >= 0xd800 && c <= 0xdbff && pictographAt(text, i)) {
      i++;
      continue;
    }
    if (!counted && folder.isWordChar(c)) {
      counted = true;
      n++;
    }
  }
  return n * 2 + latin;
}

/** Nothing but white space and invisible marks (the scorer's notion of an empty line). */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!INVISIBLE(s[i]!)) return false;
  return true;
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]/;
const INVISIBLE = charClass(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u);

/** Builds the features of one line. */
export function makeLine(n: number, raw: string, text: string, folder: KeyFolder, out: string = text): Line {
  return new Line(n, raw, text, folder, out);
}

/** The text of a line without its bullet. */
export function contentOf(text: string): string {
  const found = findBullet(text);
  return found ? text.slice(found.rest) : text;
}

/** Splits text into lines on CRLF, CR and LF, as the line numbers of `blocks` count them. */
export function splitLines(text: string): string[] {
  // (A text with no CR splits on LF alone: a string split, faster than the regex's.)
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}
