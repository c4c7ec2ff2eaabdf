/**
 * `maqal parse`: inputs to articles, on stdout as JSON, NDJSON, plain text or
 * the pretty terminal view. A bad input is reported on stderr and skipped;
 * the others are still parsed and printed.
 */
import type { Command } from 'commander';
import { encodingFromName, type EncodingName } from '../decode/index.js';
import type { Article } from '../model/article.js';
import { Parser } from '../parse.js';
import { Display } from '../render/display.js';
import { jsonChunks } from '../render/json.js';
import { renderPretty, renderWarnings } from '../render/pretty.js';
import { toText } from '../render/text.js';
import { describeError, expandInputs, InputTooLarge, readSource, readStream, type Source } from './inputs.js';
import { EXIT, Output, userError, type CliIO } from './io.js';
import { chalkFor, colorLevel, displayMode, normalizeOptionsFrom, readMarkers, terminalWidth, UsageError } from './options.js';
import { readPathList } from './paths.js';

export interface ParseCommandOptions {
  format?: 'json' | 'ndjson' | 'text' | 'pretty';
  encoding?: string;
  markers?: string;
  ext: string;
  filesFrom?: string;
  maxBytes: number;
  color?: boolean;
  display?: string;
  width?: number;
}

/** Builds the parser the options ask for. */
export function parserFrom(opts: { encoding?: string; markers?: string }, cmd: Command, io: CliIO, profileKey = 'normalize'): Parser {
  const normalize = normalizeOptionsFrom(cmd.opts(), profileKey, cmd);
  const encoding = opts.encoding ? (encodingFromName(opts.encoding) as EncodingName) : undefined;
  const markers = opts.markers ? readMarkers(opts.markers, io.cwd) : undefined;
  return new Parser({ normalize, ...(encoding ? { encoding } : {}), ...(markers ? { markers } : {}) });
}

/** Builds the terminal display the options and environment ask for. */
export function displayFrom(opts: { color?: boolean; display?: string; width?: number }, cmd: Command, io: CliIO): Display {
  const level = colorLevel(opts.color, io.stdout, io.env, cmd.getOptionValueSource('color') === 'cli');
  return new Display({
    mode: displayMode(opts.display, io.stdout, io.env),
    width: terminalWidth(opts.width, io.stdout, io.env),
    chalk: chalkFor(level),
  });
}

/** Input paths from the arguments and `--files-from`; stdin when there are none and it is piped. */
export async function inputArgs(inputs: string[], filesFrom: string | undefined, io: CliIO): Promise<string[]> {
  const args = [...inputs];
  if (filesFrom) args.push(...(await readPathList(filesFrom, io)));
  if (args.length === 0) {
    if (io.stdin.isTTY || filesFrom) throw new UsageError('no input: give files, folders, quoted globs, or - for stdin');
    args.push('-');
  }
  return args;
}

export async function runParse(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as ParseCommandOptions;
  const parser = parserFrom(opts, cmd, io);
  const args = await inputArgs(inputs, opts.filesFrom, io);
  const sources = expandInputs(args, { ext: opts.ext.split(',').map((e) => e.trim()).filter(Boolean), cwd: io.cwd });
  const format = opts.format ?? (io.stdout.isTTY ? 'pretty' : sources.length === 1 ? 'json' : 'ndjson');
  const out = new Output(io.stdout);
  const display = format === 'pretty' ? displayFrom(opts, cmd, io) : null;
  const warnDisplay = displayFrom({ ...opts, display: 'logical' }, cmd, { ...io, stdout: io.stderr });

  let stop = false;
  void io.interrupted?.then(() => {
    stop = true;
  });
  let failed = 0;
  let printed = 0;
  let stdinUsed = false;
  for (const source of sources) {
    if (stop || out.closed) break;
    const article = await readAndParse(source, parser, opts.maxBytes, io, () => {
      if (stdinUsed) return 'stdin was already read';
      stdinUsed = true;
      return null;
    });
    if (typeof article === 'string') {
      userError(io.stderr, source.path, article);
      failed++;
      continue;
    }
    switch (format) {
      case 'json':
        if (sources.length > 1) await out.write(printed === 0 ? '[\n' : ',\n');
        for (const chunk of jsonChunks(article, true)) await out.write(sources.length > 1 ? chunk.replace(/\n$/, '') : chunk);
        break;
      case 'ndjson':
        for (const chunk of jsonChunks(article, false)) await out.write(chunk);
        break;
      case 'text':
        await out.write((printed > 0 ? '\n' : '') + toText(article));
        io.stderr.write(renderWarnings(article.input.path, article.warnings, warnDisplay));
        break;
      case 'pretty': {
        const rendered = renderPretty(article, display!);
        const rule = sources.length > 1 ? display!.chalk.dim(`── ${display!.sanitize(article.input.path)} `.padEnd(Math.min(display!.width, 60), '─')) + '\n' : '';
        await out.write((printed > 0 ? '\n' : '') + rule + rendered.out);
        io.stderr.write(rendered.err);
        display!.removed = 0;
        break;
      }
    }
    printed++;
  }
  if (format === 'json' && sources.length > 1) await out.write(printed > 0 ? '\n]\n' : '[]\n');
  if (stop) return EXIT.interrupted;
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Reads one source and parses it; returns the article or a one-line reason it failed. */
export async function readAndParse(
  source: Source,
  parser: Parser,
  maxBytes: number,
  io: CliIO,
  claimStdin: () => string | null,
): Promise<Article | string> {
  if (source.kind === 'error') return source.reason;
  let bytes: Uint8Array;
  try {
    if (source.kind === 'stdin') {
      const refusal = claimStdin();
      if (refusal) return refusal;
      bytes = await readStream(io.stdin);
      if (bytes.length > maxBytes) return new InputTooLarge(bytes.length, maxBytes).message;
    } else bytes = await readSource(source.path, io.cwd, maxBytes);
  } catch (err) {
    return err instanceof InputTooLarge ? err.message : describeError(err);
  }
  const result = parser.parseBytes(bytes, source.path);
  return result.ok ? result.analysis.article : result.reason;
}
