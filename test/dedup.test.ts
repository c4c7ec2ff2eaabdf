/**
 * Copies across a corpus: the banded index finds every SimHash within the
 * distance (property over random hashes and flips), the first copy is the
 * earliest, and `maqal dedup count | merge | apply` over shards gives what
 * one run gives; an embedded read-also article is found as a copy of the
 * same article published on its own page.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopyFinder, EMPTY_STORY } from '../src/corpus/dedup.js';
import { hammingDistance } from '../src/corpus/fingerprint.js';
import { runCli } from './helpers.js';

const hex = (hi: number, lo: number) => (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
/** A SimHash with the given bit positions (0 is the top bit) flipped. */
const flip = (h: string, bits: readonly number[]) => {
  let hi = Number.parseInt(h.slice(0, 8), 16);
  let lo = Number.parseInt(h.slice(8), 16);
  for (const b of bits) {
    if (b < 32) hi ^= 1 << (31 - b);
    else lo ^= 1 << (63 - b);
  }
  return hex(hi, lo);
};
const exactOf = (k: number) => hex(0, k + 1);

describe('the banded index', () => {
  it('finds every earlier first copy within the distance, and none beyond it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.tuple(fc.integer(), fc.integer()),
        fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 12 }),
        (d, [hi, lo], bits) => {
          const finder = new CopyFinder(d);
          const a = hex(hi, lo);
          const b = flip(a, bits);
          expect(finder.add(exactOf(0), a)).toBe(0);
          expect(finder.add(exactOf(1), b)).toBe(bits.length <= d ? 0 : 1);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('takes the earliest first copy, and an exact copy whatever its SimHash', () => {
    const f = new CopyFinder(3);
    const a = 'f0f0f0f0f0f0f0f0';
    expect(f.add(exactOf(0), a)).toBe(0);
    expect(f.add(exactOf(1), flip(a, [0, 1, 2, 3, 4, 5, 6, 7]))).toBe(1); // 8 bits: a story of its own
    expect(f.add(exactOf(2), flip(a, [40]))).toBe(0);
    expect(f.add(exactOf(1), '0000000000000000')).toBe(1); // the same words as record 1
    expect(f.first).toEqual([0, 1, 0, 1]);
    expect(f.clusterSizes()).toEqual([2, 2, 2, 2]);
  });

  it('never groups empty stories', () => {
    const f = new CopyFinder();
    expect(f.add(EMPTY_STORY, '0000000000000000')).toBe(-1);
    expect(f.add(EMPTY_STORY, '0000000000000000')).toBe(-1);
    expect(f.clusterSizes()).toEqual([1, 1]);
  });

  it('refuses a distance it cannot index', () => {
    expect(() => new CopyFinder(9)).toThrow(RangeError);
    expect(() => new CopyFinder(-1)).toThrow(RangeError);
  });

  it('groups 50,000 records around 5,000 stories, each copy a few bits off', () => {
    const f = new CopyFinder(3);
    let seed = 1;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const bases = Array.from({ length: 5000 }, () => hex(rand(), rand()));
    for (let k = 0; k < 50_000; k++) f.add(hex(k, rand()), flip(bases[k % 5000]!, [rand() % 64]));
    expect(new Set(f.first).size).toBe(5000);
  });
});

