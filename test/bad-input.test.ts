/** Bad and hostile input: nothing crashes, nothing is lost, nothing leaks into the terminal. */
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';
import { describeError } from '../src/cli/inputs.js';
import { rawArguments } from '../src/cli/paths.js';
import { ROOT, runCli } from './helpers.js';
import { spawnSync } from 'node:child_process';

const tmp = () => mkdtempSync(join(tmpdir(), 'maqal-'));

describe('bad input', () => {
  it('an empty file gives an empty article, a warning, and exit 0', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await runCli(['parse', '-f', 'json', join(dir, 'empty.txt')]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.body).toEqual([]);
    expect(a.warnings).toEqual([{ code: 'empty', message: 'the input holds no text', line: 0 }]);
  });

  it('refuses inputs over --max-bytes with a clear message', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'big.txt'), 'نص '.repeat(1000));
    const r = await runCli(['parse', '--max-bytes', '1000', join(dir, 'big.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`maqal: ${join(dir, 'big.txt')}: larger than --max-bytes (4.9 KB > 1000 B)\n`);
  });

  it('names a folder given where a file is expected', async () => {
    const r = await runCli(['inspect', 'fixtures']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('maqal: fixtures: is a directory\n');
  });

  it('reports a symlink loop in a folder once and reads the rest', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'x.txt'), 'نص قصير');
    symlinkSync(dir, join(dir, 'a', 'loop'));
    const r = await runCli(['parse', '-f', 'ndjson', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/symlink loop/g)).toHaveLength(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['ENOENT', 'no such file or directory'],
    ['EACCES', 'permission denied'],
    ['EISDIR', 'is a directory'],
    ['ELOOP', 'too many levels of symbolic links (a symlink loop)'],
  ])('explains %s as "%s"', (code, text) => {
    expect(describeError(Object.assign(new Error('x'), { code }))).toBe(text);
  });
});

describe('hostile text', () => {
  const hostile = 'عنوان خبر عن الأمن الرقمي في المنطقة\n\n\u001b[2J\u001b]0;pwned\u0007قال خبراء إن الهجمات الإلكترونية تضاعفت هذا العام، وإن المؤسسات الصغيرة أكثر عرضة للخطر.\n\nوأضاف \u202eالتقرير\u202c أن التدريب هو خط الدفاع الأول.\n';

  it('never writes an escape sequence or control character to the terminal, and says so', async () => {
    const r = await runCli(['parse', '-f', 'pretty', '-n', 'none', '--no-color', '-'], { stdin: hostile });
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.stderr).toContain('[unsafe-text]');
  });

  it('clean removes escape sequences and bidi overrides and counts them', () => {
    const a = new Parser().parse(hostile);
    expect(a.body.join('\n')).not.toMatch(/[\u001b\u0007\u202a-\u202e]/);
    expect(a.warnings.map((w) => w.code)).toEqual(['escape-sequence', 'bidi-control']);
  });

  it('JSON output escapes every control character', async () => {
    const r = await runCli(['parse', '-f', 'ndjson', '-n', 'none', '-'], { stdin: hostile });
    expect(r.stdout).not.toMatch(/[\u0000-\u001f](?!$)/);
    expect(JSON.parse(r.stdout).body[0]).toContain('\u001b[2J');
  });
});

describe('hostile names and snippets on the terminal', () => {
  // What an attacker puts in a file name or an id: a clipboard write (OSC 52), a title set, a
  // screen clear, a C1 control, a right-to-left override that would reverse the message.
  const EVIL = 'x\u001b]52;c;ZXZpbA==\u0007\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202egnp.txt';
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('escapes control characters and bidi overrides in file names, on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-evil-'));
    writeFileSync(join(dir, EVIL), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3, 0, 0, 0]));
    const r = await runCli(['parse', '.', '-f', 'ndjson', '--ext', ''], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('x\\x1b]52;c;ZXZpbA==\\x07\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m<U+202E>gnp.txt: not a text file');
  });

  it('escapes them in JSON Lines ids shown with warnings', async () => {
    const r = await runCli(['parse', '--input', 'jsonl', '-f', 'text', '-'], { stdin: JSON.stringify({ id: EVIL, text: '' }) + '\n' });
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('<U+202E>gnp.txt: the input holds no text');
  });

  it('escapes them in snippets of a bad markers file and in the arguments commander quotes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-evil-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ [EVIL]: ['x'] }));
    const bad = await runCli(['parse', '--markers', 'm.json', '-'], { cwd: dir, stdin: 'نص' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(RAW);
    expect(bad.stderr).toContain('unknown marker family "x\\x1b]52;');
    const option = await runCli(['parse', `--${EVIL}`]);
    expect(option.code).toBe(2);
    expect(option.stderr).not.toMatch(RAW);
  });

  it('escapes the file name in normalize --diff', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-evil-'));
    writeFileSync(join(dir, EVIL), 'الأخبـــار\n');
    writeFileSync(join(dir, 'b.txt'), 'الأخبـــار\n');
    const r = await runCli(['normalize', '--diff', '--no-color', EVIL, 'b.txt'], { cwd: dir });
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('<U+202E>gnp.txt:1');
  });

  it('-f text on a terminal shows controls escaped; in a pipe the text stays byte-exact', async () => {
    const text = 'عنوان\n\nقال خبراء إن الهجمات \u001b[2J تضاعفت هذا العام، وإن المؤسسات الصغيرة أكثر عرضة للخطر.\n';
    const tty = await runCli(['parse', '-f', 'text', '-n', 'none', '-'], { stdin: text, tty: true });
    expect(tty.stdout).not.toMatch(RAW);
    expect(tty.stdout).toContain('\\x1b[2J');
    const pipe = await runCli(['parse', '-f', 'text', '-n', 'none', '-'], { stdin: text });
    expect(pipe.stdout).toContain('\u001b[2J');
  });
});


