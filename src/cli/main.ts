/**
 * The command line: commander wiring, exit codes and the process launcher.
 * `main(io)` returns an exit code and never calls `process.exit`, so the same
 * table of cases runs in-process in tests and as real processes.
 */
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { ENCODING_NAMES } from '../decode/index.js';
import { escapeForTerminal } from '../render/escape.js';
import { EXIT, userError, type CliIO } from './io.js';
import { runChromeCount, runChromeMerge } from './chrome-command.js';
import { runInspect } from './inspect-command.js';
import { runNormalize } from './normalize-command.js';
import { addInputOptions, addNormalizeOptions, addTerminalOptions, byteSize, jobsOption, positiveInt, UsageError } from './options.js';
import { runParse } from './parse-command.js';
import { rawArguments } from './paths.js';
import { runSchema } from './schema-command.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const FORMATS = ['json', 'ndjson', 'text', 'pretty'];

/** Help is wrapped to the terminal (COLUMNS, then the stream), at most 100 columns. */
function helpWidth(io: CliIO): number {
  const cols = Number(io.env.COLUMNS) || io.stdout.columns || 80;
  return Math.min(100, Math.max(40, cols));
}

function buildProgram(io: CliIO, done: (code: number) => void): Command {
  const program = new Command('maqal')
    .description('Turn plain-text dumps of scraped Arabic news pages into clean, structured articles.')
    .version(pkg.version, '-V, --version')
    .option('--trace', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      // Commander quotes arguments in its messages: they may hold escape sequences.
      writeErr: (s) => void io.stderr.write(escapeForTerminal(s, '\n')),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
    })
    .showHelpAfterError('(run with --help for usage)')
    .allowExcessArguments(false);

  const parse = program
    .command('parse', { isDefault: true })
    .description('parse dumps into articles (the default command)')
    .argument('[inputs...]', 'files, folders, quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'json, ndjson, text or pretty (default: pretty on a terminal, json for one input, ndjson for several)').choices(FORMATS))
    .addOption(new Option('--encoding <name>', 'decode inputs with this encoding instead of detecting it').choices([...ENCODING_NAMES, 'cp1256', 'utf8']))
    .option('--markers <file>', 'JSON file of extra marker phrases for sites maqal does not know');
  addInputOptions(parse)
    .option('-o, --out-dir <dir>', 'write one NAME.json per input into DIR, mirroring the input tree, with DIR/_manifest.ndjson')
    .option('--relative-to <dir>', 'with --out-dir: place outputs by their path from DIR (default: each folder argument is its own root)')
    .option('--resume', 'with --out-dir: skip inputs whose output exists and is newer than the input')
    .option('--force', 'with --out-dir: replace files in DIR that maqal did not write')
    .option('--emit-embedded', 'also write embedded read-also articles as records of their own')
    .option('--learn-chrome', 'first count lines repeated across the inputs, then treat them as boilerplate')
    .option('--chrome-min-docs <n>', 'a repeated line is chrome when in at least N documents and 2% of them', positiveInt, 5)
    .option('--chrome-table <file>', 'with --learn-chrome: save the counts to FILE; without it: use the counts in FILE')
    .option('--summary-json', 'print the batch summary as one JSON line on stderr')
    .option('--no-progress', 'no progress line on stderr')
    .option('-j, --jobs <n>', 'parse on N threads (the main one and N-1 workers), or auto: one per core; at most twice the cores', jobsOption, 1)
    .option('--max-bytes <size>', 'refuse inputs larger than SIZE bytes (suffixes K, M, G)', byteSize, 128 * 1024 * 1024);
  addNormalizeOptions(parse, '-n, --normalize <profile>');
  addTerminalOptions(parse);
  parse.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await runParse(inputs, cmd, io)));

  const normalize = program
    .command('normalize')
    .description('print normalised text, line for line (a filter like tr)')
    .argument('[inputs...]', 'files, or - for stdin (default: stdin)')
    .option('--diff', 'show, per changed line, what changed and which rule did it')
    .addOption(new Option('--encoding <name>', 'decode inputs with this encoding').choices([...ENCODING_NAMES, 'cp1256', 'utf8']));
  addNormalizeOptions(normalize, '-p, --profile <profile>');
  normalize.option('--color', 'colour the diff even when not on a terminal').option('--no-color', 'never colour');
  normalize.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await runNormalize(inputs, cmd, io)));

  const inspect = program
    .command('inspect')
    .description('show every line with its block, the rule that decided it, and its text')
    .argument('<input>', 'a file, or - for stdin')
    .option('--markers <file>', 'JSON file of extra marker phrases')
    .addOption(new Option('--encoding <name>', 'decode the input with this encoding').choices([...ENCODING_NAMES, 'cp1256', 'utf8']))
    .addOption(new Option('-f, --format <format>', 'table, or json (one object a line)').choices(['table', 'json']).default('table'))
    .option('--max-bytes <size>', 'refuse inputs larger than SIZE bytes (suffixes K, M, G)', byteSize, 128 * 1024 * 1024);
  addNormalizeOptions(inspect, '-n, --normalize <profile>');
  addTerminalOptions(inspect);
  inspect.action(async (input: string, _opts: unknown, cmd: Command) => done(await runInspect(input, cmd, io)));

  program
    .command('schema')
    .description('print the JSON Schema of the article object')
    .action(async () => done(await runSchema(io)));

  const chrome = program.command('chrome').description('count, merge and share the lines learned as chrome across a corpus');
  const count = chrome
    .command('count')
    .description('count, per line, the documents that hold it; print the table (map step)')
    .argument('[inputs...]', 'files, folders, quoted globs');
  addInputOptions(count)
    .addOption(new Option('--encoding <name>', 'decode inputs with this encoding').choices([...ENCODING_NAMES, 'cp1256', 'utf8']))
    .option('--max-bytes <size>', 'skip inputs larger than SIZE bytes (suffixes K, M, G)', byteSize, 128 * 1024 * 1024);
  count.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await runChromeCount(inputs, cmd, io)));
  chrome
    .command('merge')
    .description('merge tables from several shards into one, printed on stdout (reduce step)')
    .argument('<tables...>', 'tables written by chrome count or parse --learn-chrome --chrome-table')
    .action(async (tables: string[]) => done(await runChromeMerge(tables, io)));

  for (const cmd of [parse, normalize, inspect, count, ...program.commands, ...chrome.commands]) {
    cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
  }
  return program;
}

