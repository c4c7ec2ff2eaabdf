/**
 * Batch conversion: folders to --out-dir with a manifest, resume after Ctrl-C,
 * JSON Lines in and out, learned chrome shared across shards, and the
 * failures a real corpus holds, each reported once without losing the rest.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';
import { FIXTURES, ROOT, fixtureSlugs, runCli } from './helpers.js';

const BIN = join(ROOT, 'bin/maqal.js');
const tmp = () => mkdtempSync(join(tmpdir(), 'maqal-batch-'));
const slugs = fixtureSlugs().filter((s) => statSync(join(FIXTURES, s, 'input.txt')).size < 4000);

/** Copies the small fixtures into `dir/<group>/<slug>.txt`, `groups` folders deep. */
function corpus(dir: string, groups = 2): string[] {
  const paths: string[] = [];
  slugs.forEach((slug, k) => {
    const folder = join(dir, `g${k % groups}`);
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(FIXTURES, slug, 'input.txt'), join(folder, `${slug}.txt`));
    paths.push(join(folder, `${slug}.txt`));
  });
  return paths;
}

/** Every file under `dir` (relative path to content), the manifest left out. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== '_manifest.ndjson') out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Where `--out-dir out` puts the output of a file found in the folder argument `root`. */
const outputOf = (dir: string, root: string, input: string) => join(dir, 'out', relative(join(dir, root), input) + '.json');

