#!/usr/bin/env node
// The Node floor of the batch bench: what one process needs per file with no
// segmentation at all. It walks the folder, reads each file, decodes it (with
// maqal's own decoder, the fastest we have), splits and normalises its lines
// (`clean`) and writes them as one JSON line to /dev/null. A parser that does
// all this and more cannot be faster.
//
//   node scripts/bench-floor.mjs DIR [SHARD COUNT]   files k with k % COUNT == SHARD
import { openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../dist/decode/index.js';
import { Normalizer } from '../dist/normalize/engine.js';

const [dir, shard = '0', count = '1'] = process.argv.slice(2);
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

let k = 0;
for (const path of walk(dir)) {
  if (k++ % Number(count) !== Number(shard)) continue;
  const decoded = decode(readFileSync(path));
  const lines = decoded.ok ? decoded.text.split(/\r\n|\r|\n/) : [];
  writeSync(out, JSON.stringify({ path, lines: lines.map((l) => clean.line(l)) }) + '\n');
}
