/**
 * The command line: commander wiring, exit codes and the process launcher.
 * `main(io)` returns an exit code and never calls `process.exit`, so the same
 * table of cases runs in-process in tests and as real processes.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from './commander.js';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { ENCODING_NAMES } from '../decode/index.js';
import { escapeForTerminal } from '../render/escape.js';
import { EXIT, userError, type CliIO } from './io.js';
import { addDateOptions, addInputOptions, addNormalizeOptions, addTerminalOptions, byteSize, colorWhen, jobsOption, positiveInt, positiveNumber, UsageError } from './options.js';
import { rawArguments } from './paths.js';
import { DEFAULT_MAX_DISTANCE, MAX_DISTANCE_LIMIT } from '../corpus/dedup.js';
import { QUALITY_PRESETS } from '../corpus/quality.js';
import { mistypedCommand } from './suggest.js';

// Each command's module is loaded when the command runs: `maqal date` or `maqal dedup` does not pay
// for the parser, the terminal views and their libraries.
const commands = {
  parse: () => import('./parse-command.js'),
  normalize: () => import('./normalize-command.js'),
  inspect: () => import('./inspect-command.js'),
  date: () => import('./date-command.js'),
  dedup: () => import('./dedup-command.js'),
  chrome: () => import('./chrome-command.js'),
  schema: () => import('./schema-command.js'),
};

/** Inputs past this size are refused unless --max-bytes says otherwise: far beyond any page, well within memory. */
const DEFAULT_MAX_BYTES = 128 * 1024 * 1024;

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const FORMATS = ['json', 'ndjson', 'jsonl', 'text', 'pretty', 'record'];

const PARSE_EXAMPLES = `
Examples:
  maqal parse dump.txt                          the article, on a terminal as a readable view
  maqal parse dumps/ > corpus.ndjson            a folder: one JSON object a line, in order
  maqal parse dumps/ -o out/                    one NAME.json per dump in out/, with a manifest
  find dumps -name '*.txt' -print0 | maqal parse --files-from - -0 > corpus.ndjson
  maqal parse --input jsonl shard.jsonl > articles.ndjson`;

const DATE_EXAMPLES = `
Examples:
  echo 'الأحد 19 مايو 2024 02:30 م' | maqal date          {"text":…,"iso":"2024-05-19T14:30",…}
  maqal date --timezone Africa/Cairo dates.txt            times get the zone's offset for their day
  maqal date --reference-time 2024-05-15T10:00:00+03:00 < lines.txt   resolves منذ ساعتين، أمس`;

const DEDUP_EXAMPLES = `
Examples:
  maqal parse --input jsonl -f record shard-1.jsonl > records-1.jsonl
  maqal dedup count records-1.jsonl > table-1.jsonl       one table per shard
  maqal dedup merge table-1.jsonl table-2.jsonl > table.jsonl
  maqal dedup apply --table table.jsonl records-1.jsonl > marked-1.jsonl
  maqal dedup apply --drop records.jsonl > unique.jsonl    one file: count and apply in one go`;

/** `--max-distance`: an integer from 0 to the index's limit. */
function distance(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_DISTANCE_LIMIT) throw new InvalidArgumentError(`expected an integer from 0 to ${MAX_DISTANCE_LIMIT}`);
  return n;
}

const NORMALIZE_EXAMPLES = `
Examples:
  maqal normalize dump.txt                      repair what is broken (the clean profile)
  maqal normalize -p search < dump.txt          fold everything for search
  maqal normalize --diff dump.txt               what changed, line by line, and why`;

/** Help is wrapped to the terminal (COLUMNS, then the stream), at most 100 columns. */
function helpWidth(io: CliIO): number {
  const cols = Number(io.env.COLUMNS) || io.stdout.columns || 80;
  return Math.min(100, Math.max(40, cols));
}

