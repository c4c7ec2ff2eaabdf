/**
 * Dates on the command line: the `maqal date` filter, and the date options
 * of `parse` (`--timezone`, `--reference-time`, `--reference-field`,
 * `--month-first`), in-process and as a real process in a pipe.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const KEYS = ['text', 'date', 'iso', 'precision', 'calendar', 'hijri', 'offset', 'offsetSource', 'relative', 'orderAmbiguous', 'updated', 'warnings'];
const records = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('maqal date', () => {
  it('prints one object a line, with the same keys whether a date was found or not', async () => {
    const r = await runCli(['date'], { stdin: 'الأحد 19 مايو 2024 02:30 م\r\nلا تاريخ هنا\n\n١٥ مايو ٢٠٢٤\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = records(r.stdout);
    expect(out).toHaveLength(4);
    for (const o of out) expect(Object.keys(o)).toEqual(KEYS);
    expect(out.map((o) => o.iso)).toEqual(['2024-05-19T14:30', null, null, '2024-05-15']);
    expect(out[0]).toMatchObject({ text: 'الأحد 19 مايو 2024 02:30 م', hijri: '1445-11-11', calendar: 'gregory' });
  });

  it('splits publication and update dates into iso and updated', async () => {
    const r = await runCli(['date', '--reference-time', '2024-05-14T18:00:00+03:00'], { stdin: 'نشر في: 14/05/2024 - 09:12 | آخر تحديث: منذ 5 ساعات\n' });
    const [o] = records(r.stdout);
    expect(o).toMatchObject({ iso: '2024-05-14T09:12', updated: { iso: '2024-05-14T13:00:00+03:00', relative: true, offsetSource: 'reference' } });
  });

  it('gives times the offset of --timezone for their own day', async () => {
    const r = await runCli(['date', '--timezone', 'Africa/Cairo'], { stdin: '15 يناير 2024 14:00\n15 يوليو 2024 14:00\n' });
    expect(records(r.stdout).map((o) => o.iso)).toEqual(['2024-01-15T14:00:00+02:00', '2024-07-15T14:00:00+03:00']);
  });

  it('reads --month-first dates as month/day', async () => {
    const r = await runCli(['date', '--month-first'], { stdin: '06/07/2012\n' });
    expect(records(r.stdout)[0]).toMatchObject({ iso: '2012-06-07', orderAmbiguous: true });
  });

  it('is a usage error for a zone or a reference time it cannot read', async () => {
    const zone = await runCli(['date', '--timezone', 'Mars/Olympus'], { stdin: 'x\n' });
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/^maqal: unknown time zone 'Mars\/Olympus'\nusage: maqal date/);
    const ref = await runCli(['parse', '--reference-time', 'yesterday', 'fixtures/no-chrome/input.txt']);
    expect(ref.code).toBe(2);
    expect(ref.stderr).toContain("cannot read reference time 'yesterday'");
  });

  it('goes on past a file it cannot read, exit 1, the good file printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-date-'));
    writeFileSync(join(dir, 'a.txt'), '15 مايو 2024\n');
    const r = await runCli(['date', 'missing.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^maqal: missing\.txt: /);
    expect(records(r.stdout).map((o) => o.iso)).toEqual(['2024-05-15']);
  });

  it('ends quietly when the reader goes away, in a real pipe', () => {
    const lines = Array.from({ length: 200_000 }, (_, k) => `${(k % 28) + 1} مايو 2024`).join('\n');
    const r = spawnSync('sh', ['-c', 'node bin/maqal.js date | head -n 2'], { cwd: ROOT, input: lines, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
  });
});

describe('parse with dates', () => {
  it('puts dates and credits in the article, the raw date kept', async () => {
    const r = await runCli(['parse', 'fixtures/agency-dash-embedded-post/input.txt', '--timezone', 'Asia/Amman', '--reference-time', '2024-05-14T18:00:00+03:00']);
    const a = JSON.parse(r.stdout);
    expect(a.date).toBe('نشر في: 14/05/2024 - 09:12 | آخر تحديث: منذ 5 ساعات');
    expect(a.dates.published).toMatchObject({ iso: '2024-05-14T09:12:00+03:00', offsetSource: 'option' });
    expect(a.dates.updated).toMatchObject({ iso: '2024-05-14T13:00:00+03:00', relative: true });
    expect(a.credits).toEqual({ agencies: [{ id: 'Petra', text: 'بترا' }], outlet: null, place: 'عمان' });
  });

  it('resolves relative dates against each JSON Lines record\'s --reference-field', async () => {
    const text = readFileSync(join(ROOT, 'fixtures/captions-relative-time/input.txt'), 'utf8');
    const input = [
      JSON.stringify({ id: 'a', text, crawled: '2024-05-15T10:00:00Z' }),
      JSON.stringify({ id: 'b', text, crawled: '2024-06-01T23:30:00Z' }),
      JSON.stringify({ id: 'c', text }),
    ].join('\n');
    const r = await runCli(['parse', '--input', 'jsonl', '--reference-field', 'crawled', '-'], { stdin: input });
    expect(r.code).toBe(0);
    const dates = records(r.stdout).map((a) => (a.dates as { published: { iso: string | null } }).published.iso);
    expect(dates).toEqual(['2024-05-15T07:00:00+00:00', '2024-06-01T20:30:00+00:00', null]);
  });

  it('flags a date found only in the masthead', async () => {
    const dump = 'جريدة الأفق | رئيس التحرير: محمود سالم | الأربعاء 15 مايو 2024\n\nافتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة\n\nافتتح وزير الثقافة صباح اليوم معرض الكتاب في دورته الجديدة، بمشاركة أكثر من خمسمئة دار نشر من عشرين دولة.\n\nويستمر المعرض حتى نهاية الشهر الجاري.\n';
    const r = await runCli(['parse', '-'], { stdin: dump });
    const a = JSON.parse(r.stdout);
    expect(a.date).toBeNull();
    expect(a.dates).toMatchObject({ published: { iso: '2024-05-15', text: 'الأربعاء 15 مايو 2024' }, updated: null, masthead: true });
  });

  it('prefers the story\'s own date under the headline to the masthead date above it', async () => {
    const dump = 'الخميس 16 مايو 2024\n\nافتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة\n\nالأحد 12 مايو 2024 - 10:30 ص\n\nافتتح وزير الثقافة صباح اليوم معرض الكتاب في دورته الجديدة، بمشاركة أكثر من خمسمئة دار نشر من عشرين دولة.\n\nويستمر المعرض حتى نهاية الشهر الجاري.\n';
    const r = await runCli(['parse', '-'], { stdin: dump });
    const a = JSON.parse(r.stdout);
    expect(a.dates.published.iso).toBe('2024-05-12T10:30');
    expect(a.dates.masthead).toBe(false);
  });

  it('reads an ambiguous numeric date in the order the page\'s other dates prove', async () => {
    const page = (teaser: string) =>
      `افتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة\n\n06/07/2012\n\nافتتح وزير الثقافة صباح اليوم معرض الكتاب في دورته الجديدة، بمشاركة أكثر من خمسمئة دار نشر من عشرين دولة.\n\nأخبار ذات صلة\n• وزير الثقافة يفتتح مهرجان المسرح ${teaser}\n• انطلاق مهرجان الفيلم القصير في دورته الأولى\n`;
    const read = async (teaser: string) => JSON.parse((await runCli(['parse', '-'], { stdin: page(teaser) })).stdout).dates.published;
    expect(await read('5/25/2012')).toMatchObject({ iso: '2012-06-07', orderAmbiguous: false });
    expect(await read('25/5/2012')).toMatchObject({ iso: '2012-07-06', orderAmbiguous: false });
    expect(await read('')).toMatchObject({ iso: '2012-07-06', orderAmbiguous: true });
  });

  it('reads the date at the end of a byline line', async () => {
    const dump = 'افتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة\n\nكتب: أحمد علي - الأربعاء 15 مايو 2024 - 10:20 ص\n\nافتتح وزير الثقافة صباح اليوم معرض الكتاب في دورته الجديدة، بمشاركة أكثر من خمسمئة دار نشر من عشرين دولة.\n';
    const a = JSON.parse((await runCli(['parse', '-'], { stdin: dump })).stdout);
    expect(a.dates.published).toMatchObject({ iso: '2024-05-15T10:20', text: 'الأربعاء 15 مايو 2024 - 10:20 ص' });
  });

  it('does not read a byline naming اليوم السابع as today', async () => {
    const dump = 'افتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة\n\nكتب: أحمد علي - اليوم السابع\n\nافتتح وزير الثقافة صباح اليوم معرض الكتاب في دورته الجديدة، بمشاركة أكثر من خمسمئة دار نشر من عشرين دولة.\n';
    const r = await runCli(['parse', '--reference-time', '2024-05-15T10:00:00Z', '-'], { stdin: dump });
    expect(JSON.parse(r.stdout).dates).toEqual({ published: null, updated: null, masthead: false });
  });

  it('refuses a --markers agencies entry that is not ID=name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-markers-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ agencies: ['وكالة بلا رمز'] }));
    const r = await runCli(['parse', '--markers', join(dir, 'm.json'), 'fixtures/no-chrome/input.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"agencies" entries are ID=name');
  });

  it('documents dates and credits in the schema', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    expect(Object.keys(schema.properties.dates.properties)).toEqual(['published', 'updated', 'masthead']);
    expect(Object.keys(schema.properties.credits.properties)).toEqual(['agencies', 'outlet', 'place']);
  });
});
