/**
 * The output folder under attack: links planted inside it, hand-written files
 * in it, runs killed in the middle or run twice at once, a full disk, a
 * manifest that is a folder. Each test reproduces the attack first; the
 * invariants are the same everywhere: nothing is written outside the folder,
 * nothing is replaced that the manifest does not list, and no output of a good
 * input is lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputName, writeAtomic } from '../src/cli/outdir.js';
import { FIXTURES, ROOT, runCli } from './helpers.js';

const BIN = join(ROOT, 'bin/maqal.js');
const tmp = () => mkdtempSync(join(tmpdir(), 'maqal-outdir-'));
const page = () => readFileSync(join(FIXTURES, 'seed-layout', 'input.txt'));

/** A working folder with `in/a.txt` and `in/b.txt`, and a victim file outside every output folder. */
function setup(): { dir: string; victim: string } {
  const dir = tmp();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), page());
  writeFileSync(join(dir, 'in', 'b.txt'), page());
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'do not touch');
  return { dir, victim };
}

const entries = (out: string) =>
  readFileSync(join(out, '_manifest.ndjson'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { input: string; output: string | null; status: string });

describe('links planted in the output folder', () => {
  it('a folder link inside the out dir is never followed: the outputs under it fail, by name, and nothing lands outside', async () => {
    const { dir } = setup();
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'in', 'sub'));
    writeFileSync(join(dir, 'in', 'sub', 'c.txt'), page());
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'sub'));
    const r = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`maqal: ${join('in', 'sub', 'c.txt')}: ${join('out', 'sub')} is a symbolic link: maqal never writes through one\n`);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(existsSync(join(dir, 'out', 'a.txt.json'))).toBe(true);
  });

  it('a file link at an output path is not written through, even with --force', async () => {
    const { dir, victim } = setup();
    mkdirSync(join(dir, 'out'));
    symlinkSync(victim, join(dir, 'out', 'a.txt.json'));
    for (const extra of [[], ['--force']]) {
      const r = await runCli(['parse', 'in', '-o', 'out', ...extra], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${join('out', 'a.txt.json')} is a symbolic link: maqal never writes through one`);
      expect(readFileSync(victim, 'utf8')).toBe('do not touch');
    }
  });

  it('links planted at the temporary names an earlier version used are never written through', async () => {
    const { dir, victim } = setup();
    mkdirSync(join(dir, 'out'));
    // `<name>.<pid>.<n>.tmp` was predictable: plant a link for every pid a child might get.
    for (let n = 0; n < 3; n++) symlinkSync(victim, join(dir, 'out', `a.txt.json.${process.pid + 1}.${n}.tmp`));
    const r = spawnSync(process.execPath, [BIN, 'parse', 'in', '-o', 'out'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('do not touch');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'a.txt.json'), 'utf8')).input.path).toBe(join('in', 'a.txt'));
  });

  it('a temporary file is created exclusively and removed when the rename fails', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'target.json'));
    writeFileSync(join(dir, 'target.json', 'keep'), 'x');
    expect(() => writeAtomic(join(dir, 'target.json'), ['{}'])).toThrow();
    expect(readdirSync(dir)).toEqual(['target.json']);
  });
});

describe('files maqal did not write', () => {
  it('--resume never adopts a hand-written output newer than its input, and a later run does not replace it', async () => {
    const { dir } = setup();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'a.txt.json'), 'hand-written');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'in', 'a.txt'), past, past);
    const resumed = await runCli(['parse', 'in', '-o', 'out', '--resume'], { cwd: dir });
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toContain('exists and was not written by maqal');
    expect(entries(join(dir, 'out')).find((e) => e.input === join('in', 'a.txt'))?.status).toBe('failed');
    const later = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(later.code).toBe(1);
    expect(readFileSync(join(dir, 'out', 'a.txt.json'), 'utf8')).toBe('hand-written');
  });

  it('output names come from each input alone: a.txt and a.md never share one, whatever else is in the run', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), page());
    writeFileSync(join(dir, 'in', 'a.md'), page());
    const both = await runCli(['parse', 'in', '--ext', 'txt,md', '-o', 'out1'], { cwd: dir });
    expect(both.code).toBe(0);
    expect(readdirSync(join(dir, 'out1')).sort()).toEqual(['_manifest.ndjson', 'a.md.json', 'a.txt.json']);
    await runCli(['parse', join('in', 'a.md'), '--relative-to', 'in', '-o', 'out2'], { cwd: dir });
    expect(readdirSync(join(dir, 'out2')).sort()).toEqual(['_manifest.ndjson', 'a.md.json']);
    expect(outputName(['x', 'a:b.txt'])).toMatch(/^x\/a_b\.txt~[0-9a-f]{8}\.json$/);
    expect(outputName(['x', 'a_b.txt'])).toBe(join('x', 'a_b.txt.json'));
  });

  it('the journal is read a chunk at a time: a long line across chunks counts and is kept whole; a line over a megabyte is foreign', async () => {
    const { dir } = setup();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'a.txt.json'), 'an earlier output');
    writeFileSync(join(dir, 'out', 'b.txt.json'), 'not maqal\'s');
    // Arabic letters (two bytes each) after an odd number of bytes: chunk edges fall inside letters.
    const entry = (input: string, note: string) => JSON.stringify({ input, output: `${input}.json`, bytes: 1, encoding: 'utf-8', status: 'ok', warnings: 0, error: null, note });
    const longA = entry('a.txt', 'x' + 'مقال'.repeat(40_000));
    const longC = entry('c.txt', 'z' + 'مقال'.repeat(40_000));
    const foreign = entry('b.txt', 'y'.repeat(1_100_000));
    writeFileSync(join(dir, 'out', '_manifest.ndjson'), `${longA}\n${longC}\n${foreign}\n`);
    const r = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`maqal: ${join('in', 'b.txt')}: ${join('out', 'b.txt.json')} exists and was not written by maqal (use --force to replace it)\n`);
    expect(readFileSync(join(dir, 'out', 'a.txt.json'), 'utf8')).toContain('"title"');
    expect(readFileSync(join(dir, 'out', 'b.txt.json'), 'utf8')).toBe("not maqal's");
    const lines = readFileSync(join(dir, 'out', '_manifest.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(longC);
    expect(lines.slice(1).map((l) => (JSON.parse(l) as { input: string; status: string }).status)).toEqual(['ok', 'failed']);
  });
});

describe('runs that end badly, or run at once', () => {
  /** A corpus big enough that a run is still going when it is killed. */
  function big(dir: string): number {
    let n = 0;
    for (let k = 0; k < 40; k++) {
      mkdirSync(join(dir, 'in', `f${String(k).padStart(2, '0')}`), { recursive: true });
      for (const slug of ['seed-layout', 'no-chrome', 'opinion-column', 'related-mid-story']) {
        copyFileSync(join(FIXTURES, slug, 'input.txt'), join(dir, 'in', `f${String(k).padStart(2, '0')}`, `${slug}.txt`));
        n++;
      }
    }
    return n;
  }

  /** Starts a run and kills it with `signal` once some outputs exist; resolves to its exit code and signal. */
  async function killMidway(dir: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, 'parse', 'in', '-o', 'out'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(join(dir, 'out', 'f01'))) {
          clearInterval(poll);
          child.kill(signal);
          resolve();
        }
      }, 5);
    });
    return new Promise((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig, stderr })));
  }

  it.each(['SIGTERM', 'SIGHUP'] as const)('%s ends a batch like Ctrl-C: the manifest is written, exit 130, and --resume completes it', async (signal) => {
    const dir = tmp();
    const total = big(dir);
    const killed = await killMidway(dir, signal);
    expect(killed.code).toBe(130);
    expect(killed.stderr).toBe('');
    expect(entries(join(dir, 'out')).length).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'out', '_manifest.lock'))).toBe(false);
    const resumed = spawnSync(process.execPath, [BIN, 'parse', 'in', '-o', 'out', '--resume'], { cwd: dir, encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(entries(join(dir, 'out'))).toHaveLength(total);
  }, 60_000);

  it('after kill -9, the next run takes over the lock, adopts none but its own outputs, removes stray temporaries with --resume, and ends as one run would', async () => {
    const dir = tmp();
    const total = big(dir);
    const killed = await killMidway(dir, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    // The journal lists what was written before the kill; a stray temporary may be left.
    writeFileSync(join(dir, 'out', 'f00', 'stray.txt.json.0123456789ab.maqal-tmp'), 'half');
    const again = spawnSync(process.execPath, [BIN, 'parse', 'in', '-o', 'out', '--resume'], { cwd: dir, encoding: 'utf8' });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(existsSync(join(dir, 'out', 'f00', 'stray.txt.json.0123456789ab.maqal-tmp'))).toBe(false);
    const once = spawnSync(process.execPath, [BIN, 'parse', 'in', '-o', 'once'], { cwd: dir, encoding: 'utf8' });
    expect(once.status).toBe(0);
    const files = (d: string) => readdirSync(join(dir, d), { recursive: true }).map(String).filter((p) => p.endsWith('.json')).sort();
    expect(files('out')).toEqual(files('once'));
    expect(entries(join(dir, 'out'))).toHaveLength(total);
  }, 60_000);

  it('a second run on the same folder while the first is alive is refused, by pid', async () => {
    const { dir } = setup();
    mkdirSync(join(dir, 'out'));
    // A live process holds the lock: this test's own parent.
    writeFileSync(join(dir, 'out', '_manifest.lock'), `${process.ppid}\n`);
    const r = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`maqal: out: another maqal run (pid ${process.ppid}) is writing to this folder (_manifest.lock)\n`);
    expect(existsSync(join(dir, 'out', 'a.txt.json'))).toBe(false);
  });

  it('an output a killed run put in place before its manifest line is maqal\'s: the next run replaces it, and the journal keeps no "writing" line', async () => {
    const { dir } = setup();
    await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    // As if killed between the rename and the entry: the intent line is there, the entry is not.
    const manifest = join(dir, 'out', '_manifest.ndjson');
    const kept = readFileSync(manifest, 'utf8').split('\n').filter((l) => l && !l.includes('"output":"a.txt.json"'));
    writeFileSync(manifest, [...kept, '{"writing":"a.txt.json"}', ''].join('\n'));
    const r = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(manifest, 'utf8')).not.toContain('"writing"');
    expect(entries(join(dir, 'out')).map((e) => e.output).sort()).toEqual(['a.txt.json', 'b.txt.json']);
  });

  it('a torn last line of the manifest (a run killed while writing it) is ignored and never glued to the next', async () => {
    const { dir } = setup();
    await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    writeFileSync(join(dir, 'out', '_manifest.ndjson'), readFileSync(join(dir, 'out', '_manifest.ndjson'), 'utf8') + '{"input":"in/c.txt","outp');
    const r = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(entries(join(dir, 'out')).map((e) => e.input).sort()).toEqual([join('in', 'a.txt'), join('in', 'b.txt')]);
  });
});

describe('an output folder that cannot be written', () => {
  it('a manifest path that is a folder: one line, exit 1, nothing parsed', async () => {
    const { dir } = setup();
    mkdirSync(join(dir, 'out', '_manifest.ndjson'), { recursive: true });
    const r = await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: `maqal: ${join('out', '_manifest.ndjson')}: is a directory\n` });
    expect(existsSync(join(dir, 'out', 'a.txt.json'))).toBe(false);
  });

  it('a full disk: one line naming the folder, exit 1, and a manifest with no torn line', () => {
    if (process.getuid?.() !== 0) return;
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    // Pages big enough that a 64 KB disk fills after a few.
    const text = Array.from({ length: 6 }, () => page().toString('utf8')).join('\n');
    for (let k = 0; k < 20; k++) writeFileSync(join(dir, 'in', `p${String(k).padStart(2, '0')}.txt`), text);
    mkdirSync(join(dir, 'out'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', join(dir, 'out')]);
    if (mounted.status !== 0) return;
    try {
      const r = spawnSync(process.execPath, [BIN, 'parse', 'in', '-o', 'out'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('maqal: out: no space left on device\n');
      const lines = readFileSync(join(dir, 'out', '_manifest.ndjson'), 'utf8').split('\n');
      expect(lines.pop()).toBe('');
      for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
      expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('maqal-tmp'))).toEqual([]);
    } finally {
      spawnSync('umount', [join(dir, 'out')]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never leaves its lock behind after a failure', async () => {
    const { dir } = setup();
    mkdirSync(join(dir, 'out', '_manifest.ndjson'), { recursive: true });
    await runCli(['parse', 'in', '-o', 'out'], { cwd: dir });
    expect(() => lstatSync(join(dir, 'out', '_manifest.lock'))).toThrow();
  });
});

describe('random attacks on the output folder (the fuzzer, a few fixed seeds)', () => {
  it.each([1, 2, 3])('seed %i: nothing written outside, nothing planted replaced, no litter', async (seed) => {
    // @ts-expect-error: a plain .mjs script shared with npm run fuzz
    const { round } = (await import('../scripts/fuzz-outdir.mjs')) as { round: (seed: number) => Promise<string[]> };
    expect(await round(seed)).toEqual([]);
  }, 60_000);
});
