/**
 * UTF-16 code units into a string: the last step of the decoder, the normaliser
 * and the key folder, which all write code units into a buffer first.
 */

// Node's Buffer copies code units into a string in one native call, and exactly (a lone
// surrogate stays as it is). Through a view kept over the caller's array it is faster than
// String.fromCharCode at every length (about 75 ns for 10 units where fromCharCode takes
// 110 and a fresh Buffer 140; 150 ns for 600 where fromCharCode takes 1,900).
type Utf16View = { toString(encoding: 'utf16le', start: number, end: number): string };
type BufferClass = { from(b: ArrayBuffer, offset: number, length: number): Utf16View };
const NodeBuffer = (globalThis as unknown as { Buffer?: BufferClass }).Buffer;

/**
 * The most code units a buffer reused from line to line (the normaliser's, the key folder's) keeps
 * between lines: one a long line needs is made for it and let go after it.
 */
export const KEPT_UNITS = 1 << 16;

/** Longest run given to one String.fromCharCode call (its arguments live on the stack). */
const CHUNK = 4096;

/** Turns the first units of an array into a string, with a view kept over the last array it was given. */
export class Utf16Text {
  private array: Uint16Array | null = null;
  private view: Utf16View | null = null;

  text(units: Uint16Array, length: number): string {
    if (!NodeBuffer) return fromCharCodes(units, length);
    if (this.array !== units) {
      this.view = NodeBuffer.from(units.buffer as ArrayBuffer, units.byteOffset, units.byteLength);
      this.array = units;
    }
    return this.view!.toString('utf16le', 0, length * 2);
  }
}

/** The first `length` units as a string, by String.fromCharCode in chunks: exact on any runtime. */
export function fromCharCodes(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < length; k += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[]));
  return parts.join('');
}