function buildProgram(io: CliIO, done: (code: number) => void): Command {
  const program = new Command('maqal')
    .description('Turn plain-text dumps of scraped Arabic news pages into clean, structured articles.')
    .version(`maqal ${pkg.version}`, '-V, --version')
    .option('--trace', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      // Commander quotes arguments in its messages: they may hold escape sequences. Its
      // `error: ...` lines take maqal's one style, `maqal: ...`.
      writeErr: (s) => void io.stderr.write(escapeForTerminal(s.startsWith('error: ') ? 'maqal: ' + s.slice(7) : s, '\n')),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
    })
    .allowExcessArguments(false);

  const parse = program
    .command('parse', { isDefault: true })
    .description('parse dumps into articles (the default command)')
    .argument('[inputs...]', 'files, folders, quoted globs, or - for stdin')
    .optionsGroup('Output:')
    .addOption(new Option('-f, --format <format>', 'json, ndjson (or jsonl), text, pretty, or record ({id, text, metadata} a line, for corpus tools) (default: pretty on a terminal, ndjson in a pipe)').choices(FORMATS))
    .option('--array', 'with -f json: an array even for one file argument')
    .option('-o, --out-dir <dir>', 'write one NAME.json per input into the folder DIR, mirroring the input tree, with DIR/_manifest.ndjson')
    .option('--relative-to <dir>', 'with --out-dir: place outputs by their path from DIR (default: each folder argument is its own root)')
    .option('--resume', 'with --out-dir: skip inputs whose output maqal wrote from the same input')
    .option('--force', 'with --out-dir: replace files in DIR that maqal did not write')
    .option('--emit-embedded', 'also write embedded read-also articles as records of their own');
  addInputOptions(parse)
    .addOption(new Option('--encoding <name>', 'decode inputs with this encoding instead of detecting it').choices([...ENCODING_NAMES, 'cp1256', 'utf8']))
    .option('--markers <file>', 'JSON file of extra marker phrases for sites maqal does not know')
    .addOption(maxBytesOption('refuse'))
    .option('--strict', 'fail inputs that are not dumps (HTML, JSON Lines, mojibake, not Arabic) instead of warning')
    .optionsGroup('Dates:');
  addDateOptions(parse)
    .option('--reference-field <name>', 'JSON Lines: the field holding each record\'s reference time (its crawl time)')
    .optionsGroup('Corpus:')
    .option('--keep-fields <names>', "JSON Lines: copy these record fields (a,b,c, or '*' for all but the text) into meta, byte for byte")
    .option('--fingerprint', 'add fingerprint: exact hash and SimHash of the story, for finding copies')
    .option('--stats', 'add stats: quality signals of the story (letters, stopwords, repetition)')
    .addOption(new Option('--quality-preset <name>', "add qualityFlags: the checks of a corpus pipeline's thresholds the story fails").choices([...QUALITY_PRESETS]))
    .option('--drop-flagged', 'with --quality-preset: leave out the articles it flags')
    .optionsGroup('Batch:')
    .option('-j, --jobs <n>', 'parse on N threads (the main one and N-1 workers), or auto: one per core; at most twice the cores', jobsOption, 1)
    .option('--learn-chrome', 'first count lines repeated across the inputs, then treat them as boilerplate')
    .option('--chrome-min-docs <n>', 'a repeated line is chrome when in at least N documents and 2% of them', positiveInt, 5)
    .option('--chrome-table <file>', 'with --learn-chrome: save the counts to FILE; without it: use the counts in FILE')
    .addOption(new Option('--progress <mode>', 'auto: a line redrawn on a terminal; plain: a line every few seconds (CI logs); none').choices(['auto', 'plain', 'none']).default('auto'))
    .addOption(new Option('--no-progress', 'no progress line').hideHelp())
    .option('--progress-every <seconds>', 'with --progress plain: seconds between lines', positiveNumber, 10)
    .option('--summary', 'print the summary table on stderr (default: on a terminal, for 20 inputs or more)')
    .option('--summary-json <file>', 'write the batch summary as one JSON object to FILE')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr (errors still)');
  addNormalizeOptions(parse, '-n, --normalize <profile>');
  addTerminalOptions(parse, true);
  parse.addHelpText('after', PARSE_EXAMPLES);
  parse.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await (await commands.parse()).runParse(inputs, cmd, io)));

  const normalize = program
    .command('normalize')
    .alias('normalise')
    .description('print normalised text, line for line (a filter like tr)')
    .argument('[inputs...]', 'files, or - for stdin (default: stdin)')
    .option('--diff', 'show, per changed line, what changed and which rule did it')
    .addOption(new Option('--encoding <name>', 'decode inputs with this encoding').choices([...ENCODING_NAMES, 'cp1256', 'utf8']));
  addNormalizeOptions(normalize, '-p, --profile <profile>');
  normalize
    .optionsGroup('Display:')
    .option('--color', 'colour the diff even when not on a terminal (also --color=always|never|auto)')
    .addOption(new Option('--no-color', 'never colour').hideHelp());
  normalize.addHelpText('after', NORMALIZE_EXAMPLES);
  normalize.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await (await commands.normalize()).runNormalize(inputs, cmd, io)));

  const inspect = program
    .command('inspect')
    .description('show every line with its block, the rule that decided it, and its text')
    .argument('<input>', 'a file, or - for stdin')
    .option('--markers <file>', 'JSON file of extra marker phrases')
    .addOption(new Option('--encoding <name>', 'decode the input with this encoding').choices([...ENCODING_NAMES, 'cp1256', 'utf8']))
    .addOption(new Option('-f, --format <format>', 'table, or json (one object a line)').choices(['table', 'json']).default('table'))
    .option('--blank', 'a row for every blank line (default: a run of blank lines is one thin row)')
    .addOption(maxBytesOption('refuse'));
  addNormalizeOptions(inspect, '-n, --normalize <profile>');
  addTerminalOptions(inspect, true);
  inspect.action(async (input: string, _opts: unknown, cmd: Command) => done(await (await commands.inspect()).runInspect(input, cmd, io)));

  const date = program
    .command('date')
    .description('read one date text a line; print one JSON object a line with its ISO 8601 form (a filter like date -d)')
    .argument('[inputs...]', 'files, or - for stdin (default: stdin)');
  addDateOptions(date).addOption(
    new Option('--max-bytes <size>', 'a line longer than SIZE bytes is printed as no date, with an error (suffixes K, M, G)').argParser(byteSize).default(1024 * 1024, '1M'),
  );
  date.addHelpText('after', DATE_EXAMPLES);
  date.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await (await commands.date()).runDate(inputs, cmd, io)));

  const dedup = groupCommand(program, 'dedup', 'find copies of a story across a corpus (dedup count, dedup merge, dedup apply)', io, done);
  const dedupCount = dedup
    .command('count')
    .description('write the fingerprint table of parsed records (map step)')
    .argument('[inputs...]', 'NDJSON from maqal parse --fingerprint or -f record; - for stdin (default)')
    .addOption(recordMaxBytes());
  dedupCount.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await (await commands.dedup()).runDedupCount(inputs, cmd, io)));
  dedup
    .command('merge')
    .description('merge the tables of several shards, in shard order, into one on stdout (reduce step)')
    .argument('<tables...>', 'tables written by dedup count or dedup merge')
    .action(async (tables: string[]) => done(await (await commands.dedup()).runDedupMerge(tables, io)));
  const dedupApply = dedup
    .command('apply')
    .description('add dupOf (the id of the first copy, or null) and clusterSize to each record')
    .argument('[inputs...]', 'NDJSON records; - for stdin (default, with --table)')
    .option('--table <file>', 'the table of the whole corpus (dedup count, then dedup merge); default: count the inputs first')
    .option('--max-distance <bits>', `SimHash bits two near copies may differ in, 0 to ${MAX_DISTANCE_LIMIT}`, (v) => distance(v), DEFAULT_MAX_DISTANCE)
    .option('--drop', 'leave out every copy but the first')
    .addOption(recordMaxBytes());
  dedupApply.addHelpText('after', DEDUP_EXAMPLES);
  dedupApply.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await (await commands.dedup()).runDedupApply(inputs, cmd, io)));

  program
    .command('schema')
    .description('print the JSON Schema of the article object')
    .action(async () => done(await (await commands.schema()).runSchema(io)));

  const chrome = groupCommand(program, 'chrome', 'count and merge the lines repeated across a corpus (chrome count, chrome merge)', io, done);
  const count = chrome
    .command('count')
    .description('count, per line, the documents that hold it; print the table (map step)')
    .argument('[inputs...]', 'files, folders, quoted globs');
  addInputOptions(count)
    .addOption(new Option('--encoding <name>', 'decode inputs with this encoding').choices([...ENCODING_NAMES, 'cp1256', 'utf8']))
    .addOption(maxBytesOption('skip'));
  count.action(async (inputs: string[], _opts: unknown, cmd: Command) => done(await (await commands.chrome()).runChromeCount(inputs, cmd, io)));
  chrome
    .command('merge')
    .description('merge tables from several shards into one, printed on stdout (reduce step)')
    .argument('<tables...>', 'tables written by chrome count or parse --learn-chrome --chrome-table')
    .action(async (tables: string[]) => done(await (await commands.chrome()).runChromeMerge(tables, io)));

  for (const cmd of [program, parse, normalize, inspect, date, count, dedupCount, dedupApply, ...program.commands, ...chrome.commands, ...dedup.commands]) {
    cmd.exitOverride().showHelpAfterError(usageLine(cmd).trimEnd());
  }
  return program;
}

