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
