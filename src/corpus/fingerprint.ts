/**
 * Fingerprints of a story for finding copies: an exact hash of its folded
 * words, and a 64-bit SimHash of its word 5-grams. Both are computed on the
 * story only (the caller passes the body, not the title, related lists or
 * chrome), after the `search` fold, on words cut at anything that is not a
 * letter or a digit: `الزراعة،` and `الزراعه` are one word, so are `على`
 * and `علي`. Pure; no I/O.
 */

/** The fingerprints of one story, as 16 hex digits each. */
export interface Fingerprint {
  /** 64-bit hash of the folded story (its words joined by one space): equal stories, equal hashes. */
  exact: string;
  /** 64-bit SimHash of the story's word 5-grams: near copies differ in a few bits. */
  simhash: string;
}

/** Words per shingle. */
export const SHINGLE_WORDS = 5;

/** The folded words of a story, in order, and where each paragraph's words end. */
export interface StoryWords {
  words: string[];
  /** `ends[k]` is the number of words up to the end of paragraph k. */
  ends: number[];
}

/**
 * The words of a story from the folded keys of its paragraphs (`KeyFolder.key`:
 * the `search` letter folds, words cut at anything that is not a letter or a
 * digit, Latin lower-cased, one space between words).
 */
export function splitStory(keys: readonly string[]): StoryWords {
  const words: string[] = [];
  const ends: number[] = [];
  for (const key of keys) {
    let start = 0;
    for (let i = 0; i <= key.length; i++) {
      if (i === key.length || key.charCodeAt(i) === 32) {
        if (i > start) words.push(key.slice(start, i));
        start = i + 1;
      }
    }
    ends.push(words.length);
  }
  return { words, ends };
}

/**
 * Two independent 32-bit hashes of `s[from, to)`, taken together as 64 bits,
 * written to `wa[k]` and `wb[k]`. Not cryptographic: for grouping copies.
 */
function hashWord(s: string, from: number, to: number, wa: Uint32Array, wb: Uint32Array, k: number): void {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ (to - from);
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  wa[k] = fmix(a);
  wb[k] = fmix(b ^ 0x27d4eb2d);
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
  const wa = new Uint32Array(words.length);
  const wb = new Uint32Array(words.length);
  words.forEach((w, k) => hashWord(w, 0, w.length, wa, wb, k));
  return fingerprintHashes(wa, wb, words.length);
}

/**
 * The fingerprints of a story given as the folded keys of its paragraphs:
 * the same as `fingerprintWords(splitStory(keys).words)`, with each word
 * hashed where it stands in its key (no word is cut out as a string).
 */
export function fingerprintKeys(keys: readonly string[]): Fingerprint {
  let room = 0;
  for (const key of keys) room += (key.length >> 1) + 1;
  const wa = new Uint32Array(room);
  const wb = new Uint32Array(room);
  let n = 0;
  for (const key of keys) {
    let start = 0;
    for (let i = 0; i <= key.length; i++) {
      if (i === key.length || key.charCodeAt(i) === 32) {
        if (i > start) hashWord(key, start, i, wa, wb, n++);
        start = i + 1;
      }
    }
  }
  return fingerprintHashes(wa, wb, n);
}

/** The fingerprints from each word's two 32-bit hashes (`wa[k]`, `wb[k]` for the first `n` words). */
function fingerprintHashes(wa: Uint32Array, wb: Uint32Array, n: number): Fingerprint {
  // A shingle's hash mixes its words' hashes in order, and the exact hash mixes all of them (the
  // same words in the same order, the same hash).
  let xa = 0x811c9dc5 ^ n;
  let xb = 0x9e3779b9;
  for (let k = 0; k < n; k++) {
    xa = (Math.imul(xa ^ wa[k]!, 0x01000193) + 0x632be5ab) | 0;
    xb = Math.imul((xb << 7) | (xb >>> 25), 0x5bd1e995) ^ wb[k]!;
  }
  const ea = fmix(xa);
  const eb = fmix(xb ^ n);
  // How many shingles set each bit, counted bit-sliced: plane j holds bit j of all 32 counters of a
  // lane at once, so adding a hash is a ripple of carries (about two steps), not 64 increments.
  const planesHi = new Int32Array(32);
  const planesLo = new Int32Array(32);
  // Shingles of five words (a story shorter than that is one shingle), mixed in order; `| 0` keeps
  // the sums in 32 bits, as every later step reads them.
  const last = n > 0 && n < SHINGLE_WORDS ? 0 : n - SHINGLE_WORDS;
  const width = Math.min(n, SHINGLE_WORDS);
  let shingles = 0;
  for (let from = 0; from <= last; from++) {
    let ha = 0x3c6ef372;
    let hb = 0xa54ff53a;
    for (let k = from; k < from + width; k++) {
      ha = (Math.imul(ha ^ wa[k]!, 0x01000193) + 0x7f4a7c15) | 0;
      hb = Math.imul((hb << 5) | (hb >>> 27), 0x5bd1e995) ^ wb[k]!;
    }
    let carry = fmix(hb) | 0;
    for (let j = 0; carry !== 0; j++) {
      const t = planesHi[j]! & carry;
      planesHi[j]! ^= carry;
      carry = t;
    }
    carry = fmix(ha) | 0;
    for (let j = 0; carry !== 0; j++) {
      const t = planesLo[j]! & carry;
      planesLo[j]! ^= carry;
      carry = t;
    }
    shingles++;
  }
  // A bit of the SimHash is set when more than half the shingles set it.
  // Planes above the count's highest bit are empty.
  const used = 32 - Math.clz32(shingles);
  const majority = (planes: Int32Array): number => {
    let out = 0;
    for (let bit = 0; bit < 32; bit++) {
      let ones = 0;
      for (let j = 0; j < used; j++) ones += ((planes[j]! >>> bit) & 1) << j;
      if (ones * 2 > shingles) out |= 1 << bit;
    }
    return out >>> 0;
  };
  const hi = majority(planesHi);
  const lo = majority(planesLo);
  return { exact: hex8(eb) + hex8(ea), simhash: hex8(hi) + hex8(lo) };
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
