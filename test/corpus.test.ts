/**
 * For corpus builders: fingerprints that see through chrome and spelling
 * variants, quality signals checked against hand-computed values, fields
 * kept byte for byte from JSON Lines input, and the `-f record` shape.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintKeys, fingerprintWords, hammingDistance, splitStory } from '../src/corpus/fingerprint.js';
import { KeyFolder } from '../src/segment/lines.js';
import { duplicateNGramChars, storyStats as statsOf, topNGramChars, wordIds } from '../src/corpus/stats.js';
import { ARABIC_STOPWORDS } from '../src/corpus/stopwords.js';
import { qualityFlags } from '../src/corpus/quality.js';
import type { StoryStats } from '../src/corpus/stats.js';
import { RawJson, rawFields } from '../src/model/raw-json.js';
import { Parser } from '../src/parse.js';
import { runCli } from './helpers.js';

const folder = new KeyFolder();
const fold = (paragraphs: readonly string[]) => splitStory(paragraphs.map((p) => folder.key(p)));
const storyWords = (paragraphs: readonly string[]) => fold(paragraphs).words;
const storyStats = (paragraphs: string[]) => statsOf(paragraphs, fold(paragraphs));

// A story of our own, and the same story as other pages print it.
const STORY = [
  'أعلنت وزارة الزراعة، صباح اليوم، عن إطلاق برنامج وطني لدعم صغار المزارعين في المحافظات الجنوبية على مدى ثلاث سنوات.',
  'وقال الوزير إن البرنامج يتضمن توزيع البذور المحسنة والأسمدة بأسعار مدعومة، إلى جانب دورات تدريبية في أساليب الري الحديثة.',
  'وأضاف أن المرحلة الأولى ستشمل خمسة آلاف مزارع، على أن تتوسع في العام المقبل لتشمل محافظات أخرى.',
];
const HEADLINE = 'إطلاق برنامج وطني لدعم صغار المزارعين في الجنوب';
const page = (story: readonly string[], chrome: { top?: string[]; bottom?: string[] } = {}) =>
  [...(chrome.top ?? []), HEADLINE, '', ...story.flatMap((p) => [p, '']), ...(chrome.bottom ?? [])].join('\n') + '\n';
const fingerprintOf = (text: string) => new Parser({ fingerprint: true }).parse(text).fingerprint!;

describe('fingerprint', () => {
  const base = fingerprintOf(page(STORY));
  const variants: [string, string][] = [
    ['other chrome around it', page(STORY, { top: ['الرئيسية | أخبار | اقتصاد | رياضة', ''], bottom: ['شارك الخبر مع أصدقائك', '', 'جميع الحقوق محفوظة © 2024'] })],
    [
      'a related list after it',
      page(STORY, { bottom: ['أخبار ذات صلة', '• ارتفاع أسعار القمح في الأسواق العالمية', '• وزير الري يتفقد مشروعات التبطين', '', 'الكلمات المفتاحية: الزراعة، المزارعين'] }),
    ],
    ['ى written ي', page(STORY.map((p) => p.replace(/ى/g, 'ي')))],
    ['أ and إ written ا', page(STORY.map((p) => p.replace(/[أإ]/g, 'ا')))],
    ['ة written ه', page(STORY.map((p) => p.replace(/ة/g, 'ه')))],
    ['tatweel', page(STORY.map((p) => p.replace(/برنامج/g, 'بـرنـامـج')))],
    ['harakat', page(STORY.map((p) => p.replace(/الزراعة/g, 'الزِّرَاعَة')))],
    ['punctuation apart from the words', page(STORY.map((p) => p.replace(/،/g, ' ،')))],
  ];
  it.each(variants)('the same story with %s: same exact hash, SimHash within 3', (_name, text) => {
    const f = fingerprintOf(text);
    expect(f.exact).toBe(base.exact);
    expect(hammingDistance(f.simhash, base.simhash)).toBeLessThanOrEqual(3);
  });

  it('a story with one word changed: another exact hash, a near SimHash', () => {
    const f = fingerprintOf(page(STORY.map((p) => p.replace('خمسة آلاف', 'ستة آلاف'))));
    expect(f.exact).not.toBe(base.exact);
    expect(hammingDistance(f.simhash, base.simhash)).toBeLessThanOrEqual(12);
  });

  it('two different stories on the same topic are far apart', () => {
    const other = [
      'قررت وزارة الزراعة رفع سعر توريد القمح المحلي للموسم الجديد، في خطوة تهدف إلى تشجيع المزارعين على زيادة المساحات المزروعة.',
      'وأوضح المتحدث باسم الوزارة أن القرار جاء بعد دراسة تكاليف الإنتاج وأسعار الأسمدة والوقود خلال العام الماضي.',
      'ومن المنتظر أن يبدأ استلام المحصول من الشون والصوامع مطلع الشهر المقبل في جميع المحافظات.',
    ];
    const f = fingerprintOf(page(other));
    expect(hammingDistance(f.simhash, base.simhash)).toBeGreaterThan(10);
  });

  it('reads Arabic punctuation as a word boundary, where a whitespace tokenizer would glue it to the word', () => {
    // Trafilatura's SimHash drops tokens with punctuation attached; here `الزراعة،` is the word `الزراعه`.
    expect(storyWords(['وزارة الزراعة، صباح اليوم؛ «البرنامج»'])).toEqual(['وزاره', 'الزراعه', 'صباح', 'اليوم', 'البرنامج']);
    // And folds what datatrove's simplifier leaves apart: ى/ي and ة/ه.
    expect(storyWords(['على مدى الزراعة'])).toEqual(storyWords(['علي مدي الزراعه']));
  });

  it('is the same for a short story of fewer than five words, and empty for no story', () => {
    expect(fingerprintWords(['خبر', 'قصير'])).toEqual(fingerprintWords(['خبر', 'قصير']));
    expect(fingerprintWords([]).simhash).toBe('0000000000000000');
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('00000000000000f0', '0000000000000000')).toBe(4);
  });

  it('keeps its values from one version to the next, so that saved dedup tables stay valid', () => {
    const story = ['اعلنت الوزاره اطلاق برنامج وطني لدعم صغار المزارعين', 'وقال الوزير ان البرنامج يبدا الشهر المقبل'];
    expect(fingerprintKeys(story)).toEqual({ exact: 'c27b187e17085890', simhash: '536cb945310ca8bb' });
    expect(fingerprintKeys(['خبر قصير'])).toEqual({ exact: '64bf588ceb6a2e3d', simhash: 'eab5b91a363af7de' });
    expect(fingerprintKeys([])).toEqual({ exact: '92ca2f0eab3e7c0b', simhash: '0000000000000000' });
  });

  it('is the same read from the keys in place as from their words', () => {
    const word = fc.constantFrom('خبر', 'الوزاره', 'برنامج', 'a1', '2024', 'ش');
    const key = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 6 }), (keys) => {
        expect(fingerprintKeys(keys)).toEqual(fingerprintWords(splitStory(keys).words));
      }),
    );
  });

  it('is null unless asked for', () => {
    expect(new Parser().parse(page(STORY)).fingerprint).toBeNull();
    expect(new Parser().parse(page(STORY)).stats).toBeNull();
  });
});

describe('stats', () => {
  it('counts a small story as by hand', () => {
    // Two lines, the second a repeat of the first: 4 words each, 8 words, 12 word characters.
    const s = storyStats(['في البيت قطة صغيرة.', 'في البيت قطة صغيرة.']);
    expect(s).toMatchObject({
      words: 8,
      characters: 39,
      lines: 2,
      arabicLetterRatio: 1,
      latinLetterRatio: 0,
      persianLetters: 0,
      duplicateLineFraction: 0.5,
      duplicateLineCharFraction: Math.round((19 / 39) * 10000) / 10000,
      linesEndingInPunctuation: 1,
    });
    // Folded words: في(2) البيت(5) قطه(3) صغيره(5) twice: 30 characters, mean 3.75; one stopword (في) a line.
    expect(s.meanWordLength).toBe(3.75);
    expect(s.stopwordRatio).toBe(0.25);
    // The most frequent 2-gram appears twice (every 2-gram of the line does); the longest of them: `البيت قطه` (8 letters) x 2 = 16 of 30.
    expect(s.top2GramCharFraction).toBe(Math.round((16 / 30) * 10000) / 10000);
    // The 5-grams start at words 0 to 3, all different: the repeated line would need a 5-gram starting at 4.
    expect(s.duplicate5GramCharFraction).toBe(0);
  });

  it('measures repetition as Gopher does', () => {
    const w = 'ا ب ج د ه ا ب ج د ه ا ب ج د ه'.split(' ');
    // 5-grams: the walk sees ا..ه at 0, then each shift is new until position 5, where ا..ه repeats: 5 letters, jump to 10: 5 more.
    expect(duplicateNGramChars(wordIds(w).ids, wordIds(w).lengths, 5)).toBe(10);
    // The most frequent 2-gram `ا ب` occurs 3 times: 2 letters x 3.
    expect(topNGramChars(wordIds(w).ids, wordIds(w).lengths, 2)).toBe(6);
    expect(topNGramChars(wordIds(['ا', 'ب', 'ج']).ids, wordIds(['ا', 'ب', 'ج']).lengths, 2)).toBe(0);
  });

  it('tells scripts apart and counts Persian letters', () => {
    const s = storyStats(['کتاب پژوهش abc ١٢٣', '!!! 2024']);
    expect(s.persianLetters).toBe(3);
    // 12 letters: کتاب 4, پژوهش 5, abc 3 (digits are not letters).
    expect(s.latinLetterRatio).toBe(0.25);
    expect(s.nonAlphaWordRatio).toBe(Math.round((3 / 6) * 10000) / 10000);
    expect(s.linesEndingInPunctuation).toBe(0);
  });

  it('gives zeros, not NaN, for an empty story', () => {
    const s = storyStats([]);
    for (const v of Object.values(s)) expect(Number.isFinite(v)).toBe(true);
  });

  it('lists its stopwords as the fold of words writes them', () => {
    for (const w of ARABIC_STOPWORDS) expect(folder.key(w), w).toBe(w);
  });
});

describe('raw JSON fields', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['numbers as written', '{"id":12345678901234567890,"score":1.0,"n":-0.5e3}', { id: '12345678901234567890', score: '1.0', n: '-0.5e3' }],
    ['escapes kept', '{"url":"https://x.test/?q=\\u0041\\"b\\\\"}', { url: '"https://x.test/?q=\\u0041\\"b\\\\"' }],
    ['nested values and spaces', '{ "a" : { "b": [1, {"c": "}"}] } , "d":null }', { a: '{ "b": [1, {"c": "}"}] }', d: 'null' }],
    ['strings with braces and commas', '{"t":"a,b}c","u":true}', { t: '"a,b}c"', u: 'true' }],
    ['the last of a repeated key', '{"a":1,"a":2}', { a: '2' }],
  ];
  it.each(cases)('%s', (_name, line, want) => {
    expect(Object.fromEntries([...rawFields(line, '*')].map(([k, v]) => [k, v.raw]))).toEqual(want);
  });

  it('keeps only the fields named, and parses on demand', () => {
    const f = rawFields('{"id":7,"text":"x","url":"u"}', new Set(['url', 'missing']));
    expect([...f.keys()]).toEqual(['url']);
    expect(f.get('url')!.value).toBe('u');
    expect(JSON.stringify({ v: new RawJson('1.0') })).toBe('{"v":1}');
  });
});

describe('the command line for corpus builders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'maqal-corpus-'));
  const text = page(STORY, { bottom: ['اقرأ أيضا', HEADLINE.replace('الجنوب', 'الصعيد'), ...STORY.slice(0, 2).map((p) => p.replace('الجنوبية', 'الشمالية'))] });
  const line = `{"id":12345678901234567890,"url":"https://x.test/a?q=\\u0041","warc_date":"2024-05-15T10:00:00Z","score":1.0,"nested":{"k":[1,2]},"text":${JSON.stringify(text)}}`;
  writeFileSync(join(dir, 'shard.jsonl'), line + '\n');

  it('keeps the named fields byte for byte under meta, last', async () => {
    const r = await runCli(['parse', '--input', 'jsonl', '--keep-fields', 'url,score,nested,absent', 'shard.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(',"meta":{"url":"https://x.test/a?q=\\u0041","score":1.0,"nested":{"k":[1,2]}}}\n');
    expect(JSON.parse(r.stdout).input.path).toBe('12345678901234567890');
  });

  it("keeps every field but the dump with '*'", async () => {
    const r = await runCli(['parse', '--input', 'jsonl', '--keep-fields', '*', '-f', 'json', 'shard.jsonl'], { cwd: dir });
    const [a] = JSON.parse(r.stdout);
    expect(Object.keys(a.meta)).toEqual(['id', 'url', 'warc_date', 'score', 'nested']);
    expect(r.stdout).toContain('"score": 1.0');
  });

  it('writes -f record as { id, text, metadata } with the kept fields first', async () => {
    const r = await runCli(['parse', '--input', 'jsonl', '--keep-fields', 'url,warc_date', '-f', 'record', 'shard.jsonl'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!);
    expect(Object.keys(rec)).toEqual(['id', 'text', 'metadata']);
    expect(rec.id).toBe('12345678901234567890');
    expect(rec.text).toBe([HEADLINE, ...STORY].join('\n\n'));
    expect(Object.keys(rec.metadata).slice(0, 3)).toEqual(['url', 'warc_date', 'title']);
    expect(rec.metadata.fingerprint.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(rec.metadata.stats.words).toBeGreaterThan(40);
    expect(lines[0]).toContain('"url":"https://x.test/a?q=\\u0041"');
  });

  it('gives an embedded article its own record, with the page provenance and a fingerprint', async () => {
    const r = await runCli(['parse', '--input', 'jsonl', '--keep-fields', 'url', '--emit-embedded', '--fingerprint', 'shard.jsonl'], { cwd: dir });
    const [page_, embedded] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(embedded.input.path).toBe('12345678901234567890#related/0/0');
    expect(embedded.meta).toEqual({ url: 'https://x.test/a?q=A' });
    expect(embedded.fingerprint.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(page_.fingerprint.exact).not.toBe(embedded.fingerprint.exact);
  });

  it('refuses --keep-fields without JSON Lines input', async () => {
    const r = await runCli(['parse', '--keep-fields', 'url', 'fixtures/no-chrome/input.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--keep-fields copies fields of JSON Lines records');
  });
});

describe('quality preset fineweb2-arb', () => {
  const base: StoryStats = statsOf(STORY, fold(STORY));
  const flags = (change: Partial<StoryStats>, stops = 10) => qualityFlags('fineweb2-arb', { stats: { ...base, ...change }, presetStopwords: stops });
  const cases: [string, Partial<StoryStats>, number, string[]][] = [
    ['a story of 60 words with stopwords passes', { words: 60 }, 10, []],
    ['under 50 words', { words: 49 }, 10, ['gopher_short_doc']],
    ['a mean word length over 9', { words: 60, meanWordLength: 9.5 }, 10, ['gopher_above_avg_threshold']],
    ['a mean word length under 2', { words: 60, meanWordLength: 1.9 }, 10, ['gopher_below_avg_threshold']],
    ['a quarter of the tokens without a letter', { words: 60, nonAlphaWordRatio: 0.25 }, 10, ['gopher_below_alpha_threshold']],
    ['one stopword', { words: 60 }, 1, ['gopher_enough_stop_words']],
    ['a third of the lines repeated', { words: 60, duplicateLineFraction: 0.34 }, 10, ['dup_line_frac']],
    ['a dominant 2-gram', { words: 60, top2GramCharFraction: 0.2 }, 10, ['top_2_gram']],
    ['repeated 5-grams and 10-grams', { words: 60, duplicate5GramCharFraction: 0.17, duplicate10GramCharFraction: 0.11 }, 10, ['duplicated_5_n_grams', 'duplicated_10_n_grams']],
    ['lines without final punctuation', { words: 60, linesEndingInPunctuation: 0.1 }, 10, ['line_punct_ratio']],
    ['a list: many lines for its words', { words: 60, lines: 13 }, 10, ['list_ratio']],
  ];
  it.each(cases)('%s', (_name, change, stops, want) => {
    expect(flags(change, stops)).toEqual(want);
  });

  it('flags a short repetitive page and passes a story, on the command line; --drop-flagged leaves the first out', async () => {
    const spam = ['عرض خاص عرض خاص عرض خاص', 'عرض خاص عرض خاص عرض خاص', 'عرض خاص عرض خاص عرض خاص'].join('\n\n');
    const dir = mkdtempSync(join(tmpdir(), 'maqal-quality-'));
    writeFileSync(join(dir, 'spam.txt'), spam + '\n');
    const more = [
      'وأشار إلى أن الوزارة خصصت خطا ساخنا لتلقي طلبات المزارعين والرد على استفساراتهم طوال أيام الأسبوع.',
      'ورحب ممثلو الجمعيات الزراعية بالبرنامج، مطالبين بتوسيعه ليشمل مربي الماشية والدواجن في القرى النائية.',
    ];
    writeFileSync(join(dir, 'story.txt'), page([...STORY, ...more]));
    const r = await runCli(['parse', '--quality-preset', 'fineweb2-arb', 'spam.txt', 'story.txt'], { cwd: dir });
    const [a, b] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(a.qualityFlags).toEqual(expect.arrayContaining(['gopher_short_doc', 'gopher_enough_stop_words', 'line_punct_ratio']));
    expect(b.qualityFlags).toEqual([]);
    const dropped = await runCli(['parse', '--quality-preset', 'fineweb2-arb', '--drop-flagged', 'spam.txt', 'story.txt'], { cwd: dir });
    expect(dropped.code).toBe(0);
    expect(dropped.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).input.path)).toEqual(['story.txt']);
    const lone = await runCli(['parse', '--drop-flagged', 'story.txt'], { cwd: dir });
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('--drop-flagged needs --quality-preset');
  });

  it('refuses a preset it does not know', () => {
    expect(() => new Parser({ quality: 'c4' as never })).toThrow(TypeError);
  });
});
