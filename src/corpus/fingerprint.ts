/**
 * Fingerprints of a story for finding copies: an exact hash of its folded
 * words, and a 64-bit SimHash of its word 5-grams. Both are computed on the
 * story only (the caller passes the body, not the title, related lists or
 * chrome), after the `search` fold, on words cut at anything that is not a
 * letter or a digit: `الزراعة،` and `الزراعه` are one word, so are `على`
 * and `علي`. Pure; no I/O.
 */
import type { Normalizer } from '../normalize/engine.js';

/** The fingerprints of one story, as 16 hex digits each. */
export interface Fingerprint {
  /** 64-bit hash of the folded story (its words joined by one space): equal stories, equal hashes. */
  exact: string;
  /** 64-bit SimHash of the story's word 5-grams: near copies differ in a few bits. */
  simhash: string;
}

/** Words per shingle. */
export const SHINGLE_WORDS = 5;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letters and digits of the scripts news pages use, by code point; the rare others through a Unicode test. */
export function isWordChar(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0600 && c <= 0x06ff) return (c >= 0x0620 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || c >= 0x06ee;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return WORD_CHAR.test(ch);
}

/** The folded words of a story, in order, and where each paragraph's words end. */
export interface StoryWords {
  words: string[];
  /** `ends[k]` is the number of words up to the end of paragraph k. */
  ends: number[];
}

/** The folded words of a story's paragraphs: the `search` fold, then runs of letters and digits, Latin lower-cased. */
export function storyWords(paragraphs: readonly string[], search: Normalizer): string[] {
  return splitStory(paragraphs, search).words;
}

/** `storyWords` with paragraph ends. */
export function splitStory(paragraphs: readonly string[], search: Normalizer): StoryWords {
  const words: string[] = [];
  const ends: number[] = [];
  for (const p of paragraphs) {
    const folded = search.line(p);
    let start = -1;
    for (let i = 0; i <= folded.length; i++) {
      const c = i < folded.length ? folded.charCodeAt(i) : 32;
      if (i < folded.length && isWordChar(c, folded[i]!)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const w = folded.slice(start, i);
        words.push(/[A-Z]/.test(w) ? w.toLowerCase() : w);
        start = -1;
      }
    }
    ends.push(words.length);
  }
  return { words, ends };
}

/** Two independent 32-bit hashes of a string, taken together as 64 bits. Not cryptographic: for grouping copies. */
function hash64(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [fmix(a), fmix(b ^ 0x27d4eb2d)];
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** The fingerprints of a story given as its folded words. */
export function fingerprintWords(words: readonly string[]): Fingerprint {
  const [ea, eb] = hash64(words.join(' '));
  // Each word hashed once; a shingle's hash mixes its words' hashes in order.
  const wa = new Uint32Array(words.length);
  const wb = new Uint32Array(words.length);
  words.forEach((w, k) => {
    const [x, y] = hash64(w);
    wa[k] = x;
    wb[k] = y;
  });
  // Bit counters: +1 for a shingle whose hash has the bit set, -1 otherwise.
  const counts = new Int32Array(64);
  const add = (ha: number, hb: number) => {
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += ((ha >>> bit) & 1) * 2 - 1;
      counts[bit + 32]! += ((hb >>> bit) & 1) * 2 - 1;
    }
  };
  const shingle = (from: number, to: number) => {
    let ha = 0x3c6ef372;
    let hb = 0xa54ff53a;
    for (let k = from; k < to; k++) {
      ha = Math.imul(ha ^ wa[k]!, 0x01000193) + 0x7f4a7c15;
      hb = Math.imul((hb << 5) | (hb >>> 27), 0x5bd1e995) ^ wb[k]!;
    }
    add(fmix(ha), fmix(hb));
  };
  if (words.length > 0 && words.length < SHINGLE_WORDS) shingle(0, words.length);
  for (let k = 0; k + SHINGLE_WORDS <= words.length; k++) shingle(k, k + SHINGLE_WORDS);
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) lo |= 1 << bit;
    if (counts[bit + 32]! > 0) hi |= 1 << bit;
  }
  return { exact: hex8(eb) + hex8(ea), simhash: hex8(hi) + hex8(lo) };
}

/** The fingerprints of a story's paragraphs. */
export function fingerprint(paragraphs: readonly string[], search: Normalizer): Fingerprint {
  return fingerprintWords(storyWords(paragraphs, search));
}

/** Bits in which two SimHashes (16 hex digits each) differ. */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let k = 0; k < 16; k += 8) {
    let x = (Number.parseInt(a.slice(k, k + 8), 16) ^ Number.parseInt(b.slice(k, k + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}
