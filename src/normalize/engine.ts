/**
 * The one-pass normaliser. The tables in `tables.ts` are compiled, once per set
 * of switches, into a lookup table over the Basic Multilingual Plane: for each
 * UTF-16 code unit, keep it, treat it as a space, replace it with a string, or
 * hand it to a context rule (the few mappings that depend on neighbours).
 * Text is then read once, left to right, into a growing UTF-16 buffer.
 */
import { KEPT_UNITS, Utf16Text } from '../decode/utf16.js';
import * as T from './tables.js';
import type { NormalizeRule } from './tables.js';
import { isIdentity, resolveSwitches, type NormalizeOptions, type NormalizeSwitches, type ProfileName } from './profiles.js';

/** One change the normaliser made, for `--diff` and tests. */
export interface NormalizeChange {
  /** Index in the input line (UTF-16 code units). */
  index: number;
  from: string;
  to: string;
  rule: NormalizeRule;
}

/** Counts of repairs worth reporting as warnings. */
export interface NormalizeStats {
  /** Bidi embeddings, overrides and isolates removed (U+202A-U+202E, U+2066-U+2069). */
  bidiEmbeddings: number;
  /** Control characters removed. */
  controls: number;
  /** Lone surrogates replaced with U+FFFD. */
  invalid: number;
}

const KEEP = -1;
/** Actions from REPL_BASE up index `repl`; actions in 0..0xFFFF replace with that code unit. */
const REPL_BASE = 0x10000;
const SPACE = -2;
const CONTEXT = -3;
const LINE_END = -4;

interface Compiled {
  readonly sw: NormalizeSwitches;
  readonly identity: boolean;
  /** Per code unit: KEEP, SPACE, CONTEXT, LINE_END, a replacement code unit, or REPL_BASE + an index into `repl` / `rules`. */
  readonly action: Int32Array;
  readonly repl: string[];
  readonly rules: NormalizeRule[];
  /** Composition of base + mark, already folded by the other switches. */
  readonly compose: Map<number, number>;
  /** Set membership, as flags per code unit (see FLAG_*). */
  readonly flags: Uint8Array;
  /** Rule of each one-unit replacement, for traces. */
  readonly singleRules: Map<number, NormalizeRule>;
  /** Replacements of presentation forms that spell a Farsi letter (context rule). */
  readonly expansions: Map<number, string>;
}

const FLAG_PERSIAN_URDU = 1;
const FLAG_ARABIC_ONLY = 2;
const FLAG_ARABIC_WORD = 4;
const FLAG_DIGIT = 8;
const FLAG_ARABIC_SCRIPT = 16;
/** Starts with an Arabic letter or mark (a letter, or a presentation form spelling one). */
const FLAG_LETTER_START = 32;
/** Expands to several words (ﷺ): a token boundary. */
const FLAG_SPLITS = 64;

const inRanges = (c: number, ranges: readonly T.Range[]): boolean => ranges.some(([a, b]) => c >= a && c <= b);
const pairMap = (pairs: readonly T.Pair[]): Map<number, string> => new Map(pairs.map(([a, b]) => [a, b]));

/**
 * The replacement a presentation form gets: its NFKC letters. The isolated
 * and medial harakat forms (U+FE70-U+FE7F, U+FC5E-U+FC63, U+FCF2-U+FCF4)
 * decompose to a space or a tatweel plus the marks; only the marks are kept.
 */
function presentationLetters(c: number): string {
  return String.fromCharCode(c).normalize('NFKC').replace(/^[ \u0640](?=[\u064b-\u065f\u0670])/, '');
}

/** What every profile reads the same: the character classes, and the letters of each presentation form. */
interface SharedCharacters {
  /** The classes that do not depend on the switches (a profile adds to its own copy). */
  readonly flags: Uint8Array;
  readonly letters: ReadonlyMap<number, string>;
}

// Computed once a process, on first use, and never changed: a parser builds two normalisers, and
// the presentation forms are a thousand Unicode normalisations.
let shared: SharedCharacters | undefined;

function sharedCharacters(): SharedCharacters {
  return (shared ??= buildSharedCharacters());
}

