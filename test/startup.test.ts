/**
 * What a command loads: output for pipes never pays for the terminal stack (chalk, cli-table3,
 * bidi-js, arabic-reshaper) or the glob library; the views a person reads load what they draw with.
 * (How fast it starts is measured by `npm run bench -- startup`, not here.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';

const LIBRARIES = ['chalk', 'cli-table3', 'bidi-js', 'arabic-reshaper', 'tinyglobby'];
// Built-ins and views only some runs need: a pager (a terminal), worker threads (--jobs), the views a person reads.
const ON_DEMAND = ['node:child_process', 'node:worker_threads', 'views'];

// A preload that writes the name of every library the process loads, by import or by require, to stderr.
const dir = mkdtempSync(join(tmpdir(), 'maqal-startup-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
  if (!specifier.startsWith('.') && !specifier.startsWith('node:') && !specifier.startsWith('file:')) process.stderr.write('loaded ' + specifier + '\\n');
  if (specifier === 'node:child_process' || specifier === 'node:worker_threads') process.stderr.write('loaded ' + specifier + '\\n');
  const found = await next(specifier, context);
  if (/\\/dist\\/render\\/(display|pretty|text|table|width|visual)\\.js$/.test(found.url)) process.stderr.write('loaded views\\n');
  return found;
}\n`,
);
writeFileSync(
  join(dir, 'watch.mjs'),
  `import { register, createRequire } from 'node:module';
register(${JSON.stringify(new URL('hooks.mjs', `file://${dir}/`).href)});
const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!request.startsWith('.') && !request.startsWith('node:') && !request.startsWith('/')) process.stderr.write('loaded ' + request + '\\n');
  return load.call(this, request, ...rest);
};\n`,
);

function loaded(args: string[], env: Record<string, string> = {}, names = LIBRARIES): string[] {
  const r = spawnSync(process.execPath, ['--import', join(dir, 'watch.mjs'), join(ROOT, 'bin', 'maqal.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return names.filter((lib) => r.stderr.split('\n').includes(`loaded ${lib}`));
}

const page = join(FIXTURES, 'seed-layout', 'input.txt');

describe('libraries a command loads', () => {
  it.each([
    [['parse', page, '-f', 'ndjson']],
    [['parse', page, '-f', 'json']],
    [['parse', page, '-f', 'record', '--fingerprint']],
    [['parse', join(FIXTURES, 'seed-layout')]],
    [['normalize', page]],
    [['schema']],
    [['--version']],
  ])('maqal %j into a pipe loads none of the terminal or glob libraries', (args) => {
    expect(loaded(args)).toEqual([]);
  });

  it.each([
    [['parse', page, '-f', 'ndjson']],
    [['parse', join(FIXTURES, 'seed-layout'), '-f', 'json']],
    [['--version']],
  ])('maqal %j into a pipe starts no pager, no worker threads and no terminal view', (args) => {
    expect(loaded(args, {}, ON_DEMAND)).toEqual([]);
  });

  it('--jobs 2 loads worker threads; the text view loads its renderers', () => {
    expect(loaded(['parse', join(FIXTURES, 'seed-layout'), '-f', 'ndjson', '--jobs', '2'], {}, ON_DEMAND)).toEqual(['node:worker_threads']);
    expect(loaded(['parse', page, '-f', 'text'], {}, ON_DEMAND)).toEqual(['views']);
  });

  it('a quoted glob loads the glob library, and nothing for the terminal', () => {
    expect(loaded(['parse', 'fixtures/seed-*/input.txt', '-f', 'ndjson'])).toEqual(['tinyglobby']);
  });

  it('the pretty view loads what it draws with', () => {
    expect(loaded(['parse', page, '-f', 'pretty', '--display', 'visual'])).toEqual(['chalk', 'cli-table3', 'bidi-js', 'arabic-reshaper']);
  });
});
