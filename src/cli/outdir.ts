/**
 * `--out-dir`: one JSON file per input, written atomically, and a manifest
 * of every input. Treats the folder as shared with other jobs and people:
 *
 * - nothing is ever written through a symbolic link, and nothing lands
 *   outside the folder (checked on the real paths, not on the text);
 * - temporary files are created exclusively (`O_EXCL | O_NOFOLLOW`) under an
 *   unpredictable name, beside their target, and never left behind;
 * - a file is replaced only when the manifest says maqal wrote it (or with
 *   `--force`); `--resume` skips only outputs the manifest says it wrote for
 *   that very input;
 * - the manifest is an append-only journal, one JSON line per output as it
 *   completes, so a crash, `kill -9` or a full disk loses no line but the one
 *   being written (a torn last line is ignored); a `{"writing": ...}` line
 *   before each rename lets the next run know an output put in place just
 *   before a kill as maqal's; it is compacted atomically at the end (dropping
 *   those lines), and a lock file keeps two runs from writing at once.
 *
 * Output names come from each input alone (see `outputName`).
 */
import {
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { hash53 } from '../segment/text.js';

export const MANIFEST = '_manifest.ndjson';
export const LOCK = '_manifest.lock';

/** One manifest line: what happened to one input. */
export interface ManifestEntry {
  input: string;
  output: string | null;
  bytes: number;
  encoding: string | null;
  status: 'ok' | 'failed' | 'skipped';
  warnings: number;
  error: string | null;
  /** For an embedded article: the input it was found in. */
  parent?: string;
  /** The input's modification time when it was parsed (ms), for `--resume`. */
  mtime?: number;
}

/** An error about the output folder as a whole (a full disk, a read-only folder): the batch stops. */
export class OutDirError extends Error {
  constructor(
    readonly where: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** Errors that no other file of the batch could escape: stop at the first. */
const FATAL_CODES = new Set(['ENOSPC', 'EROFS', 'EDQUOT']);

export function isFatalWriteError(err: unknown): boolean {
  return FATAL_CODES.has((err as NodeJS.ErrnoException).code ?? '');
}

/** Temporary files end so: `--resume` removes those a killed run left. */
const TEMP_SUFFIX = '.maqal-tmp';

// Replaced in output names: control characters, and what other systems forbid.
const UNSAFE_NAME = /[\u0000-\u001f\u007f<>:"|?*\\]/g;
/** The longest name segment kept as it is. */
const MAX_SEGMENT = 200;

/**
 * The output path (relative to the folder) of an input, from the input alone:
 * its path segments, each made safe, and `.json` appended to the file's whole
 * name (`a.txt` -> `a.txt.json`, `a.md` -> `a.md.json`), so two inputs never
 * share an output however a run is made up. A segment that had to change
 * (an unsafe character, a long name) gets a short hash of the original, so
 * two names that become alike stay apart.
 */
export function outputName(segments: readonly string[]): string {
  const parts = segments.filter((p) => p && p !== '.' && p !== '..').map(safeSegment);
  if (parts.length === 0) parts.push('_');
  parts[parts.length - 1] += '.json';
  return parts.join(sep);
}

function safeSegment(s: string): string {
  let clean = s.replace(UNSAFE_NAME, '_');
  if (/^\.+$/.test(clean)) clean = '_';
  if (clean === s && s.length <= MAX_SEGMENT) return s;
  const tag = `~${hash53(s).toString(16).padStart(14, '0').slice(-8)}`;
  return (clean.length > MAX_SEGMENT ? clean.slice(0, MAX_SEGMENT) : clean) + tag;
}

export class OutDir {
  /** The folder, its real path. */
  readonly root: string;
  /** The folder as the user named it, for messages. */
  readonly shown: string;
  /** Outputs the journal of earlier runs says maqal wrote, by path relative to the folder, with the entry. */
  private readonly known = new Map<string, ManifestEntry>();
  /** Outputs this run wrote: their names alone, so that a run's memory grows by little per input. */
  private readonly wrote = new Set<string>();
  /** Outputs a killed run was putting in place (a `writing` line with no entry after it): maqal's, to replace. */
  private readonly begun = new Set<string>();
  /**
   * Outputs this run has written or will write, with the input that claimed
   * each: a hash of who it is (two inputs whose identities share 53 bits of
   * hash are not expected in any run) and how it was named, for the message.
   */
  private readonly claimed = new Map<string, { identity: number; shown: string }>();
  private readonly manifest: string;
  private readonly lock: string;
  private fd = -1;
  private lastDir = '';

  constructor(dir: string, cwd: string, private readonly force: boolean) {
    this.shown = dir;
    const wanted = resolve(cwd, dir);
    mkdirSync(wanted, { recursive: true });
    this.root = realpathSync(wanted);
    this.manifest = join(this.root, MANIFEST);
    this.lock = join(this.root, LOCK);
    this.takeLock();
    try {
      this.checkManifest();
      this.readJournal();
      this.fd = this.openJournal();
    } catch (err) {
      this.releaseLock();
      throw err;
    }
  }

  /** Takes the folder's lock, or says which live run holds it; a dead run's lock is taken over. */
  private takeLock(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
        writeSync(fd, `${process.pid}\n`);
        closeSync(fd);
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const pid = Number.parseInt(readFileSafe(this.lock) ?? '', 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new OutDirError(this.shown, `another maqal run (pid ${pid}) is writing to this folder (${LOCK})`);
      }
      // A run that died without cleaning up: its lock is stale.
      unlinkSync(this.lock);
    }
    throw new OutDirError(this.shown, `cannot take ${LOCK}`);
  }

  private releaseLock(): void {
    try {
      unlinkSync(this.lock);
    } catch {
      // Already gone.
    }
  }

  /** The outputs earlier runs wrote, from the journal; a torn line (a killed run) is skipped. */
  private readJournal(): void {
    for (const line of journalLines(this.manifest)) {
      const e = parseEntry(line);
      if (e?.status === 'ok' && e.output) this.known.set(e.output, e);
      else if (!e) {
        const output = beganOutput(line);
        if (output !== null) this.begun.add(output);
      }
    }
  }

  /** The manifest, when there is one, must be a regular file (not a folder, not a link). */
  private checkManifest(): void {
    let st: Stats;
    try {
      st = lstatSync(this.manifest);
    } catch {
      return;
    }
    if (!st.isFile()) throw new OutDirError(join(this.shown, MANIFEST), st.isDirectory() ? 'is a directory' : st.isSymbolicLink() ? 'is a symbolic link' : 'is not a regular file');
  }

  /** Opens the journal for appending, after ending a torn last line so that no new line is glued to it. */
  private openJournal(): number {
    let st: Stats | null = null;
    try {
      st = lstatSync(this.manifest);
    } catch {
      // No manifest yet.
    }
    const fd = openSync(this.manifest, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o644);
    if (st && st.size > 0) {
      const last = Buffer.alloc(1);
      const rfd = openSync(this.manifest, constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        readSync(rfd, last, 0, 1, st.size - 1);
      } finally {
        closeSync(rfd);
      }
      if (last[0] !== 0x0a) writeSync(fd, '\n');
    }
    return fd;
  }

  /**
   * The output for an input whose path inside the folder is `segments`, or the
   * input of this run that already claimed it. `identity` tells one input from
   * another (its real path, a record's id); `shown` is how the user named it.
   */
  target(segments: readonly string[], identity: string, shown: string): { output: string } | { output: string; conflict: string } {
    const rel = outputName(segments);
    const id = hash53(identity);
    const other = this.claimed.get(rel);
    if (other !== undefined && other.identity !== id) return { output: join(this.shown, rel), conflict: other.shown };
    this.claimed.set(rel, { identity: id, shown });
    return { output: rel };
  }

  /** The output of the `n`th embedded article of the input written to `parent`: `a.txt.embedded-1.json` beside `a.txt.json`. */
  beside(parent: string, n: number): string {
    return join(dirname(parent), `${basename(parent, '.json')}.embedded-${n}.json`);
  }

  /**
   * For `--resume`: did maqal write this output for this input (the manifest
   * says so, and the input has the size it had then), is the output still
   * there, and is it newer than the input?
   */
  upToDate(output: string, input: string, st: { size: number; mtimeMs: number }): boolean {
    const e = this.known.get(output);
    if (!e || e.input !== input || e.bytes !== st.size) return false;
    try {
      const out = lstatSync(join(this.root, output));
      return out.isFile() && out.mtimeMs >= st.mtimeMs;
    } catch {
      return false;
    }
  }

  /**
   * Why this output may not be written, or null. Never through a link: every
   * folder between the root and the file must be a real folder; the file
   * itself, when it exists, must be one maqal wrote (or `--force`), and never
   * a link or a folder.
   */
  blocked(output: string): string | null {
    const parts = output.split(sep);
    let path = this.root;
    for (let k = 0; k < parts.length; k++) {
      path = join(path, parts[k]!);
      let st: Stats;
      try {
        st = lstatSync(path);
      } catch {
        return null;
      }
      const shown = join(this.shown, parts.slice(0, k + 1).join(sep));
      if (st.isSymbolicLink()) return `${shown} is a symbolic link: maqal never writes through one`;
      if (k < parts.length - 1 && !st.isDirectory()) return `${shown} is not a folder`;
      if (k === parts.length - 1) {
        if (!st.isFile()) return `${shown} exists and is not a regular file`;
        if (!this.force && !this.known.has(output) && !this.wrote.has(output) && !this.begun.has(output)) return `${shown} exists and was not written by maqal (use --force to replace it)`;
      }
    }
    return null;
  }

  /**
   * Writes a file atomically, from its text in chunks: an exclusive temporary
   * file beside it (created, never opened through a link), then a rename. On
   * any failure the temporary file is removed.
   */
  write(output: string, chunks: Iterable<string>): void {
    const target = join(this.root, output);
    const dir = dirname(target);
    // Inputs come folder by folder: one mkdir per folder, not per file.
    if (dir !== this.lastDir) {
      mkdirSync(dir, { recursive: true });
      this.lastDir = dir;
    }
    // Said in the journal before the rename: a run killed between the rename and its entry leaves an
    // output the next run knows as maqal's (the line is dropped when the journal is compacted).
    writeSync(this.fd, JSON.stringify({ writing: output }) + '\n');
    writeAtomic(target, chunks);
  }

  /** Appends one entry to the journal, as soon as its output is in place. */
  record(entry: ManifestEntry): void {
    writeSync(this.fd, JSON.stringify(entry) + '\n');
    if (entry.status === 'ok' && entry.output) this.wrote.add(entry.output);
  }

  /**
   * Compacts the journal (the last line for each output, a skip never hiding
   * the write it skipped, and the last for each input without output) into a
   * new manifest, atomically, and releases the lock. Two passes over the
   * journal, a line at a time: the first finds which line each output keeps,
   * the second copies those lines, so the journal is never held whole.
   */
  finish(): void {
    try {
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
    }
    try {
      // Per key, the number of the line it keeps, times two, plus one when that line says `ok`.
      const kept = new Map<string, number>();
      let n = 0;
      for (const line of journalLines(this.manifest)) {
        const e = parseEntry(line);
        if (e) {
          const key = e.output ? `o:${e.output}` : `i:${e.input}`;
          const was = kept.get(key);
          // The line that says maqal wrote an output stays until maqal writes it again.
          if (!(e.status === 'skipped' && was !== undefined && was % 2 === 1)) {
            kept.delete(key);
            kept.set(key, n * 2 + (e.status === 'ok' ? 1 : 0));
          }
        }
        n++;
      }
      // A key set again moved to the end of the map: its values are in line order.
      const lines = new Float64Array(kept.size);
      let k = 0;
      for (const v of kept.values()) lines[k++] = Math.floor(v / 2);
      kept.clear();
      const manifest = this.manifest;
      writeAtomic(manifest, (function* () {
        let at = 0;
        let next = 0;
        for (const line of journalLines(manifest)) {
          if (next < lines.length && lines[next] === at) {
            next++;
            yield JSON.stringify(parseEntry(line)) + '\n';
          }
          at++;
        }
      })(), true);
    } finally {
      this.releaseLock();
    }
  }

  /** Closes the journal as it is (no compaction) and releases the lock: after a fatal error. */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    this.releaseLock();
  }

  /** Removes the temporary files a killed run left in the folder (never following a link). */
  removeStaleTemps(): number {
    let removed = 0;
    const visit = (dir: string) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory()) visit(p);
        else if (e.isFile() && e.name.endsWith(TEMP_SUFFIX)) {
          try {
            unlinkSync(p);
            removed++;
          } catch {
            // Someone else's, or gone.
          }
        }
      }
    };
    visit(this.root);
    return removed;
  }
}