function buildSharedCharacters(): SharedCharacters {
  const flags = new Uint8Array(0x10000);
  const lettersOf = new Map<number, string>();
  for (const c of T.PERSIAN_URDU_LETTERS) flags[c]! |= FLAG_PERSIAN_URDU;
  for (const c of T.ARABIC_ONLY_LETTERS) flags[c]! |= FLAG_ARABIC_ONLY;
  for (let c = 0x30; c <= 0x39; c++) flags[c]! |= FLAG_DIGIT;
  for (let k = 0; k < 10; k++) {
    flags[T.ARABIC_INDIC_DIGIT_ZERO + k]! |= FLAG_DIGIT;
    flags[T.EXTENDED_DIGIT_ZERO + k]! |= FLAG_DIGIT;
  }
  for (let c = 0x0600; c <= 0x06ff; c++) {
    flags[c]! |= FLAG_ARABIC_SCRIPT;
    const punct = c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4;
    if (!punct && !(flags[c]! & FLAG_DIGIT) && c !== 0x0600 && c !== 0x0601) flags[c]! |= FLAG_ARABIC_WORD;
  }
  // Presentation forms are judged by the letters they stand for, so that a
  // second pass sees the same Persian or Arabic context as the first.
  const arabicOnly = new Set(T.ARABIC_ONLY_LETTERS);
  const persianUrdu = new Set(T.PERSIAN_URDU_LETTERS);
  for (const [a, b] of T.PRESENTATION_RANGES) {
    for (let c = a; c <= b; c++) {
      const letters = presentationLetters(c);
      lettersOf.set(c, letters);
      // Word ligatures that spell several words (ﷺ) end a word like a space does.
      flags[c]! |= (letters.includes(' ') ? FLAG_SPLITS : FLAG_ARABIC_WORD) | FLAG_ARABIC_SCRIPT;
      if (/^[\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff]/u.test(letters)) flags[c]! |= FLAG_LETTER_START;
      for (let k = 0; k < letters.length; k++) {
        if (arabicOnly.has(letters.charCodeAt(k))) flags[c]! |= FLAG_ARABIC_ONLY;
        if (persianUrdu.has(letters.charCodeAt(k))) flags[c]! |= FLAG_PERSIAN_URDU;
      }
    }
  }
  flags[T.ZWNJ]! |= FLAG_ARABIC_WORD;
  return { flags, letters: lettersOf };
}