/** Runs the CLI with injected I/O; resolves to the exit code. */
export async function main(io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      userError(io.stderr, null, err.message);
      return EXIT.usage;
    }
    const trace = io.argv.includes('--trace') || io.env.MAQAL_TRACE === '1';
    const e = err as Error;
    io.stderr.write(`maqal: internal error: ${escapeForTerminal(e.message)}\n${trace && e.stack ? escapeForTerminal(e.stack, '\n') + '\n' : '(run with --trace for details)\n'}`);
    return EXIT.someFailed;
  }
  return code;
}

/** Wires the real process into `main`: argv, streams, environment, Ctrl-C. */
export async function runProcess(): Promise<number> {
  let interrupt!: () => void;
  const interrupted = new Promise<void>((resolve) => {
    interrupt = resolve;
  });
  let count = 0;
  // Ctrl-C, a terminal closed (SIGHUP) and a polite kill (SIGTERM) all end the batch the same way:
  // the file in hand is finished and the manifest written. A second signal ends at once.
  const onSignal = () => {
    count++;
    if (count > 1) process.exit(EXIT.interrupted);
    interrupt();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  const argv = process.argv.slice(2);
  const code = await main({
    argv,
    rawArgs: rawArguments(argv, commandLineBytes(argv)),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    interrupted,
  });
  // A read still pending (a named pipe nobody opened) must not keep an interrupted run alive.
  if (code === EXIT.interrupted) process.exit(code);
  return code;
}

/** This process's command line as bytes, read only when an argument needs it. */
function commandLineBytes(argv: readonly string[]): Buffer | null {
  if (!argv.some((a) => a.includes('\ufffd'))) return null;
  try {
    return readFileSync('/proc/self/cmdline');
  } catch {
    return null;
  }
}