/**
 * Writes a file atomically: an exclusive temporary file beside it under an
 * unpredictable name (created, never opened through a link), then a rename,
 * which replaces a link at the target rather than writing through it. On any
 * failure the temporary file is removed. `sync`: flushed to disk first.
 */
export function writeAtomic(target: string, chunks: Iterable<string>, sync = false): void {
  const tmp = `${target}.${randomHex(6)}${TEMP_SUFFIX}`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
      if (sync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Not created, or already gone.
    }
    throw err;
  }
}

/** `bytes` random bytes in hex, from the Web Crypto global (Node loads it on first use, not at start-up). */
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}

/** The output a `{"writing": ...}` journal line names, or null for any other line. */
function beganOutput(line: string): string | null {
  if (!line.startsWith('{"writing":')) return null;
  try {
    const w = (JSON.parse(line) as { writing?: unknown }).writing;
    return typeof w === 'string' ? w : null;
  } catch {
    return null;
  }
}

/** One journal line as an entry; null for a torn or foreign line. */
function parseEntry(line: string): ManifestEntry | null {
  if (!line.trim()) return null;
  try {
    const e = JSON.parse(line) as ManifestEntry;
    return e && typeof e === 'object' && typeof e.input === 'string' && (e.output === null || typeof e.output === 'string') ? e : null;
  } catch {
    return null;
  }
}

