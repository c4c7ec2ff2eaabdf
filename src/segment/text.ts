/**
 * Small string helpers that stay linear on any input. (`/[\s...]+$/` looks
 * harmless but is quadratic on a long run of spaces in mid-line: the engine
 * retries the run from every position.)
 */

/** Removes characters matching `char` (a one-character test) from the end. */
export function trimEndWhere(s: string, char: (c: string) => boolean): string {
  let end = s.length;
  while (end > 0 && char(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Removes characters matching `char` from both ends. */
export function trimWhere(s: string, char: (c: string) => boolean): string {
  let start = 0;
  while (start < s.length && char(s[start]!)) start++;
  return trimEndWhere(s.slice(start), char);
}

/**
 * A 53-bit hash of a string (two 32-bit FNV-1a style lanes): how duplicate
 * lines and learned chrome lines are remembered without keeping their text.
 */
export function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** A one-character test from a character class, for the trim helpers. */
export function charClass(re: RegExp): (c: string) => boolean {
  return (c) => re.test(c);
}

/**
 * Letters (`\p{L}`) and digits (`\p{N}`) of the blocks Arabic news pages are written in, as regex
 * class contents: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic with its supplements and
 * presentation forms, Syriac, Thaana and NKo. V8 compiles a class holding `\p{L}` (some 600
 * ranges) each time a regex with it first runs, 5 to 10 ms a regex: this table of 58 ranges costs
 * a tenth of that. Read off Node's `\p{L}` and `\p{N}`; a test checks they agree on every code point.
 */
export const LETTER =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee' +
  '\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5' +
  '\\u03f7-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u05d0-\\u05ea\\u05ef-\\u05f2' +
  '\\u0620-\\u064a\\u066e\\u066f\\u0671-\\u06d3\\u06d5\\u06e5\\u06e6\\u06ee\\u06ef\\u06fa-\\u06fc\\u06ff' +
  '\\u0710\\u0712-\\u072f\\u074d-\\u07a5\\u07b1\\u07ca-\\u07ea\\u07f4\\u07f5\\u07fa\\u08a0-\\u08c9' +
  '\\ufb1d\\ufb1f-\\ufb28\\ufb2a-\\ufb36\\ufb38-\\ufb3c\\ufb3e\\ufb40\\ufb41\\ufb43\\ufb44\\ufb46-\\ufbb1' +
  '\\ufbd3-\\ufd3d\\ufd50-\\ufd8f\\ufd92-\\ufdc7\\ufdf0-\\ufdfb\\ufe70-\\ufe74\\ufe76-\\ufefc';
/** Digits and numbers (`\p{N}`) of the same blocks. */
export const DIGIT = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be\\u0660-\\u0669\\u06f0-\\u06f9\\u07c0-\\u07c9';
/** A time of day alone: `02:34`, `10:45`, `1:02:15` (a player's time, an item's time). */
/** Letters, their marks and spaces, nothing else: the shape of a short headline's words, or a credit's. */
export const LETTERS_ONLY = /^[\p{L}\p{M} ]+$/u;

export const TIME_ALONE = new RegExp(`^[${DIGIT}]{1,2}:[${DIGIT}]{2}(?::[${DIGIT}]{2})?$`, 'u');
/** A name of one or two words and a time of day: `العصر 15:12` (a prayer time, a city's clock). Linear: words hold no space or digit. */
export const NAMED_TIME = new RegExp(`^[^\\s${DIGIT}]+(?: [^\\s${DIGIT}]+)? [${DIGIT}]{1,2}:[${DIGIT}]{2}$`, 'u');
/** Code units outside those blocks: there the tests below ask Unicode itself. */
const OTHER_BLOCKS = /[\u0800-\u089f\u0900-\ufb1c\uff00-\uffff\ud800-\udfff]/;

const SOME_LETTER = new RegExp(`[${LETTER}]`);
const SOME_DIGIT = new RegExp(`[${DIGIT}]`);
const SOME_WORD_CHAR = new RegExp(`[${LETTER}${DIGIT}]`);
// The full classes, compiled on the first text in another script.
const full: { letter?: RegExp; digit?: RegExp; word?: RegExp } = {};

/** Holds a letter, in any script (`/\p{L}/u`). */
export function hasLetter(s: string): boolean {
  return SOME_LETTER.test(s) || (OTHER_BLOCKS.test(s) && (full.letter ??= /\p{L}/u).test(s));
}

/** Holds a digit or number, in any script (`/\p{N}/u`). */
export function hasDigit(s: string): boolean {
  return SOME_DIGIT.test(s) || (OTHER_BLOCKS.test(s) && (full.digit ??= /\p{N}/u).test(s));
}

/** Holds a letter or digit, in any script (`/[\p{L}\p{N}]/u`). */
export function hasWordChar(s: string): boolean {
  return SOME_WORD_CHAR.test(s) || (OTHER_BLOCKS.test(s) && (full.word ??= /[\p{L}\p{N}]/u).test(s));
}

/**
 * A short name written as one word of two to four Arabic letters (`واج`,
 * `ومع`), also spelled out letter by letter, as wire credits write it
 * dotted or spaced (`و.أ.ج`, `و م ع`): both as folded word lists.
 */
export function withSpelledOut(words: readonly string[]): string[][] {
  const w = words[0];
  if (words.length !== 1 || w === undefined || w.length < 2 || w.length > 4 || !/^[\u0621-\u064a]+$/u.test(w)) return [[...words]];
  return [[w], [...w]];
}
