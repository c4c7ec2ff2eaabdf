/**
 * Bytes to text. Detection order: the caller's encoding, a byte order mark,
 * the NUL-byte pattern of BOM-less UTF-16, strict UTF-8 (tolerating a few bad
 * bytes in an otherwise UTF-8 file), then the Arabic 8-bit code pages
 * (Windows-1256, ISO-8859-6), scored on how Arabic the result reads.
 *
 * Pure: no I/O. Binary input is refused with a reason, never decoded.
 */
import type { Warning } from '../model/article.js';
import * as nodeBuffer from 'node:buffer';
import { sniffSignature } from './signatures.js';
import { Utf16Text } from './utf16.js';

/** Node's SIMD UTF-8 validator (Node 18.14 and later), when present. */
const isUtf8 = (nodeBuffer as { isUtf8?: (b: Uint8Array) => boolean }).isUtf8;

/** Encodings maqal reads. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';
export const ENCODING_NAMES: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'];

/** Other spellings users type for the same encodings. */
const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  cp1256: 'windows-1256',
  'windows-1256': 'windows-1256',
  win1256: 'windows-1256',
  arabic: 'iso-8859-6',
  'iso-8859-6': 'iso-8859-6',
  iso88596: 'iso-8859-6',
};

/** Resolves an encoding name as a user may type it; null when unknown. */
export function encodingFromName(name: string): EncodingName | null {
  return ENCODING_ALIASES[name.toLowerCase().replace(/_/g, '-')] ?? null;
}

export interface DecodeOptions {
  /** Skip detection and decode with this encoding. */
  encoding?: EncodingName;
}

/** Successfully decoded text. */
export interface Decoded {
  ok: true;
  /** The text, BOM removed, line ends untouched. */
  text: string;
  encoding: EncodingName;
  /** True when a heuristic chose the encoding (no flag, no BOM, not valid UTF-8). */
  guessed: boolean;
  bom: boolean;
  warnings: Warning[];
}

/** Input that is not text. */
export interface Refused {
  ok: false;
  /** One-line reason, for example `not a text file (looks like gzip)`. */
  reason: string;
}

export type DecodeResult = Decoded | Refused;

const SAMPLE = 4096;

/**
 * Decodes raw bytes to text. Never throws on bad input: binary data comes back
 * as `Refused`, damaged bytes as U+FFFD plus a warning. The check for binary
 * data runs on every path: after a byte order mark, and under a forced
 * encoding too. Throws `TypeError` for a value that is not a Uint8Array or an
 * unknown encoding (a programmer's error).
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`decode: bytes must be a Uint8Array (a Buffer), got ${typeof bytes}`);
  const forced = options.encoding;
  if (forced !== undefined && !(ENCODING_NAMES as readonly unknown[]).includes(forced)) throw new TypeError(`unknown encoding: ${String(forced)}`);
  const warnings: Warning[] = [];

  // Byte order marks. UTF-32 LE starts like UTF-16 LE, so it is checked first.
  if (!forced && (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]))) {
    return { ok: false, reason: 'UTF-32 text is not supported (convert it to UTF-8)' };
  }
  const bom: EncodingName | null = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 'utf-8' : startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
  // A binary signature, also right after a byte order mark (a BOM glued to a gzip file is still gzip).
  const kind = sniffSignature(bom ? bytes.subarray(bom === 'utf-8' ? 3 : 2) : bytes);
  if (kind) return { ok: false, reason: `not a text file (looks like ${kind})` };

  const encoding = forced ?? bom ?? utf16Pattern(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoded = decodeAs(bytes, encoding, !forced && !bom, warnings);
    // UTF-16 holds NUL bytes by nature: its controls are counted on the text.
    if (textControlShare(decoded.text) > MAX_CONTROL_SHARE) return { ok: false, reason: 'not a text file (mostly control characters)' };
    replacementWarning(decoded.text, encoding, warnings);
    return decoded;
  }

  // NUL bytes at the very end are padding from old corpora; anywhere else they mean binary.
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  // Nothing but NUL bytes (after a byte order mark, if any): an empty disk block, not a dump.
  if (end < bytes.length && end <= (bom ? 3 : 0)) return { ok: false, reason: 'not a text file (only NUL bytes)' };
  if (end < bytes.length) {
    warnings.push({ code: 'trailing-nul', message: `dropped ${bytes.length - end} NUL byte(s) at the end of the input`, line: 0 });
    bytes = bytes.subarray(0, end);
  }
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'not a text file (contains NUL bytes)' };
  if (controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, reason: 'not a text file (mostly control bytes)' };

  if (encoding === 'utf-8') {
    // Given (a BOM, --encoding): still said when bytes are not UTF-8.
    const valid = isUtf8 ? isUtf8(bytes) : checkUtf8(bytes).invalid === 0;
    if (!valid) invalidUtf8Warning(bytes, warnings);
    return decodeAs(bytes, 'utf-8', false, warnings, valid);
  }
  if (encoding) {
    const decoded = decodeAs(bytes, encoding, false, warnings);
    replacementWarning(decoded.text, encoding, warnings);
    return decoded;
  }

  // Node's native validator first; the counting check only for files that fail it.
  if (isUtf8 ? isUtf8(bytes) : checkUtf8(bytes).invalid === 0) return decodeAs(bytes, 'utf-8', false, warnings, true);
  const check = checkUtf8(bytes);
  if (check.multibyte >= 8 * check.invalid) {
    invalidUtf8Warning(bytes, warnings, check);
    return decodeAs(bytes, 'utf-8', false, warnings);
  }
  return decodeAs(bytes, pickCodePage(bytes), true, warnings);
}

/** More control characters than this share of the first few KiB: not text. */
const MAX_CONTROL_SHARE = 0.1;

