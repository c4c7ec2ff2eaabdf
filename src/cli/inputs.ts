/**
 * Inputs: expands the command line (files, folders, quoted globs, `-` for
 * stdin, `--files-from`) into an ordered list of sources, and reads them.
 */
import { createReadStream, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type { GlobOptions } from 'tinyglobby';

// The glob library is loaded when an argument is a glob (its CommonJS build, so the walk stays synchronous).
const require = createRequire(import.meta.url);
const globSync = (pattern: string, options: GlobOptions): string[] =>
  (require('tinyglobby') as typeof import('tinyglobby')).globSync(pattern, options);

/** One input: a file (with the folder argument it was found under), stdin, or a path that failed to expand. */
/**
 * `fsPath`: the path's bytes, when a file name in a folder is not valid UTF-8
 * (the shown `path` then escapes the bad bytes, `\xff`, and cannot be opened).
 */
export type Source =
  | { kind: 'file'; path: string; root: string | null; special?: true; fsPath?: Buffer }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; reason: string }
  | { kind: 'skip'; path: string; reason: string };

/** A path argument: text, or its bytes when it is not valid UTF-8. */
export type InputArg = string | Buffer;

/** An argument as shown in messages (bad bytes as `\xHH`). */
export function argName(arg: InputArg): string {
  return typeof arg === 'string' ? arg : nameOf(arg).text;
}

/** An argument as a path to open: resolved against `cwd`, kept as bytes when it is bytes. */
export function argPath(arg: InputArg, cwd: string): string | Buffer {
  if (typeof arg === 'string') return resolve(cwd, arg);
  return arg[0] === 0x2f ? arg : Buffer.concat([Buffer.from(resolve(cwd) + '/'), arg]);
}

export interface ExpandOptions {
  /** File name endings searched for in folders, without dots (`txt`). */
  ext: string[];
  cwd: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Plain-language reasons for the errors users meet. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EEXIST':
      return 'already exists';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return e.message ? e.message.replace(/^[A-Z]+: /, '') : String(err);
  }
}

/**
 * Expands arguments into sources, in the order given; folders and globs expand
 * sorted. Lazily: folders are read one at a time as the walk reaches them, so
 * a corpus of a million files is never listed in memory.
 */
export function* iterateInputs(args: readonly InputArg[], options: ExpandOptions): Generator<Source> {
  const exts = options.ext.map((e) => '.' + e.replace(/^\./, '').toLowerCase());
  for (const raw of args) {
    // A path that is not valid UTF-8 arrives as bytes: opened by them, shown escaped.
    const arg = argName(raw);
    const bytes = typeof raw === 'string' ? null : raw;
    if (arg === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    const abs = argPath(raw, options.cwd);
    const fsPath = typeof abs === 'string' ? {} : { fsPath: abs };
    let stat;
    try {
      stat = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !bytes && GLOB_CHARS.test(arg)) {
        const matches = globSync(arg, { cwd: options.cwd, onlyFiles: true, dot: false, followSymbolicLinks: false }).sort();
        if (matches.length === 0) yield { kind: 'error', path: arg, reason: 'no file matches this pattern' };
        for (const m of matches) yield { kind: 'file', path: m, root: null };
        continue;
      }
      yield { kind: 'error', path: arg, reason: describeError(err) };
      continue;
    }
    if (stat.isDirectory()) {
      // A folder that holds no input is said, loudly: a wrong --ext or path must not pass as success.
      let found = false;
      for (const source of walk(abs, arg, exts)) {
        found = true;
        yield source;
      }
      if (!found) yield { kind: 'error', path: arg, reason: noFilesReason(exts) };
    }
    // A named pipe or a device named on the command line is read as a stream (see readSpecial).
    else if (!stat.isFile()) yield { kind: 'file', path: arg, root: null, special: true, ...fsPath };
    else yield { kind: 'file', path: arg, root: null, ...fsPath };
  }
}

/** Why a folder gave nothing: `no .txt files (use --ext to choose extensions)`. */
function noFilesReason(exts: readonly string[]): string {
  if (exts.length === 0) return 'no files';
  const names = exts.length === 1 ? exts[0]! : `${exts.slice(0, -1).join(', ')} or ${exts[exts.length - 1]!}`;
  return `no ${names} files (use --ext to choose extensions)`;
}

/**
 * Whether an argument names a collection (a folder, a glob, stdin being a
 * list is not one): with `-f json`, a collection always prints an array.
 */
export function isCollection(arg: InputArg, cwd: string): boolean {
  if (arg === '-') return false;
  try {
    return statSync(argPath(arg, cwd)).isDirectory();
  } catch {
    return typeof arg === 'string' && GLOB_CHARS.test(arg);
  }
}

/** How many sources the arguments expand to (a walk that keeps nothing but the count). */
export function countInputs(args: readonly InputArg[], options: ExpandOptions): number {
  let n = 0;
  for (const _ of iterateInputs(args, options)) n++;
  return n;
}

/**
 * Walks a folder recursively, following symlinks once; a loop is reported,
 * not followed. Names are read as bytes: one that is not valid UTF-8 is kept
 * as bytes for reading and shown escaped.
 */
