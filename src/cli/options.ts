/**
 * Options shared by several commands: the normalisation switches, terminal
 * settings (colour, display mode, width) and their environment overrides.
 */
import type { ChalkInstance } from 'chalk';
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from './commander.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NormalizeOptions, ProfileName } from '../normalize/profiles.js';
import { PROFILE_NAMES } from '../normalize/profiles.js';
import type { DisplayMode } from '../render/display.js';
import { MARKER_EXTENSION_KEYS, type MarkerExtension } from '../segment/markers.js';
import { DateParser, type DateOptions } from '../meta/date.js';
import type { CliIO, OutStream } from './io.js';

/** Raised for bad option values and unreadable option files: exit code 2. */
export class UsageError extends Error {}

// The fold switches: each `--x` has a `--no-x` that keeps what the profile would fold,
// listed once in help. [flag, what it does, what --no-x does]
const FOLD_SWITCHES: readonly (readonly [string, string, string])[] = [
  ['alef', 'fold أ إ آ ٱ to ا', 'keeps them'],
  ['yeh', 'fold alef maksura ى to ي', 'keeps it'],
  ['teh-marbuta', 'fold teh marbuta ة to ه', 'keeps it'],
  ['hamza', 'fold hamza carriers ؤ to و and ئ to ي', 'keeps them'],
  ['ligatures', 'split lam-alef ligatures', 'keeps them'],
];

/** The help heading of the normalisation switches, shared by parse, normalize and inspect. */
export const NORMALIZE_GROUP = 'Normalisation (the same switches in parse, normalize and inspect):';

/** Adds the profile option (under `flag`) and every normalisation switch, in one help group. */
export function addNormalizeOptions(cmd: Command, flag: string): Command {
  cmd
    .optionsGroup(NORMALIZE_GROUP)
    .addOption(new Option(flag, 'profile: none, clean or search; the switches below adjust it').choices(PROFILE_NAMES as string[]).default('clean'))
    .addOption(new Option('--diacritics <mode>', 'keep or strip harakat and Quranic marks').choices(['keep', 'strip']))
    .addOption(new Option('--shadda <mode>', 'keep or strip shadda (follows --diacritics unless set)').choices(['keep', 'strip']));
  for (const [name, does, keeps] of FOLD_SWITCHES) {
    cmd.addOption(new Option(`--${name}`, `${does} (--no-${name} ${keeps})`));
    cmd.addOption(new Option(`--no-${name}`).hideHelp());
  }
  return cmd
    .addOption(new Option('--digits <mode>', 'digits: keep, ascii (0-9) or arabic (٠-٩)').choices(['keep', 'ascii', 'arabic']))
    .addOption(new Option('--punctuation <mode>', '، ؛ ؟ and , ; ?: keep, ascii or arabic').choices(['keep', 'ascii', 'arabic']))
    .addOption(new Option('--tatweel <mode>', 'keep, strip, or elongation: strip all but a clitic\'s before a number or Latin word (الـ32)').choices(['keep', 'elongation', 'strip']))
    .addOption(new Option('--quotes <mode>', '« » “ ” to " (ascii) or keep').choices(['keep', 'ascii']));
}

/** Reads the normalisation options commander parsed. Switches not given follow the profile. */
export function normalizeOptionsFrom(opts: Record<string, unknown>, profileKey: string, cmd: Command): NormalizeOptions {
  const out: NormalizeOptions = { profile: opts[profileKey] as ProfileName };
  const given = (key: string) => cmd.getOptionValueSource(key) === 'cli';
  for (const key of ['diacritics', 'shadda', 'digits', 'punctuation', 'tatweel', 'quotes'] as const) {
    if (opts[key] !== undefined) (out as Record<string, unknown>)[key] = opts[key];
  }
  for (const key of ['alef', 'yeh', 'tehMarbuta', 'hamza', 'ligatures'] as const) {
    if (given(key)) (out as Record<string, unknown>)[key] = opts[key];
  }
  return out;
}

