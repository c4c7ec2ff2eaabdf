/**
 * `maqal parse`: inputs to articles. Inputs are files, folders, quoted globs,
 * `-` for stdin, `--files-from`, or JSON Lines records; output goes to stdout
 * (JSON, NDJSON, plain text, the pretty view) or, with `--out-dir`, to one
 * file per input plus a manifest. A bad input is reported on stderr and
 * skipped; every other input is still parsed and written, in input order.
 */
import type { Command } from 'commander';
import { closeSync, constants, createReadStream, lstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { encodingFromName, type EncodingName } from '../decode/index.js';
import { Parser, type ParseOptions } from '../parse.js';
import { rawFields, type RawJson } from '../model/raw-json.js';
import type { QualityPreset } from '../corpus/quality.js';
import type { Display } from '../render/display.js';
import { escapeForTerminal } from '../render/escape.js';
import { ChromeCounter, readChromeTable } from './chrome.js';
import { argName, argPath, countInputs, describeError, isCollection, iterateInputs, Lookahead, readSpecial, readStream, type ExpandOptions, type InputArg, type Source } from './inputs.js';
import { EXIT, Output, userError, type CliIO } from './io.js';
import { recordChunks, runJob, type Job, type JobOptions, type JobResult } from './job.js';
import { readJsonl } from './jsonl.js';
import { chalkFor, colorLevel, dateOptionsFrom, displayMode, normalizeOptionsFrom, readMarkers, terminalWidth, UsageError, type DateCommandOptions } from './options.js';
import { isFatalWriteError, OutDir, OutDirError, writeAtomic, type ManifestEntry } from './outdir.js';
import { viewOutput, type ViewOutput } from './pager.js';
import { readPathList } from './paths.js';
import { Progress, summaryJson, summaryTable, type Totals } from './progress.js';

export interface ParseCommandOptions {
  format?: 'json' | 'ndjson' | 'jsonl' | 'text' | 'pretty' | 'record';
  array?: boolean;
  strict?: boolean;
  quiet?: boolean;
  summary?: boolean;
  null?: boolean;
  pager?: boolean;
  progressEvery: number;
  encoding?: string;
  markers?: string;
  ext: string;
  filesFrom?: string;
  input: 'text' | 'jsonl';
  textField: string;
  idField: string;
  referenceField?: string;
  keepFields?: string;
  qualityPreset?: QualityPreset;
  dropFlagged?: boolean;
  fingerprint?: boolean;
  stats?: boolean;
  outDir?: string;
  relativeTo?: string;
  resume?: boolean;
  force?: boolean;
  emitEmbedded?: boolean;
  learnChrome?: boolean;
  chromeMinDocs: number;
  chromeTable?: string;
  summaryJson?: string;
  progress: boolean | 'auto' | 'plain' | 'none';
  jobs: number;
  maxBytes: number;
  color?: boolean;
  display?: string;
  width?: number;
}

/** The parse options (normalisation, encoding, markers) the command line asks for. */
export function parseOptionsFrom(opts: { encoding?: string; markers?: string } & DateCommandOptions, cmd: Command, io: CliIO, profileKey = 'normalize'): ParseOptions {
  const normalize = normalizeOptionsFrom(cmd.opts(), profileKey, cmd);
  const encoding = opts.encoding ? (encodingFromName(opts.encoding) as EncodingName) : undefined;
  const markers = opts.markers ? readMarkers(opts.markers, io.cwd) : undefined;
  const dates = dateOptionsFrom(opts);
  return { normalize, ...(encoding ? { encoding } : {}), ...(markers ? { markers } : {}), ...(Object.keys(dates).length ? { dates } : {}) };
}

/** Builds the parser the options ask for. */
export function parserFrom(opts: { encoding?: string; markers?: string } & DateCommandOptions, cmd: Command, io: CliIO, profileKey = 'normalize'): Parser {
  return new Parser(parseOptionsFrom(opts, cmd, io, profileKey));
}

/** Builds the terminal display the options and environment ask for. */
export async function displayFrom(opts: { color?: boolean; display?: string; width?: number }, cmd: Command, io: CliIO): Promise<Display> {
  const level = colorLevel(opts.color, io.stdout, io.env, cmd.getOptionValueSource('color') === 'cli');
  const { Display } = await import('../render/display.js');
  return new Display({
    mode: displayMode(opts.display, io.stdout, io.env),
    width: terminalWidth(opts.width, io.stdout, io.env),
    chalk: await chalkFor(level),
  });
}

/** Input paths from the arguments and `--files-from`; stdin when there are none and it is piped. */
export async function inputArgs(inputs: string[], filesFrom: string | undefined, io: CliIO, nul = false): Promise<InputArg[]> {
  if (nul && !filesFrom) throw new UsageError('-0 (--null) reads a NUL-separated --files-from list: give --files-from');
  // Arguments Node decoded with replacement characters get their own bytes back, in order.
  const pending = new Map<string, Buffer[]>();
  for (const [text, list] of io.rawArgs ?? []) pending.set(text, list.slice());
  const given: InputArg[] = inputs.map((a) => pending.get(a)?.shift() ?? a);
  // A list of any length (never spread into a call: 125,000 paths overflow the stack).
  const args = filesFrom ? given.concat(await readPathList(filesFrom, io, nul)) : given;
  if (args.length === 0) {
    if (io.stdin.isTTY || filesFrom) throw new UsageError('no input: give files, folders, quoted globs, or - for stdin');
    args.push('-');
  }
  return args;
}

/** Below this many inputs a terminal gets no summary table unless --summary asks for it. */
const SUMMARY_MIN_FILES = 20;

/**
 * `-o` names a folder. A file there is a usage error; a new path that looks
 * like a file name gets a hint (a redirect writes one file).
 */
function checkOutDirArgument(dir: string, io: CliIO, quiet: boolean): void {
  let st;
  try {
    st = lstatSync(resolve(io.cwd, dir));
  } catch {
    if (!quiet && /\.(?:json|ndjson|jsonl)$/i.test(dir)) {
      io.stderr.write(`maqal: note: -o names a folder; ${escapeForTerminal(dir)} will be created as one (to write one file: > ${escapeForTerminal(dir)})\n`);
    }
    return;
  }
  if (!st.isDirectory() && !st.isSymbolicLink()) throw new UsageError(`-o names a folder, and ${dir} is a file (to write one file: > ${dir})`);
}

/** One step of the input stream: a job to run, an input that failed before parsing, or one passed over (with why). */
type Step = { job: Job } | { failure: { path: string; reason: string } } | { skipped: { path: string; reason: string } };

export async function runParse(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as ParseCommandOptions;
  if ((opts.resume || opts.force || opts.relativeTo !== undefined) && !opts.outDir) throw new UsageError('--resume, --force and --relative-to need --out-dir');
  const parseOptions = parseOptionsFrom(opts, cmd, io);
  const args = await inputArgs(inputs, opts.filesFrom, io, !!opts.null);
  const jsonl = opts.input === 'jsonl';
  const expand: ExpandOptions = { ext: opts.ext.split(',').map((e) => e.trim()).filter(Boolean), cwd: io.cwd };
  const sources = new Lookahead(jsonl ? [][Symbol.iterator]() : iterateInputs(args, expand));
  // One output shape per set of flags, whatever the inputs turn out to hold: a folder, a glob, a
  // list, JSON Lines or several arguments are a collection (with -f json, one array), even of one file.
  const many = jsonl || !!opts.array || !!opts.emitEmbedded || !!opts.filesFrom || args.length > 1 || args.some((a) => isCollection(a, io.cwd));
  const format = opts.format === 'jsonl' ? 'ndjson' : (opts.format ?? (opts.outDir ? 'json' : io.stdout.isTTY ? 'pretty' : 'ndjson'));
  if (opts.outDir && (format === 'pretty' || format === 'text' || format === 'record')) throw new UsageError('--out-dir writes json or ndjson');
  if (opts.keepFields !== undefined && !jsonl) throw new UsageError('--keep-fields copies fields of JSON Lines records: use it with --input jsonl');
  if (opts.outDir) checkOutDirArgument(opts.outDir, io, !!opts.quiet);
  if (opts.chromeTable === undefined && !opts.learnChrome && cmd.getOptionValueSource('chromeMinDocs') === 'cli' && !opts.quiet) {
    io.stderr.write('maqal: warning: --chrome-min-docs does nothing without --learn-chrome or --chrome-table\n');
  }
  const stdinCount = args.filter((a) => a === '-').length;
  if (stdinCount > 1) throw new UsageError('stdin (-) can be read only once');

  // Cross-document chrome: learn it in a first pass, or load a saved table.
  let chrome: Set<number> | undefined;
  if (opts.learnChrome) {
    if (stdinCount > 0) throw new UsageError('--learn-chrome reads the inputs twice, so it cannot take stdin');
    const counter = await countChrome(new Parser(parseOptions), args, iterateInputs(args, expand), opts, io);
    if (opts.chromeTable) writeAtomic(resolve(io.cwd, opts.chromeTable), [JSON.stringify(counter.table()) + '\n']);
    chrome = counter.learned(opts.chromeMinDocs);
  } else if (opts.chromeTable) {
    const counter = new ChromeCounter();
    counter.merge(readChromeTable(opts.chromeTable, io.cwd));
    chrome = counter.learned(opts.chromeMinDocs);
  }
  // The corpus record carries fingerprint and stats; otherwise they are computed when asked for.
  const fingerprint = !!opts.fingerprint || format === 'record';
  const stats = !!opts.stats || format === 'record';
  if (opts.dropFlagged && !opts.qualityPreset) throw new UsageError('--drop-flagged needs --quality-preset');
  const quality = opts.qualityPreset;
  const fullOptions: ParseOptions = { ...parseOptions, ...(chrome ? { chrome } : {}), ...(fingerprint ? { fingerprint } : {}), ...(stats ? { stats } : {}), ...(quality ? { quality } : {}) };
  const parser = new Parser(fullOptions);

  // The total, for the ETA, costs a walk of the folders: only when progress is shown.
  const progressMode = opts.quiet || opts.progress === false || opts.progress === 'none' ? 'none' : opts.progress === 'plain' ? 'plain' : io.stderr.isTTY === true ? 'line' : 'none';
  const progress = new Progress(io.stderr, progressMode, progressMode === 'line' && !jsonl ? countInputs(args, expand) : null, opts.progressEvery);
  // Every message from here on first clears the progress line, so none is printed over it.
  io = { ...io, stderr: progress.messages() };

  const interactive = format === 'pretty' || format === 'text';
  const jobOptions: JobOptions = { cwd: io.cwd, maxBytes: opts.maxBytes, pretty: interactive ? null : format === 'json', emitEmbedded: !!opts.emitEmbedded, strict: !!opts.strict, record: format === 'record', dropFlagged: !!opts.dropFlagged };
  // Worker threads are loaded only when asked for.
  const pool =
    opts.jobs > 1 && !interactive
      ? new (await import('./pool.js')).WorkerPool(opts.jobs, { parse: fullOptions, chrome: chrome ? [...chrome] : [], job: jobOptions }, (job) => runJob(parser, job, jobOptions))
      : null;
  const out = new Output(io.stdout);
  let sink: Sink;
  if (opts.outDir) {
    let dir: OutDir;
    try {
      dir = new OutDir(opts.outDir, io.cwd, !!opts.force);
    } catch (err) {
      await pool?.close();
      return outDirFailure(err, opts.outDir, io);
    }
    if (opts.resume) dir.removeStaleTemps();
    sink = new OutDirSink(dir, io, !!opts.resume, format === 'json');
  } else {
    // The views are paged on a terminal when taller than the screen; data never is.
    const view = interactive ? viewOutput(out, io, opts.pager) : viewOutput(out, io, false);
    // The terminal stack (chalk, bidi, the reshaper) is loaded only for the formats a person reads.
    const display = format === 'pretty' ? await displayFrom(opts, cmd, io) : null;
    const human = format === 'pretty' || format === 'text';
    const warnDisplay = human ? await displayFrom({ ...opts, display: 'logical' }, cmd, { ...io, stdout: io.stderr }) : null;
    sink = new StdoutSink(format, view, io, opts, many, display, warnDisplay, human ? await humanViews() : null);
  }

  let stop = false;
  void io.interrupted?.then(() => {
    stop = true;
  });
  const totals: Totals = { files: 0, ok: 0, failed: 0, skipped: 0, warnings: 0, bytes: 0 };
  const window: Promise<JobResult>[] = [];
  const settle = async (result: JobResult) => {
    totals.files++;
    totals.bytes += result.bytes;
    // The views show every warning; for data formats the ones that say "this is not a dump" go to stderr.
    if (result.notices && !interactive && !opts.quiet) for (const n of result.notices) io.stderr.write(`maqal: warning: ${escapeForTerminal(result.path)}: ${n}\n`);
    if (result.ok && (await sink.write(result))) {
      totals.ok++;
      totals.warnings += result.warnings;
    } else if (result.ok) {
      totals.failed++;
    } else {
      totals.failed++;
      sink.fail(result.path, result.error ?? 'failed', result.bytes, result.seq);
    }
    progress.update(totals);
  };

  let fatal: OutDirError | null = null;
  try {
    for await (const step of steps(args, sources, opts, io)) {
      if (stop || out.closed || sink.closed) break;
      if ('skipped' in step) {
        if (!opts.quiet) io.stderr.write(`maqal: warning: ${escapeForTerminal(step.skipped.path)}: ${step.skipped.reason}\n`);
        continue;
      }
      if ('failure' in step) {
        // Keep output in input order: results already in flight go first.
        while (window.length) await settle(await window.shift()!);
        totals.files++;
        totals.failed++;
        sink.fail(step.failure.path, step.failure.reason, 0);
        progress.update(totals);
        continue;
      }
      const skip = sink.skip(step.job);
      if (skip !== false) {
        while (window.length) await settle(await window.shift()!);
        totals.files++;
        if (skip === true) totals.skipped++;
        else {
          totals.failed++;
          sink.fail(step.job.path, skip, 0, step.job.seq);
        }
        continue;
      }
      const job = await materialise(step.job, io, opts.maxBytes);
      if (!('kind' in job)) {
        while (window.length) await settle(await window.shift()!);
        await settle(job);
      } else if (pool) {
        window.push(pool.run(job));
        if (window.length >= pool.window) await settle(await window.shift()!);
      } else await settle(runJob(parser, job, jobOptions));
    }
    while (window.length) await settle(await window.shift()!);
  } catch (err) {
    // The output folder failed as a whole (a full disk, a read-only folder): stop, say so once.
    if (!(err instanceof OutDirError)) throw err;
    fatal = err;
  } finally {
    await pool?.close();
    progress.done();
    await sink.finish(stop || fatal !== null);
  }
  if (fatal) {
    userError(io.stderr, fatal.where, fatal.message);
    return EXIT.someFailed;
  }

  const seconds = progress.seconds;
  if (opts.summaryJson !== undefined) {
    try {
      writeAtomic(resolve(io.cwd, opts.summaryJson), [summaryJson(totals, seconds)]);
    } catch (err) {
      userError(io.stderr, opts.summaryJson, describeError(err));
      return EXIT.someFailed;
    }
  }
  // The table: asked for, or on a terminal after a batch big enough to want one.
  if (!opts.quiet && (opts.summary || (io.stderr.isTTY && totals.files >= SUMMARY_MIN_FILES))) {
    io.stderr.write(await summaryTable(totals, seconds, await chalkFor(colorLevel(opts.color, io.stderr, io.env, cmd.getOptionValueSource('color') === 'cli'))));
  }
  if (stop) return EXIT.interrupted;
  return totals.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/**
 * Opening a named pipe waits for a writer, in a thread of the pool, and the
 * process cannot end while that thread waits. After Ctrl-C, maqal opens the
 * pipe's other end itself, without waiting, and closes it: the pending open
 * returns, at the end of an empty pipe.
 */
function releaseOpen(abs: string): void {
  try {
    closeSync(openSync(abs, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // Not a pipe, or already open at both ends.
  }
}

/**
 * Reads stdin, or a named pipe or device named on the command line, into the
 * job in the main thread (workers cannot read stdin), asynchronously and
 * bounded by --max-bytes. A read that fails gives a failed result instead.
 */
async function materialise(job: Job, io: CliIO, maxBytes: number): Promise<Job | JobResult> {
  if (job.kind !== 'file' || (job.path !== '-' && !job.special)) return job;
  const failed = (error: string): JobResult => ({ seq: job.seq, path: job.path, ok: false, error, bytes: 0, encoding: '', warnings: 0, records: [] });
  try {
    const read = job.path === '-' ? readStream(io.stdin, maxBytes) : readSpecial(resolve(io.cwd, job.path), maxBytes);
    // A named pipe nobody writes to never opens: Ctrl-C still ends the run.
    read.catch(() => undefined);
    const bytes = io.interrupted ? await Promise.race([read, io.interrupted.then(() => null)]) : await read;
    if (bytes === null) {
      if (job.path !== '-') releaseOpen(resolve(io.cwd, job.path));
      return failed('interrupted');
    }
    return { seq: job.seq, kind: 'bytes', path: job.path, bytes, ...(job.segments ? { segments: job.segments } : {}) };
  } catch (err) {
    return failed(describeError(err));
  }
}

/**
 * Gives the event loop a turn every few milliseconds of a batch that would
 * otherwise run on microtasks alone: Ctrl-C, the progress timer and V8's
 * incremental garbage collection all wait for it.
 */
function breather(): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < 10) return undefined;
    last = now;
    return new Promise((resolve) => setImmediate(resolve));
  };
}

/** A failure of the output folder before any input: one line, exit 1. */
function outDirFailure(err: unknown, dir: string, io: CliIO): number {
  if (err instanceof OutDirError) userError(io.stderr, err.where, err.message);
  else userError(io.stderr, dir, describeError(err));
  return EXIT.someFailed;
}

/**
 * Where an input's output goes inside the out dir, as path segments: below
 * the folder argument it was found in (each folder is its own root, like
 * `cp -r IN/. OUT/`), or below `--relative-to DIR`; a file named on the
 * command line by its path from the working folder (its name alone when it
 * lies outside); stdin as `stdin`.
 */
function outputSegments(path: string, root: string | null, opts: ParseCommandOptions, cwd: string): string[] | { error: string } {
  if (path === '-') return ['stdin'];
  const abs = resolve(cwd, path);
  const base = opts.relativeTo !== undefined ? resolve(cwd, opts.relativeTo) : root !== null ? resolve(cwd, root) : cwd;
  const rel = relative(base, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    if (opts.relativeTo !== undefined) return { error: `lies outside --relative-to ${opts.relativeTo}` };
    return [basename(abs)];
  }
  return rel.split(sep);
}

/** The inputs as a stream of jobs and early failures, in order. */
async function* steps(args: InputArg[], sources: Iterable<Source>, opts: ParseCommandOptions, io: CliIO): AsyncGenerator<Step> {
  let seq = 0;
  const breathe = breather();
  if (opts.input !== 'jsonl') {
    for (const s of sources) {
      await breathe();
      if (s.kind === 'error') {
        yield { failure: { path: s.path, reason: s.reason } };
        continue;
      }
      if (s.kind === 'skip') {
        yield { skipped: { path: s.path, reason: s.reason } };
        continue;
      }
      const segments = opts.outDir ? outputSegments(s.path, s.kind === 'file' ? s.root : null, opts, io.cwd) : [];
      if (!Array.isArray(segments)) yield { failure: { path: s.path, reason: segments.error } };
      else {
        const extra = s.kind === 'file' ? { ...(s.special ? { special: true as const } : {}), ...(s.fsPath ? { fsPath: s.fsPath } : {}) } : {};
        yield { job: { seq: seq++, kind: 'file', path: s.path, segments, ...extra } };
      }
    }
    return;
  }
  // `--keep-fields a,b` or `'*'`: the record fields copied into the article's meta.
  const keep: ReadonlySet<string> | '*' | null =
    opts.keepFields === undefined ? null : opts.keepFields.trim() === '*' ? '*' : new Set(opts.keepFields.split(',').map((f) => f.trim()).filter(Boolean));
  for (const raw of args) {
    const arg = argName(raw);
    let stream: Readable;
    try {
      stream = arg === '-' ? io.stdin : createReadStream(argPath(raw, io.cwd));
      for await (const record of readJsonl(stream, arg, opts.textField, opts.idField, opts.maxBytes)) {
        await breathe();
        if ('error' in record) yield { failure: { path: `${arg}:${record.line}`, reason: record.error } };
        else {
          const reference = opts.referenceField === undefined ? undefined : record.record[opts.referenceField];
          const meta = keep ? keptFields(record.raw, keep, opts.textField) : undefined;
          yield {
            job: {
              seq: seq++,
              kind: 'text',
              path: record.id,
              text: record.text,
              segments: record.id.split(/[\\/]+/),
              ...(typeof reference === 'string' ? { referenceTime: reference } : {}),
              ...(meta ? { meta } : {}),
            },
          };
        }
      }
    } catch (err) {
      yield { failure: { path: arg, reason: describeError(err) } };
    }
  }
}

/** The kept fields of a record, byte for byte; with `*` every field but the dump itself. */
function keptFields(line: string, keep: ReadonlySet<string> | '*', textField: string): Record<string, RawJson> {
  const fields = rawFields(line, keep);
  if (keep === '*') fields.delete(textField);
  return Object.fromEntries(fields);
}

/** The first pass of `--learn-chrome`: how many documents hold each short line. */
async function countChrome(parser: Parser, args: InputArg[], sources: Iterable<Source>, opts: ParseCommandOptions, io: CliIO): Promise<ChromeCounter> {
  const counter = new ChromeCounter();
  for await (const step of steps(args, sources, opts, io)) {
    if (!('job' in step)) continue;
    const job = step.job;
    if (job.kind === 'text') counter.add(parser.chromeKeysOfText(job.text));
    else if (job.kind === 'file' && !job.special) {
      const result = runChromeKeys(parser, job.fsPath ? Buffer.from(job.fsPath) : resolve(io.cwd, job.path), opts.maxBytes);
      if (result) counter.add(result);
    }
  }
  return counter;
}

function runChromeKeys(parser: Parser, abs: string | Buffer, maxBytes: number): number[] | null {
  try {
    const bytes = readFileChecked(abs, maxBytes);
    return bytes ? parser.chromeKeys(bytes) : null;
  } catch {
    return null;
  }
}

function readFileChecked(abs: string | Buffer, maxBytes: number): Buffer | null {
  const st = statSync(abs);
  return st.isFile() && st.size <= maxBytes ? readFileSync(abs) : null;
}


/** Where results go. */
interface Sink {
  /** For --resume: is this job's output already there? A string: the job cannot be written (why). */
  skip(job: Job): boolean | string;
  /** Writes a parsed input; false when it could not be written (already reported). */
  write(result: JobResult): Promise<boolean>;
  /** Reports an input that failed; `seq` when it was a job. */
  fail(path: string, reason: string, bytes: number, seq?: number): void;
  finish(interrupted: boolean): Promise<void>;
  /** The reader went away (a closed pipe, a pager quit): stop. */
  readonly closed: boolean;
}

/** Stdout: JSON (one object, or an array), NDJSON, plain text or the pretty view. */
class StdoutSink implements Sink {
  private printed = 0;
  get closed(): boolean {
    return this.out.closed;
  }
  private readonly quiet: boolean;

  /** `display` for the pretty view, `warnDisplay` for the warnings of the human formats. */
  constructor(
    private readonly format: string,
    private readonly out: ViewOutput,
    private readonly io: CliIO,
    opts: ParseCommandOptions,
    private readonly many: boolean,
    private readonly display: Display | null,
    private readonly warnDisplay: Display | null,
    private readonly views: HumanViews | null,
  ) {
    this.quiet = !!opts.quiet;
  }

  skip(): boolean | string {
    return false;
  }

  async write(result: JobResult): Promise<boolean> {
    const { out } = this;
    switch (this.format) {
      case 'json':
        for (const record of result.records) {
          if (this.many) await out.write(this.printed++ === 0 ? '[\n' : ',\n');
          // In an array, each element's trailing newline gives way to the separator.
          let pending = '';
          for (const chunk of recordChunks(record, true)) {
            await out.write(pending);
            pending = chunk;
          }
          await out.write(this.many ? pending.trimEnd() : pending);
        }
        return true;
      case 'ndjson':
      case 'record':
        for (const record of result.records) for (const chunk of recordChunks(record, false)) await out.write(chunk);
        return true;
      case 'text':
        for (const a of [result.article!, ...(result.embedded ?? [])]) {
          // On a terminal no control character of the input reaches it; in a pipe the text is as parsed.
          // Several articles are told apart as head and tail do: a blank line, then `==> path <==`.
          const { textHeader, toText, renderWarnings } = this.views!;
          const header = this.many || result.embedded?.length ? textHeader(escapeForTerminal(a.input.path)) : '';
          const text = header + toText(a);
          await out.write((this.printed++ > 0 ? '\n' : '') + (out.isTTY ? escapeForTerminal(text, '\n\t') : text));
          if (!this.quiet) this.io.stderr.write(renderWarnings(a.input.path, a.warnings, this.warnDisplay!));
        }
        return true;
      case 'pretty': {
        const display = this.display!;
        for (const a of [result.article!, ...(result.embedded ?? [])]) {
          const rendered = this.views!.renderPretty(a, display);
          const rule = this.many || result.embedded?.length ? display.chalk.dim(`── ${escapeForTerminal(a.input.path)} `.padEnd(Math.min(display.width, 60), '─')) + '\n' : '';
          await out.write((this.printed++ > 0 ? '\n' : '') + rule + rendered.out);
          if (!this.quiet) this.io.stderr.write(rendered.err);
          display.removed = 0;
        }
        return true;
      }
    }
    return true;
  }

  fail(path: string, reason: string): void {
    userError(this.io.stderr, path, reason);
  }

  async finish(): Promise<void> {
    if (this.format === 'json' && this.many) await this.out.write(this.printed > 0 ? '\n]\n' : '[]\n');
    await this.out.end();
  }
}

/** The renderers of the views a person reads: loaded only for those formats, never for data. */
type HumanViews = typeof import('../render/pretty.js') & typeof import('../render/text.js');

async function humanViews(): Promise<HumanViews> {
  const [pretty, text] = await Promise.all([import('../render/pretty.js'), import('../render/text.js')]);
  return { ...pretty, ...text };
}

/** `--out-dir`: one file per input, atomically, and the manifest. */
class OutDirSink implements Sink {
  private readonly targets = new Map<number, string>();
  readonly closed = false;

  constructor(
    private readonly dir: OutDir,
    private readonly io: CliIO,
    private readonly resume: boolean,
    /** Pretty JSON files (`json`), or one line each (`ndjson`). */
    private readonly pretty: boolean,
  ) {}

  /** Claims the job's output; for --resume, skips it when maqal wrote it for this unchanged input. */
  skip(job: Job): boolean | string {
    // The same input named twice is one output; two inputs never share one.
    const identity = job.kind === 'text' ? `record ${job.seq}` : job.kind === 'file' && job.fsPath ? `bytes ${Buffer.from(job.fsPath).toString('hex')}` : resolve(this.io.cwd, job.path);
    const claim = this.dir.target(job.segments ?? [job.path], identity, job.path);
    if ('conflict' in claim) return `its output ${claim.output} is also the output of ${claim.conflict} (rename one, or use --relative-to)`;
    this.targets.set(job.seq, claim.output);
    if (!this.resume || job.kind !== 'file') return false;
    let st;
    try {
      st = statSync(job.fsPath ? Buffer.from(job.fsPath) : resolve(this.io.cwd, job.path));
    } catch {
      return false;
    }
    if (!this.dir.upToDate(claim.output, job.path, st)) return false;
    this.dir.record({ input: job.path, output: claim.output, bytes: st.size, encoding: null, status: 'skipped', warnings: 0, error: null, mtime: Math.trunc(st.mtimeMs) });
    return true;
  }

  async write(result: JobResult): Promise<boolean> {
    const target = this.targets.get(result.seq)!;
    this.targets.delete(result.seq);
    const outputs = [target, ...result.records.slice(1).map((_, k) => this.dir.beside(target, k + 1))];
    const failed = (reason: string) => {
      userError(this.io.stderr, result.path, reason);
      this.dir.record({ input: result.path, output: null, bytes: result.bytes, encoding: result.encoding, status: 'failed', warnings: result.warnings, error: reason });
      return false;
    };
    for (const o of outputs) {
      const why = this.dir.blocked(o);
      if (why) return failed(why);
    }
    const mtime = result.mtime === undefined ? {} : { mtime: result.mtime };
    for (let k = 0; k < outputs.length; k++) {
      try {
        this.dir.write(outputs[k]!, recordChunks(result.records[k]!, this.pretty));
      } catch (err) {
        if (isFatalWriteError(err)) throw new OutDirError(this.dir.shown, describeError(err));
        return failed(`cannot write the output: ${describeError(err)}`);
      }
      const entry: ManifestEntry =
        k === 0
          ? { input: result.path, output: outputs[0]!, bytes: result.bytes, encoding: result.encoding, status: 'ok', warnings: result.warnings, error: null, ...mtime }
          : { input: result.embeddedInputs![k - 1]!.path, output: outputs[k]!, bytes: result.embeddedInputs![k - 1]!.bytes, encoding: result.encoding, status: 'ok', warnings: 0, error: null, parent: result.path };
      this.dir.record(entry);
    }
    return true;
  }

  fail(path: string, reason: string, bytes: number, seq?: number): void {
    if (seq !== undefined) this.targets.delete(seq);
    userError(this.io.stderr, path, reason);
    this.dir.record({ input: path, output: null, bytes, encoding: null, status: 'failed', warnings: 0, error: reason });
  }

  async finish(interrupted: boolean): Promise<void> {
    try {
      this.dir.finish();
    } catch (err) {
      // The journal has every line already; only its compaction failed.
      this.dir.abandon();
      if (!interrupted) throw new OutDirError(this.dir.shown, `cannot compact ${describeError(err)}`);
    }
  }
}
