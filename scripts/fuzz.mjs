#!/usr/bin/env node
// Fuzzing, bounded in time (needs a build: npm run build).
//
//   npm run fuzz                   about 60 seconds
//   npm run fuzz -- --seconds 20
//   npm run fuzz -- --seed 7       other mutants than the default run's (the same seed, the same mutants)
//
// 1. Adversarial inputs (very long lines, runs of spaces, thousands of markers in a
//    row, repeated bullets, huge runs of diacritics, glued tags, ...) must parse in
//    time linear in their size: each may take at most 10x the per-byte time of a
//    normal dump.
// 2. Mutated fixtures (byte flips, cut, shuffled and repeated lines, injected
//    markers and control characters) must parse without throwing, with every
//    non-empty line in exactly one block.
// 3. Random attacks on the output folder (scripts/fuzz-outdir.mjs) must write
//    nothing outside it, replace nothing maqal did not write, and leave no litter.
// Exits 1 on any failure, printing the input that failed.
import { readdirSync, readFileSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Parser } from '../dist/index.js';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 60;
const seedArg = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : NaN;
const deadline = Date.now() + seconds * 1000;
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((d) => existsSync(join(dir, d, 'input.txt')))
  .sort()
  .map((d) => readFileSync(join(dir, d, 'input.txt')));
const texts = fixtures.map((b) => b.toString('utf8').replace(/^\ufeff/, ''));
const parser = new Parser();
const encoder = new TextEncoder();
let failures = 0;

function fail(what, input) {
  failures++;
  const out = mkdtempSync(join(tmpdir(), 'maqal-fuzz-'));
  const file = join(out, 'input.bin');
  writeFileSync(file, input);
  console.error(`FAIL ${what} (input saved to ${file})`);
}

/** Parse time in nanoseconds per byte, best of `runs`. */
function nsPerByte(bytes, runs = 3) {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    parser.parseBytes(bytes, 'fuzz');
    best = Math.min(best, performance.now() - t0);
  }
  return (best * 1e6) / bytes.length;
}

// The yardstick: a normal dump, the fixtures one after another (about 1 MB).
const normal = encoder.encode(Array.from({ length: Math.ceil(1e6 / texts.join('\n').length) }, () => texts.join('\n\n')).join('\n\n'));
nsPerByte(normal, 2);
const baseline = nsPerByte(normal);
console.error(`baseline: ${baseline.toFixed(1)} ns/byte on a normal dump of ${(normal.length / 1e6).toFixed(1)} MB`);

