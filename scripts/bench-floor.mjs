#!/usr/bin/env node
// The Node floor of the batch bench: what one process needs per file with no
// segmentation at all. It walks the folder, reads each file, decodes it (with
// maqal's own decoder, the fastest we have), splits and normalises its lines
// (`clean`) and writes them as one JSON line to /dev/null. A parser that does
// all this and more cannot be faster.
//
//   node scripts/bench-floor.mjs DIR [SHARD COUNT]   files k with k % COUNT == SHARD
//
// With --bytes it is the byte floor (no decoding, see byteLine). With --parse it
// is maqal's own library in the same loop (read, parseBytes, NDJSON line, write,
// all synchronous): the CLI without its I/O and ordering, and, run as two
// processes at once, the most `--jobs 2` could give on this machine.
import { openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../dist/decode/index.js';
import { Normalizer } from '../dist/normalize/engine.js';

const args = process.argv.slice(2);
const bytesOnly = args[0] === '--bytes';
const parseMode = args[0] === '--parse';
const [dir, shard = '0', count = '1'] = bytesOnly || parseMode ? args.slice(1) : args;
const library = parseMode ? { ...(await import('../dist/index.js')), ...(await import('../dist/render/json.js')) } : null;
const parser = library ? new library.Parser() : null;
const clean = new Normalizer('clean');
const out = openSync('/dev/null', 'w');

/** The .txt files under `dir`, sorted, depth first. */
function* walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith('.txt')) yield p;
  }
}

/** The JSON escape of each byte below 0x20, and of `"` and `\\`; other bytes are copied. */
const ESCAPES = Array.from({ length: 256 }, (_, b) =>
  b === 0x22 ? Buffer.from('\\"') : b === 0x5c ? Buffer.from('\\\\') : b < 0x20 ? Buffer.from(`\\u${b.toString(16).padStart(4, '0')}`) : null,
);
const buffer = Buffer.alloc(1 << 20);

/** One JSON line `{"path":…,"lines":[…]}` of a file's lines, byte by byte. */
function byteLine(path, bytes) {
  let at = buffer.write(`{"path":${JSON.stringify(path)},"lines":["`);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (at > buffer.length - 16) break;
    if (b === 0x0a) at += buffer.write('","', at);
    else if (ESCAPES[b]) at += ESCAPES[b].copy(buffer, at);
    else buffer[at++] = b;
  }
  at += buffer.write('"]}\n', at);
  return buffer.subarray(0, at);
}

let k = 0;
for (const path of walk(dir)) {
  if (k++ % Number(count) !== Number(shard)) continue;
  if (bytesOnly) {
    writeSync(out, byteLine(path, readFileSync(path)));
    continue;
  }
  if (parser) {
    const result = parser.parseBytes(readFileSync(path), path);
    if (result.ok) writeSync(out, library.toNdjsonLine(result.analysis.article));
    continue;
  }
  const decoded = decode(readFileSync(path));
  const lines = decoded.ok ? decoded.text.split(/\r\n|\r|\n/) : [];
  writeSync(out, JSON.stringify({ path, lines: lines.map((l) => clean.line(l)) }) + '\n');
}