/** Adds `--color`, `--no-color`, `--display`, `--width` and, for long views, `--pager`, in one help group. */
export function addTerminalOptions(cmd: Command, pager = false): Command {
  cmd
    .optionsGroup('Display:')
    .option('--color', 'colour even when not on a terminal (also --color=always|never|auto)')
    .addOption(new Option('--no-color', 'never colour').hideHelp())
    .addOption(new Option('--display <mode>', 'visual: shape and reorder Arabic; logical: leave it to the terminal; auto').choices(['visual', 'logical', 'auto']))
    .option('--width <n>', 'terminal width in columns, 20 to 1000 (default: COLUMNS, the terminal, or 80)', widthOption);
  if (pager) {
    cmd
      .option('--pager', 'page the view through $MAQAL_PAGER, $PAGER or less (default on a terminal when it is taller than the screen)')
      .addOption(new Option('--no-pager', 'never page').hideHelp());
  }
  return cmd;
}

/**
 * `--color=always|never|auto` (and `--color WHEN`) to commander's boolean
 * `--color` / `--no-color`; `auto` drops the flag. Other arguments are left alone.
 */
export function colorWhen(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--') {
      for (let m = k; m < argv.length; m++) out.push(argv[m]!);
      break;
    }
    const eq = a.startsWith('--color=') ? a.slice(8) : a === '--color' && COLOR_WHEN.includes(argv[k + 1] ?? '') ? argv[++k]! : null;
    if (eq === null) out.push(a);
    else if (eq === 'always') out.push('--color');
    else if (eq === 'never') out.push('--no-color');
    else if (eq !== 'auto') throw new UsageError(`--color: expected always, never or auto, got ${JSON.stringify(eq)}`);
  }
  return out;
}
const COLOR_WHEN = ['always', 'never', 'auto'];

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/**
 * `--jobs`: a number of threads, or `auto` for one per core. At most twice
 * the cores: more only costs memory (each thread holds a parser and a heap).
 */
export function jobsOption(value: string): number {
  return jobsFor(value, availableParallelism());
}

/** `--jobs` on a machine of `cores` cores (commander passes a parser the previous value as its second argument, so this is apart). */
export function jobsFor(value: string, cores: number): number {
  if (value === 'auto') return cores;
  const n = positiveInt(value);
  const max = cores * 2;
  if (n > max) throw new InvalidArgumentError(`at most ${max} (twice the ${cores} cores of this machine), or auto`);
  return n;
}

// Size suffixes, binary: 10K, 10M, 1G (a trailing B or iB is allowed).
const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `--max-bytes`: a number of bytes, with an optional suffix (`10M`, `1G`, `512KB`). */
export function byteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(value);
  const n = m ? Math.floor(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a size in bytes, such as 1000000, 64K, 10M or 1G');
  return n;
}

/** Terminal width: 20 to 1000 columns (a wider view is no view, and layout time grows with it). */
export function widthOption(value: string): number {
  const n = positiveInt(value);
  if (n < MIN_WIDTH || n > MAX_WIDTH) throw new InvalidArgumentError(`expected ${MIN_WIDTH} to ${MAX_WIDTH} columns`);
  return n;
}
export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;

/**
 * Colour level for a stream: `--color` / `--no-color` first, then NO_COLOR
 * (any value turns colour off) and FORCE_COLOR (0-3), then whether the stream
 * is a terminal.
 */
export function colorLevel(flag: boolean | undefined, stream: OutStream, env: CliIO['env'], given: boolean): 0 | 1 | 2 | 3 {
  if (given && flag === false) return 0;
  if (given && flag === true) return Math.max(1, envLevel(env) ?? 1) as 1 | 2 | 3;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0;
    const n = Number(forced);
    return (forced === '' || forced === 'true' || !Number.isFinite(n) ? 1 : Math.min(3, Math.max(1, n))) as 1 | 2 | 3;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return envLevel(env) ?? 1;
}

function envLevel(env: CliIO['env']): 1 | 2 | 3 | undefined {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM && /-256(color)?$/i.test(env.TERM)) return 2;
  return undefined;
}

/** The styles of a colour level; chalk is loaded on first use, so piped data never pays for it. */
export async function chalkFor(level: 0 | 1 | 2 | 3): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}

/**
 * Display mode: `--display`, then MAQAL_DISPLAY, then auto: logical when the
 * output is not a terminal or the terminal orders bidi text itself (VTE-based
 * terminals such as GNOME Terminal, Konsole, mlterm), visual otherwise.
 */