function compile(sw: NormalizeSwitches): Compiled {
  const action = new Int32Array(0x10000).fill(KEEP);
  const repl: string[] = [];
  const rules: NormalizeRule[] = [];
  const chars = sharedCharacters();
  const flags = chars.flags.slice();
  const arabicOnly = new Set(T.ARABIC_ONLY_LETTERS);

  // Per-character folds that need no context, in the order they apply.
  const fold = new Map<number, [string, NormalizeRule]>();
  const set = (c: number, to: string, rule: NormalizeRule) => fold.set(c, [to, rule]);
  if (sw.invisibles) {
    for (const c of T.INVISIBLES) set(c, '', 'invisible');
    for (const c of T.BIDI_MARKS) set(c, '', 'bidi-control');
    for (const c of T.BIDI_EMBEDDINGS) set(c, '', 'bidi-control');
    for (const c of T.CONTROLS) set(c, '', 'control');
  }
  if (sw.diacritics === 'strip') for (const c of [...T.DIACRITICS, ...T.QURANIC_MARKS]) set(c, '', 'diacritic');
  if (sw.shadda === 'strip') set(T.SHADDA, '', 'shadda');
  if (sw.alef) for (const [c, to] of T.ALEF_VARIANTS) set(c, to, 'alef');
  if (sw.yeh) for (const [c, to] of T.ALEF_MAKSURA) set(c, to, 'alef-maksura');
  if (sw.tehMarbuta) for (const [c, to] of T.TEH_MARBUTA) set(c, to, 'teh-marbuta');
  if (sw.hamza) for (const [c, to] of T.HAMZA_CARRIERS) set(c, to, 'hamza');
  if (sw.digits === 'ascii') {
    for (let k = 0; k < 10; k++) {
      set(T.ARABIC_INDIC_DIGIT_ZERO + k, String(k), 'digit');
      set(T.EXTENDED_DIGIT_ZERO + k, String(k), 'digit');
    }
  } else if (sw.digits === 'arabic') {
    for (let k = 0; k < 10; k++) set(T.EXTENDED_DIGIT_ZERO + k, String.fromCharCode(T.ARABIC_INDIC_DIGIT_ZERO + k), 'digit');
  }
  if (sw.punctuation === 'ascii') for (const [ar, ascii] of T.PUNCTUATION) set(ar, String.fromCharCode(ascii), 'punctuation');
  if (sw.quotes === 'ascii') for (const [c, to] of T.QUOTES) set(c, to, 'quote');

  const foldString = (s: string): string => {
    let out = '';
    for (const ch of s) {
      const f = ch.length === 1 ? fold.get(ch.charCodeAt(0)) : undefined;
      out += f ? f[0] : ch;
    }
    return out;
  };

  const lamAlef = pairMap(T.LAM_ALEF_LIGATURES);
  const presentationKeep = new Set(T.PRESENTATION_KEEP);
  const singleRules = new Map<number, NormalizeRule>();
  const put = (c: number, to: string, rule: NormalizeRule) => {
    if (to.length === 1 && to !== ' ' && !/[\u06cc\u06a9]/.test(to)) {
      action[c] = to.charCodeAt(0);
      singleRules.set(c, rule);
      return;
    }
    action[c] = REPL_BASE + repl.length;
    repl.push(to);
    rules.push(rule);
  };

  // Only these code units can get a replacement: the ligatures, the
  // presentation forms and the folds. (Looping over these, not over the whole
  // plane, keeps building a parser quick for a one-file run.)
  const candidates = new Set<number>([...lamAlef.keys(), ...fold.keys()]);
  for (const [a, b] of T.PRESENTATION_RANGES) for (let c = a; c <= b; c++) candidates.add(c);
  const replaced: number[] = [];
  for (const c of [...candidates].sort((x, y) => x - y)) {
    let to: string | undefined;
    let rule: NormalizeRule | undefined;
    if (sw.ligatures && lamAlef.has(c)) {
      to = foldString(lamAlef.get(c)!);
      rule = 'lam-alef';
    } else if (sw.presentation && inRanges(c, T.PRESENTATION_RANGES) && !presentationKeep.has(c) && c !== 0xfeff) {
      const letters = chars.letters.get(c)!;
      if (letters !== String.fromCharCode(c)) {
        to = foldString(letters);
        rule = 'presentation-form';
      }
    } else if (fold.has(c)) {
      [to, rule] = fold.get(c)!;
    }
    if (to !== undefined && rule !== undefined) {
      put(c, to, rule);
      replaced.push(c);
    }
  }

  // Spaces: every odd space becomes a plain space; runs collapse.
  if (sw.spaces) {
    action[0x20] = SPACE;
    for (const c of T.ODD_SPACES) action[c] = SPACE;
  }
  // Context rules.
  if (sw.farsi) for (const [c] of T.FARSI_LETTERS) action[c] = CONTEXT;
  if (sw.invisibles) action[T.ZWNJ] = CONTEXT;
  // Surrogates are always checked: a valid pair passes, a lone half is noted.
  for (let c = 0xd800; c <= 0xdfff; c++) action[c] = CONTEXT;
  action[0x0a] = LINE_END;
  action[0x0d] = LINE_END;
  if (sw.compose) for (const [, mark] of T.HAMZA_COMPOSITIONS) action[mark] = CONTEXT;
  if (sw.tatweel !== 'keep') action[T.TATWEEL] = CONTEXT;
  if (sw.digits === 'arabic') {
    for (let c = 0x30; c <= 0x39; c++) action[c] = CONTEXT;
    action[0x2e] = CONTEXT;
    action[0x2c] = CONTEXT;
  }
  if (sw.digits === 'ascii') {
    action[T.ARABIC_DECIMAL_SEPARATOR] = CONTEXT;
    action[T.ARABIC_THOUSANDS_SEPARATOR] = CONTEXT;
  }
  if (sw.punctuation === 'arabic') for (const [, ascii] of T.PUNCTUATION) action[ascii] = CONTEXT;
  // Farsi letters reached through presentation forms also need their context.
  const expansions = new Map<number, string>();
  if (sw.farsi && sw.presentation) {
    for (let c = 0xfb50; c <= 0xfdff; c++) {
      const a = action[c]!;
      if (a >= REPL_BASE && /[\u06cc\u06a9]/.test(repl[a - REPL_BASE]!)) {
        expansions.set(c, repl[a - REPL_BASE]!);
        action[c] = CONTEXT;
      }
    }
  }

  // A character that folds into an Arabic-only letter (ئ to ي under --hamza)
  // marks its line as Arabic, as its folded form will on a second pass.
  for (const c of replaced) {
    const a = action[c]!;
    const to = a >= REPL_BASE ? repl[a - REPL_BASE]! : a >= 0 ? String.fromCharCode(a) : '';
    for (let k = 0; k < to.length; k++) if (arabicOnly.has(to.charCodeAt(k))) flags[c]! |= FLAG_ARABIC_ONLY;
  }

  const compose = new Map<number, number>();
  for (const [base, mark, composed] of T.HAMZA_COMPOSITIONS) {
    const folded = foldString(String.fromCharCode(composed));
    if (folded.length === 1) compose.set((base << 16) | mark, folded.charCodeAt(0));
  }
  // A base letter may reach the buffer already folded (alef variants, hamza carriers).
  for (const [base, mark, composed] of T.HAMZA_COMPOSITIONS) {
    const foldedBase = foldString(String.fromCharCode(base));
    const folded = foldString(String.fromCharCode(composed));
    if (foldedBase.length === 1 && folded.length === 1) compose.set((foldedBase.charCodeAt(0) << 16) | mark, folded.charCodeAt(0));
  }

  return { sw, identity: isIdentity(sw), action, repl, rules, singleRules, compose, flags, expansions };
}

