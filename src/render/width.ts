/**
 * Terminal widths, measured the way terminals do (wcwidth): combining marks
 * and format characters take no column, East Asian wide and fullwidth
 * characters (and emoji) take two, everything else one. A lam-alef ligature is
 * one character and one column.
 */
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff]/u;

/** Columns one code point takes. */
export function codePointWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  const ch = String.fromCodePoint(cp);
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(cp);
}

/** Columns a string takes in a terminal (no escape sequences expected). */
export function displayWidth(s: string): number {
  let w = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x20 && c < 0x7f) {
      w++;
      continue;
    }
    const cp = s.codePointAt(k)!;
    if (cp > 0xffff) k++;
    w += codePointWidth(cp);
  }
  return w;
}

/** Removes characters that take no column: combining marks and format characters. */
export function stripZeroWidth(s: string): string {
  return s.replace(/[\p{Mn}\p{Me}\p{Cf}]/gu, '');
}

/**
 * Wraps text to `width` columns at spaces, in logical order (wrap first, then
 * reorder each line, or a paragraph's lines come out in reverse). A word wider
 * than the width is cut.
 */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/ +/).filter(Boolean)) {
    let w = displayWidth(word);
    let rest = word;
    if (line && lineWidth + 1 + w <= max) {
      line += ' ' + rest;
      lineWidth += 1 + w;
      continue;
    }
    if (line) lines.push(line);
    while (w > max) {
      const [head, tail] = cut(rest, max);
      lines.push(head);
      rest = tail;
      w = displayWidth(rest);
    }
    line = rest;
    lineWidth = w;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Cuts a string after `width` columns, never inside a code point. A word
 * such as a URL is cut after a `/ - . ? & = _` in its last third when it has
 * one, so the next line never opens with a hyphen or a slash.
 */
function cut(s: string, width: number): [string, string] {
  let w = 0;
  let k = 0;
  let soft = -1;
  while (k < s.length) {
    const cp = s.codePointAt(k)!;
    const cw = codePointWidth(cp);
    if (w + cw > width && w > 0) break;
    w += cw;
    k += cp > 0xffff ? 2 : 1;
    if (SOFT_BREAKS.includes(s[k - 1]!) && w >= width - Math.floor(width / 3)) soft = k;
  }
  if (soft > 0 && soft < k) k = soft;
  return [s.slice(0, k), s.slice(k)];
}

// Where a long word (a URL, a path) may be cut: after one of these.
const SOFT_BREAKS = '/-.?&=_';

/** Pads on the left so the text ends at column `width` (right alignment). */
export function alignRight(s: string, width: number): string {
  const pad = width - displayWidth(s);
  return pad > 0 ? ' '.repeat(pad) + s : s;
}

/** Pads on the right to `width` columns. */
export function padEnd(s: string, width: number): string {
  const pad = width - displayWidth(s);
  return pad > 0 ? s + ' '.repeat(pad) : s;
}