const MB = 1 << 20;
const rep = (s, bytes) => s.repeat(Math.max(1, Math.ceil(bytes / encoder.encode(s).length)));
const word = 'المؤتمر ';
const cases = {
  'one 4 MB line of words': () => rep(word, 4 * MB),
  'a line with 2 MB of spaces in the middle': () => 'بداية' + ' '.repeat(2 * MB) + 'نهاية\n',
  'a line with 1 MB of tabs and NBSP': () => 'بداية' + '\t\u00a0'.repeat(MB / 2) + 'نهاية\n',
  'thousands of read-also markers in a row': () => rep('اقرأ أيضا:\n', 2 * MB),
  'thousands of related markers with one item each': () => rep('مقالات ذات صلة\n• عنوان خبر قصير هنا\n', 2 * MB),
  'marker, headline, paragraph, many times': () => rep('إقرأ أيضاً:\nعنوان خبر جديد عن الاقتصاد\nقال الوزير إن الاقتصاد ينمو بوتيرة جيدة هذا العام، وإن الصادرات ارتفعت.\n', 2 * MB),
  'deeply repeated bullets': () => rep('• • • • • • • • • • • • • • • • • • • •\n', MB) + rep('- - - - -\n', MB),
  'a line of 100k bullets': () => '•'.repeat(100000) + ' عنوان\n',
  'numbered lines': () => rep('1. عنوان خبر في قائمة مرقمة طويلة\n', 2 * MB),
  'huge run of diacritics': () => 'ب' + '\u064e\u0651\u0650'.repeat(MB / 2) + 'ت\n',
  'runs of tatweel, ZWNJ and RLM': () => rep('ـ\u200cـ\u200fـ', 2 * MB) + '\n',
  'a glued tag line of 200k words': () => 'كلمات دلالية: ' + rep('الأمين العام لمنظمة التعاون ', MB) + '\n',
  'a tag line with explicit separators': () => 'الوسوم: ' + rep('مصر، ', MB) + '\n',
  'a hashtag line': () => rep('#وسم_طويل ', MB) + '\n',
  'many short header lines and no paragraph': () => rep('عنوان قصير من أربع كلمات\n', 2 * MB),
  'a ticker of distinct headlines over one long paragraph': () => Array.from({ length: 20000 }, (_, i) => `عنوان خبر رقم ${i} عن موضوع مختلف تماما\n`).join('') + rep('في جلسته الأسبوعية مشروع الموازنة العامة للعام المقبل، ', MB) + '.\n',
  'many short header lines over one paragraph': () => rep('عنوان قصير من أربع كلمات\n', 2 * MB) + 'أقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة العامة للعام المقبل، بعجز يقل عن التوقعات السابقة بنحو نقطة مئوية.\n',
  'many title candidates with kickers': () => rep('في ختام الاجتماعات الطويلة\nعنوان رئيسي من ست كلمات هنا\n', 2 * MB),
  'many overlines above short headlines': () => rep('سطر علوي طويل يشرح خلفية الخبر وسياقه العام كما نشرته الصحف اليوم\nعنوان قصير من خمس كلمات\n', 2 * MB),
  'a spaced page of headlines under read-also markers': () => rep('اقرأ أيضا\n\nعنوان خبر آخر من خمس كلمات\n\nفقرة قصيرة تتحدث عن خبر آخر وتنتهي بنقطة.\n\n', 2 * MB),
  'many source lines': () => 'فقرة أولى طويلة بما يكفي لتكون فقرة في المتن، وفيها فاصلة.\n' + rep('المصدر: وكالة الأنباء\n', 2 * MB),
  'a long URL': () => 'https://example.org/' + 'a'.repeat(2 * MB) + '\n',
  'a long token with @ and dots': () => 'a@'.repeat(MB / 2) + '.b\n',
  'CR line ends only': () => rep('سطر قصير\r', 2 * MB),
  'dots and commas': () => '.'.repeat(MB) + '،'.repeat(MB / 2) + '\n',
  'an ESC sequence flood': () => rep('\u001b[31mنص\u001b[0m\u001b]0;عنوان\u0007', 2 * MB) + '\n',
  'Persian line with keheh and yeh': () => rep('این کتاب خوب است ', 2 * MB) + '\n',
  'presentation forms': () => rep('ﺍﻓﺘﺘﺎﺡ ﻣﻌﺮﺽ ﷺ ', 2 * MB) + '\n',
  'lines of dates': () => rep('الأحد 12 مارس 2023 - 10:45 ص\n', 2 * MB),
  'blank lines': () => '\n'.repeat(2 * MB),
  'one huge paragraph then a list': () => rep('جملة طويلة في فقرة واحدة، ', 2 * MB) + '\nمقالات مشابهة\n' + rep('• عنوان\n', MB / 4),
  // Every short line a pull quote's length, each under the same huge paragraph it could repeat.
  'one huge paragraph then lines of its words': () => rep('جملة طويلة في فقرة واحدة، ', MB) + '\n' + rep('جملة طويلة في فقرة واحدة جملة طويلة في فقرة\n', MB),
  // A read-also article before the story's tags: every paragraph of it weighed against the huge story above.
  'one huge paragraph then a long read-also article before the tags': () =>
    'عنوان الخبر الرئيسي عن المعرض\n' + rep('جملة طويلة في فقرة واحدة، ', MB) + '\nاقرأ أيضا\nارتفاع أسعار الورق يهدد صناعة النشر\n' +
    rep('تقول دور النشر إن ارتفاع أسعار الورق دفعها إلى تقليص عدد العناوين الجديدة ورفع الأسعار.\n', MB) + 'الوسوم: نشر، ثقافة\n',
  // A table of many rows inside the story, each row alone a date or a menu.
  'a table of many rows': () => 'عنوان الخبر الرئيسي عن الدوري\nفقرة أولى طويلة بما يكفي لتكون فقرة في المتن، وفيها فاصلة.\n' + rep('النجم | 10 | 8 | 1 | 1 | 25\n', 2 * MB),
  // Headline-and-teaser pairs, then a headline with a date under it again and again: each date looks back for a list.
  'teaser pairs then dated headlines': () =>
    'عنوان الخبر الرئيسي عن المعرض\n' + rep('عنوان قصير من خمس كلمات هنا\nفقرة قصيرة تتحدث عن خبر آخر وتنتهي بنقطة.\n', MB) + rep('عنوان قصير من خمس كلمات\nالأحد 12 مارس 2023\n', MB),
  // Source lines with a paragraph of the story under each: each asks whether the story goes on.
  'source lines each under a paragraph': () => 'عنوان الخبر الرئيسي عن المعرض\n' + rep('المصدر: وكالة الأنباء\nقال الوزير إن المعرض يضم مئات الكتب الجديدة، وإن الإقبال كبير هذا العام.\n', 2 * MB),
  // One read-also article with headline-shaped lines between its paragraphs: each asks whether it heads another article.
  'a read-also article with many subheadings': () =>
    'عنوان الخبر الرئيسي عن المعرض\nفقرة أولى طويلة بما يكفي لتكون فقرة في المتن، وفيها فاصلة.\nاقرأ أيضا\nارتفاع أسعار الورق يهدد صناعة النشر\n' +
    rep('أسعار الذهب تتراجع في الأسواق المحلية\nتراجعت أسعار الذهب في الأسواق المحلية اليوم بنحو ألف دينار للمثقال، متأثرة بالأسعار العالمية.\n', 2 * MB),
  // A header of named times under a widget label, then a headline: each time asks about the box line above.
  'a widget of named times': () => 'مواقيت الصلاة\n' + rep('العصر 15:12\n', MB) + 'عنوان الخبر الرئيسي عن المعرض\nفقرة أولى طويلة بما يكفي لتكون فقرة في المتن، وفيها فاصلة.\n',
  // Names beside dates and pictured persons, one after another in a header with no story: each is weighed as a date line or a caption.
  'names beside dates and pictured persons': () => rep('سلمى الحداد | 5 ديسمبر 2030\nالرئيس خلال لقائه الوزير\nعاجل\nانقطاع الكهرباء في ثلاثة أحياء بالعاصمة\n', MB),
  // Headline-shaped lines cut before a link's text, again and again, with no paragraph: each run's top is weighed as a wrapped headline.
  'runs of headline pieces and links with no paragraph': () => rep('\nوزير الخارجية يبحث مع نظيره سبل التعاون في\nمجال\nالطاقة المتجددة والنقل\n', 2 * MB),
  // Tags under a label alone, one a line, then glued on one line: the tag zone's lines.
  'a tag label over many lines': () => 'فقرة أولى طويلة بما يكفي لتكون فقرة في المتن، وفيها فاصلة.\nموضوعات\n' + rep('الموانئ النقل البحري الطاقة\n', MB),
  // A read-also article printed tight under its headline and date, in a story set apart by blank lines, before the
  // story's tags: each paragraph (each its own, not a repeated line) asks whether it still touches the box.
  'a tight read-also article in a spaced story before the tags': () =>
    'عنوان الخبر الرئيسي عن المكتبة\n\nافتتحت البلدية مكتبة عامة جديدة في وسط المدينة تضم آلاف الكتب.\n\nوقال رئيس البلدية إن المكتبة العامة ستفتح يوميا للطلاب.\n\nاقرأ أيضا\nمعرض للصور النادرة عن تاريخ الموانئ\n12 مارس 2023\nافتتح متحف البحر معرضا يضم ثلاثمئة صورة نادرة.\n' +
    Array.from({ length: 64000 }, (_, k) => `وقال مدير المكتبة العامة إن الطلاب سيجدون في المدينة قاعات للقراءة رقم ${k} طوال العام.\n`).join('') +
    '\nكلمات دلالية: المكتبة، البلدية\n',
  // Lists with one short line under one headline each.
  'lists with a lone short line': () => 'فقرة أولى طويلة بما يكفي لتكون فقرة في المتن، وفيها فاصلة.\n' + rep('مقالات ذات صلة\nعنوان خبر من أربع كلمات\nسطر قصير\nعنوان خبر آخر من أربع كلمات\n', 2 * MB),
};