/** The one-line usage of a command, printed after a usage error: `usage: maqal parse [options] [inputs...]`. */
function usageLine(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  const name = names.join(' ');
  return `usage: ${name} ${cmd.usage()} (${name} --help for every option)\n`;
}

/** Runs the CLI with injected I/O; resolves to the exit code. */
export async function main(io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  // The command that ran, for the usage line after a usage error.
  let active: Command = program;
  program.hook('preAction', (_program, actionCommand) => {
    active = actionCommand;
  });
  try {
    const argv = colorWhen(io.argv);
    const typo = mistypedCommand(argv, io.cwd);
    if (typo) throw new UsageError(typo);
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      userError(io.stderr, null, err.message);
      io.stderr.write(usageLine(active));
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
    ownsStdout: true,
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

/** A command that only groups steps (`chrome`, `dedup`): bare, it names them, as a usage error. */
function groupCommand(program: Command, name: string, description: string, io: CliIO, done: (code: number) => void): Command {
  const group: Command = program
    .command(name)
    .description(description)
    .action(() => {
      io.stderr.write(group.helpInformation());
      done(EXIT.usage);
    });
  return group;
}

/** `--max-bytes` of the commands that read NDJSON records. */
function recordMaxBytes(): Option {
  return new Option('--max-bytes <size>', 'skip records longer than SIZE bytes (suffixes K, M, G)').argParser(byteSize).default(DEFAULT_MAX_BYTES, '128M');
}

/** `--max-bytes`, its default shown as the size a user would type. */
function maxBytesOption(verb: 'refuse' | 'skip'): Option {
  return new Option('--max-bytes <size>', `${verb} inputs larger than SIZE bytes (suffixes K, M, G)`).argParser(byteSize).default(DEFAULT_MAX_BYTES, '128M');
}
