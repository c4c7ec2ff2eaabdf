/**
 * The display transform for terminals that neither shape Arabic nor order
 * right-to-left text: shape (arabic-reshaper), resolve levels and reorder
 * (bidi-js, UAX #9, paragraph direction from the text), mirror brackets and
 * guillemets, and keep combining marks after their base. Applied to one
 * already-wrapped line; used only for terminal output, never for JSON or text.
 */
import { createRequire } from 'node:module';

interface Levels {
  levels: Uint8Array;
  paragraphs: { start: number; end: number; level: number }[];
}
interface Bidi {
  getEmbeddingLevels(text: string, direction?: 'ltr' | 'rtl'): Levels;
  getReorderSegments(text: string, levels: Levels, start?: number, end?: number): [number, number][];
  // Takes the levels array itself, whatever its README says.
  getMirroredCharactersMap(text: string, levels: Uint8Array, start?: number, end?: number): Map<number, string>;
}

// bidi-js ships a factory whose typings fail under nodenext for a default
// import; arabic-reshaper ships none. Both are CommonJS, loaded on first use:
// output for pipes never needs them.
const require = createRequire(import.meta.url);
let bidiLib: Bidi | undefined;
let reshaperLib: { convertArabic(s: string): string } | undefined;
const bidi = (): Bidi => (bidiLib ??= (require('bidi-js') as () => Bidi)());
const reshaper = () => (reshaperLib ??= require('arabic-reshaper') as { convertArabic(s: string): string });

// Harakat between lam and alef are removed before shaping: the reshaper turns
// `لَا` into a lam-alef ligature plus an extra alef. Elsewhere marks stay and
// are moved after their letter when the line is reordered.
const LAM_MARKS_ALEF = /\u0644[\u064b-\u065f\u0670]+(?=[\u0622\u0623\u0625\u0627])/gu;
const COMBINING = /\p{M}/u;
const HAS_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** Shapes Arabic letters into their joined presentation forms (logical order kept). */
export function shape(line: string): string {
  if (!/[\u0600-\u06ff]/u.test(line)) return line;
  return reshaper().convertArabic(line.replace(LAM_MARKS_ALEF, '\u0644'));
}

/**
 * Reorders one shaped line from logical to visual order (UAX #9 with rule L1
 * for trailing whitespace), mirrors characters in right-to-left runs, and
 * moves combining marks back after their base character.
 */
export function reorder(line: string, direction?: 'ltr' | 'rtl'): string {
  if (!HAS_RTL.test(line) && direction !== 'rtl') return line;
  const levels = bidi().getEmbeddingLevels(line, direction);
  const mirrored = bidi().getMirroredCharactersMap(line, levels.levels);
  const order = Array.from({ length: line.length }, (_, k) => k);
  for (const [start, end] of bidi().getReorderSegments(line, levels)) {
    for (let a = start, b = end; a < b; a++, b--) {
      const t = order[a]!;
      order[a] = order[b]!;
      order[b] = t;
    }
  }
  const unit = (k: number) => mirrored.get(k) ?? line[k]!;
  const out: string[] = [];
  for (let v = 0; v < order.length; v++) {
    const k = order[v]!;
    const c = line.charCodeAt(k);
    // A reversed surrogate pair: put the high half first again.
    if (c >= 0xdc00 && c <= 0xdfff && order[v + 1] === k - 1) {
      out.push(line[k - 1]!, line[k]!);
      v++;
      continue;
    }
    // Reversed marks before their base ([m2, m1, base]): restore [base, m1, m2].
    if (COMBINING.test(line[k]!) && levels.levels[k]! % 2 === 1) {
      let e = v;
      while (e + 1 < order.length && order[e + 1] === order[e]! - 1 && COMBINING.test(line[order[e + 1]!]!)) e++;
      const base = order[e + 1];
      if (base !== undefined && base === order[e]! - 1) {
        out.push(unit(base));
        for (let m = e; m >= v; m--) out.push(unit(order[m]!));
        v = e + 1;
        continue;
      }
    }
    out.push(unit(k));
  }
  return out.join('');
}

/**
 * Shapes and reorders one wrapped line for a terminal without bidi support.
 * `direction` is the direction of the paragraph the line was wrapped from;
 * without it, the line's own first strong character decides.
 */
export function toVisual(line: string, direction?: 'ltr' | 'rtl'): string {
  return reorder(shape(line), direction);
}

/** Is the line's paragraph direction right-to-left (first strong character)? */
export function isRtl(text: string): boolean {
  for (const ch of text) {
    if (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u.test(ch)) return true;
    if (/\p{L}/u.test(ch)) return false;
  }
  return false;
}
