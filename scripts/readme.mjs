#!/usr/bin/env node
// Regenerates the generated parts of README.md from the program itself (needs a build):
//   - between <!-- usage:COMMAND --> and <!-- /usage -->: `maqal COMMAND --help` at 100 columns
//   - between <!-- schema:fields --> and <!-- /schema -->: the JSON fields and their meaning
// test/readme.test.ts fails when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeBlocks } from './readme-blocks.mjs';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
let text = readFileSync(path, 'utf8');
for (const [open, close, body] of await readmeBlocks()) {
  const a = text.indexOf(open);
  const b = text.indexOf(close, a);
  if (a < 0 || b < 0) throw new Error(`README.md has no ${open} ... ${close} block`);
  text = text.slice(0, a + open.length) + '\n' + body + text.slice(b);
}
writeFileSync(path, text);
console.error('README.md updated');
