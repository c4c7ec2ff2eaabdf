/** Shared test helpers: fixture listing and an in-process CLI runner. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');

/** Fixture folders that hold an input.txt. */
export function fixtureSlugs(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, 'input.txt')))
    .sort();
}

export function fixtureBytes(slug: string): Buffer {
  return readFileSync(join(FIXTURES, slug, 'input.txt'));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends PassThrough {
  text = '';
  isTTY: boolean;
  columns: number | undefined;
  constructor(tty: boolean, columns?: number) {
    super();
    this.isTTY = tty;
    this.columns = columns;
    this.on('data', (d: Buffer) => (this.text += d.toString('utf8')));
  }
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(
  argv: string[],
  options: { stdin?: string | Buffer; env?: Record<string, string | undefined>; tty?: boolean; stderrTty?: boolean; columns?: number; cwd?: string } = {},
): Promise<RunResult> {
  const stdout = new Capture(options.tty ?? false, options.columns);
  const stderr = new Capture(options.stderrTty ?? false);
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as CliIO['stdin'];
  stdin.isTTY = options.stdin === undefined && (options.tty ?? false);
  const code = await main({ argv, stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? ROOT });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