function invalidUtf8Warning(bytes: Uint8Array, warnings: Warning[], check = checkUtf8(bytes)): void {
  warnings.push({
    code: 'invalid-utf8',
    message: `${check.invalid} invalid UTF-8 sequence(s) replaced with U+FFFD`,
    line: lineOfByte(bytes, check.firstInvalid),
  });
}

/** Bytes the encoding has no character for came out as U+FFFD: said once, with a count. */
function replacementWarning(text: string, encoding: EncodingName, warnings: Warning[]): void {
  let n = 0;
  for (let k = text.indexOf('\ufffd'); k >= 0; k = text.indexOf('\ufffd', k + 1)) n++;
  if (n > 0) warnings.push({ code: 'undecodable', message: `${n} byte sequence(s) with no character in ${encoding} replaced with U+FFFD`, line: 0 });
}

/** Share of control characters (other than tab, line ends, form feed and ESC) in the first few thousand characters. */
function textControlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  let controls = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
  }
  return controls / n;
}

function decodeAs(bytes: Uint8Array, encoding: EncodingName, guessed: boolean, warnings: Warning[], valid = false): Decoded {
  let text =
    encoding === 'utf-8' && bytes.length <= FAST_UTF8_MAX && (valid || (isUtf8 ? isUtf8(bytes) : false))
      ? wellFormedUtf8(bytes)
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { ok: true, text, encoding, guessed, bom, warnings };
}

/**
 * Inputs up to this size that are known to be well-formed UTF-8 are decoded
 * by `wellFormedUtf8`; larger ones by the platform, whose peak memory is lower.
 */
const FAST_UTF8_MAX = 4 << 20;


/**
 * Decodes bytes already validated as UTF-8. For Arabic text this plain loop
 * into UTF-16 code units is four to five times faster than Node 20's own
 * decoder, which has a fast path for ASCII only. The bytes must be valid:
 * there are no checks here.
 */