export function displayMode(flag: string | undefined, stream: OutStream, env: CliIO['env']): DisplayMode {
  const wanted = flag ?? env.MAQAL_DISPLAY ?? 'auto';
  if (wanted === 'visual' || wanted === 'logical') return wanted;
  if (wanted !== 'auto') throw new UsageError(`MAQAL_DISPLAY: expected visual, logical or auto, got ${JSON.stringify(wanted)}`);
  if (!stream.isTTY) return 'logical';
  if (bidiTerminal(env)) return 'logical';
  return 'visual';
}

/** Terminals known to apply the bidi algorithm and Arabic shaping themselves (VTE 0.58 and later, Konsole, mlterm). */
export function bidiTerminal(env: CliIO['env']): boolean {
  const vte = Number(env.VTE_VERSION ?? 0);
  return vte >= 5800 || env.KONSOLE_VERSION !== undefined || env.MLTERM !== undefined;
}

/** Width in columns: `--width`, then COLUMNS, then the terminal, then 80. */
export function terminalWidth(flag: number | undefined, stream: OutStream, env: CliIO['env']): number {
  if (flag) return flag;
  const cols = Number(env.COLUMNS);
  const width = Number.isInteger(cols) && cols > 0 ? cols : stream.columns && stream.columns > 0 ? stream.columns : 80;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
}

/** Reads a JSON file named by an option; a missing or broken file is a usage error. */
export function readJsonFile(path: string, cwd: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(`${path}: ${e.code === 'ENOENT' ? 'no such file' : e instanceof SyntaxError ? `not valid JSON (${e.message})` : e.message}`);
  }
}

/** Adds the options that say what the inputs are: folder endings, path lists, JSON Lines fields. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .optionsGroup('Input:')
    .option('--ext <list>', 'file endings read from folders, comma-separated', 'txt')
    .option('--files-from <file>', 'read input paths from FILE, one a line (- for stdin)')
    .option('-0, --null', 'with --files-from: paths are separated by NUL bytes (find -print0)')
    .addOption(new Option('--input <kind>', 'what the inputs hold: text dumps, or JSON Lines records').choices(['text', 'jsonl']).default('text'))
    .option('--text-field <name>', 'JSON Lines: the field holding the dump', 'text')
    .option('--id-field <name>', 'JSON Lines: the field holding the record id', 'id');
}

/** The date options of `parse`, `inspect` and `date`. */
export interface DateCommandOptions {
  timezone?: string;
  referenceTime?: string;
  monthFirst?: boolean;
}

/** Adds `--timezone`, `--reference-time` and `--month-first` to a command. */
export function addDateOptions(cmd: Command): Command {
  return cmd
    .option('--timezone <zone>', 'IANA zone the site writes its times in (Africa/Cairo): gives times an offset, summer time included')
    .option('--reference-time <iso>', 'the time relative dates (منذ ساعتين، أمس) count from, e.g. the crawl time: 2024-05-15T10:00:00+03:00')
    .option('--month-first', 'read numeric dates that fit both orders (06/07/2012) as month/day');
}

/** Checks the date options (a zone ICU does not know, a reference time that is not ISO 8601: usage errors). */
export function dateOptionsFrom(opts: DateCommandOptions): DateOptions {
  const out: DateOptions = {};
  if (opts.timezone !== undefined) out.timezone = opts.timezone;
  if (opts.referenceTime !== undefined) out.referenceTime = opts.referenceTime;
  if (opts.monthFirst) out.monthFirst = true;
  // Only a zone or a reference time can be wrong: with neither, no parser is built just to check.
  if (out.timezone === undefined && out.referenceTime === undefined) return out;
  try {
    new DateParser(out);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return out;
}

/** Reads a `--markers` file: JSON with arrays of phrases per family. */
export function readMarkers(path: string, cwd: string): MarkerExtension {
  const data = readJsonFile(path, cwd);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${path}: expected a JSON object of phrase lists`);
  const out: MarkerExtension = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(MARKER_EXTENSION_KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`${path}: unknown marker family "${key}" (expected ${MARKER_EXTENSION_KEYS.join(', ')})`);
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new UsageError(`${path}: "${key}" must be an array of strings`);
    if (key === 'agencies') {
      const bad = (value as string[]).find((v) => !/^[^=\s][^=]*=\s*\S/u.test(v));
      if (bad !== undefined) throw new UsageError(`${path}: "agencies" entries are ID=name (e.g. "MENA=أ ش أ"), got ${JSON.stringify(bad)}`);
    }
    (out as Record<string, string[]>)[key] = value as string[];
  }
  return out;
}

