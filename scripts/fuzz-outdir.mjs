#!/usr/bin/env node
// Fuzzing the output folder (needs a build: npm run build).
//
//   node scripts/fuzz-outdir.mjs [--rounds N] [--seed S]     (npm run fuzz runs it too)
//
// Each round builds a random input tree (files with odd names, links out of the
// tree, loops, named pipes, binary files) and a random output folder already
// holding things (hand-written files where outputs go, links to a victim folder
// outside, a stale lock, a torn manifest), runs `maqal parse IN -o OUT`, kills it
// at a random moment or not, runs `--resume` to the end, and checks:
//   - nothing outside OUT changed (the victim folder and file are byte for byte the same);
//   - nothing in OUT that the manifest did not list was replaced (hand-written files, links);
//   - every output a clean run writes is there with the same bytes, unless a
//     planted file or link blocks it;
//   - no temporary file and no lock is left.
// Exits 1 on a failure, printing the seed that reproduces it.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin', 'maqal.js');
const FIXTURES = join(root, 'fixtures');

/** A small seeded generator (mulberry32): a failing seed reproduces its round. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every entry under a folder: relative path to file bytes (as hex), link target or 'dir'. */
function snapshot(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      const rel = relative(dir, p);
      if (st.isSymbolicLink()) out[rel] = `link:${readlinkSync(p)}`;
      else if (st.isDirectory()) {
        out[rel] = 'dir';
        walk(p);
      } else if (st.isFile()) out[rel] = readFileSync(p).toString('hex');
      else out[rel] = 'special';
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const NAMES = ['a', 'b c', 'خبر', 'd:e', 'f\u200fg', 'long'.repeat(60), 'x.md', '.hidden'];

/** One round; resolves to a list of broken invariants (empty when all hold). */
export async function round(seed) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const base = mkdtempSync(join(tmpdir(), 'maqal-fuzz-outdir-'));
  const slugs = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'input.txt')));
  const problems = [];
  try {
    // The victim outside every folder maqal is given.
    mkdirSync(join(base, 'victim'));
    writeFileSync(join(base, 'victim', 'keep.txt'), 'victim');
    writeFileSync(join(base, 'secret.txt'), 'secret');
    // The input tree.
    const files = 5 + Math.floor(random() * 25);
    for (let k = 0; k < files; k++) {
      const folder = join(base, 'in', ...Array.from({ length: Math.floor(random() * 3) }, () => pick(['s1', 's2', 'عربي'])));
      mkdirSync(folder, { recursive: true });
      copyFileSync(join(FIXTURES, pick(slugs), 'input.txt'), join(folder, `${pick(NAMES)}${k}.txt`));
    }
    if (random() < 0.5) symlinkSync(join(base, 'secret.txt'), join(base, 'in', 'link-out.txt'));
    if (random() < 0.3) symlinkSync(join(base, 'in'), join(base, 'in', 'loop'));
    if (random() < 0.3) writeFileSync(join(base, 'in', 'binary.txt'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3]));
    if (random() < 0.3) spawnSync('mkfifo', [join(base, 'in', 'pipe.txt')]);

    // A clean run, for reference.
    spawnSync(process.execPath, [BIN, 'parse', 'in', '-o', 'ref'], { cwd: base });
    const ref = snapshot(join(base, 'ref'));
    const outputs = Object.keys(ref).filter((p) => p.endsWith('.json') && p !== '_manifest.ndjson');

    // The output folder, already holding things maqal did not write.
    const out = join(base, 'out');
    mkdirSync(out);
    const planted = new Set();
    for (const o of outputs) {
      const r = random();
      const at = join(out, o);
      mkdirSync(join(at, '..'), { recursive: true });
      if (r < 0.1) {
        writeFileSync(at, 'hand-written');
        planted.add(o);
      } else if (r < 0.15) {
        symlinkSync(join(base, 'secret.txt'), at);
        planted.add(o);
      }
    }
    if (random() < 0.3) {
      // A folder link in the output tree, pointing at the victim folder.
      const folders = [...new Set(outputs.map((o) => o.split('/').slice(0, -1).join('/')).filter(Boolean))];
      if (folders.length) {
        const f = pick(folders);
        rmSync(join(out, f), { recursive: true, force: true });
        symlinkSync(join(base, 'victim'), join(out, f));
        for (const o of outputs) if (o.startsWith(f + '/')) planted.add(o);
      }
    }
    if (random() < 0.3) writeFileSync(join(out, '_manifest.lock'), '999999\n');
    if (random() < 0.3) writeFileSync(join(out, '_manifest.ndjson'), '{"input":"x","outp');
    const before = snapshot(out);

    // A run, killed at a random moment (or not), then --resume to the end.
    if (random() < 0.6) {
      const child = spawn(process.execPath, [BIN, 'parse', 'in', '-o', 'out'], { cwd: base, stdio: 'ignore' });
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 400)));
      child.kill(pick(['SIGKILL', 'SIGTERM', 'SIGINT']));
      await closed;
    }
    spawnSync(process.execPath, [BIN, 'parse', 'in', '-o', 'out', '--resume'], { cwd: base, timeout: 60_000 });

    // The invariants.
    const after = snapshot(out);
    if (readFileSync(join(base, 'secret.txt'), 'utf8') !== 'secret') problems.push('a file outside the output folder was written');
    const victim = snapshot(join(base, 'victim'));
    if (JSON.stringify(victim) !== JSON.stringify({ 'keep.txt': Buffer.from('victim').toString('hex') })) problems.push(`the victim folder changed: ${JSON.stringify(Object.keys(victim))}`);
    for (const [p, v] of Object.entries(before)) {
      if (p === '_manifest.ndjson' || p === '_manifest.lock' || v === 'dir') continue;
      if (after[p] !== v) problems.push(`${p} was planted and changed`);
    }
    for (const o of outputs) {
      if (planted.has(o)) continue;
      if (after[o] !== ref[o]) problems.push(`${o} differs from a clean run`);
    }
    for (const p of Object.keys(after)) {
      if (p.endsWith('.maqal-tmp')) problems.push(`temporary file left: ${p}`);
      if (p === '_manifest.lock') problems.push('lock left');
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const rounds = Number(args[args.indexOf('--rounds') + 1]) || 20;
  const seed0 = Number(args[args.indexOf('--seed') + 1]) || Date.now() % 1e6;
  let failed = 0;
  for (let k = 0; k < rounds; k++) {
    const problems = await round(seed0 + k);
    if (problems.length) {
      failed++;
      console.error(`FAIL seed ${seed0 + k}:\n  ${problems.join('\n  ')}`);
    }
  }
  console.error(`outdir fuzz: ${rounds} rounds from seed ${seed0}, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
