/** `--files-from`: input paths, one a line, from a file or stdin. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeError, nameOf, readStream, type InputArg } from './inputs.js';
import type { CliIO } from './io.js';
import { UsageError } from './options.js';

/**
 * Reads a list of paths: one a line (blank lines and CR ignored), or with
 * `nul`, separated by NUL bytes as `find -print0` writes them (kept exactly).
 * A path that is not valid UTF-8 stays bytes, so a file with such a name can
 * still be opened. A NUL byte in a line-separated list is a usage error.
 */
export async function readPathList(file: string, io: CliIO, nul = false): Promise<InputArg[]> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStream(io.stdin) : await readFile(resolve(io.cwd, file));
  } catch (err) {
    throw new UsageError(`${file}: ${describeError(err)}`);
  }
  const out: InputArg[] = [];
  const separator = nul ? 0 : 0x0a;
  for (let start = 0, n = 1; start < bytes.length; n++) {
    let end = bytes.indexOf(separator, start);
    if (end < 0) end = bytes.length;
    let line = bytes.subarray(start, end);
    start = end + 1;
    if (!nul) {
      if (line.includes(0)) throw new UsageError(`${file}: line ${n} holds a NUL byte (for a NUL-separated list, as find -print0 writes, add -0)`);
      if (line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    }
    const { text, valid } = nameOf(line);
    if (nul ? line.length === 0 : text.trim() === '') continue;
    out.push(valid ? text : Buffer.from(line));
  }
  return out;
}

/**
 * The command line's own bytes (Linux: /proc/self/cmdline), for the arguments
 * Node could only decode with replacement characters: text to bytes, in order.
 * Empty where the bytes cannot be had or do not line up with `argv`.
 */
export function rawArguments(argv: readonly string[], cmdline: Buffer | null): Map<string, Buffer[]> {
  const raw = new Map<string, Buffer[]>();
  if (!cmdline || !argv.some((a) => a.includes('\ufffd'))) return raw;
  const parts: Buffer[] = [];
  for (let start = 0; start < cmdline.length; ) {
    let end = cmdline.indexOf(0, start);
    if (end < 0) end = cmdline.length;
    parts.push(cmdline.subarray(start, end));
    start = end + 1;
  }
  if (parts.length < argv.length) return raw;
  const tail = parts.slice(parts.length - argv.length);
  for (let k = 0; k < argv.length; k++) {
    if (tail[k]!.toString('utf8') !== argv[k]) return new Map();
  }
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (!a.includes('\ufffd') || Buffer.from(a, 'utf8').equals(tail[k]!)) continue;
    const list = raw.get(a) ?? [];
    list.push(Buffer.from(tail[k]!));
    raw.set(a, list);
  }
  return raw;
}