function* walk(absRoot: string | Buffer, shownRoot: string, exts: string[]): Generator<Source> {
  const seen = new Set<string>();
  function* visit(abs: string | Buffer, shown: string): Generator<Source> {
    let real: string;
    try {
      real = realpathSync(abs, 'buffer').toString('latin1');
    } catch (err) {
      yield { kind: 'error', path: shown, reason: describeError(err) };
      return;
    }
    if (seen.has(real)) {
      yield { kind: 'error', path: shown, reason: 'symlink loop (this folder was already read)' };
      return;
    }
    seen.add(real);
    let entries: { entry: Dirent<Buffer>; name: string; valid: boolean }[];
    try {
      entries = readdirSync(abs, { withFileTypes: true, encoding: 'buffer' })
        .map((entry) => {
          const shownName = nameOf(entry.name);
          return { entry, name: shownName.text, valid: shownName.valid };
        })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.entry.name, b.entry.name)));
    } catch (err) {
      yield { kind: 'error', path: shown, reason: describeError(err) };
      return;
    }
    for (const { entry, name, valid } of entries) {
      const childShown = join(shown, name);
      // The path for reading: text while every name on the way is valid UTF-8, bytes from the first that is not.
      const child: string | Buffer =
        typeof abs === 'string' && valid ? join(abs, name) : Buffer.concat([typeof abs === 'string' ? Buffer.from(abs) : abs, Buffer.from('/'), entry.name]);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let kind = specialKind(entry);
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(child);
          isDir = st.isDirectory();
          isFile = st.isFile();
          kind = specialKind(st);
        } catch (err) {
          yield { kind: 'error', path: childShown, reason: describeError(err) };
          continue;
        }
      }
      if (isDir) yield* visit(child, childShown);
      else if (exts.length === 0 || exts.some((e) => name.toLowerCase().endsWith(e))) {
        // A named pipe in a folder would hold the batch forever: only regular files are read.
        if (isFile) yield typeof child === 'string' ? { kind: 'file', path: childShown, root: shownRoot } : { kind: 'file', path: childShown, root: shownRoot, fsPath: child };
        else yield { kind: 'skip', path: childShown, reason: `not a regular file (${kind}), skipped` };
      }
    }
  }
  yield* visit(absRoot, shownRoot);
}

/** A file name's bytes as text: UTF-8, with every byte that is not part of a valid sequence shown as `\xHH`. */
export function nameOf(bytes: Buffer): { text: string; valid: boolean } {
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd') || Buffer.from(text, 'utf8').equals(bytes)) return { text, valid: true };
  let out = '';
  for (let k = 0; k < bytes.length; ) {
    const n = utf8Length(bytes, k);
    if (n > 0) {
      out += bytes.subarray(k, k + n).toString('utf8');
      k += n;
    } else {
      out += `\\x${bytes[k]!.toString(16).padStart(2, '0')}`;
      k++;
    }
  }
  return { text: out, valid: false };
}

/** Length of the valid UTF-8 sequence at `k`, or 0. */
function utf8Length(b: Buffer, k: number): number {
  const c = b[k]!;
  if (c < 0x80) return 1;
  const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (need < 0 || k + need >= b.length) return 0;
  for (let m = 1; m <= need; m++) {
    const x = b[k + m];
    if (x === undefined || x < 0x80 || x > 0xbf) return 0;
  }
  // Overlong and surrogate forms are caught by a round trip.
  const seq = b.subarray(k, k + need + 1);
  return Buffer.from(seq.toString('utf8'), 'utf8').equals(seq) ? need + 1 : 0;
}

/** What a file that is not a regular one is, for messages. */
function specialKind(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** An iterator that can look ahead: how many items are there, at least? */
export class Lookahead<T> implements Iterable<T> {
  private readonly buffered: T[] = [];

  constructor(private readonly source: Iterator<T>) {}

  /** Are there at least `n` items? Reads ahead as far as needed. */
  atLeast(n: number): boolean {
    while (this.buffered.length < n) {
      const r = this.source.next();
      if (r.done) return false;
      this.buffered.push(r.value);
    }
    return true;
  }

  *[Symbol.iterator](): Iterator<T> {
    while (this.buffered.length > 0) yield this.buffered.shift()!;
    for (let r = this.source.next(); !r.done; r = this.source.next()) yield r.value;
  }
}

/**
 * Reads a whole stream into bytes, counting as it goes: past `maxBytes` it
 * stops reading (memory stays bounded however much stdin or a device such as
 * /dev/zero holds) and throws `InputTooLarge`.
 */
export async function readStream(stream: Readable, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new InputTooLarge(total, maxBytes, true);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads a file that is not a regular one (a named pipe, a device) as a stream, asynchronously, with the same bound. */
export async function readSpecial(abs: string | Buffer, maxBytes: number): Promise<Buffer> {
  return readStream(createReadStream(abs), maxBytes);
}

/**
 * Reads a file, refusing folders and anything over `maxBytes`. A regular file
 * is read at once (dumps are small); a named pipe or a device as a stream,
 * asynchronously, counting as it goes.
 */
export async function readSource(path: string | Buffer, cwd: string, maxBytes: number): Promise<Buffer> {
  const abs = typeof path === 'string' ? resolve(cwd, path) : path;
  const st = statSync(abs);
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!st.isFile()) return readSpecial(abs, maxBytes);
  if (st.size > maxBytes) throw new InputTooLarge(st.size, maxBytes);
  return readFileSync(abs);
}

export class InputTooLarge extends Error {
  /** `partial`: only `size` bytes were read before stopping (a stream, a device): the input holds more. */
  constructor(readonly size: number, readonly max: number, partial = false) {
    super(partial ? `larger than --max-bytes (more than ${formatBytes(max)}; stopped reading)` : `larger than --max-bytes (${formatBytes(size)} > ${formatBytes(max)})`);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} B`;
}

/** Path shown for a source relative to the working folder when it is inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel.startsWith('..') ? path : rel || path;
}
