/**
 * Unbounded memory and time: every input path counts bytes while reading and
 * stops at --max-bytes; a named pipe never holds a batch; option values that
 * would cost gigabytes or minutes are refused; views of long lines take time
 * in proportion to their length.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteSize, jobsFor } from '../src/cli/options.js';
import { FIXTURES, ROOT, runCli } from './helpers.js';

const BIN = join(ROOT, 'bin/maqal.js');
const tmp = () => mkdtempSync(join(tmpdir(), 'maqal-limits-'));
const page = () => readFileSync(join(FIXTURES, 'seed-layout', 'input.txt'));

describe('--max-bytes is counted while reading', () => {
  it('stops reading stdin at the limit', async () => {
    const r = await runCli(['parse', '-f', 'ndjson', '--max-bytes', '1K', '-'], { stdin: Buffer.alloc(64 * 1024, 0x61) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('maqal: -: larger than --max-bytes (more than 1 KB; stopped reading)\n');
  });

  it('stops reading a device such as /dev/zero at the limit, quickly and in little memory', () => {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'parse', '-f', 'ndjson', '--max-bytes', '8M', '/dev/zero'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('maqal: /dev/zero: larger than --max-bytes (more than 8 MB; stopped reading)');
    const peakKb = Number(r.stderr.trim().split('\n').pop());
    expect(peakKb).toBeLessThan(200 * 1024);
  });

  it('skips a JSON Lines record longer than the limit, by line number, and reads the rest', async () => {
    const good = JSON.stringify({ id: 'a', text: 'نص قصير' });
    const huge = JSON.stringify({ id: 'b', text: 'ن'.repeat(20_000) });
    const r = await runCli(['parse', '--input', 'jsonl', '-f', 'ndjson', '--max-bytes', '4K', '-'], { stdin: [good, huge, good.replace('"a"', '"c"')].join('\n') + '\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('maqal: -:2: larger than --max-bytes (4 KB); skipped\n');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).input.path)).toEqual(['a', 'c']);
  });

  it('takes sizes with suffixes', () => {
    expect(byteSize('10M')).toBe(10 * 1024 * 1024);
    expect(byteSize('1G')).toBe(1024 ** 3);
    expect(byteSize('512kb')).toBe(512 * 1024);
    expect(byteSize('2000')).toBe(2000);
    expect(() => byteSize('ten')).toThrow(/a size in bytes/);
  });
});

describe('named pipes', () => {
  it('a named pipe found in a folder is skipped with a warning: the batch never waits on it', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), page());
    if (spawnSync('mkfifo', [join(dir, 'in', 'pipe.txt')]).status !== 0) return;
    const r = spawnSync(process.execPath, [BIN, 'parse', 'in', '-f', 'ndjson'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`maqal: warning: ${join('in', 'pipe.txt')}: not a regular file (a named pipe), skipped\n`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a named pipe on the command line is read as it is written to, and Ctrl-C ends a wait on one nobody writes to', async () => {
    const dir = tmp();
    if (spawnSync('mkfifo', [join(dir, 'fed'), join(dir, 'idle')]).status !== 0) return;
    const fed = spawn(process.execPath, [BIN, 'parse', '-f', 'ndjson', 'fed'], { cwd: dir });
    let out = '';
    fed.stdout.on('data', (d: Buffer) => (out += d.toString()));
    writeFileSync(join(dir, 'fed'), page());
    expect(await new Promise((resolve) => fed.on('close', resolve))).toBe(0);
    expect(JSON.parse(out).input.path).toBe('fed');
    const idle = spawn(process.execPath, [BIN, 'parse', '-f', 'ndjson', 'idle'], { cwd: dir, stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    idle.kill('SIGINT');
    expect(await new Promise((resolve) => idle.on('close', resolve))).toBe(130);
  }, 20_000);
});

describe('option values that would cost gigabytes or minutes', () => {
  it('--jobs is at most twice the cores, and auto is one per core', async () => {
    expect(jobsFor('auto', 4)).toBe(4);
    expect(jobsFor('8', 4)).toBe(8);
    expect(() => jobsFor('9', 4)).toThrow('at most 8 (twice the 4 cores of this machine), or auto');
    const r = await runCli(['parse', '-j', '1000', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs.*at most \d+ \(twice the \d+ cores of this machine\), or auto/);
  });

  it('--width is 20 to 1000 columns, and a terminal wider than that is drawn at 1000', async () => {
    expect((await runCli(['parse', '--width', '5', '-'])).code).toBe(2);
    expect((await runCli(['parse', '--width', '5000', '-'])).code).toBe(2);
    const wide = await runCli(['parse', '-f', 'pretty', '--display', 'logical', '-'], { stdin: page(), env: { COLUMNS: '100000' } });
    expect(Math.max(...wide.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(1000);
  });

  it('inspect of a line of 64 KB is drawn in one pass (no cell laid out by cli-table3 past a few lines)', async () => {
    const r = await runCli(['inspect', '--display', 'logical', '--width', '100', '-'], { stdin: 'عنوان\n\n' + 'كلمة '.repeat(13_000) });
    const widths = new Set(r.stdout.trimEnd().split('\n').map((l) => l.length));
    expect(widths.size).toBe(1);
  });
});

describe('chrome merge', () => {
  it.each([
    ['counts that are not numbers', { maqal: 'chrome-table', version: 1, docs: 3, counts: { a1: 'x' } }, /the count of a1 must be a whole number from 0 to 3/],
    ['keys that are not line hashes', { maqal: 'chrome-table', version: 1, docs: 3, counts: { 'not a hash': 1 } }, /is not a line hash/],
    ['a count above the documents', { maqal: 'chrome-table', version: 1, docs: 3, counts: { a1: 5 } }, /from 0 to 3/],
    ['docs that is not a number', { maqal: 'chrome-table', version: 1, docs: '3', counts: {} }, /"docs" must be a whole number/],
  ])('refuses a table with %s (exit 2), and writes nothing', async (_name, table, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ maqal: 'chrome-table', version: 1, docs: 2, counts: { a1: 2 } }));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(table));
    const r = await runCli(['chrome', 'merge', 'good.json', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('normalize', () => {
  it('decides the encoding from the first bytes that are not plain ASCII, however late they come', async () => {
    const cp1256 = Buffer.from([0xc7, 0xe1, 0xc3, 0xce, 0xc8, 0xc7, 0xd1, 0x0a]);
    const text = Buffer.concat([Buffer.from('English preamble line.\n'.repeat(4000)), cp1256]);
    expect(text.length).toBeGreaterThan(64 * 1024);
    const r = await runCli(['normalize', '-'], { stdin: text });
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('الأخبار');
    expect(r.stderr).toBe('');
  });

  it('warns when decoding produced replacement characters', async () => {
    const r = await runCli(['normalize', '--encoding', 'iso-8859-6', '-'], { stdin: Buffer.from([0xc7, 0xa1, 0x0a]) });
    expect(r.stderr).toBe('maqal: warning: -: 1 byte sequence(s) with no character in iso-8859-6 replaced with U+FFFD [undecodable]\n');
  });

  it('streams any size from a file or stdin alike: it takes no --max-bytes', async () => {
    expect((await runCli(['normalize', '--max-bytes', '10', '-'], { stdin: 'x' })).code).toBe(2);
  });
});
