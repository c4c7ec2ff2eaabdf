/**
 * The command line, in-process (streams injected) and, for what only a real
 * process shows (pipes, the launcher), as child processes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';
import { ROOT, fixtureBytes, runCli } from './helpers.js';

const A = 'fixtures/headline-top/input.txt';
const B = 'fixtures/seed-layout/input.txt';
const ESC = '\u001b[';

describe('parse output formats', () => {
  it('prints one JSON object for one input when stdout is not a terminal', async () => {
    const r = await runCli([A]);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.title).toBe('افتتاح أكبر مكتبة عامة في المدينة بعد ثلاث سنوات من العمل');
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('prints NDJSON for several inputs, in input order', async () => {
    const r = await runCli([B, A]);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a) => a.input.path)).toEqual([B, A]);
  });

  it('prints a JSON array for several inputs with --format json', async () => {
    const r = await runCli(['parse', '--format', 'json', A, B]);
    expect(JSON.parse(r.stdout).map((a: { input: { path: string } }) => a.input.path)).toEqual([A, B]);
  });

  it('prints the same object the library returns', async () => {
    const r = await runCli(['parse', '--format', 'json', B]);
    const lib = new Parser().parseBytes(fixtureBytes('seed-layout'), B);
    if (!lib.ok) throw new Error(lib.reason);
    expect(JSON.parse(r.stdout)).toEqual(lib.analysis.article);
  });

  it('prints only the story with --format text, paragraphs separated by a blank line', async () => {
    const r = await runCli(['parse', '--format', 'text', B]);
    const paragraphs = r.stdout.trimEnd().split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(r.stdout).not.toContain('المصدر');
    expect(r.stdout).not.toContain('مقالات مشابهة');
  });

  it('reads stdin when given -', async () => {
    const r = await runCli(['parse', '--format', 'ndjson', '-'], { stdin: fixtureBytes('headline-top') });
    expect(JSON.parse(r.stdout).input.path).toBe('-');
  });

  it('reads stdin when no input is given and stdin is piped', async () => {
    const r = await runCli([], { stdin: fixtureBytes('headline-top') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toContain('مكتبة');
  });

  it('defaults to the pretty view on a terminal, without colour when NO_COLOR is set', async () => {
    const r = await runCli([B], { tty: true, env: { NO_COLOR: '1' }, columns: 80 });
    expect(r.stdout).toContain('│');
    expect(r.stdout).not.toContain(ESC);
  });

  it('colours the pretty view with FORCE_COLOR, never otherwise in a pipe', async () => {
    expect((await runCli(['parse', '-f', 'pretty', A], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(['parse', '-f', 'pretty', A])).stdout).not.toContain(ESC);
    expect((await runCli(['parse', '-f', 'pretty', '--no-color', A], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('reads folders recursively and globs, sorted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(ROOT, A), join(dir, 'b.txt'));
    copyFileSync(join(ROOT, B), join(dir, 'sub', 'a.txt'));
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    const folder = await runCli(['parse', '-f', 'ndjson', dir]);
    expect(folder.stdout.trimEnd().split('\n')).toHaveLength(2);
    const glob = await runCli(['parse', '-f', 'ndjson', '**/*.txt'], { cwd: dir });
    expect(glob.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).input.path)).toEqual(['b.txt', 'sub/a.txt']);
  });
});

