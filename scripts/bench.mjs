#!/usr/bin/env node
// Benchmarks (needs a build: npm run build). Figures are printed as a table on
// stderr; with --json the last line of stdout is one JSON object holding every figure.
//
//   npm run bench                 all sections
//   npm run bench -- --json       ... and the JSON line
//   npm run bench -- normalize    one section (normalize, render, batch)
//   npm run bench -- batch --dir /var/tmp   the batch corpus on that disk (default: /dev/shm)
//
// Speed targets are checked here, never by timed assertions in tests.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Normalizer } from '../dist/normalize/engine.js';
import { sections } from './bench-sections.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const wanted = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--dir');

/** The fixtures' texts: the raw material every section builds its corpus from. */
export function fixtureTexts() {
  const dir = join(root, 'fixtures');
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'input.txt')))
    .sort()
    .map((d) => readFileSync(join(dir, d, 'input.txt'), 'utf8').replace(/^\ufeff/, ''));
}

/** The fixtures as { text, body }: the dump and its expected story paragraphs. */
export function fixtureDocs() {
  const dir = join(root, 'fixtures');
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'input.txt')))
    .sort()
    .map((d) => ({
      text: readFileSync(join(dir, d, 'input.txt'), 'utf8').replace(/^\ufeff/, ''),
      body: JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')).body,
    }));
}

const figures = {};
const rows = [];
const report = (name, value, unit, note = '') => {
  figures[name] = value;
  rows.push([name, typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value), unit, note]);
};

for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stderr.write(`bench: ${name} ...\n`);
  await run({ root, fixtureTexts, fixtureDocs, report, Normalizer, args });
}

const width = (k) => Math.max(...rows.map((r) => r[k].length));
for (const r of rows) process.stderr.write(`${r[0].padEnd(width(0))}  ${r[1].padStart(width(1))} ${r[2].padEnd(width(2))}  ${r[3]}\n`);
if (json) process.stdout.write(JSON.stringify(figures) + '\n');
