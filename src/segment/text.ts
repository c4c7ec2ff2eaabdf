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

/** A one-character test from a character class, for the trim helpers. */
export function charClass(re: RegExp): (c: string) => boolean {
  return (c) => re.test(c);
}