const manifest = (dir: string) =>
  readFileSync(join(dir, '_manifest.ndjson'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { input: string; output: string | null; status: string; error: string | null; encoding: string | null; parent?: string });

describe('--out-dir', () => {
  it('writes one NAME.json per input, mirroring the folder argument (its own root), and a manifest of every input', async () => {
    const dir = tmp();
    const inputs = corpus(join(dir, 'in'));
    const r = await runCli(['parse', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    for (const input of inputs) {
      const out = outputOf(dir, 'in', input);
      const article = JSON.parse(readFileSync(out, 'utf8'));
      expect(article.input.path).toBe(relative(dir, input));
    }
    const entries = manifest(join(dir, 'out'));
    expect(entries).toHaveLength(inputs.length);
    expect(entries[0]).toMatchObject({ status: 'ok', encoding: 'utf-8', error: null });
    expect(entries.every((e) => e.output && existsSync(join(dir, 'out', e.output)))).toBe(true);
    // Nothing half-written is left behind, and the lock is gone.
    expect(Object.keys(tree(join(dir, 'out'))).filter((p) => p.endsWith('maqal-tmp') || p.endsWith('.lock'))).toEqual([]);
  });

  // root reads any file, so the batch runs as an unprivileged user when the tests run as root;
  // that needs a checkout the unprivileged user can read (not one under a private home folder).
  const root = process.getuid?.() === 0;
  const dropWorks = !root || spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534 }).status === 0;
  it.skipIf(!dropWorks)('exits 1 on a batch with a binary, an unreadable and an empty file and a symlink loop, writes every good output, and lists each failure once (skipped as root when uid 65534 cannot read the checkout)', () => {
    const dir = tmp();
    const good = corpus(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'photo.txt'), gzipSync(Buffer.from('not text at all '.repeat(50))));
    writeFileSync(join(dir, 'in', 'locked.txt'), 'نص لا يقرأ');
    chmodSync(join(dir, 'in', 'locked.txt'), 0o000);
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'g0', 'loop'));
    const asUser = root ? { uid: 65534, gid: 65534 } : {};
    if ('uid' in asUser) {
      chmodSync(dir, 0o777);
      spawnSync('chmod', ['-R', 'a+rX', join(dir, 'in')]);
      chmodSync(join(dir, 'in', 'locked.txt'), 0o000);
    }
    const r = spawnSync(process.execPath, [BIN, 'parse', 'in', '--out-dir', 'out'], { cwd: dir, encoding: 'utf8', ...asUser });
    expect(r.status).toBe(1);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors.filter((l) => l.includes('photo.txt'))).toEqual([`maqal: ${join('in', 'photo.txt')}: not a text file (looks like gzip)`]);
    expect(errors.filter((l) => l.includes('locked.txt'))).toEqual([`maqal: ${join('in', 'locked.txt')}: permission denied`]);
    expect(errors.filter((l) => l.includes('symlink loop'))).toHaveLength(1);
    expect(errors).toHaveLength(3);
    for (const input of good) expect(existsSync(outputOf(dir, 'in', input))).toBe(true);
    const empty = JSON.parse(readFileSync(join(dir, 'out', 'empty.txt.json'), 'utf8'));
    expect(empty.warnings.map((w: { code: string }) => w.code)).toEqual(['empty']);
    const entries = manifest(join(dir, 'out'));
    expect(entries.filter((e) => e.status === 'failed').map((e) => e.input).sort()).toEqual([join('in', 'g0', 'loop'), join('in', 'locked.txt'), join('in', 'photo.txt')]);
    expect(entries.filter((e) => e.status === 'ok')).toHaveLength(good.length + 1);
  });

  it('never writes outside the folder, whatever the input paths', async () => {
    const dir = tmp();
    const work = join(dir, 'work');
    mkdirSync(work);
    copyFileSync(join(FIXTURES, 'seed-layout', 'input.txt'), join(dir, 'outside.txt'));
    copyFileSync(join(FIXTURES, 'seed-layout', 'input.txt'), join(work, 'new\nline.txt'));
    const abs = join(dir, 'outside.txt');
    const r = await runCli(['parse', '../outside.txt', abs, 'new\nline.txt', '--out-dir', 'out'], { cwd: work });
    expect(r.code).toBe(0);
    const written = Object.keys(tree(join(work, 'out'))).sort();
    // The same file named twice is one output; a file outside the working folder goes by its name.
    expect(written).toHaveLength(2);
    for (const w of written) {
      expect(w.startsWith('..')).toBe(false);
      expect(w).not.toContain('\n');
    }
    expect(written).toContain('outside.txt.json');
    expect(written.filter((w) => /^new_line\.txt~[0-9a-f]{8}\.json$/.test(w))).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['outside.txt', 'work']);
  });

  it('names the files of JSON Lines records by their id, whole, never outside the folder, and never two records one file', async () => {
    const dir = tmp();
    const text = readFileSync(join(FIXTURES, 'seed-layout', 'input.txt'), 'utf8');
    const ids = ['https://example.com/news/a?id=1', '../../etc/passwd', 'page.html', 'same', 'same', undefined];
    writeFileSync(join(dir, 'in.jsonl'), ids.map((id) => JSON.stringify({ id, text })).join('\n') + '\n');
    const r = await runCli(['parse', '--input', 'jsonl', 'in.jsonl', '-o', 'out', '--emit-embedded'], { cwd: dir });
    // The second `same` would overwrite the first: it fails, by name.
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`maqal: same: its output ${join('out', 'same.json')} is also the output of same (rename one, or use --relative-to)\n`);
    const names = Object.keys(tree(join(dir, 'out'))).filter((p) => !p.includes('.embedded-')).sort();
    expect(names.map((n) => n.replace(/~[0-9a-f]{8}/g, '~H'))).toEqual([
      join('etc', 'passwd.json'),
      join('https_~H', 'example.com', 'news', 'a_id=1~H.json'),
      'in.jsonl_6~H.json',
      'page.html.json',
      'same.json',
    ]);
    expect(existsSync(join(dir, 'out', 'same.embedded-1.json'))).toBe(true);
  });

  it('never replaces a file it did not write unless --force is given', async () => {
    const dir = tmp();
    copyFileSync(join(FIXTURES, 'seed-layout', 'input.txt'), join(dir, 'a.txt'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'a.txt.json'), 'precious');
    const r = await runCli(['parse', 'a.txt', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exists and was not written by maqal (use --force to replace it)');
    expect(readFileSync(join(dir, 'out', 'a.txt.json'), 'utf8')).toBe('precious');
    // A second run may replace what the first one wrote; --force replaces anything.
    expect((await runCli(['parse', 'a.txt', '--out-dir', 'out', '--force'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'a.txt.json'), 'utf8')).input.path).toBe('a.txt');
    expect((await runCli(['parse', 'a.txt', '--out-dir', 'out'], { cwd: dir })).code).toBe(0);
  });

  it('--resume skips inputs whose output is newer, and parses those changed since', async () => {
    const dir = tmp();
    const inputs = corpus(join(dir, 'in'));
    await runCli(['parse', 'in', '--out-dir', 'out'], { cwd: dir });
    const before = tree(join(dir, 'out'));
    const past = new Date(Date.now() - 60_000);
    for (const input of inputs) utimesSync(input, past, past);
    const future = new Date(Date.now() + 60_000);
    utimesSync(inputs[0]!, future, future);
    const r = await runCli(['parse', 'in', '--out-dir', 'out', '--resume', '--summary-json', 'summary.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ files: inputs.length, ok: 1, skipped: inputs.length - 1, failed: 0 });
    expect(tree(join(dir, 'out'))).toEqual(before);
  });

  it('after Ctrl-C, finishes the file in hand, writes the manifest, exits 130; --resume then completes it as one run would', async () => {
    const dir = tmp();
    // Enough files that the run is still going when the signal comes (a fixed number: the fixtures keep growing).
    const src = corpus(join(dir, 'seed'), 1).slice(0, 40);
    for (let k = 0; k < 60; k++) {
      const folder = join(dir, 'in', `f${String(k).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      for (const s of src) copyFileSync(s, join(folder, s.split('/').pop()!));
    }
    const child = spawn(process.execPath, [BIN, 'parse', 'in', '--out-dir', 'out'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(join(dir, 'out', 'f00'))) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        }
      }, 5);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(130);
    const partial = manifest(join(dir, 'out'));
    const total = src.length * 60;
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(total);
    for (const e of partial) JSON.parse(readFileSync(join(dir, 'out', e.output!), 'utf8'));
    expect(Object.keys(tree(join(dir, 'out'))).filter((p) => p.endsWith('maqal-tmp'))).toEqual([]);

    const resumed = spawnSync(process.execPath, [BIN, 'parse', 'in', '--out-dir', 'out', '--resume'], { cwd: dir, encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    const once = spawnSync(process.execPath, [BIN, 'parse', 'in', '--out-dir', 'once'], { cwd: dir, encoding: 'utf8' });
    expect(once.status).toBe(0);
    expect(tree(join(dir, 'out'))).toEqual(tree(join(dir, 'once')));
    expect(manifest(join(dir, 'out'))).toHaveLength(total);
  }, 60_000);
});

describe('large inputs', () => {
  it('writes an article from a large input in chunks, byte for byte what the library serialises', async () => {
    const dir = tmp();
    const text = Array.from({ length: 800 }, () => readFileSync(join(FIXTURES, 'seed-layout', 'input.txt'), 'utf8')).join('\n');
    writeFileSync(join(dir, 'big.txt'), text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    const article = new Parser().parse(text, { path: 'big.txt', bytes: Buffer.byteLength(text), encoding: 'utf-8', encodingGuessed: false });
    const ndjson = await runCli(['parse', '-f', 'ndjson', 'big.txt'], { cwd: dir });
    expect(ndjson.stdout).toBe(JSON.stringify(article) + '\n');
    const json = await runCli(['parse', '-f', 'json', 'big.txt', 'big.txt'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual([article, article]);
    await runCli(['parse', 'big.txt', '-o', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, 'out', 'big.txt.json'), 'utf8')).toBe(JSON.stringify(article, null, 2) + '\n');
  });
});

describe('inputs', () => {
  it('reads paths from --files-from, one a line', async () => {
    const dir = tmp();
    const inputs = corpus(dir).slice(0, 3);
    writeFileSync(join(dir, 'list.txt'), inputs.map((p) => relative(dir, p)).join('\n') + '\n');
    const r = await runCli(['parse', '--files-from', 'list.txt'], { cwd: dir });
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).input.path)).toEqual(inputs.map((p) => relative(dir, p)));
  });

  it('streams JSON Lines records, keeps their order, names them by id, and reports a bad line by number', async () => {
    const records = slugs.slice(0, 4).map((s, k) => JSON.stringify({ doc: `d${k}`, body: readFileSync(join(FIXTURES, s, 'input.txt'), 'utf8') }));
    records.splice(2, 0, '{not json');
    const r = await runCli(['parse', '--input', 'jsonl', '--text-field', 'body', '--id-field', 'doc', '-'], { stdin: records.join('\n') + '\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('maqal: -:3: not valid JSON\n');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).input.path)).toEqual(['d0', 'd1', 'd2', 'd3']);
  });

  it('gives the same records with --jobs 2 and 3 as in one thread', () => {
    // A real process: the worker threads load the built worker script. Enough
    // files that both the workers and the main thread get some.
    const dir = tmp();
    const written = ['a', 'b', 'c', 'd'].flatMap((copy) => corpus(join(dir, copy), 3));
    expect(written.length).toBeGreaterThan(64);
    writeFileSync(join(dir, 'bad.txt'), gzipSync(Buffer.from('x'.repeat(100))));
    const run = (...extra: string[]) => spawnSync(process.execPath, [BIN, 'parse', '-f', 'ndjson', ...extra, '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    const one = run();
    expect(one.stdout.split('\n').length).toBe(written.length + 1);
    for (const jobs of ['2', '3']) {
      const many = run('--jobs', jobs);
      expect(many.status).toBe(1);
      expect(many.stderr).toBe(one.stderr);
      expect(many.stdout).toBe(one.stdout);
    }
  });

  it('reads stdin in the main thread with --jobs 2', () => {
    const text = readFileSync(join(FIXTURES, 'seed-layout', 'input.txt'));
    const run = (...extra: string[]) => spawnSync(process.execPath, [BIN, 'parse', '-f', 'ndjson', ...extra, '-'], { input: text, encoding: 'utf8' });
    const one = run();
    const two = run('--jobs', '2');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).body.length).toBeGreaterThan(0);
  });
});

describe('embedded articles', () => {
  const parent = 'fixtures/seed-layout/input.txt';

  it('--emit-embedded adds each read-also article as a record of its own, linked to its parent', async () => {
    const r = await runCli(['parse', '-f', 'ndjson', '--emit-embedded', parent]);
    const [article, ...embedded] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(embedded.length).toBeGreaterThan(0);
    const item = article.related.flatMap((s: { items: { headline: string; body: string[] }[] }) => s.items).find((i: { body: string[] }) => i.body.length > 0);
    expect(embedded[0].title).toBe(item.headline);
    expect(embedded[0].body).toEqual(item.body);
    expect(embedded[0].input.path).toMatch(new RegExp(`^${parent}#related/\\d+/\\d+$`));
  });

  it('writes them beside the parent with --out-dir, and the manifest names the parent', async () => {
    const dir = tmp();
    copyFileSync(join(ROOT, parent), join(dir, 'a.txt'));
    await runCli(['parse', 'a.txt', '--out-dir', 'out', '--emit-embedded'], { cwd: dir });
    expect(existsSync(join(dir, 'out', 'a.txt.embedded-1.json'))).toBe(true);
    // The manifest line and the record agree: the same input path and size.
    const record = JSON.parse(readFileSync(join(dir, 'out', 'a.txt.embedded-1.json'), 'utf8'));
    expect(manifest(join(dir, 'out'))[1]).toEqual({
      input: record.input.path,
      output: 'a.txt.embedded-1.json',
      bytes: record.input.bytes,
      encoding: 'utf-8',
      status: 'ok',
      warnings: 0,
      error: null,
      parent: 'a.txt',
    });
    expect(record.input.path).toBe('a.txt#related/0/0');
  });
});

describe('learned chrome', () => {
  const SLOGAN = 'صحيفة المدينة اليومية صوتك الحر منذ عام ألف وتسعمائة وخمسين';

  /** The fixtures with a site slogan after their first paragraph, as one site's pages carry it. */
  function site(dir: string): string[] {
    const paths: string[] = [];
    slugs.slice(0, 12).forEach((slug, k) => {
      const lines = readFileSync(join(FIXTURES, slug, 'input.txt'), 'utf8').split('\n');
      lines.splice(Math.min(3, lines.length), 0, '', SLOGAN, '');
      const shard = join(dir, `shard${k % 2}`);
      mkdirSync(shard, { recursive: true });
      writeFileSync(join(shard, `${slug}.txt`), lines.join('\n'));
      paths.push(join(shard, `${slug}.txt`));
    });
    return paths;
  }
  const texts = (ndjson: string) => ndjson.trimEnd().split('\n').map((l) => JSON.parse(l) as { body: string[]; boilerplate: string[] });

  it('treats a line repeated across the batch as boilerplate with --learn-chrome', async () => {
    const dir = tmp();
    site(dir);
    const plain = texts((await runCli(['parse', '-f', 'ndjson', '.'], { cwd: dir })).stdout);
    const learned = texts((await runCli(['parse', '-f', 'ndjson', '--learn-chrome', '.'], { cwd: dir })).stdout);
    expect(plain.filter((a) => a.body.includes(SLOGAN)).length).toBeGreaterThan(0);
    expect(learned.filter((a) => a.body.includes(SLOGAN))).toEqual([]);
    expect(learned.every((a) => a.boilerplate.includes(SLOGAN))).toBe(true);
  });

  it('counts merged from shards make the same decisions as one run over all of them', async () => {
    const dir = tmp();
    site(dir);
    for (const shard of ['shard0', 'shard1']) {
      const r = await runCli(['chrome', 'count', shard], { cwd: dir });
      expect(r.code).toBe(0);
      writeFileSync(join(dir, `${shard}.json`), r.stdout);
    }
    const merged = await runCli(['chrome', 'merge', 'shard0.json', 'shard1.json'], { cwd: dir });
    writeFileSync(join(dir, 'all.json'), merged.stdout);
    const whole = await runCli(['parse', '-f', 'ndjson', '--learn-chrome', '--chrome-table', 'saved.json', '.'], { cwd: dir });
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'saved.json'), 'utf8')));
    const sharded = [];
    for (const shard of ['shard0', 'shard1']) sharded.push((await runCli(['parse', '-f', 'ndjson', '--chrome-table', 'all.json', shard], { cwd: dir })).stdout);
    expect(sharded.join('')).toBe(whole.stdout);
  });
});

