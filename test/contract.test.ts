/**
 * The command-line contract, as a user meets it with xargs, find, jq and a
 * terminal: each case spawns bin/maqal.js as a real process.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from './helpers.js';

const BIN = join(ROOT, 'bin/maqal.js');
const PAGE = join(FIXTURES, 'seed-layout', 'input.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function maqal(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH ?? '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with `one/a.txt`, `two/a.txt` and `two/b.txt`, and an empty folder. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maqal-contract-'));
  for (const p of ['one/a.txt', 'two/a.txt', 'two/b.txt']) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    copyFileSync(PAGE, join(dir, p));
  }
  mkdirSync(join(dir, 'empty'));
  return dir;
}

const ndjson = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as { input: { path: string } });

describe('one output shape whatever the input count', () => {
  it('in a pipe the default is NDJSON: one file, a folder of one file and several files alike', () => {
    const dir = tree();
    for (const args of [['one/a.txt'], ['one'], ['two'], ['one/a.txt', 'two/b.txt']]) {
      const r = maqal(['parse', ...args], { cwd: dir });
      expect(r.code).toBe(0);
      for (const line of r.stdout.trimEnd().split('\n')) expect(line.startsWith('{"schemaVersion":1,')).toBe(true);
    }
  });

  it('-f json: an array for a folder, a glob, a list or several arguments, one object for one file, [] when nothing matched', () => {
    const dir = tree();
    expect(JSON.parse(maqal(['parse', '-f', 'json', 'one'], { cwd: dir }).stdout)).toHaveLength(1);
    expect(JSON.parse(maqal(['parse', '-f', 'json', 'one/*.txt'], { cwd: dir }).stdout)).toHaveLength(1);
    expect(JSON.parse(maqal(['parse', '-f', 'json', '--files-from', '-'], { cwd: dir, input: 'one/a.txt\n' }).stdout)).toHaveLength(1);
    expect(JSON.parse(maqal(['parse', '-f', 'json', 'one/a.txt', 'two/a.txt'], { cwd: dir }).stdout)).toHaveLength(2);
    expect(JSON.parse(maqal(['parse', '-f', 'json', '--array', 'one/a.txt'], { cwd: dir }).stdout)).toHaveLength(1);
    expect(JSON.parse(maqal(['parse', '-f', 'json', 'one/a.txt'], { cwd: dir }).stdout).schemaVersion).toBe(1);
    const none = maqal(['parse', '-f', 'json', 'nothing*.txt'], { cwd: dir });
    expect([none.code, none.stdout]).toEqual([1, '[]\n']);
    const mixed = maqal(['parse', '-f', 'json', 'empty', 'one/a.txt'], { cwd: dir });
    expect(mixed.code).toBe(1);
    expect(JSON.parse(mixed.stdout)).toHaveLength(1);
  });

  it('-f jsonl is -f ndjson', () => {
    const dir = tree();
    expect(maqal(['parse', '-f', 'jsonl', 'two'], { cwd: dir }).stdout).toBe(maqal(['parse', '-f', 'ndjson', 'two'], { cwd: dir }).stdout);
  });

  it('on a terminal the default is the pretty view', async () => {
    const r = await runCli(['parse', PAGE], { tty: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('┌');
  });

  it('-f text: titles, paragraphs, and ==> path <== headers between several articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-text-'));
    writeFileSync(join(dir, 'a.txt'), 'عنوان الخبر الأول اليوم\n\nفقرة أولى من الخبر الأول تتحدث عن شيء مهم جدا في هذا اليوم.\n');
    writeFileSync(join(dir, 'b.txt'), 'عنوان الخبر الثاني اليوم\n\nفقرة أولى من الخبر الثاني تتحدث عن شيء مهم جدا في هذا اليوم.\n');
    const one = maqal(['parse', '-f', 'text', 'a.txt'], { cwd: dir });
    expect(one.stdout).toBe('عنوان الخبر الأول اليوم\n\nفقرة أولى من الخبر الأول تتحدث عن شيء مهم جدا في هذا اليوم.\n');
    const two = maqal(['parse', '-f', 'text', 'a.txt', 'b.txt'], { cwd: dir });
    expect(two.stdout).toBe(`==> a.txt <==\n${one.stdout}\n==> b.txt <==\nعنوان الخبر الثاني اليوم\n\nفقرة أولى من الخبر الثاني تتحدث عن شيء مهم جدا في هذا اليوم.\n`);
  });
});

describe('loud failures', () => {
  it('a folder with no input file is an error naming the extensions', () => {
    const dir = tree();
    const r = maqal(['parse', 'empty'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'maqal: empty: no .txt files (use --ext to choose extensions)\n']);
    expect(maqal(['parse', '--ext', 'md,text', 'one'], { cwd: dir }).stderr).toBe('maqal: one: no .md or .text files (use --ext to choose extensions)\n');
  });

  it('warns on input that is not a dump, and --strict fails it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-notdump-'));
    const story = readFileSync(PAGE, 'utf8');
    writeFileSync(join(dir, 'page.txt'), `<!DOCTYPE html>\n<html><body><p>${story}</p></body></html>\n`);
    writeFileSync(join(dir, 'shard.txt'), `${JSON.stringify({ id: 1, text: story })}\n${JSON.stringify({ id: 2, text: story })}\n`);
    // UTF-8 bytes read as Windows-1256 and saved again as UTF-8.
    writeFileSync(join(dir, 'mojibake.txt'), new TextDecoder('windows-1256').decode(Buffer.from(story)));
    // French in Latin-1: no valid UTF-8, so a code page is guessed.
    writeFileSync(join(dir, 'latin.txt'), Buffer.from('Le président a annoncé une réforme économique très attendue.\n'.repeat(20), 'latin1'));
    writeFileSync(join(dir, 'english.txt'), 'The minister announced a national programme to support small farmers in the south.\n'.repeat(10));
    const expected: Record<string, string> = {
      'page.txt': 'looks like HTML',
      'shard.txt': 'looks like JSON Lines, one record a line, not a text dump (maqal parse --input jsonl reads it)',
      'mojibake.txt': 'looks like mojibake',
      'latin.txt': 'its Arabic letters sit inside Latin words',
      'english.txt': 'holds almost no Arabic',
    };
    for (const [file, words] of Object.entries(expected)) {
      const r = maqal(['parse', file], { cwd: dir });
      expect(r.code, file).toBe(0);
      expect(r.stderr, file).toContain(`maqal: warning: ${file}: `);
      expect(r.stderr, file).toContain(words);
      expect(ndjson(r.stdout)).toHaveLength(1);
      const strict = maqal(['parse', '--strict', file], { cwd: dir });
      expect([strict.code, strict.stdout], file).toEqual([1, '']);
      expect(strict.stderr, file).toMatch(new RegExp(`^maqal: ${file.replace('.', '\\.')}: .*\\(--strict\\)\\n$`));
      expect(maqal(['parse', '-q', file], { cwd: dir }).stderr, file).toBe('');
    }
    const fine = maqal(['parse', '--strict', PAGE]);
    expect([fine.code, fine.stderr]).toEqual([0, '']);
  });

  it('a BOM before invalid UTF-8 warns, and --encoding never skips the binary check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-bom-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('عنوان\n\nفقرة '), Buffer.from([0xff, 0xfe]), Buffer.from(' من الخبر.\n')]));
    const bad = maqal(['parse', '-f', 'json', 'bad.txt'], { cwd: dir });
    expect(JSON.parse(bad.stdout).warnings.map((w: { code: string }) => w.code)).toContain('invalid-utf8');
    writeFileSync(join(dir, 'z.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3]));
    const gz = maqal(['parse', '--encoding', 'windows-1256', 'z.gz'], { cwd: dir });
    expect([gz.code, gz.stderr]).toEqual([1, 'maqal: z.gz: not a text file (looks like gzip)\n']);
  });

  it('a mistyped command is an error with a suggestion, and parses nothing', () => {
    for (const [typo, meant] of [['pasre', 'parse'], ['inpsect', 'inspect'], ['normalze', 'normalize'], ['shcema', 'schema']]) {
      const r = maqal([typo!, PAGE]);
      expect([r.code, r.stdout], typo).toEqual([2, '']);
      expect(r.stderr.split('\n')[0]).toBe(`maqal: unknown command '${typo}' (did you mean '${meant}'?)`);
      expect(r.stderr.split('\n')[1]).toMatch(/^usage: maqal /);
    }
  });

  it('normalise is normalize; a file named like a command stays reachable', () => {
    expect(maqal(['normalise'], { input: 'مرحبـــا\n' }).stdout).toBe('مرحبا\n');
    const dir = mkdtempSync(join(tmpdir(), 'maqal-named-'));
    copyFileSync(PAGE, join(dir, 'parse'));
    copyFileSync(PAGE, join(dir, 'pasre'));
    expect(ndjson(maqal(['parse', './parse'], { cwd: dir }).stdout)[0]!.input.path).toBe('./parse');
    expect(ndjson(maqal(['parse', '--', 'parse'], { cwd: dir }).stdout)[0]!.input.path).toBe('parse');
    // An existing file wins over a typo.
    expect(maqal(['pasre'], { cwd: dir }).code).toBe(0);
  });

  it('-o names a folder: a file there is a usage error, a new name ending in .json gets a hint', () => {
    const dir = tree();
    writeFileSync(join(dir, 'result.json'), '{}');
    const r = maqal(['parse', 'one', '-o', 'result.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('maqal: -o names a folder, and result.json is a file (to write one file: > result.json)\nusage: maqal parse [options] [inputs...] (maqal parse --help for every option)\n');
    const hint = maqal(['parse', 'one', '-o', 'new.json'], { cwd: dir });
    expect(hint.code).toBe(0);
    expect(hint.stderr).toBe('maqal: note: -o names a folder; new.json will be created as one (to write one file: > new.json)\n');
    expect(existsSync(join(dir, 'new.json', 'a.txt.json'))).toBe(true);
  });

  it("every error has maqal's one style, and a usage error ends with a usage line", () => {
    const unknown = maqal(['parse', '--frobnicate', PAGE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("maqal: unknown option '--frobnicate'\nusage: maqal parse [options] [inputs...] (maqal parse --help for every option)\n");
    const jobs = maqal(['parse', '-j', '999', PAGE]);
    expect(jobs.stderr).toMatch(/^maqal: option '-j, --jobs <n>' argument '999' is invalid\. at most \d+/);
    const bareChrome = maqal(['chrome']);
    expect(bareChrome.code).toBe(2);
    expect(bareChrome.stderr).toContain('chrome count');
    expect(bareChrome.stderr).not.toContain('share');
  });
});

describe('stderr and summaries', () => {
  it('--summary-json FILE writes the summary there and keeps stderr clean', () => {
    const dir = tree();
    const r = maqal(['parse', 'two', '--summary-json', 'summary.json'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toMatchObject({ files: 2, ok: 2, failed: 0 });
  });

  it('--summary prints the table; -q silences warnings; --progress plain prints lines of their own', () => {
    const dir = tree();
    expect(maqal(['parse', 'two', '--summary'], { cwd: dir }).stderr).toMatch(/│ files +│ +2 │/);
    writeFileSync(join(dir, 'two', 'x.html.txt'), '<html><body><p>x</p></body></html>');
    expect(maqal(['parse', 'two'], { cwd: dir }).stderr).toContain('looks like HTML');
    expect(maqal(['parse', 'two', '-q', '--summary'], { cwd: dir }).stderr).toBe('');
    const plain = maqal(['parse', 'two', '--progress', 'plain', '--progress-every', '0.000001'], { cwd: dir });
    const lines = plain.stderr.split('\n').filter((l) => l.startsWith('maqal: ') && l.includes('files/s'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[lines.length - 1]).toMatch(/^maqal: 3\/?\d* files · .* · done$/);
    expect(plain.stderr).not.toContain('\r');
  });

  it('on a terminal: no summary table for a few inputs, and the progress line is cleared before any message', async () => {
    const dir = tree();
    writeFileSync(join(dir, 'two', 'c.txt'), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3]));
    const r = await runCli(['parse', '-f', 'ndjson', 'two'], { cwd: dir, stderrTty: true, env: { NO_COLOR: '1' } });
    expect(r.stderr).not.toContain('│ files');
    // Every message starts on a clean line: right after a clear, or at the start of the stream.
    const at = r.stderr.indexOf('maqal: two/c.txt: not a text file');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at === 0 || r.stderr.slice(0, at).endsWith('\r\u001b[2K') || r.stderr.slice(0, at).endsWith('\n')).toBe(true);
    // And the stream ends cleared.
    expect(r.stderr.endsWith('\r\u001b[2K') || !r.stderr.includes('\r')).toBe(true);
  });

  it('--chrome-min-docs without a chrome table warns that it does nothing', () => {
    const r = maqal(['parse', '--chrome-min-docs', '3', PAGE]);
    expect(r.stderr).toBe('maqal: warning: --chrome-min-docs does nothing without --learn-chrome or --chrome-table\n');
  });
});

describe('lists, colour, version', () => {
  it('-0 reads NUL-separated lists (find -print0); a NUL in a line list is a clear usage error', () => {
    const dir = tree();
    writeFileSync(join(dir, 'one', 'with\nnewline.txt'), readFileSync(PAGE));
    const r = maqal(['parse', '--files-from', '-', '-0'], { cwd: dir, input: 'one/a.txt\0one/with\nnewline.txt\0' });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((a) => a.input.path)).toEqual(['one/a.txt', 'one/with\nnewline.txt']);
    const bad = maqal(['parse', '--files-from', '-'], { cwd: dir, input: 'one/a.txt\0two/a.txt\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('maqal: -: line 1 holds a NUL byte (for a NUL-separated list, as find -print0 writes, add -0)');
  });

  it('--color=always|never|auto, and --color WHEN', () => {
    const colored = maqal(['parse', '-f', 'pretty', '--color=always', PAGE]);
    expect(colored.stdout).toContain('\u001b[');
    expect(maqal(['parse', '-f', 'pretty', '--color', 'always', PAGE]).stdout).toBe(colored.stdout);
    expect(maqal(['parse', '-f', 'pretty', '--color=never', PAGE], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(maqal(['parse', '-f', 'pretty', '--color=auto', PAGE]).stdout).not.toContain('\u001b[');
    const bad = maqal(['parse', '--color=sometimes', PAGE]);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, 'maqal: --color: expected always, never or auto, got "sometimes"']);
  });

  it('--version prints maqal and the version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(maqal(['--version']).stdout).toBe(`maqal ${version}\n`);
  });
});

describe('paging', () => {
  const hasScript = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).status === 0;

  it.skipIf(!hasScript)('a view taller than the terminal goes through $MAQAL_PAGER; a short one, --no-pager and a pipe do not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-pager-'));
    const run = (args: string, lines: number) => {
      const paged = join(dir, `paged-${Math.random().toString(36).slice(2)}.txt`);
      const cmd = `"${process.execPath}" "${BIN}" ${args}`;
      spawnSync('script', ['-qc', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', MAQAL_PAGER: `cat > ${paged}`, LINES: String(lines), NO_COLOR: '1', TERM: 'xterm' } });
      return existsSync(paged) ? readFileSync(paged, 'utf8') : null;
    };
    const tall = run(`parse ${PAGE}`, 10);
    expect(tall).toContain('┌');
    expect(run(`inspect ${PAGE}`, 10)).toContain('paragraph');
    expect(run(`parse ${PAGE}`, 500)).toBeNull();
    expect(run(`parse --no-pager ${PAGE}`, 10)).toBeNull();
    expect(run(`parse --pager ${PAGE}`, 500)).toContain('┌');
    expect(run(`parse -f ndjson ${PAGE}`, 10)).toBeNull();
  });
});

describe('help, views and small things', () => {
  it('parse --help groups its options and ends with examples; the normalisation switches read the same in all three commands', () => {
    const help = maqal(['parse', '--help']).stdout;
    const groups = ['Output:', 'Input:', 'Batch:', 'Normalisation (the same switches in parse, normalize and inspect):', 'Display:', 'Examples:'];
    expect(groups.map((g) => help.indexOf(`\n${g}\n`) > 0)).toEqual(groups.map(() => true));
    const block = (text: string) => text.slice(text.indexOf('  -n, --normalize'), text.indexOf('  --quotes')).replace(/\s+/g, ' ');
    expect(block(maqal(['inspect', '--help']).stdout)).toBe(block(help));
    expect(help).not.toMatch(/^\s+--no-alef/m);
  });

  it('bare chrome is a usage error that lists its steps', () => {
    const r = maqal(['chrome']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('count');
    expect(r.stderr).toContain('merge');
    expect(r.stderr).not.toContain('share');
  });

  it('--max-bytes takes suffixes; normalize streams whatever the size', () => {
    const r = maqal(['parse', '--max-bytes', '1K', PAGE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/larger than --max-bytes \(.* > 1 KB\)/);
    expect(maqal(['parse', '--max-bytes', '1M', PAGE]).code).toBe(0);
    const big = 'سطر من نص عربي طويل '.repeat(40_000) + '\n';
    expect(maqal(['normalize'], { input: big }).stdout).toBe(big.replace(/ \n$/, '\n'));
  });

  it('clean keeps the tatweel of a clitic before a number or Latin word and strips elongation; search strips both', () => {
    const line = 'فاز الفريق بالـ3 نقاط في مبـــاراة الـVAR\n';
    expect(maqal(['normalize'], { input: line }).stdout).toBe('فاز الفريق بالـ3 نقاط في مباراة الـVAR\n');
    expect(maqal(['normalize', '-p', 'search'], { input: line }).stdout).toBe('فاز الفريق بال3 نقاط في مباراه الVAR\n');
  });

  it('input.lines counts lines as wc -l does', () => {
    const lines = (input: string) => (JSON.parse(maqal(['parse', '-f', 'json', '-'], { input }).stdout) as { input: { lines: number } }).input.lines;
    expect([lines('أ\nب\n'), lines('أ\nب'), lines('أ\r\nب\r\n'), lines('')]).toEqual([2, 2, 2, 0]);
  });

  it('inspect folds a run of blank lines into one row unless --blank; rules only where the block changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-inspect-'));
    const page = join(dir, 'a.txt');
    writeFileSync(page, readFileSync(PAGE, 'utf8').replace('\n\n', '\n\n\n\n\n'));
    const args = ['inspect', '--display', 'logical', '--width', '80', page];
    const folded = maqal(args).stdout;
    expect(folded).toMatch(/blank ×\d/);
    const every = maqal([...args, '--blank']).stdout;
    expect(every).not.toMatch(/blank ×/);
    expect(every.split('\n').length).toBeGreaterThan(folded.split('\n').length);
    const rows = folded.split('\n').filter((l) => l.startsWith('│')).length;
    const rules = folded.split('\n').filter((l) => l.startsWith('├')).length;
    expect(rules).toBeLessThan(rows / 2);
  });

  it('the pretty view has no English words in Arabic boxes, and a wrapped URL never starts a line with a hyphen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-pretty-'));
    const page = join(dir, 'a.txt');
    const url = 'https://example.com/news/2024/the-ministry-of-agriculture-launches-a-national-programme-for-small-farmers';
    writeFileSync(page, `عنوان الخبر عن الزراعة\n\nأعلنت وزارة الزراعة عن برنامج جديد لدعم صغار المزارعين في المحافظات الجنوبية، ونشرت تفاصيله على ${url} صباح اليوم.\n\nأخبار ذات صلة\n`);
    const view = maqal(['parse', '-f', 'pretty', '--display', 'logical', '--width', '40', page]).stdout;
    expect(view).not.toContain('no items');
    const lines = view.split('\n').map((l) => l.replace(/[│\s]/g, ''));
    expect(lines.filter((l) => l.startsWith('-'))).toEqual([]);
    expect(lines.join('')).toContain(url);
  });
});