let slowest = 0;
for (const [name, make] of Object.entries(cases)) {
  const bytes = encoder.encode(make());
  let ns;
  try {
    nsPerByte(bytes, 1);
    ns = nsPerByte(bytes, 2);
  } catch (err) {
    fail(`${name}: threw ${err.message}`, bytes);
    continue;
  }
  const ratio = ns / baseline;
  slowest = Math.max(slowest, ratio);
  const ok = ratio <= 10;
  if (!ok) fail(`${name}: ${ns.toFixed(1)} ns/byte is ${ratio.toFixed(1)}x the baseline`, bytes);
  console.error(`${ok ? 'ok  ' : 'SLOW'} ${ratio.toFixed(2).padStart(6)}x  ${(bytes.length / MB).toFixed(1).padStart(4)} MB  ${name}`);
}

// Mutated fixtures until the time is up.
const visible = (l) => l.replace(/[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '') !== '';
let seed = Number.isInteger(seedArg) && seedArg !== 0 ? seedArg | 0 : 0x2545f491;
const rand = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const inserts = ['إقرأ أيضاً:', 'مقالات مشابهة', '• ', 'المصدر: ', 'كلمات دلالية: ', 'الوسوم', '\u202e', '\u001b[2J', '\u0000', '\r', '\ufeff', 'ـــ', '#', '(أ ف ب)', 'كتب - '];
function mutate(buf) {
  let b = Buffer.from(buf);
  const kind = rand(6);
  if (kind === 0) for (let k = 0; k < 1 + rand(20); k++) b[rand(b.length)] = rand(256);
  else if (kind === 1) b = b.subarray(rand(b.length), b.length - rand(Math.max(1, b.length >> 2)));
  else {
    const lines = b.toString('utf8').split(/\r\n|\r|\n/);
    const out = [];
    for (const l of lines) {
      const r = rand(10);
      if (r === 0) continue;
      out.push(r === 1 ? inserts[rand(inserts.length)] + l : r === 2 ? l + inserts[rand(inserts.length)] : l);
      if (r === 3) out.push(lines[rand(lines.length)]);
    }
    if (kind === 3) out.sort(() => rand(3) - 1);
    b = Buffer.from(out.join(['\n', '\r\n', '\r'][rand(3)]));
  }
  return b;
}

let runs = 0;
while (Date.now() < deadline && failures < 5) {
  const input = mutate(fixtures[rand(fixtures.length)]);
  runs++;
  let result;
  try {
    result = parser.parseBytes(input, 'mutant');
  } catch (err) {
    fail(`mutant threw ${err.message}`, input);
    continue;
  }
  if (!result.ok) continue;
  // Decode as maqal does: NUL padding at the end is dropped (and reported).
  let end = input.length;
  if (result.analysis.article.warnings.some((w) => w.code === 'trailing-nul')) while (end > 0 && input[end - 1] === 0) end--;
  const text = new TextDecoder(result.analysis.article.input.encoding).decode(input.subarray(0, end)).replace(/^\ufeff/, '');
  const lines = text.split(/\r\n|\r|\n/);
  const seen = new Map();
  for (const blk of result.analysis.article.blocks) for (let n = blk.from; n <= blk.to; n++) seen.set(n, (seen.get(n) ?? 0) + 1);
  const bad = lines.findIndex((l, k) => visible(l) && seen.get(k + 1) !== 1);
  if (bad >= 0 && result.analysis.article.input.encoding === 'utf-8') fail(`mutant: line ${bad + 1} is not in exactly one block`, input);
}
console.error(`mutants: ${runs} parsed (seed ${seedArg || 0x2545f491}); slowest adversarial input ${slowest.toFixed(2)}x the baseline (limit 10x)`);

// 3. The output folder under attack: planted links, hand-written files, stale locks,
//    torn manifests, runs killed at random moments (scripts/fuzz-outdir.mjs).
const { round } = await import('./fuzz-outdir.mjs');
const outdirRounds = Math.max(3, Math.round(seconds / 6));
const seed0 = Date.now() % 1e6;
for (let k = 0; k < outdirRounds; k++) {
  const problems = await round(seed0 + k);
  if (problems.length) {
    failures++;
    console.error(`outdir fuzz failed, seed ${seed0 + k} (node scripts/fuzz-outdir.mjs --rounds 1 --seed ${seed0 + k}):\n  ${problems.join('\n  ')}`);
  }
}
console.error(`output folder: ${outdirRounds} rounds from seed ${seed0}`);
if (failures > 0) {
  console.error(`${failures} failure(s)`);
  process.exit(1);
}
console.error('fuzz passed');
