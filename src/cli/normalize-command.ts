/**
 * `maqal normalize`: a filter that prints normalised text with the input's
 * line structure (terminators included) unchanged. Streams: a file of any
 * size is read and written chunk by chunk.
 */
import type { Command } from 'commander';
import { sniffSignature } from '../decode/signatures.js';
import { escapeForTerminal } from '../render/escape.js';
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { decode, encodingFromName, type EncodingName } from '../decode/index.js';
import { Normalizer, type NormalizeChange } from '../normalize/engine.js';
import { describeError } from './inputs.js';
import { EXIT, Output, userError, type CliIO } from './io.js';
import { chalkFor, colorLevel, normalizeOptionsFrom } from './options.js';

interface NormalizeCommandOptions {
  diff?: boolean;
  encoding?: string;
  color?: boolean;
}

/**
 * Bytes inspected to detect the encoding before streaming the rest, counted
 * from the first byte that is not plain ASCII (ASCII reads the same in every
 * encoding maqal detects, so a long English preamble decides nothing).
 */
const SNIFF = 64 * 1024;

export async function runNormalize(inputs: string[], cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts() as NormalizeCommandOptions;
  const normalizer = new Normalizer(normalizeOptionsFrom(cmd.opts(), 'profile', cmd));
  const forced = opts.encoding ? (encodingFromName(opts.encoding) as EncodingName) : undefined;
  const out = new Output(io.stdout);
  // Only the diff is coloured: plain normalising never loads chalk.
  const chalk = opts.diff ? await chalkFor(colorLevel(opts.color, io.stdout, io.env, cmd.getOptionValueSource('color') === 'cli')) : null;
  const sources = inputs.length ? inputs : ['-'];
  let failed = 0;
  for (const path of sources) {
    if (out.closed) break;
    let stream: Readable;
    try {
      if (path === '-') stream = io.stdin;
      else {
        const abs = resolve(io.cwd, path);
        if (statSync(abs).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
        stream = createReadStream(abs);
      }
      const result = await normalizeStream(stream, normalizer, forced, out, chalk ? diffWriter(out, chalk, path, sources.length > 1) : null);
      if (typeof result === 'string') {
        userError(io.stderr, path, result);
        failed++;
      } else if (result.replaced > 0) {
        io.stderr.write(`maqal: warning: ${escapeForTerminal(path)}: ${result.replaced} byte sequence(s) with no character in ${result.encoding} replaced with U+FFFD [undecodable]\n`);
      }
    } catch (err) {
      userError(io.stderr, path, describeError(err));
      failed++;
    }
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

type DiffWriter = (lineNo: number, before: string, after: string, changes: NormalizeChange[]) => Promise<void>;

/** Plain ASCII: what every encoding maqal detects reads alike (no NUL: UTF-16 holds those). */
function isPlainAscii(bytes: Buffer): boolean {
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k]!;
    if (b >= 0x80 || b === 0) return false;
  }
  return true;
}

/** U+FFFD the input itself held (its UTF-8 bytes EF BF BD), not produced by decoding. */
function literalReplacements(bytes: Buffer, encoding: EncodingName): number {
  if (encoding !== 'utf-8') return 0;
  let n = 0;
  for (let k = bytes.indexOf(0xef); k >= 0 && k + 2 < bytes.length; k = bytes.indexOf(0xef, k + 1)) if (bytes[k + 1] === 0xbf && bytes[k + 2] === 0xbd) n++;
  return n;
}

/**
 * Streams one input through the normaliser, in constant memory whatever its
 * size. Returns the reason when the input is refused (binary), else the
 * encoding used and how many replacement characters decoding produced.
 */
async function normalizeStream(
  stream: Readable,
  normalizer: Normalizer,
  forced: EncodingName | undefined,
  out: Output,
  diff: DiffWriter | null,
): Promise<string | { encoding: EncodingName; replaced: number }> {
  let decoder: TextDecoder | null = null;
  let encoding: EncodingName = forced ?? 'utf-8';
  let head: Buffer[] = [];
  let headBytes = 0;
  /** Still plain ASCII so far (nothing decided yet, nothing to decide). */
  let ascii = !forced;
  let started = false;
  let carry = '';
  let lineNo = 0;
  let replaced = 0;

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
    for (const [line] of splitKeepingEnds(ready)) {
      lineNo++;
      const changes: NormalizeChange[] = [];
      const after = normalizer.line(line, null, changes);
      if (after !== line) await diff(lineNo, line, after, changes);
    }
  };

  /** Decodes a chunk, counting the replacement characters decoding made. */
  const decoded = (bytes: Buffer, last: boolean): string => {
    const text = last ? decoder!.decode(bytes) : decoder!.decode(bytes, { stream: true });
    let n = 0;
    for (let k = text.indexOf('\ufffd'); k >= 0; k = text.indexOf('\ufffd', k + 1)) n++;
    replaced += n - literalReplacements(bytes, encoding);
    return text;
  };

  /** Decides the encoding from the bytes held, then streams them. */
  const start = async (bytes: Buffer): Promise<string | null> => {
    const probe = decode(bytes, forced ? { encoding: forced } : {});
    if (!probe.ok) return probe.reason;
    encoding = probe.encoding;
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    let text = decoded(bytes, false);
    if (!started && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    started = true;
    await emit(text, false);
    return null;
  };

  let first = true;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (first) {
      // A binary file's signature is plain ASCII too (`%PDF-`): checked before anything passes through.
      first = false;
      const kind = sniffSignature(bytes);
      if (kind) return `not a text file (looks like ${kind})`;
    }
    if (decoder) {
      await emit(decoded(bytes, false), false);
      continue;
    }
    if (ascii && isPlainAscii(bytes)) {
      // Nothing to decide on yet: pass plain ASCII through as it comes.
      started = true;
      await emit(bytes.toString('latin1'), false);
      continue;
    }
    ascii = false;
    head.push(bytes);
    headBytes += bytes.length;
    if (headBytes < SNIFF) continue;
    const reason = await start(Buffer.concat(head));
    head = [];
    if (reason) return reason;
  }
  if (!decoder && headBytes > 0) {
    const reason = await start(Buffer.concat(head));
    if (reason) return reason;
  }
  await emit(decoder ? decoded(Buffer.alloc(0), true) : '', true);
  return { encoding, replaced: Math.max(0, replaced) };
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
function diffWriter(out: Output, chalk: Awaited<ReturnType<typeof chalkFor>>, path: string, many: boolean): DiffWriter {
  const visible = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00a0\u0640]/gu, (c) => chalk.inverse(`<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`));
  return async (lineNo, before, after, changes) => {
    const counts = new Map<string, number>();
    for (const c of changes) counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
    const rules = [...counts].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(', ');
    const where = many ? `${escapeForTerminal(path)}:${lineNo}` : String(lineNo);
    await out.write(`${chalk.bold(where)}: ${chalk.dim(rules)}\n${chalk.red('- ' + visible(before))}\n${chalk.green('+ ' + visible(after))}\n`);
  };
}