function wellFormedUtf8(bytes: Uint8Array): string {
  const n = bytes.length;
  const units = new Uint16Array(n);
  let j = 0;
  for (let i = 0; i < n; ) {
    const c = bytes[i]!;
    if (c < 0x80) {
      units[j++] = c;
      i++;
    } else if (c < 0xe0) {
      units[j++] = ((c & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      units[j++] = ((c & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      // Four bytes: a code point beyond the BMP, as a surrogate pair.
      const cp = (((c & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      units[j++] = 0xd800 | (cp >> 10);
      units[j++] = 0xdc00 | (cp & 0x3ff);
      i += 4;
    }
  }
  return new Utf16Text().text(units, j);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, k) => bytes[k] === b);
}

/**
 * BOM-less UTF-16: in Arabic UTF-16 the high byte of almost every unit is 0x00
 * (ASCII: spaces, digits, line ends) or 0x06 (the Arabic block), so one byte
 * parity is dominated by those two values and holds most NULs.
 */
function utf16Pattern(bytes: Uint8Array): EncodingName | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  // Both patterns need NUL bytes: most inputs are ruled out by one native search.
  if (n < 4 || bytes.subarray(0, n).indexOf(0) < 0) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let k = 0; k < n; k += 2) {
    const a = bytes[k]!;
    const b = bytes[k + 1]!;
    if (a === 0x00 || a === 0x06) evenHigh++;
    if (b === 0x00 || b === 0x06) oddHigh++;
    if (a === 0) evenNul++;
    if (b === 0) oddNul++;
  }
  const units = n / 2;
  if (oddHigh / units >= 0.7 && oddNul > evenNul && evenNul <= units * 0.05) return 'utf-16le';
  if (evenHigh / units >= 0.7 && evenNul > oddNul && oddNul <= units * 0.05) return 'utf-16be';
  return null;
}

/** Share of C0 control bytes other than tab, LF, VT, FF, CR and ESC in the first few KiB. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return 0;
  let controls = 0;
  for (let k = 0; k < n; k++) {
    const b = bytes[k]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls / n;
}

interface Utf8Check {
  invalid: number;
  multibyte: number;
  firstInvalid: number;
}

/** Counts well-formed multi-byte sequences and ill-formed ones (maximal subparts, as WHATWG decoders do). */
function checkUtf8(bytes: Uint8Array): Utf8Check {
  let invalid = 0;
  let multibyte = 0;
  let firstInvalid = -1;
  const n = bytes.length;
  let k = 0;
  while (k < n) {
    const b = bytes[k]!;
    if (b < 0x80) {
      k++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0;
    let m = 1;
    for (; ok && m <= need; m++) {
      const c = bytes[k + m];
      if (c === undefined || c < (m === 1 ? lo : 0x80) || c > (m === 1 ? hi : 0xbf)) ok = false;
    }
    if (ok) {
      multibyte++;
      k += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = k;
      invalid++;
      k += Math.max(1, m - 1);
    }
  }
  return { invalid, multibyte, firstInvalid };
}

/** 1-based line of a byte offset, counting CRLF, CR and LF. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < bytes.length; k++) {
    const b = bytes[k]!;
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[k + 1] !== 0x0a) line++;
  }
  return line;
}

/**
 * Chooses between Windows-1256 and ISO-8859-6 by decoding with both and
 * scoring how much of the result is plausible Arabic: letters, harakat on
 * letters, common punctuation. Falls back to Windows-1256.
 */
function pickCodePage(bytes: Uint8Array): EncodingName {
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  const score = (enc: EncodingName): number => plausibility(new TextDecoder(enc).decode(sample));
  return score('iso-8859-6') > score('windows-1256') ? 'iso-8859-6' : 'windows-1256';
}

function plausibility(text: string): number {
  let score = 0;
  let prevLetter = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const letter = (c >= 0x0621 && c <= 0x064a && c !== 0x0640) || c === 0x0671;
    const mark = c >= 0x064b && c <= 0x0652;
    if (letter) score += 1;
    else if (mark) score += prevLetter ? 0 : -3;
    else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) score -= 5;
    else if (c >= 0xc0 && c <= 0xff) score -= prevLetter || (k + 1 < text.length && isArabicLetter(text.charCodeAt(k + 1))) ? 3 : 1;
    prevLetter = letter;
  }
  return score;
}

const isArabicLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x064a && c !== 0x0640) || c === 0x0671;
