/**
 * `maqal normalize`: a filter that prints normalised text with the input's
 * line structure (terminators included) unchanged. Streams: a file of any
 * size is read and written chunk by chunk.
 */
import type { Command } from 'commander';
import { escapeForTerminal } from '../render/escape.js';
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { decode, encodingFromName, type EncodingName } from '../decode/index.js';
import { Normalizer, type NormalizeChange } from '../normalize/engine.js';
import { describeError, formatBytes } from './inputs.js';
import { EXIT, Output, userError, type CliIO } from './io.js';
import { chalkFor, colorLevel, normalizeOptionsFrom } from './options.js';

interface NormalizeCommandOptions {
  diff?: boolean;
  encoding?: string;
  maxBytes: number;
  color?: boolean;
}

/** Bytes inspected to detect the encoding before streaming the rest. */
const SNIFF = 64 * 1024;

export async function runNormalize(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as NormalizeCommandOptions;
  const normalizer = new Normalizer(normalizeOptionsFrom(cmd.opts(), 'profile', cmd));
  const forced = opts.encoding ? (encodingFromName(opts.encoding) as EncodingName) : undefined;
  const out = new Output(io.stdout);
  const chalk = chalkFor(colorLevel(opts.color, io.stdout, io.env, cmd.getOptionValueSource('color') === 'cli'));
  const sources = inputs.length ? inputs : ['-'];
  let failed = 0;
  for (const path of sources) {
    if (out.closed) break;
    let stream: Readable;
    try {
      if (path === '-') stream = io.stdin;
      else {
        const abs = resolve(io.cwd, path);
        const st = statSync(abs);
        if (st.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
        if (st.size > opts.maxBytes) throw new Error(`larger than --max-bytes (${formatBytes(st.size)} > ${formatBytes(opts.maxBytes)})`);
        stream = createReadStream(abs);
      }
      const reason = await normalizeStream(stream, normalizer, forced, out, opts.diff ? diffWriter(out, chalk, path, sources.length > 1) : null);
      if (reason) {
        userError(io.stderr, path, reason);
        failed++;
      }
    } catch (err) {
      userError(io.stderr, path, describeError(err));
      failed++;
    }
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

type DiffWriter = (lineNo: number, before: string, after: string, changes: NormalizeChange[]) => Promise<void>;

/**
 * Streams one input through the normaliser. Returns a reason when the input
 * is refused (binary), or null.
 */
async function normalizeStream(stream: Readable, normalizer: Normalizer, forced: EncodingName | undefined, out: Output, diff: DiffWriter | null): Promise<string | null> {
  const state: { decoder: TextDecoder | null } = { decoder: null };
  let head: Buffer[] = [];
  let headBytes = 0;
  let carry = '';
  let lineNo = 0;

  const emit = async (text: string, final: boolean) => {
    carry += text;
    // Keep the unfinished last line (and a CR that may start a CRLF) for the next chunk.
    let cut = carry.length;
    if (!final) {
      cut = Math.max(carry.lastIndexOf('\n'), carry.lastIndexOf('\r')) + 1;
      if (cut > 0 && carry[cut - 1] === '\r' && cut === carry.length) cut--;
    }
    const ready = carry.slice(0, cut);
    carry = carry.slice(cut);
    if (!ready) return;
    if (!diff) {
      await out.write(normalizer.text(ready));
      return;
    }
    for (const [line, end] of splitKeepingEnds(ready)) {
      lineNo++;
      const changes: NormalizeChange[] = [];
      const after = normalizer.line(line, null, changes);
      if (after !== line) await diff(lineNo, line, after, changes);
      void end;
    }
  };

  const start = async (bytes: Buffer): Promise<string | null> => {
    const probe = decode(bytes, forced ? { encoding: forced } : {});
    if (!probe.ok) return probe.reason;
    state.decoder = new TextDecoder(probe.encoding);
    let text = state.decoder.decode(bytes, { stream: true });
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    await emit(text, false);
    return null;
  };

  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (!state.decoder) {
      head.push(bytes);
      headBytes += bytes.length;
      if (headBytes < SNIFF) continue;
      const reason = await start(Buffer.concat(head));
      head = [];
      if (reason) return reason;
      continue;
    }
    await emit(state.decoder.decode(bytes, { stream: true }), false);
  }
  if (!state.decoder) {
    const all = Buffer.concat(head);
    if (all.length === 0) return null;
    const reason = await start(all);
    if (reason) return reason;
  }
  await emit(state.decoder ? state.decoder.decode() : '', true);
  return null;
}

/** Splits text into [line, terminator] pairs. */
function* splitKeepingEnds(text: string): Generator<[string, string]> {
  const re = /\r\n|\r|\n/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    yield [text.slice(last, m.index), m[0]];
    last = m.index + m[0].length;
  }
  if (last < text.length) yield [text.slice(last), ''];
}

/** `--diff` output: the line number, the line before and after, and the rules that changed it. */
function diffWriter(out: Output, chalk: ReturnType<typeof chalkFor>, path: string, many: boolean): DiffWriter {
  const visible = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00a0\u0640]/gu, (c) => chalk.inverse(`<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`));
  return async (lineNo, before, after, changes) => {
    const counts = new Map<string, number>();
    for (const c of changes) counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
    const rules = [...counts].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(', ');
    const where = many ? `${escapeForTerminal(path)}:${lineNo}` : String(lineNo);
    await out.write(`${chalk.bold(where)}: ${chalk.dim(rules)}\n${chalk.red('- ' + visible(before))}\n${chalk.green('+ ' + visible(after))}\n`);
  };
}