/** The longest journal line read: maqal's lines are far shorter; a longer one is skipped as foreign. */
const MAX_JOURNAL_LINE = 1 << 20;

/**
 * The journal's lines, read in chunks (never the whole file at once, never
 * through a link); none when there is no journal. A line longer than
 * `MAX_JOURNAL_LINE` bytes is skipped. Lines are cut on the newline byte,
 * which no UTF-8 sequence holds, so each is decoded whole.
 */
function* journalLines(path: string): Generator<string> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  try {
    const chunk = Buffer.allocUnsafe(1 << 16);
    let carry: Buffer[] = [];
    let carried = 0;
    let tooLong = false;
    for (;;) {
      const got = readSync(fd, chunk, 0, chunk.length, null);
      if (got === 0) break;
      let from = 0;
      for (let nl = chunk.indexOf(0x0a, 0); nl !== -1 && nl < got; nl = chunk.indexOf(0x0a, from)) {
        if (!tooLong) {
          if (carried === 0) yield chunk.toString('utf8', from, nl);
          else if (carried + nl - from <= MAX_JOURNAL_LINE) yield Buffer.concat([...carry, chunk.subarray(from, nl)]).toString('utf8');
        }
        carry = [];
        carried = 0;
        tooLong = false;
        from = nl + 1;
      }
      if (from < got && !tooLong) {
        carried += got - from;
        if (carried > MAX_JOURNAL_LINE) {
          tooLong = true;
          carry = [];
        } else carry.push(Buffer.from(chunk.subarray(from, got)));
      }
    }
    if (carried > 0 && !tooLong) yield Buffer.concat(carry).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** A file's text, or null when it does not exist. */
function readFileSafe(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Is a process with this pid running (or running under another user)? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
