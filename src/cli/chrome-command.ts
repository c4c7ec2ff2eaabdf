/**
 * `maqal chrome count` (map) and `maqal chrome merge` (reduce): the tables of
 * lines repeated across documents, so that a corpus split over many machines
 * gets the same chrome decisions as one run over all of it.
 */
import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { Parser } from '../parse.js';
import { ChromeCounter, readChromeTable } from './chrome.js';
import { escapeForTerminal } from '../render/escape.js';
import { argName, argPath, describeError, InputTooLarge, iterateInputs, readSource, readStream } from './inputs.js';
import { EXIT, Output, userError, type CliIO } from './io.js';
import { readJsonl } from './jsonl.js';
import { parseOptionsFrom, inputArgs } from './parse-command.js';

interface CountOptions {
  ext: string;
  filesFrom?: string;
  null?: boolean;
  input: 'text' | 'jsonl';
  textField: string;
  idField: string;
  encoding?: string;
  maxBytes: number;
}

export async function runChromeCount(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as CountOptions;
  const { encoding } = parseOptionsFrom(opts, cmd, io);
  const parser = new Parser(encoding ? { encoding } : {});
  const counter = new ChromeCounter();
  let failed = 0;
  const args = await inputArgs(inputs, opts.filesFrom, io, !!opts.null);
  if (opts.input === 'jsonl') {
    for (const raw of args) {
      const arg = argName(raw);
      try {
        for await (const r of readJsonl(arg === '-' ? io.stdin : createReadStream(argPath(raw, io.cwd)), arg, opts.textField, opts.idField, opts.maxBytes)) {
          if ('error' in r) {
            userError(io.stderr, `${arg}:${r.line}`, r.error);
            failed++;
          } else counter.add(parser.chromeKeysOfText(r.text));
        }
      } catch (err) {
        userError(io.stderr, arg, describeError(err));
        failed++;
      }
    }
  } else {
    for (const s of iterateInputs(args, { ext: opts.ext.split(',').map((e) => e.trim()).filter(Boolean), cwd: io.cwd })) {
      if (s.kind === 'error') {
        userError(io.stderr, s.path, s.reason);
        failed++;
        continue;
      }
      if (s.kind === 'skip') {
        io.stderr.write(`maqal: warning: ${escapeForTerminal(s.path)}: ${s.reason}\n`);
        continue;
      }
      try {
        const bytes = s.kind === 'stdin' ? await readStream(io.stdin, opts.maxBytes) : await readSource(s.fsPath ?? s.path, io.cwd, opts.maxBytes);
        const keys = parser.chromeKeys(bytes);
        if (keys) counter.add(keys);
        else {
          userError(io.stderr, s.path, 'not a text file');
          failed++;
        }
      } catch (err) {
        userError(io.stderr, s.path, err instanceof InputTooLarge ? err.message : describeError(err));
        failed++;
      }
    }
  }
  await new Output(io.stdout).write(JSON.stringify(counter.table()) + '\n');
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

export async function runChromeMerge(tables: string[], io: CliIO): Promise<number> {
  const counter = new ChromeCounter();
  for (const t of tables) counter.merge(readChromeTable(t, io.cwd));
  await new Output(io.stdout).write(JSON.stringify(counter.table()) + '\n');
  return EXIT.ok;
}
