#!/usr/bin/env node
// Fixture helper (needs a build: npm run build).
//   node scripts/fixture.mjs update [SLUG...]   rewrite expected.json from the current parser
//   node scripts/fixture.mjs new SLUG FILE      create fixtures/SLUG/input.txt from FILE, and its golden
// Goldens are reviewed like code: check `git diff fixtures/` after updating.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures');
const [command, ...args] = process.argv.slice(2);
const parser = new Parser();

/** One row a non-blank line: number, block type, the rule that decided it. */
export function linesReport(lines) {
  return lines.filter((l) => l.type).map((l) => `${l.n}\t${l.type}\t${l.rule}`).join('\n') + '\n';
}

function update(slug) {
  const input = join(fixtures, slug, 'input.txt');
  const result = parser.parseBytes(readFileSync(input), `fixtures/${slug}/input.txt`);
  if (!result.ok) throw new Error(`${slug}: ${result.reason}`);
  writeFileSync(join(fixtures, slug, 'expected.json'), JSON.stringify(result.analysis.article, null, 2) + '\n');
  writeFileSync(join(fixtures, slug, 'expected.lines.tsv'), linesReport(result.analysis.lines));
  console.error(`wrote fixtures/${slug}/expected.json and expected.lines.tsv`);
}

if (command === 'update') {
  const slugs = args.length ? args : readdirSync(fixtures).filter((d) => existsSync(join(fixtures, d, 'input.txt')));
  for (const slug of slugs.sort()) update(slug);
} else if (command === 'new' && args.length === 2) {
  const [slug, file] = args;
  mkdirSync(join(fixtures, slug), { recursive: true });
  copyFileSync(file, join(fixtures, slug, 'input.txt'));
  update(slug);
} else {
  console.error('usage: node scripts/fixture.mjs update [SLUG...] | new SLUG FILE');
  process.exit(2);
}
