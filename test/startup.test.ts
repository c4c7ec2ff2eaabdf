/**
 * What a command loads: output for pipes never pays for the terminal stack (chalk, cli-table3,
 * bidi-js, arabic-reshaper) or the glob library; the views a person reads load what they draw with.
 * The launcher runs the build's bundle of the CLI from its code cache, with the same output as the
 * modules. (How fast it starts is measured by `npm run bench -- startup`, not here.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBundle } from '../src/cli/launch.js';
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
Module._load = function (request, parent, ...rest) {
  if (!request.startsWith('.') && !request.startsWith('node:') && !request.startsWith('/')) process.stderr.write('loaded ' + request + '\\n');
  // (commander requires node:child_process as it loads: that one is seen where it is imported, by the pager.)
  if (request === 'node:worker_threads') process.stderr.write('loaded ' + request + '\\n');
  if (request.startsWith('.') && parent && /\\/dist\\/render\\/(display|pretty|text|table|width|visual)\\.js$/.test(Module._resolveFilename(request, parent))) process.stderr.write('loaded views\\n');
  return load.call(this, request, parent, ...rest);
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

describe('the launcher', () => {
  const bin = join(ROOT, 'bin', 'maqal.js');
  // The CLI's modules run directly, as the launcher does when the bundle is missing or stale.
  const direct = join(dir, 'modules.mjs');
  writeFileSync(direct, `const m = await import(${JSON.stringify(new URL('dist/cli/main.js', `file://${ROOT}/`).href)});\nprocess.exitCode = await m.runProcess();\n`);
  const modules = [direct];
  const run = (launch: string[], args: string[]) => spawnSync(process.execPath, [...launch, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });

  it('runs the built bundle from a code cache this Node accepts', () => {
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "const l = await import('./dist/cli/launch.js'); const fs = await import('node:fs'); const s = l.currentBundle(); const c = l.compileBundle(s, fs.readFileSync(l.BUNDLE.cache)); process.stdout.write(String(s !== null) + ' ' + c.script.cachedDataRejected);"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stdout).toBe('true false');
  });

  it.each([
    [['parse', '-f', 'ndjson', join(FIXTURES, 'seed-layout'), join(FIXTURES, 'kicker-title-deck', 'input.txt')]],
    [['parse', '-f', 'text', page]],
    [['parse', '-f', 'pretty', '--display', 'visual', '--width', '70', page]],
    [['inspect', '--display', 'logical', page]],
    [['parse', '-f', 'ndjson', '--jobs', '2', join(FIXTURES, 'seed-layout'), join(FIXTURES, 'kicker-title-deck')]],
    [['schema']],
    [['parse', 'no-such-file.txt']],
  ])('maqal %j gives the same output, errors and exit code from the bundle as from the modules', (args) => {
    const a = run([bin], args);
    const b = run(modules, args);
    expect(a.stdout + a.stderr).not.toBe('');
    expect([a.stdout, a.stderr, a.status]).toEqual([b.stdout, b.stderr, b.status]);
  });

  it('leaves a bundle older than the modules, or none, for the modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-bundle-'));
    writeFileSync(join(dir, 'main.js'), '');
    expect(currentBundle(dir)).toBeNull();
    writeFileSync(join(dir, 'maqal.cjs'), 'module.exports = 1;');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'main.js'), past, past);
    expect(currentBundle(dir)).toBe('module.exports = 1;');
    utimesSync(join(dir, 'maqal.cjs'), new Date(past.getTime() - 1000), new Date(past.getTime() - 1000));
    expect(currentBundle(dir)).toBeNull();
  });
});