describe('maqal dedup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'maqal-dedup-'));
  const story = [
    'افتتح وزير الصحة اليوم مستشفى جديدا في مدينة الأقصر بسعة مئتي سرير، يضم أقساما للطوارئ والعناية المركزة وجراحة القلب.',
    'وقال الوزير إن المستشفى يخدم أكثر من مليون مواطن في المحافظة والمحافظات المجاورة، وإن العمل فيه يبدأ الأسبوع المقبل.',
  ];
  const headline = 'افتتاح مستشفى جديد في الأقصر بسعة مئتي سرير';
  // A page with that story embedded under a read-also label, and the story on a page of its own.
  const host = [
    'الحكومة تعلن خطة لتطوير الطرق في الصعيد',
    '',
    'أعلنت الحكومة اليوم خطة شاملة لتطوير شبكة الطرق في محافظات الصعيد خلال السنوات الثلاث المقبلة، بتكلفة تتجاوز عشرة مليارات.',
    '',
    'وتشمل الخطة إنشاء طرق جديدة ورفع كفاءة الطرق القائمة وإقامة جسور على النيل.',
    '',
    'اقرأ أيضا',
    headline,
    ...story,
  ].join('\n');
  const own = [headline, '', ...story.flatMap((p) => [p, '']), 'شارك الخبر على فيسبوك'].join('\n');
  // Another story on the same topic.
  const other = [
    'وزير الصحة يتفقد مستشفى الأقصر العام',
    '',
    'تفقد وزير الصحة مستشفى الأقصر العام وتابع سير العمل في أقسام الاستقبال والعيادات الخارجية، ووجه بزيادة عدد الأطباء المناوبين.',
    '',
    'واستمع الوزير إلى شكاوى عدد من المرضى، وأمر بحلها خلال أسبوع.',
  ].join('\n');
  const records = (text: string, id: string) => JSON.stringify({ id, text });
  writeFileSync(join(dir, 'shard-1.jsonl'), [records(host, 'host'), records(other, 'other')].join('\n') + '\n');
  writeFileSync(join(dir, 'shard-2.jsonl'), [records(own, 'own'), records(own.replace(/ى /g, 'ي '), 'own-copy')].join('\n') + '\n');

  const run = async (argv: string[], stdin?: string) => runCli(argv, { cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });

  it('finds an embedded read-also article and the same article on its own page, across shards', async () => {
    for (const k of [1, 2]) {
      const parsed = await run(['parse', '--input', 'jsonl', '--emit-embedded', '-f', 'record', `shard-${k}.jsonl`]);
      expect(parsed.code).toBe(0);
      writeFileSync(join(dir, `records-${k}.jsonl`), parsed.stdout);
      const table = await run(['dedup', 'count', `records-${k}.jsonl`]);
      expect(table.code).toBe(0);
      writeFileSync(join(dir, `table-${k}.jsonl`), table.stdout);
    }
    const merged = await run(['dedup', 'merge', 'table-1.jsonl', 'table-2.jsonl']);
    writeFileSync(join(dir, 'table.jsonl'), merged.stdout);
    // Merged shard tables are the table of one pass.
    const onePass = await run(['dedup', 'count'], readFileSync(join(dir, 'records-1.jsonl'), 'utf8') + readFileSync(join(dir, 'records-2.jsonl'), 'utf8'));
    expect(merged.stdout).toBe(onePass.stdout);

    const applied = [1, 2].map(async (k) => (await run(['dedup', 'apply', '--table', 'table.jsonl', `records-${k}.jsonl`])).stdout);
    const sharded = (await Promise.all(applied)).join('');
    writeFileSync(join(dir, 'records.jsonl'), readFileSync(join(dir, 'records-1.jsonl'), 'utf8') + readFileSync(join(dir, 'records-2.jsonl'), 'utf8'));
    const single = await run(['dedup', 'apply', 'records.jsonl']);
    expect(single.code).toBe(0);
    // Apply over shards equals one run.
    expect(sharded).toBe(single.stdout);
    const marks = Object.fromEntries(
      single.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((r) => [r.id, [r.dupOf, r.clusterSize]]),
    );
    expect(marks).toEqual({
      host: [null, 1],
      'host#related/0/0': [null, 3],
      other: [null, 1],
      own: ['host#related/0/0', 3],
      'own-copy': ['host#related/0/0', 3],
    });
    const drop = await run(['dedup', 'apply', '--drop', 'records.jsonl']);
    expect(drop.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['host', 'host#related/0/0', 'other']);
  });

  it('keeps each record byte for byte, the two fields added at its end', async () => {
    const line = readFileSync(join(dir, 'records-1.jsonl'), 'utf8').split('\n')[0]!;
    const out = (await run(['dedup', 'apply', '--table', 'table.jsonl', '-'], line + '\n')).stdout;
    expect(out).toBe(`${line.slice(0, -1)},"dupOf":null,"clusterSize":1}\n`);
  });

  it('says which record has no fingerprint, and goes on', async () => {
    const plain = (await run(['parse', '--input', 'jsonl', 'shard-1.jsonl'])).stdout;
    const r = await run(['dedup', 'count', '-'], plain);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^maqal: -:1: no fingerprint \(parse with --fingerprint or -f record\)\n/);
    expect(r.stdout).toBe('{"maqal":"dedup-table","version":1}\n');
  });

  it('refuses a table that is not one, and a distance it cannot index', async () => {
    writeFileSync(join(dir, 'bad.jsonl'), '{"maqal":"chrome"}\n');
    const bad = await run(['dedup', 'apply', '--table', 'bad.jsonl', 'records.jsonl']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.jsonl: not a dedup table');
    const far = await run(['dedup', 'apply', '--max-distance', '12', 'records.jsonl']);
    expect(far.code).toBe(2);
    const stdin = await run(['dedup', 'apply', '-'], '');
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('give files, not stdin');
  });

  it('computes fingerprints that tell the copies from the other story', () => {
    const recs = readFileSync(join(dir, 'records.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const byId = Object.fromEntries(recs.map((r) => [r.id, r.metadata.fingerprint.simhash as string]));
    expect(hammingDistance(byId.own!, byId['host#related/0/0']!)).toBeLessThanOrEqual(3);
    expect(hammingDistance(byId.own!, byId.other!)).toBeGreaterThan(3);
  });
});
