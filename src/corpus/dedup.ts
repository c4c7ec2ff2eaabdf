/**
 * Copies of a story across a corpus, from the fingerprints maqal computes.
 * Records are taken in order; each is a copy of the earliest first copy whose
 * exact hash it shares or whose SimHash is within `maxDistance` bits, or else
 * a first copy itself. First copies are indexed by bands of their SimHash
 * (with d bits allowed to differ, some band of d + 1 must match exactly), so
 * a record is compared with the few first copies sharing a band, never with
 * all of them: the cost grows with the corpus, not with its square. Pure.
 */
import { fingerprintWords } from './fingerprint.js';

/** Bits in which two SimHashes may differ for near copies, unless told otherwise. */
export const DEFAULT_MAX_DISTANCE = 3;
/** The largest distance the banded index supports (9 bands of 7 or 8 bits). */
export const MAX_DISTANCE_LIMIT = 8;

/** The exact hash of a story with no words: such records are never copies of each other. */
export const EMPTY_STORY = fingerprintWords([]).exact;

const popcount = (x: number): number => {
  let n = 0;
  for (x >>>= 0; x; x &= x - 1) n++;
  return n;
};

/** Assigns each record, in order, to the first copy of its story. */
export class CopyFinder {
  /** For each record: the index of its first copy (itself for a first copy), or -1 for an empty story. */
  readonly first: number[] = [];
  private readonly byExact = new Map<string, number>();
  private readonly bands: Map<number, number[]>;
  private readonly hi: number[] = [];
  private readonly lo: number[] = [];
  private readonly widths: number[];
  private readonly stamp: number[] = [];

  constructor(readonly maxDistance = DEFAULT_MAX_DISTANCE) {
    if (!Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > MAX_DISTANCE_LIMIT) {
      throw new RangeError(`the distance must be an integer from 0 to ${MAX_DISTANCE_LIMIT}, got ${maxDistance}`);
    }
    // d + 1 bands (at least 2, so no band is wider than 32 bits), as even as 64 bits allow.
    const count = Math.max(2, maxDistance + 1);
    this.widths = Array.from({ length: count }, (_, k) => Math.floor(64 / count) + (k < 64 % count ? 1 : 0));
    this.bands = new Map();
  }

  /** The band keys of a SimHash: band number and bits, as one number. */
  private keys(hi: number, lo: number): number[] {
    const keys: number[] = [];
    let bit = 0;
    this.widths.forEach((width, band) => {
      // Bits bit .. bit+width-1, counted from the top of hi then lo (width is at most 32).
      let value: number;
      if (bit + width <= 32) value = width === 32 ? hi : (hi >>> (32 - bit - width)) & ((1 << width) - 1);
      else if (bit >= 32) value = width === 32 ? lo : (lo >>> (64 - bit - width)) & ((1 << width) - 1);
      else {
        const fromHi = 32 - bit;
        const fromLo = width - fromHi;
        value = (hi & ((1 << fromHi) - 1)) * 2 ** fromLo + (lo >>> (32 - fromLo));
      }
      keys.push(band * 4_294_967_296 + (value >>> 0));
      bit += width;
    });
    return keys;
  }

  /** Adds the next record; returns the index of its first copy (its own index for a first copy, -1 for an empty story). */
  add(exact: string, simhash: string): number {
    const index = this.first.length;
    const hi = Number.parseInt(simhash.slice(0, 8), 16) >>> 0;
    const lo = Number.parseInt(simhash.slice(8, 16), 16) >>> 0;
    this.hi.push(hi);
    this.lo.push(lo);
    this.stamp.push(-1);
    if (exact === EMPTY_STORY) {
      this.first.push(-1);
      return -1;
    }
    const same = this.byExact.get(exact);
    if (same !== undefined) {
      this.first.push(same);
      return same;
    }
    const keys = this.keys(hi, lo);
    let best = -1;
    for (const key of keys) {
      for (const j of this.bands.get(key) ?? []) {
        if (this.stamp[j] === index) continue;
        this.stamp[j] = index;
        if ((best < 0 || j < best) && popcount(hi ^ this.hi[j]!) + popcount(lo ^ this.lo[j]!) <= this.maxDistance) best = j;
      }
    }
    if (best >= 0) {
      this.first.push(best);
      return best;
    }
    this.first.push(index);
    this.byExact.set(exact, index);
    for (const key of keys) {
      const list = this.bands.get(key);
      if (list) list.push(index);
      else this.bands.set(key, [index]);
    }
    return index;
  }

  /** How many records share each record's first copy (1 for a first copy with none, and for an empty story). */
  clusterSizes(): number[] {
    const count = new Map<number, number>();
    for (const f of this.first) if (f >= 0) count.set(f, (count.get(f) ?? 0) + 1);
    return this.first.map((f) => (f >= 0 ? count.get(f)! : 1));
  }
}
