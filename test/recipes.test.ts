/**
 * The README's command lines are run as written, in a folder laid out the way they assume
 * (dump.txt, dumps/, shards, a markers file), with `maqal` on PATH: a recipe a user copies must work.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureSlugs, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'maqal.js');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

// Commands the recipes may use besides maqal; a recipe whose tools are missing here is skipped.
const TOOLS = ['maqal', 'find', 'cat', 'ls', 'parallel', 'jq', 'less'];
// Recipes that need what a test cannot have: a registry, a cluster, or a placeholder in the command itself;
// and the Dask recipe, which test/dask.test.ts runs on a local cluster.
const NOT_HERE = ['npm ', 'hadoop', 'sc.textFile', '--sshlogin', 'apt-get', 'dask-parse.py', 'out/parse/', 'out/dedup/'];

/** Every command line of the README's `sh` blocks (a trailing `\` joins the next line), with its comment cut. */
function recipes(): string[] {
  return recipeBlocks().flat();
}

/** The recipes block by block: a line may read what an earlier line of its block wrote. */
function recipeBlocks(): string[][] {
  const blocks: string[][] = [];
  for (const block of readme.split('```sh\n').slice(1)) {
    const out: string[] = [];
    blocks.push(out);
    const body = block.slice(0, block.indexOf('```')).replace(/\\\n\s*/g, '');
    for (const raw of body.split('\n')) {
      const line = raw.replace(/\s+#\s.*$/, '').trim();
      if (line === '' || line.startsWith('#') || NOT_HERE.some((n) => line.includes(n))) continue;
      out.push(line);
    }
  }
  return blocks;
}

const available = (tool: string): boolean => tool === 'maqal' || spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** The folder the recipes assume: a dump, a tree of dumps, shards, a JSON Lines corpus and a markers file. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maqal-recipes-'));
  const shim = join(dir, '.bin');
  mkdirSync(shim);
  writeFileSync(join(shim, 'maqal'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(shim, 'maqal'), 0o755);
  mkdirSync(join(dir, '.parallel'));
  writeFileSync(join(dir, '.parallel', 'will-cite'), '');
  const slugs = fixtureSlugs();
  writeFileSync(join(dir, 'dump.txt'), fixtureBytes('seed-layout'));
  copyFileSync(join(ROOT, 'test/data/encodings/windows-1256.txt'), join(dir, 'old.txt'));
  writeFileSync(join(dir, 'stamp'), '');
  utimesSync(join(dir, 'stamp'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  for (const [k, slug] of slugs.slice(0, 12).entries()) {
    const sub = join(dir, 'dumps', k % 3 === 0 ? '2024' : '');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${slug}.txt`), fixtureBytes(slug));
  }
  for (const shard of ['shard-01', 'a', 'b']) mkdirSync(join(dir, shard === 'shard-01' ? shard : join('shards', shard)), { recursive: true });
  for (const [k, slug] of slugs.slice(12, 18).entries()) writeFileSync(join(dir, k < 2 ? 'shard-01' : k < 4 ? 'shards/a' : 'shards/b', `${slug}.txt`), fixtureBytes(slug));
  mkdirSync(join(dir, 'counts'));
  const records = slugs.slice(18, 24).map((slug) => ({ slug, text: fixtureBytes(slug).toString('utf8') }));
  writeFileSync(join(dir, 'corpus.jsonl'), records.map((r) => JSON.stringify({ id: r.slug, text: r.text })).join('\n') + '\n');
  writeFileSync(join(dir, 'shard-02.jsonl'), records.map((r) => JSON.stringify({ id: r.slug, text: r.text })).join('\n') + '\n');
  writeFileSync(join(dir, 'shard.jsonl'), records.map((r) => JSON.stringify({ url: `https://example.com/${r.slug}`, body: r.text, warc_date: '2024-05-15T10:00:00Z' })).join('\n') + '\n');
  // Date lines for the date filter's recipes.
  const dates = 'الأحد 19 مايو 2024 02:30 م\nمنذ ساعتين\n06/07/2012\n';
  for (const name of ['dates.txt', 'lines.txt', 'us-dates.txt']) writeFileSync(join(dir, name), dates);
  const markers = readme.slice(readme.indexOf('```json\n{\n  "read-also"') + 8);
  writeFileSync(join(dir, 'mysite.json'), markers.slice(0, markers.indexOf('```')));
  return dir;
}

/** Every file the recipes wrote with a JSON ending must hold JSON: one document, or one a line. */
function checkJsonFiles(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || name.startsWith('.') || name.startsWith('dumps') || name.startsWith('shards/')) continue;
    const text = readFileSync(path, 'utf8');
    if (name.endsWith('.ndjson')) {
      expect(text.length, name).toBeGreaterThan(0);
      for (const line of text.trimEnd().split('\n')) expect(() => JSON.parse(line), `${name}: ${line.slice(0, 60)}`).not.toThrow();
    } else if (name.endsWith('.json')) expect(() => JSON.parse(text), name).not.toThrow();
  }
}

describe('README recipes', () => {
  const lines = recipes();

  it('finds the recipes (the README still has its examples)', () => {
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.some((l) => l.includes('parallel --pipe'))).toBe(true);
  });

  it('every recipe runs as written and exits 0; what it writes as JSON is JSON', () => {
    const dir = sandbox();
    const env = { PATH: `${join(dir, '.bin')}:${process.env.PATH ?? ''}`, HOME: dir, NO_COLOR: '1' };
    const ran: string[] = [];
    for (const block of recipeBlocks()) {
      // Once a line is skipped for a missing tool, the rest of its block may lack its output: skipped too.
      let skipping = false;
      for (const line of block) {
        const tools = [...line.matchAll(/(?:^|[|;&]\s*|'\s*)([a-z][\w-]*)/g)].map((m) => m[1]!).filter((t) => TOOLS.includes(t));
        skipping ||= !tools.every(available);
        if (skipping) continue;
        const r = spawnSync('sh', ['-c', line], { cwd: dir, env, encoding: 'utf8', timeout: 60_000, input: '' });
        expect({ line, status: r.status, stderr: r.stderr.split('\n').filter((l) => !l.includes('warning')).join('\n').trim() }).toEqual({ line, status: 0, stderr: '' });
        ran.push(line);
      }
    }
    expect(ran.length).toBeGreaterThan(30);
    expect(existsSync(join(dir, 'out', '_manifest.ndjson'))).toBe(true);
    checkJsonFiles(dir);
  }, 120_000);
});
