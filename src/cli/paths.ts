/** `--files-from`: input paths, one a line, from a file or stdin. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeError, readStream } from './inputs.js';
import type { CliIO } from './io.js';
import { UsageError } from './options.js';

/** Reads a list of paths (blank lines and CR ignored). */
export async function readPathList(file: string, io: CliIO): Promise<string[]> {
  let text: string;
  try {
    text = file === '-' ? (await readStream(io.stdin)).toString('utf8') : await readFile(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: ${describeError(err)}`);
  }
  return text.split(/\r?\n/).map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
}
