/**
 * `--out-dir`: one JSON file per input, mirroring the input tree, written
 * atomically (a temporary file, then a rename), with a manifest of every
 * input. Output never lands outside the folder, whatever the input paths.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { hash53 } from '../segment/text.js';

export const MANIFEST = '_manifest.ndjson';

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
}

/** Replaces what a file name may not hold (control characters, separators of other systems). */
function safeSegment(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f<>:"|?*\\]/g, '_').replace(/^\.+$/, '_');
  return clean.length > 200 ? clean.slice(0, 200) : clean || '_';
}

export class OutDir {
  readonly root: string;
  /** Hashes of the outputs a previous run wrote, and of those this run has claimed (hashes keep memory small). */
  private readonly known: Set<number>;
  private readonly used = new Set<number>();
  private readonly manifestTmp: string;
  private readonly fd: number;
  private counter = 0;
  private lastDir = '';

  constructor(dir: string, cwd: string, private readonly force: boolean) {
    this.root = resolve(cwd, dir);
    mkdirSync(this.root, { recursive: true });
    // Files a previous run wrote: they may be replaced; anything else needs --force.
    this.known = new Set();
    const manifest = join(this.root, MANIFEST);
    if (existsSync(manifest)) {
      for (const line of readFileSync(manifest, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const e = JSON.parse(line) as ManifestEntry;
          if (e.output) this.known.add(hash53(resolve(this.root, e.output)));
        } catch {
          // A torn last line of an interrupted run: ignore it.
        }
      }
    }
    this.manifestTmp = join(this.root, `${MANIFEST}.${process.pid}.tmp`);
    this.fd = openSync(this.manifestTmp, 'w');
  }

  /**
   * Where the output of an input goes: its path relative to the working folder
   * inside DIR; inputs outside the working folder (`../x`, absolute paths) under
   * DIR/_outside/, so nothing lands outside DIR. `file` is false for the id of
   * a JSON Lines record.
   */
  target(input: string, cwd: string, file = true): string {
    let rel: string;
    if (input === '-') rel = 'stdin';
    else {
      const abs = resolve(cwd, input);
      const inside = relative(cwd, abs);
      rel = !inside.startsWith('..') && !isAbsolute(inside) ? inside : join('_outside', abs.replace(/^[A-Za-z]:/, ''));
    }
    const parts = rel.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..').map(safeSegment);
    if (parts.length === 0) parts.push('_');
    const last = parts.pop()!;
    // A file's ending gives way to .json; a record id (`doc.html`, `shard.jsonl:4`) keeps all of its name.
    const ext = file ? extname(last) : '';
    const stem = ext ? last.slice(0, -ext.length) : last;
    return this.claim(join(this.root, ...parts), stem, [`${stem}.json`, `${stem}${ext}.json`]);
  }

  /** The output for the `n`th embedded article of the input written to `parent`: `a.embedded-1.json` beside `a.json`. */
  beside(parent: string, n: number): string {
    const stem = `${basename(parent, '.json')}.embedded-${n}`;
    return this.claim(dirname(parent), stem, [`${stem}.json`]);
  }

  /** The first free name among `names` in `dir`, else `<stem>-2.json`, `-3`, ...; taken for this run. */
  private claim(dir: string, stem: string, names: readonly string[]): string {
    let out = names.map((n) => join(dir, n)).find((p) => !this.used.has(hash53(p)));
    for (let k = 2; out === undefined; k++) {
      const p = join(dir, `${stem}-${k}.json`);
      if (!this.used.has(hash53(p))) out = p;
    }
    if (out !== this.root && !out.startsWith(this.root + sep)) throw new Error('output would land outside --out-dir');
    this.used.add(hash53(out));
    return out;
  }

  /** For --resume: the output exists and is newer than the input. */
  upToDate(output: string, input: string, cwd: string): boolean {
    if (input === '-') return false;
    try {
      return statSync(output).mtimeMs >= statSync(resolve(cwd, input)).mtimeMs;
    } catch {
      return false;
    }
  }

  /** May this output be written? Not if it exists, was not written by maqal, and --force is off. */
  writable(output: string): boolean {
    return this.force || this.known.has(hash53(output)) || !existsSync(output);
  }

  /** Writes a file atomically, from its text in chunks: a temporary file beside it, then a rename. */
  write(output: string, chunks: Iterable<string>): void {
    const dir = dirname(output);
    // Inputs come folder by folder: one mkdir per folder, not per file.
    if (dir !== this.lastDir) {
      mkdirSync(dir, { recursive: true });
      this.lastDir = dir;
    }
    const tmp = `${output}.${process.pid}.${this.counter++}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
    } catch (err) {
      closeSync(fd);
      unlinkSync(tmp);
      throw err;
    }
    closeSync(fd);
    renameSync(tmp, output);
  }

  /** Appends one entry to the manifest (paths relative to DIR). */
  record(entry: ManifestEntry): void {
    const output = entry.output ? relative(this.root, entry.output) : null;
    const line = JSON.stringify(entry, (key, value: unknown) => (key === 'output' ? output : value));
    writeSync(this.fd, line + '\n');
  }

  /** Puts the manifest in place (also after Ctrl-C). */
  finish(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.manifestTmp, join(this.root, MANIFEST));
  }

  /** Removes the unfinished manifest when nothing was recorded. */
  abandon(): void {
    closeSync(this.fd);
    unlinkSync(this.manifestTmp);
  }
}
