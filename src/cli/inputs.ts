/**
 * Inputs: expands the command line (files, folders, quoted globs, `-` for
 * stdin, `--files-from`) into an ordered list of sources, and reads them.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { globSync } from 'tinyglobby';

/** One input: a file (with the folder argument it was found under), stdin, or a path that failed to expand. */
export type Source =
  | { kind: 'file'; path: string; root: string | null }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; reason: string };

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
    default:
      return e.message ? e.message.replace(/^[A-Z]+: /, '') : String(err);
  }
}

/** Expands arguments into sources, in the order given; folders and globs expand sorted. */
export function expandInputs(args: readonly string[], options: ExpandOptions): Source[] {
  const out: Source[] = [];
  const exts = options.ext.map((e) => '.' + e.replace(/^\./, '').toLowerCase());
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: '-' });
      continue;
    }
    const abs = resolve(options.cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB_CHARS.test(arg)) {
        const matches = globSync(arg, { cwd: options.cwd, onlyFiles: true, dot: false, followSymbolicLinks: false }).sort();
        if (matches.length === 0) out.push({ kind: 'error', path: arg, reason: 'no file matches this pattern' });
        for (const m of matches) out.push({ kind: 'file', path: m, root: null });
        continue;
      }
      out.push({ kind: 'error', path: arg, reason: describeError(err) });
      continue;
    }
    if (stat.isDirectory()) walk(abs, arg, exts, out);
    else out.push({ kind: 'file', path: arg, root: null });
  }
  return out;
}

/** Walks a folder recursively, following symlinks once; a loop is reported, not followed. */
function walk(absRoot: string, shownRoot: string, exts: string[], out: Source[]): void {
  const seen = new Set<string>();
  const visit = (abs: string, shown: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (err) {
      out.push({ kind: 'error', path: shown, reason: describeError(err) });
      return;
    }
    if (seen.has(real)) {
      out.push({ kind: 'error', path: shown, reason: 'symlink loop (this folder was already read)' });
      return;
    }
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(abs).sort();
    } catch (err) {
      out.push({ kind: 'error', path: shown, reason: describeError(err) });
      return;
    }
    for (const name of entries) {
      const childAbs = join(abs, name);
      const childShown = join(shown, name);
      let st;
      try {
        const l = lstatSync(childAbs);
        st = l.isSymbolicLink() ? statSync(childAbs) : l;
      } catch (err) {
        out.push({ kind: 'error', path: childShown, reason: describeError(err) });
        continue;
      }
      if (st.isDirectory()) visit(childAbs, childShown);
      else if (exts.length === 0 || exts.some((e) => name.toLowerCase().endsWith(e))) {
        out.push({ kind: 'file', path: childShown, root: shownRoot });
      }
    }
  };
  visit(absRoot, shownRoot);
}

/** Reads a whole stream into bytes. */
export async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a file, refusing folders and anything over `maxBytes`. */
export async function readSource(path: string, cwd: string, maxBytes: number): Promise<Buffer> {
  const abs = resolve(cwd, path);
  const st = statSync(abs);
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (st.size > maxBytes) throw new InputTooLarge(st.size, maxBytes);
  return readFile(abs);
}

export class InputTooLarge extends Error {
  constructor(readonly size: number, readonly max: number) {
    super(`larger than --max-bytes (${formatBytes(size)} > ${formatBytes(max)})`);
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