/** Growing UTF-16 output buffer, reused line after line. */
class Out {
  buf = new Uint16Array(256);
  j = 0;
  private readonly units = new Utf16Text();
  /** Empties it for the next line, keeping its array. */
  reset(): void {
    this.j = 0;
  }
  reserve(n: number): void {
    if (this.j + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.j + n) size *= 2;
    const next = new Uint16Array(size);
    next.set(this.buf.subarray(0, this.j));
    this.buf = next;
  }
  push(code: number): void {
    if (this.j === this.buf.length) this.reserve(1);
    this.buf[this.j++] = code;
  }
  /** The text written; a buffer a long line grew past `KEPT_UNITS` is let go (with the view of it). */
  toString(): string {
    if (this.buf.length <= KEPT_UNITS) return this.units.text(this.buf, this.j);
    const text = new Utf16Text().text(this.buf, this.j);
    this.buf = new Uint16Array(256);
    return text;
  }
}

/** State of one line being normalised. */
interface LineState {
  s: string;
  start: number;
  /** End of the line, once known (-1 until a context rule needs it). */
  end: number;
  out: Out;
  lineStart: number;
  pending: boolean;
  pendingCode: number;
  pendingIndex: number;
  /** -1 unknown, 0 the line has no Arabic-only letter, 1 it has one. */
  arabicLine: number;
  tokenEnd: number;
  tokenLatin: boolean;
  /** End (input index) of the word last judged Persian or not, and the verdict. */
  wordEnd: number;
  wordPersian: boolean;
  trace: NormalizeChange[] | null;
  stats: NormalizeStats | null;
}

/**
 * A normaliser compiled for one set of switches. Create it once and reuse it:
 * compiling costs a few milliseconds, normalising a line a few microseconds.
 */
export class Normalizer {
  readonly switches: Readonly<NormalizeSwitches>;
  private readonly c: Compiled;
  /** The output buffer, reused: `text` runs to its end before it is called again. */
  private readonly out = new Out();

  constructor(options: NormalizeOptions | ProfileName = 'clean') {
    this.switches = resolveSwitches(options);
    this.c = compile(this.switches);
  }

  /** True when this normaliser returns every input unchanged (profile `none`, no switch). */
  get identity(): boolean {
    return this.c.identity;
  }

