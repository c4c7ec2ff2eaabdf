/**
 * `maqal date`: a filter that reads one date text a line and prints one JSON
 * object a line, so the date reader is usable on its own, like `date -d`.
 * Every input line gives one output line, in order, with the same keys
 * whether a date was found or not.
 */
import type { Command } from 'commander';
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { DateParser, type DateInfo, type DateLineResult } from '../meta/date.js';
import { describeError, formatBytes } from './inputs.js';
import { EXIT, Output, userError, type CliIO } from './io.js';
import { boundedLines } from './jsonl.js';
import { dateOptionsFrom, type DateCommandOptions } from './options.js';

interface DateFilterOptions extends DateCommandOptions {
  maxBytes: number;
}

/** Output is written in chunks of about this many characters. */
const CHUNK = 64 * 1024;

export async function runDate(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as DateFilterOptions;
  const parser = new DateParser(dateOptionsFrom(opts));
  const out = new Output(io.stdout);
  let failed = 0;
  for (const path of inputs.length ? inputs : ['-']) {
    if (out.closed) break;
    try {
      let stream: Readable;
      if (path === '-') stream = io.stdin;
      else {
        const abs = resolve(io.cwd, path);
        if (statSync(abs).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
        stream = createReadStream(abs);
      }
      let chunk = '';
      let n = 0;
      for await (const line of boundedLines(stream, opts.maxBytes)) {
        n++;
        if (line === null) {
          userError(io.stderr, `${path}:${n}`, `longer than --max-bytes (${formatBytes(opts.maxBytes)}); printed as no date`);
          chunk += `${JSON.stringify(dateRecord('', null))}\n`;
        } else {
          const text = n === 1 ? line.replace(/^\ufeff/, '') : line;
          chunk += `${JSON.stringify(dateRecord(text, parser.parseLine(text)))}\n`;
        }
        if (chunk.length >= CHUNK) {
          await out.write(chunk);
          chunk = '';
          if (out.closed) break;
        }
      }
      await out.write(chunk);
    } catch (err) {
      userError(io.stderr, path, describeError(err));
      failed++;
    }
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** The fields of one date, or nulls. */
function fields(d: DateInfo | null): Omit<DateInfo, 'text'> & { date: string | null } {
  return {
    date: d?.text ?? null,
    iso: d?.iso ?? null,
    precision: d?.precision ?? null,
    calendar: d?.calendar ?? null,
    hijri: d?.hijri ?? null,
    offset: d?.offset ?? null,
    offsetSource: d?.offsetSource ?? null,
    relative: d?.relative ?? false,
    orderAmbiguous: d?.orderAmbiguous ?? false,
  };
}

/**
 * One output object: the input line as `text`, the publication date's fields
 * (`date` is the part of the line that was read), `updated` with the update
 * date's fields or null, and the warnings.
 */
export function dateRecord(text: string, r: DateLineResult | null): Record<string, unknown> {
  const main = r ? (r.published ?? r.updated) : null;
  const updated = r && r.published && r.updated ? fields(r.updated) : null;
  return { text, ...fields(main), updated, warnings: r ? r.warnings : [] };
}
