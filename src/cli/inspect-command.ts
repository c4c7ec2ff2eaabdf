/**
 * `maqal inspect FILE`: every line with its block, the rule that decided it
 * and its text, as a table that reads correctly in the terminal.
 */
import type { Command } from 'commander';
import { renderInspect, renderWarnings } from '../render/pretty.js';
import { describeError, InputTooLarge, readSource, readStream } from './inputs.js';
import { EXIT, Output, userError, type CliIO } from './io.js';
import { viewOutput } from './pager.js';
import { displayFrom, parserFrom } from './parse-command.js';

interface InspectOptions {
  markers?: string;
  encoding?: string;
  format: 'table' | 'json';
  maxBytes: number;
  color?: boolean;
  display?: string;
  width?: number;
  blank?: boolean;
  pager?: boolean;
}

export async function runInspect(input: string, cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as InspectOptions;
  const parser = parserFrom(opts, cmd, io);
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStream(io.stdin, opts.maxBytes) : await readSource(input, io.cwd, opts.maxBytes);
    if (bytes.length > opts.maxBytes) throw new InputTooLarge(bytes.length, opts.maxBytes);
  } catch (err) {
    userError(io.stderr, input, err instanceof InputTooLarge ? err.message : describeError(err));
    return EXIT.someFailed;
  }
  const result = parser.parseBytes(bytes, input);
  if (!result.ok) {
    userError(io.stderr, input, result.reason);
    return EXIT.someFailed;
  }
  const out = new Output(io.stdout);
  const { lines, article } = result.analysis;
  if (opts.format === 'json') {
    for (const l of lines) await out.write(JSON.stringify(l) + '\n');
    return EXIT.ok;
  }
  const display = await displayFrom(opts, cmd, io);
  const view = viewOutput(out, io, opts.pager);
  await view.write(renderInspect(lines, display, { blank: !!opts.blank }));
  await view.end();
  const warnings = await displayFrom({ ...opts, display: 'logical' }, cmd, { ...io, stdout: io.stderr });
  warnings.removed = display.removed;
  io.stderr.write(renderWarnings(article.input.path, article.warnings, warnings));
  return EXIT.ok;
}