  /**
   * Normalises one line (text without line terminators). Does not split or
   * join lines. Counts repairs into `stats` and records changes into `trace`
   * when they are given.
   */
  line(s: string, stats: NormalizeStats | null = null, trace: NormalizeChange[] | null = null): string {
    if (this.c.identity) return s;
    if (!trace && this.unchanged(s)) return s;
    return this.text(s, stats, trace);
  }

  /**
   * Normalises a whole text line by line, keeping every line terminator (CRLF,
   * CR, LF) exactly as it was, so the output has the same lines as the input.
   */
  text(s: string, stats: NormalizeStats | null = null, trace: NormalizeChange[] | null = null): string {
    if (this.c.identity) return s;
    const out = this.out;
    out.reset();
    out.reserve(s.length + 16);
    const n = s.length;
    let start = 0;
    for (;;) {
      const end = this.run(s, start, n, out, stats, trace);
      if (end >= n) break;
      if (s.charCodeAt(end) === 0x0d && s.charCodeAt(end + 1) === 0x0a) {
        out.push(0x0d);
        out.push(0x0a);
        start = end + 2;
      } else {
        out.push(s.charCodeAt(end));
        start = end + 1;
      }
    }
    return out.toString();
  }

  /** Fast check: would `line` change nothing? */
  private unchanged(s: string): boolean {
    const action = this.c.action;
    const n = s.length;
    const spaces = this.c.sw.spaces;
    for (let i = 0; i < n; i++) {
      const code = s.charCodeAt(i);
      const a = action[code]!;
      if (a === KEEP) continue;
      if (a === SPACE && code === 0x20 && i > 0 && i < n - 1 && s.charCodeAt(i + 1) !== 0x20) continue;
      return false;
    }
    return !(spaces && n > 0 && (s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20));
  }

  /** Normalises from `start` up to the next line end (or `limit`); returns where it stopped. */
  private run(s: string, start: number, limit: number, out: Out, stats: NormalizeStats | null, trace: NormalizeChange[] | null): number {
    const { action, repl, rules } = this.c;
    let end = limit;
    // Room for the rest of the input: the hot loop writes at most one unit per
    // input unit; longer replacements reserve more on the slow path.
    out.reserve(s.length - start + 32);
    const st: LineState = {
      s,
      start,
      end: -1,
      out,
      lineStart: out.j,
      pending: false,
      pendingCode: 0x20,
      pendingIndex: 0,
      arabicLine: -1,
      tokenEnd: -1,
      tokenLatin: false,
      wordEnd: -1,
      wordPersian: false,
      trace,
      stats,
    };
    // Hot loop with the buffer, its index and the pending-space flag in locals;
    // the rare paths below work on `st` and are synced around each call.
    let buf = out.buf;
    let j = out.j;
    let pending = false;
    const remaining = s.length;
    for (let i = start; i < end; i++) {
      const code = s.charCodeAt(i);
      const a = action[code]!;
      if (a === KEEP) {
        if (pending) {
          buf[j++] = 0x20;
          pending = false;
          if (st.pendingCode !== 0x20) trace?.push({ index: st.pendingIndex - start, from: String.fromCharCode(st.pendingCode), to: ' ', rule: 'space' });
        }
        buf[j++] = code;
        continue;
      }
      if (a >= 0 && a < REPL_BASE) {
        if (pending) {
          buf[j++] = 0x20;
          pending = false;
        }
        if (trace) trace.push({ index: i - start, from: String.fromCharCode(code), to: String.fromCharCode(a), rule: this.c.singleRules.get(code)! });
        buf[j++] = a;
        continue;
      }
      if (a === SPACE && code === 0x20 && !pending && j > st.lineStart) {
        pending = true;
        st.pendingCode = 0x20;
        st.pendingIndex = i;
        continue;
      }
      if (a === LINE_END) {
        end = i;
        break;
      }
      out.j = j;
      st.pending = pending;
      out.reserve(remaining - i + 32);
      if (a >= REPL_BASE) {
        const to = repl[a - REPL_BASE]!;
        const rule = rules[a - REPL_BASE]!;
        if (trace) trace.push({ index: i - start, from: String.fromCharCode(code), to, rule });
        if (stats && to === '') this.count(stats, rule, code);
        if (to.length > 0) this.emitString(st, to, i);
      } else if (a === SPACE) {
        this.space(st, code, i);
      } else {
        i = this.context(st, code, i);
      }
      buf = out.buf;
      j = out.j;
      pending = st.pending;
    }
    out.j = j;
    st.pending = pending;
    if (st.pending && trace) trace.push({ index: st.pendingIndex - start, from: String.fromCharCode(st.pendingCode), to: '', rule: 'trim' });
    return end;
  }