describe('observability', () => {
  it('prints nothing on stderr when it is not a terminal, and writes the summary to the --summary-json file', async () => {
    const dir = tmp();
    const inputs = corpus(dir);
    const r = await runCli(['parse', '-f', 'ndjson', '--summary-json', 'summary.json', '.'], { cwd: dir });
    expect(r.stderr).toBe('');
    const text = readFileSync(join(dir, 'summary.json'), 'utf8');
    expect(text.endsWith('}\n') && text.split('\n')).toHaveLength(2);
    const summary = JSON.parse(text);
    expect(summary).toMatchObject({ files: inputs.length, ok: inputs.length, failed: 0, skipped: 0 });
    expect(summary.bytes).toBe(inputs.reduce((n, p) => n + statSync(p).size, 0));
    expect(summary.filesPerSecond).toBeGreaterThan(0);
  });
});

describe('on a terminal', () => {
  it('shows progress on stderr, redrawn in place, and a summary table at the end; stdout keeps only data', async () => {
    const dir = tmp();
    const inputs = corpus(dir);
    const r = await runCli(['parse', '-f', 'ndjson', '.'], { cwd: dir, stderrTty: true, env: { NO_COLOR: '1' } });
    expect(r.stderr).toContain('\r\u001b[2Kmaqal: 1/' + inputs.length + ' files · ');
    expect(r.stderr).toMatch(/files\/s · [\d.]+ MB\/s/);
    expect(r.stderr).toMatch(/│ files +│ +\d+ │/);
    expect(r.stderr).toMatch(/│ files\/s +│/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(inputs.length);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('shows no progress with --no-progress', async () => {
    const dir = tmp();
    corpus(dir);
    const r = await runCli(['parse', '-f', 'ndjson', '--no-progress', '.'], { cwd: dir, stderrTty: true, env: { NO_COLOR: '1' } });
    expect(r.stderr).not.toContain('\r');
  });
});

describe('as a filter under GNU parallel', () => {
  const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;

  it.skipIf(!hasParallel)('gives, over a sharded JSON Lines corpus, the same records as one process', () => {
    const dir = tmp();
    const lines: string[] = [];
    for (let round = 0; round < 4; round++) {
      for (const s of slugs) lines.push(JSON.stringify({ id: `${round}-${s}`, text: readFileSync(join(FIXTURES, s, 'input.txt'), 'utf8') }));
    }
    const jsonl = lines.join('\n') + '\n';
    writeFileSync(join(dir, 'corpus.jsonl'), jsonl);
    // Blocks of 50 KB: a dozen shards or more, each a process of its own (start-up, not parsing, is what they cost).
    expect(Buffer.byteLength(jsonl)).toBeGreaterThan(12 * 50_000);
    const single = spawnSync(process.execPath, [BIN, 'parse', '--input', 'jsonl', 'corpus.jsonl'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(single.status).toBe(0);
    const cmd = `parallel --will-cite --pipe --keep-order --block 50k -j 2 '${process.execPath} ${BIN} parse --input jsonl -' < corpus.jsonl`;
    const sharded = spawnSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(sharded.status).toBe(0);
    expect(sharded.stdout.split('\n').length).toBe(lines.length + 1);
    expect(sharded.stdout).toBe(single.stdout);
  });
});

describe('a worker that dies', () => {
  it('hands its jobs back: each runs again in the main thread, none is lost or reported without its name', async () => {
    // The built pool, whose worker script is the built one.
    const { WorkerPool } = (await import(join(ROOT, 'dist/cli/pool.js'))) as typeof import('../src/cli/pool.js');
    const { runJob } = await import('../src/cli/job.js');
    const parser = new Parser();
    const options = { cwd: FIXTURES, maxBytes: 1 << 24, pretty: false, emitEmbedded: false };
    const pool = new WorkerPool(2, { parse: {}, chrome: [], job: options }, (job) => runJob(parser, job, options));
    const jobs = slugs.map((slug, seq) => ({ seq, kind: 'file' as const, path: join(slug, 'input.txt') }));
    const results = jobs.map((job) => pool.run(job));
    // The worker dies with every job of its first batches in hand.
    await (pool as unknown as { workers: { terminate(): Promise<number> }[] }).workers[0]!.terminate();
    const done = await Promise.all(results);
    await pool.close();
    expect(done.map((r) => r.path)).toEqual(jobs.map((j) => j.path));
    expect(done.every((r) => r.ok)).toBe(true);
    expect(done.map((r) => r.records[0])).toEqual(jobs.map((j) => runJob(parser, j, options).records[0]));
  });
});