describe('inputs of any size never overflow the stack', () => {
  it('--files-from with 200,000 paths', async () => {
    const { inputArgs } = await import('../src/cli/parse-command.js');
    const dir = mkdtempSync(join(tmpdir(), 'maqal-big-'));
    writeFileSync(join(dir, 'list.txt'), Array.from({ length: 200_000 }, (_, k) => `p${k}.txt`).join('\n'));
    const args = await inputArgs(['a.txt'], 'list.txt', { argv: [], stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {}, cwd: dir });
    expect(args).toHaveLength(200_001);
  });

  it('a page of 130,000 headline-shaped lines', () => {
    const text = Array.from({ length: 130_000 }, (_, k) => `عنوان خبر رقم ${k} عن الاقتصاد والسياسة`).join('\n');
    expect(new Parser().parse(text).blocks.length).toBeGreaterThan(0);
  });

  it('the pretty view of a line that wraps to 250,000 lines', async () => {
    const { renderPretty } = await import('../src/render/pretty.js');
    const { Display } = await import('../src/render/display.js');
    const { Chalk } = await import('chalk');
    const article = new Parser().parse('كلمة '.repeat(1_500_000));
    const out = renderPretty(article, new Display({ mode: 'logical', width: 30, chalk: new Chalk({ level: 0 }) })).out;
    expect(out.split('\n').length).toBeGreaterThan(200_000);
  });

  it('a --markers table of 200,000 phrases', () => {
    const chrome = Array.from({ length: 200_000 }, (_, k) => `عبارة مكررة ${k}`);
    const parser = new Parser({ markers: { chrome } });
    expect(parser.parse('عنوان\n\nعبارة مكررة 777\n\nفقرة من الخبر تتحدث عن شيء مهم جدا في هذا اليوم.').boilerplate).toContain('عبارة مكررة 777');
  });
});

describe('file names that are not valid UTF-8', () => {
  it('are read by their bytes and shown escaped, never reported as missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-names-'));
    const { writeFileSync: write, mkdirSync: mkdir } = await import('node:fs');
    mkdir(join(dir, 'in'));
    const name = Buffer.concat([Buffer.from(join(dir, 'in') + '/'), Buffer.from([0x61, 0xff, 0x62]), Buffer.from('.txt')]);
    write(name, 'عنوان\n\nفقرة من الخبر تتحدث عن شيء مهم جدا في هذا اليوم.\n');
    const gz = Buffer.concat([Buffer.from(join(dir, 'in') + '/'), Buffer.from([0xfe, 0x2e]), Buffer.from('txt')]);
    write(gz, Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3]));
    const r = await runCli(['parse', 'in', '-f', 'ndjson'], { cwd: dir });
    expect(r.stderr).toBe(`maqal: ${join('in', '\\xfe.txt')}: not a text file (looks like gzip)\n`);
    expect(JSON.parse(r.stdout).input.path).toBe(join('in', 'a\\xffb.txt'));
    const out = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(out.code).toBe(1);
    const { readdirSync: list } = await import('node:fs');
    expect(list(join(dir, 'out')).filter((f) => f.startsWith('a_xffb.txt~'))).toHaveLength(1);
  });
});

describe('file names that are not valid UTF-8, on the command line and in --files-from', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-names-'));
    writeFileSync(Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x6e, 0xff]), Buffer.from('.txt')]), 'عنوان\n\nفقرة من الخبر تتحدث عن شيء مهم جدا في هذا اليوم.\n');
    return dir;
  };
  const BIN = join(ROOT, 'bin/maqal.js');

  it('an argument is opened by its own bytes (the shell passes bytes Node cannot decode)', () => {
    const dir = setup();
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "$(printf 'n\\377.txt')" -f ndjson`], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).input.path).toBe('n\\xff.txt');
    const missing = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "$(printf 'n\\376.txt')"`], { cwd: dir, encoding: 'utf8' });
    expect(missing.stderr).toBe('maqal: n\\xfe.txt: no such file or directory\n');
  });

  it('a --files-from line is opened by its bytes', () => {
    const dir = setup();
    const r = spawnSync(process.execPath, [BIN, 'parse', '--files-from', '-', '-f', 'ndjson'], { cwd: dir, encoding: 'utf8', input: Buffer.from([0x6e, 0xff, 0x2e, 0x74, 0x78, 0x74, 0x0a]) });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).input.path).toBe('n\\xff.txt');
  });

  it('rawArguments gives bytes back only when the command line lines up with argv', () => {
    const cmdline = Buffer.concat([Buffer.from('node\0bin/maqal.js\0parse\0n'), Buffer.from([0xff]), Buffer.from('.txt\0')]);
    const raw = rawArguments(['parse', 'n\ufffd.txt'], cmdline);
    expect(raw.get('n\ufffd.txt')).toEqual([Buffer.from([0x6e, 0xff, 0x2e, 0x74, 0x78, 0x74])]);
    expect(rawArguments(['parse', 'x\ufffd.txt'], cmdline).size).toBe(0);
    expect(rawArguments(['parse', 'n.txt'], cmdline).size).toBe(0);
  });
});
