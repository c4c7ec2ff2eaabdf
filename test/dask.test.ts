/**
 * The README's Dask recipe, run for real on a local cluster of two worker
 * processes: parsing in blocks (with corpus-wide chrome) and marking copies
 * across the parts give byte for byte what one maqal process gives. Skipped
 * where Debian's python3-dask and python3-distributed are not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureSlugs, ROOT } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const hasDask = spawnSync(PYTHON, ['-c', 'import dask.bag, dask.distributed'], { encoding: 'utf8' }).status === 0;
const maqal = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, 'bin', 'maqal.js'), ...args], { cwd, maxBuffer: 1 << 28 });

describe.skipIf(!hasDask)('maqal on a Dask cluster', () => {
  it('gives, part by part, what one process gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-dask-'));
    // Three copies of the first 50 fixtures as JSON Lines records (a fixed load, so the
    // test's time does not grow with the fixtures); one holds U+2028, which must not cut a record.
    const slugs = fixtureSlugs().slice(0, 50);
    const lines: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const slug of slugs) {
        let text = fixtureBytes(slug).toString('utf8');
        if (lines.length === 5) text = text.replace('\n', '\u2028\n');
        lines.push(JSON.stringify({ id: `doc-${lines.length}`, text }));
      }
    }
    writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n') + '\n');
    const run = spawnSync(
      PYTHON,
      [join(ROOT, 'scripts', 'dask-parse.py'), '--maqal', `${process.execPath} ${join(ROOT, 'bin', 'maqal.js')}`, '--blocksize', '40KB', '--workers', '2', '--out', 'out', '--chrome', '--dedup', 'corpus.jsonl'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const parts = (sub: string) => readdirSync(join(dir, 'out', sub)).filter((n) => /^\d{5}\.jsonl$/.test(n)).sort();
    expect(parts('parse').length).toBeGreaterThanOrEqual(3);
    // Every part ends with a line end: Dask's default would glue the last record of a part to the next.
    for (const p of parts('parse')) expect(readFileSync(join(dir, 'out', 'parse', p), 'utf8').endsWith('}\n')).toBe(true);
    const joined = (sub: string) => parts(sub).map((p) => readFileSync(join(dir, 'out', sub, p), 'utf8')).join('');

    const one = maqal(['parse', '--input', 'jsonl', '-f', 'record', '--learn-chrome', 'corpus.jsonl'], dir);
    expect(one.status).toBe(0);
    expect(joined('parse')).toBe(one.stdout.toString('utf8'));
    expect(joined('parse').trimEnd().split('\n')).toHaveLength(lines.length);

    writeFileSync(join(dir, 'one.jsonl'), one.stdout);
    const dedup = maqal(['dedup', 'apply', 'one.jsonl'], dir);
    expect(joined('dedup')).toBe(dedup.stdout.toString('utf8'));
    // Each fixture appears three times: two copies of every story with words.
    expect(joined('dedup')).toContain('"dupOf":"doc-0","clusterSize":3}');
  }, 120_000);
});