  private count(stats: NormalizeStats, rule: NormalizeRule, code: number): void {
    if (rule === 'control') stats.controls++;
    else if (rule === 'bidi-control' && ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))) stats.bidiEmbeddings++;
  }

  private space(st: LineState, code: number, i: number): void {
    if (st.out.j === st.lineStart) {
      st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: '', rule: 'trim' });
    } else if (st.pending) {
      st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: '', rule: 'collapse-space' });
    } else {
      st.pending = true;
      st.pendingCode = code;
      st.pendingIndex = i;
    }
  }

  private flushSpace(st: LineState): void {
    st.pending = false;
    st.out.push(0x20);
    if (st.pendingCode !== 0x20) st.trace?.push({ index: st.pendingIndex - st.start, from: String.fromCharCode(st.pendingCode), to: ' ', rule: 'space' });
  }

  /** Writes a replacement of several characters (presentation forms, ligatures). */
  private emitString(st: LineState, to: string, i: number): void {
    for (let k = 0; k < to.length; k++) {
      const ch = to.charCodeAt(k);
      if (ch === 0x20 && this.c.sw.spaces) {
        if (st.out.j !== st.lineStart) {
          st.pending = true;
          st.pendingCode = 0x20;
          st.pendingIndex = i;
        }
        continue;
      }
      if (st.pending) this.flushSpace(st);
      st.out.push(ch === 0x06cc || ch === 0x06a9 ? this.farsiLetter(st, ch, i) : ch);
    }
  }

  /** The word written so far on this line is one of `TATWEEL_CLITICS`. */
  private cliticBefore(st: LineState): boolean {
    if (st.pending) return false;
    const out = st.out;
    let start = out.j;
    while (start > st.lineStart && out.j - start < 4 && (this.c.flags[out.buf[start - 1]!]! & FLAG_ARABIC_WORD) !== 0) start--;
    if (start > st.lineStart && (this.c.flags[out.buf[start - 1]!]! & FLAG_ARABIC_WORD) !== 0) return false;
    let word = '';
    for (let k = start; k < out.j; k++) word += String.fromCharCode(out.buf[k]!);
    return T.TATWEEL_CLITICS.includes(word);
  }

  private emit(st: LineState, code: number): void {
    if (st.pending) this.flushSpace(st);
    st.out.push(code);
  }

  /** Handles a code unit whose mapping depends on its neighbours; returns the last index consumed. */
  private context(st: LineState, code: number, i: number): number {
    const { sw, compose } = this.c;
    const s = st.s;
    // Surrogates: a valid pair passes, a lone half is replaced.
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        this.emit(st, code);
        st.out.push(next);
        return i + 1;
      }
      if (!sw.invisibles) {
        this.emit(st, code);
        return i;
      }
      if (st.stats) st.stats.invalid++;
      st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: '\ufffd', rule: 'invalid' });
      this.emit(st, 0xfffd);
      return i;
    }
    // Farsi yeh and keheh, directly or through a presentation form.
    if (code === 0x06cc || code === 0x06a9 || (code >= 0xfb50 && code <= 0xfdff)) {
      if (code >= 0xfb50) {
        const to = this.c.expansions.get(code) ?? String.fromCharCode(code);
        st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to, rule: 'presentation-form' });
        this.emitString(st, to, i);
        return i;
      }
      const to = this.farsiLetter(st, code, i);
      if (to !== code) st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: String.fromCharCode(to), rule: 'farsi-letter' });
      this.emit(st, to);
      return i;
    }
    // Tatweel: removed inside words; one standing alone between spaces is a dash and stays.
    if (code === T.TATWEEL) {
      const prev = !st.pending && st.out.j > st.lineStart ? st.out.buf[st.out.j - 1]! : 0x20;
      // The next character that survives: invisible marks about to be removed do not count.
      let k = i + 1;
      while (k < s.length && this.deleted(s.charCodeAt(k))) k++;
      const next = k < s.length ? s.charCodeAt(k) : 0x20;
      // `clean`: a clitic joined by tatweel to a number, Latin word or quote keeps one (`الـ32`).
      if (sw.tatweel === 'elongation') {
        let end = i;
        while (end + 1 < s.length && s.charCodeAt(end + 1) === T.TATWEEL) end++;
        const after = end + 1 < s.length ? s.charCodeAt(end + 1) : 0x20;
        if (T.TATWEEL_JOINS_TO.test(String.fromCharCode(after)) && this.cliticBefore(st)) {
          if (end > i) st.trace?.push({ index: i + 1 - st.start, from: '\u0640'.repeat(end - i), to: '', rule: 'tatweel' });
          this.emit(st, code);
          return end;
        }
      }
      if ((this.c.flags[prev]! & FLAG_ARABIC_WORD) !== 0 || (this.c.flags[next]! & (FLAG_ARABIC_WORD | FLAG_LETTER_START)) !== 0 || next === T.TATWEEL) {
        st.trace?.push({ index: i - st.start, from: '\u0640', to: '', rule: 'tatweel' });
      } else this.emit(st, code);
      return i;
    }
    // Zero width non-joiner: kept in Persian and Urdu words only.
    if (code === T.ZWNJ) {
      if (this.persianContext(st, i)) this.emit(st, code);
      else st.trace?.push({ index: i - st.start, from: '\u200c', to: '', rule: 'invisible' });
      return i;
    }
    // Combining madda / hamza: compose with the letter before it.
    if (code >= 0x0653 && code <= 0x0655) {
      const out = st.out;
      if (!st.pending && out.j > st.lineStart) {
        const composed = compose.get((out.buf[out.j - 1]! << 16) | code);
        if (composed !== undefined) {
          st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: '', rule: 'compose-hamza' });
          out.buf[out.j - 1] = composed;
          return i;
        }
      }
      if (sw.diacritics === 'strip') st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: '', rule: 'diacritic' });
      else this.emit(st, code);
      return i;
    }
    // Digits to Arabic-Indic, except inside Latin tokens and URLs.
    if (code >= 0x30 && code <= 0x39) {
      if (this.latinToken(st, i)) this.emit(st, code);
      else {
        const to = T.ARABIC_INDIC_DIGIT_ZERO + (code - 0x30);
        st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: String.fromCharCode(to), rule: 'digit' });
        this.emit(st, to);
      }
      return i;
    }
    // Decimal and thousands separators between two digits follow the digits.
    const betweenDigits = !st.pending && st.out.j > st.lineStart && (this.c.flags[st.out.buf[st.out.j - 1]!]! & FLAG_DIGIT) !== 0 &&
      i + 1 < s.length && (this.c.flags[s.charCodeAt(i + 1)]! & FLAG_DIGIT) !== 0;
    if (code === T.ARABIC_DECIMAL_SEPARATOR || code === T.ARABIC_THOUSANDS_SEPARATOR) {
      const to = betweenDigits ? (code === T.ARABIC_DECIMAL_SEPARATOR ? 0x2e : 0x2c) : code;
      if (to !== code) st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: String.fromCharCode(to), rule: 'digit' });
      this.emit(st, to);
      return i;
    }
    if ((code === 0x2e || code === 0x2c) && sw.digits === 'arabic' && betweenDigits && !this.latinToken(st, i)) {
      const to = code === 0x2e ? T.ARABIC_DECIMAL_SEPARATOR : T.ARABIC_THOUSANDS_SEPARATOR;
      st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: String.fromCharCode(to), rule: 'digit' });
      this.emit(st, to);
      return i;
    }
    // ASCII punctuation after Arabic text becomes Arabic punctuation.
    if (sw.punctuation === 'arabic' && (code === 0x2c || code === 0x3b || code === 0x3f) && !betweenDigits && this.afterArabic(st)) {
      const to = T.PUNCTUATION.find(([, ascii]) => ascii === code)![0];
      st.trace?.push({ index: i - st.start, from: String.fromCharCode(code), to: String.fromCharCode(to), rule: 'punctuation' });
      this.emit(st, to);
      return i;
    }
    this.emit(st, code);
    return i;
  }

  private farsiLetter(st: LineState, code: number, i: number): number {
    if (!this.c.sw.farsi || this.persianContext(st, i)) return code;
    return code === 0x06cc ? 0x064a : 0x0643;
  }

  /** Is position i inside a Persian or Urdu word, or on a line with no Arabic-only letter? */
  private persianContext(st: LineState, i: number): boolean {
    const { flags } = this.c;
    const s = st.s;
    const end = lineEnd(st);
    if (st.arabicLine < 0) {
      st.arabicLine = 0;
      for (let k = st.start; k < end; k++) {
        if (flags[s.charCodeAt(k)]! & FLAG_ARABIC_ONLY) {
          st.arabicLine = 1;
          break;
        }
      }
    }
    if (st.arabicLine === 0) return true;
    // One decision per word: the part already written (normalised) and the part still to come.
    if (i < st.wordEnd) return st.wordPersian;
    let persian = false;
    const out = st.out;
    if (!st.pending) {
      for (let k = out.j - 1; k >= st.lineStart; k--) {
        const f = flags[out.buf[k]!]!;
        if (!(f & FLAG_ARABIC_WORD)) break;
        if (f & FLAG_PERSIAN_URDU) persian = true;
      }
    }
    let k = i + 1;
    for (; k < end; k++) {
      const f = flags[s.charCodeAt(k)]!;
      if (!(f & FLAG_ARABIC_WORD)) break;
      if (f & FLAG_PERSIAN_URDU) persian = true;
    }
    st.wordEnd = k;
    st.wordPersian = persian;
    return persian;
  }

  /**
   * Does the whitespace-delimited token around i hold a Latin letter (a URL,
   * a Latin word)? The part already written is read from the output, so the
   * answer is the same on a second pass.
   */
  private latinToken(st: LineState, i: number): boolean {
    if (i < st.tokenEnd) return st.tokenLatin;
    const s = st.s;
    const isLatin = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    const isSpace = (c: number) => c === 0x20 || c === 0x09 || this.c.action[c] === SPACE;
    let latin = false;
    const out = st.out;
    if (!st.pending) {
      for (let k = out.j - 1; k >= st.lineStart && !isSpace(out.buf[k]!); k--) {
        if (isLatin(out.buf[k]!)) {
          latin = true;
          break;
        }
      }
    }
    const end = lineEnd(st);
    let b = i;
    while (b < end && !isSpace(s.charCodeAt(b)) && !(b > i && this.c.sw.presentation && this.c.flags[s.charCodeAt(b)]! & FLAG_SPLITS)) {
      if (isLatin(s.charCodeAt(b))) latin = true;
      b++;
    }
    st.tokenEnd = b;
    st.tokenLatin = latin;
    return latin;
  }

  /** Is this code unit always removed (invisible, bidi or control character)? */
  private deleted(code: number): boolean {
    const a = this.c.action[code]!;
    return a >= REPL_BASE && this.c.repl[a - REPL_BASE] === '';
  }

  /** Is the last character written (spaces aside) Arabic script? */
  private afterArabic(st: LineState): boolean {
    const out = st.out;
    let k = out.j - 1;
    while (k >= st.lineStart && out.buf[k] === 0x20) k--;
    return k >= st.lineStart && (this.c.flags[out.buf[k]!]! & FLAG_ARABIC_SCRIPT) !== 0;
  }
}

/** Finds (once) where the current line ends. */
function lineEnd(st: LineState): number {
  if (st.end < 0) {
    const s = st.s;
    let k = st.start;
    while (k < s.length) {
      const c = s.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) break;
      k++;
    }
    st.end = k;
  }
  return st.end;
}

/** Fresh counters for `Normalizer.line` and `Normalizer.text`. */
export function emptyStats(): NormalizeStats {
  return { bidiEmbeddings: 0, controls: 0, invalid: 0 };
}

/**
 * Normalises a text with a profile or options, keeping its line structure.
 * Convenience for one-off calls; for many texts create a `Normalizer` once.
 */
export function normalize(text: string, options: NormalizeOptions | ProfileName = 'clean'): string {
  return new Normalizer(options).text(text);
}