describe('errors and exit codes', () => {
  it('names a missing file on stderr, parses the others, and exits 1', async () => {
    const r = await runCli(['parse', '-f', 'ndjson', A, 'missing.txt', B]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('maqal: missing.txt: no such file or directory\n');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('refuses a binary file with its kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-'));
    writeFileSync(join(dir, 'x.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    const r = await runCli(['parse', join(dir, 'x.txt.gz')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`maqal: ${join(dir, 'x.txt.gz')}: not a text file (looks like gzip)\n`);
  });

  it('exits 2 with usage on an unknown option', async () => {
    const r = await runCli(['parse', '--frobnicate', A]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a bad option value', async () => {
    const r = await runCli(['parse', '--format', 'xml', A]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
  });

  it('exits 2 when there is no input on a terminal', async () => {
    const r = await runCli([], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^maqal: no input/);
  });

  it('exits 2 on an unreadable --markers file', async () => {
    const r = await runCli(['parse', '--markers', 'nope.json', A]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('maqal: nope.json: no such file\nusage: maqal parse [options] [inputs...] (maqal parse --help for every option)\n');
  });

  it('prints help and the version with exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`maqal ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});

describe('schema', () => {
  it('prints a JSON Schema of the article', async () => {
    const r = await runCli(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(['schemaVersion', 'input', 'title', 'byline', 'dateline', 'date', 'dates', 'credits', 'body', 'source', 'tags', 'related', 'boilerplate', 'blocks', 'warnings', 'fingerprint', 'stats', 'qualityFlags']);
  });
});

describe('as a real process', () => {
  const bin = join(ROOT, 'bin/maqal.js');

  it('ends quietly when the reader closes the pipe', () => {
    const r = spawnSync('sh', ['-c', `node ${bin} parse -f ndjson ${A} ${B} ${A} ${B} ${A} | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('packs a tarball with the launcher, the build and its bundle, the type declarations and the Dask driver, and nothing of the sources or tests', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/maqal.js', 'dist/cli/launch.js', 'dist/cli/maqal.cjs', 'dist/cli/maqal.cache', 'dist/cli/main.js', 'dist/cli/worker.js', 'dist/index.js', 'dist/index.d.ts', 'README.md', 'LICENSE', 'package.json']));
    // Of the scripts, only the Dask driver users run on their cluster.
    expect(files.filter((f) => /^(src|test|fixtures|scripts)\//.test(f))).toEqual(['scripts/dask-parse.py']);
  });

  it('runs the default command on a file', () => {
    const out = execFileSync('node', [bin, A], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out).title).toContain('مكتبة');
  });
});

describe('inspect', () => {
  it('prints a table of every line with its block and rule', async () => {
    const r = await runCli(['inspect', '--display', 'logical', '--width', '100', 'fixtures/kicker-title-deck/input.txt']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^│ \d/.test(l));
    expect(rows.map((l) => l.split('│')[2]!.trim())).toEqual(['body', 'title', 'body', 'byline', '', 'body', '', 'body']);
    expect(r.stdout).toContain('kicker');
    expect(r.stdout).toContain('deck');
  });

  it('folds a run of blank lines into one thin row, draws rules only where the block changes, and --blank shows every line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-inspect-'));
    writeFileSync(join(dir, 'a.txt'), 'عنوان الخبر هنا اليوم\n\n\n\nفقرة أولى من الخبر تتحدث عن شيء مهم جدا في هذا اليوم.\nفقرة ثانية من الخبر تتحدث عن شيء مهم جدا في هذا اليوم.\n');
    const compact = await runCli(['inspect', '--display', 'logical', '--width', '80', 'a.txt'], { cwd: dir });
    const numbered = (out: string) => out.split('\n').filter((l) => /^│ +\d/.test(l)).map((l) => l.split('│').map((c) => c.trim()));
    expect(numbered(compact.stdout).map((c) => [c[1], c[2], c[3]])).toEqual([
      ['1', 'title', 'title'],
      ['2', '', 'blank ×3'],
      ['5', 'body', 'paragraph'],
      ['6', 'body', 'paragraph'],
    ]);
    // Under the head: one rule, between the title and the story.
    expect(compact.stdout.split('\n').filter((l) => l.startsWith('├'))).toHaveLength(2);
    const every = await runCli(['inspect', '--display', 'logical', '--width', '80', '--blank', 'a.txt'], { cwd: dir });
    expect(numbered(every.stdout).map((c) => c[1])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('gives the text column what the block and rule columns do not need, even at 60 columns', async () => {
    const r = await runCli(['inspect', '--display', 'logical', '--width', '60', 'fixtures/seed-layout/input.txt']);
    const row = r.stdout.split('\n').find((l) => /^│ +1 │/.test(l))!;
    expect(row.split('│')[4]!.length).toBeGreaterThanOrEqual(27);
  });

  it('prints one JSON object a line with --format json', async () => {
    const r = await runCli(['inspect', '-f', 'json', 'fixtures/seed-layout/input.txt']);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows[12]).toEqual({ n: 13, type: 'related', rule: 'related-marker', cue: null, text: 'إقرأ أيضاً:' });
  });

  it('names a missing file and exits 1', async () => {
    const r = await runCli(['inspect', 'nope.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('maqal: nope.txt: no such file or directory\n');
  });

  it('takes extra markers from --markers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ chrome: ['والله من وراء القصد'] }));
    const r = await runCli(['inspect', '-f', 'json', '--markers', join(dir, 'm.json'), 'fixtures/masthead-menu-tail/input.txt']);
    expect(r.stdout).toContain('"rule":"chrome-user"');
  });
});
