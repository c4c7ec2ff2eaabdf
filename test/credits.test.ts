/**
 * Wire agencies by id and the credits of an article: every spelling in the
 * table, the ways pages write them (dotted, glued, in brackets, after و),
 * datelines of every shape, a user's own agencies, and the dev corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCY_TABLE, AgencyFinder } from '../src/meta/agencies.js';
import { Parser } from '../src/parse.js';
import { ROOT } from './helpers.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const finder = new AgencyFinder();
const ids = (text: string) => finder.find(text).map((a) => a.id);

describe('agency names', () => {
  const every = AGENCY_TABLE.flatMap((e) => e.names.map((n) => [n, e.id] as const));
  it.each(every)('%s is %s', (name, id) => {
    expect(ids(name)).toEqual([id]);
  });

  const written: [string, string[]][] = [
    ['أ.ف.ب', ['AFP']],
    ['(أ ف ب)', ['AFP']],
    ['أفب', ['AFP']],
    ['ا ف ب', ['AFP']],
    ['afp', ['AFP']],
    ['ورويترز', ['Reuters']],
    ['أ ش أ، أ ف ب، رويترز', ['MENA', 'AFP', 'Reuters']],
    ['رويترز وأ ف ب ورويترز', ['Reuters', 'AFP']],
    ['(واس) وكالة الأنباء السعودية', ['SPA']],
    ['د.ب.أ', ['dpa']],
    ['و م ع', ['MAP']],
    ['كونا وقنا وبنا', ['KUNA', 'QNA', 'BNA']],
    // Short names spelled out letter by letter, dotted or spaced.
    ['و.أ.ج', ['APS']],
    ['(و.ا.س)', ['SPA']],
    ['ق ن ا', ['QNA']],
    ['الجزائر – و.أ.ج', ['APS']],
    // A single letter is never an agency; neither are ordinary words.
    ['أ', []],
    ['كتب محمد علي', []],
  ];
  it.each(written)('%s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it('gives the name as written', () => {
    expect(finder.find('القاهرة - (أ.ش.أ)')).toEqual([{ id: 'MENA', text: 'أ.ش.أ' }]);
  });
});

describe('credits', () => {
  const cases: [string | null, string | null, string | null, { agencies: string[]; outlet: string | null; place: string | null }][] = [
    [null, 'جدة - واس', null, { agencies: ['SPA'], outlet: null, place: 'جدة' }],
    [null, 'عمان - بترا', null, { agencies: ['Petra'], outlet: null, place: 'عمان' }],
    [null, 'واشنطن (رويترز)', null, { agencies: ['Reuters'], outlet: null, place: 'واشنطن' }],
    [null, 'دبي، 10 مارس (وام)', null, { agencies: ['WAM'], outlet: null, place: 'دبي' }],
    [null, 'القاهرة /أ ش أ', null, { agencies: ['MENA'], outlet: null, place: 'القاهرة' }],
    [null, 'الطائف في 7 يونيو /أ ش أ', null, { agencies: ['MENA'], outlet: null, place: 'الطائف' }],
    [null, 'الدوحة - أ ش أ-النهار الرقمية', null, { agencies: ['MENA'], outlet: 'النهار الرقمية', place: 'الدوحة' }],
    [null, 'لندن - “القدس العربي”', null, { agencies: [], outlet: 'القدس العربي', place: 'لندن' }],
    [null, '«الأفق» - واس', null, { agencies: ['SPA'], outlet: 'الأفق', place: null }],
    [null, 'الشارقة - قناة الخليج اليوم', null, { agencies: [], outlet: 'قناة الخليج اليوم', place: 'الشارقة' }],
    [null, 'تبوك، الساحل الإخباري', null, { agencies: [], outlet: 'الساحل الإخباري', place: 'تبوك' }],
    [null, 'طهران', null, { agencies: [], outlet: null, place: 'طهران' }],
    // A numeric date between the place and the agency: neither place nor outlet.
    [null, 'الكويت - 10 - 3 (كونا)', null, { agencies: ['KUNA'], outlet: null, place: 'الكويت' }],
    // The outlet first, named so by its last or first word, the place after it.
    [null, 'سكاي نيوز عربية - أبوظبي', null, { agencies: [], outlet: 'سكاي نيوز عربية', place: 'أبوظبي' }],
    [null, 'الخليج الإخبارية - الدوحة', null, { agencies: [], outlet: 'الخليج الإخبارية', place: 'الدوحة' }],
    [null, 'جريدة الأفق - بيروت', null, { agencies: [], outlet: 'جريدة الأفق', place: 'بيروت' }],
    ['رويترز، أ ف ب', null, null, { agencies: ['Reuters', 'AFP'], outlet: null, place: null }],
    ['صحيفة الاقتصاد اليوم', null, null, { agencies: [], outlet: 'صحيفة الاقتصاد اليوم', place: null }],
    ['رويترز', 'بيروت - خاص', 'مراسلنا', { agencies: ['Reuters'], outlet: 'خاص', place: 'بيروت' }],
    [null, null, 'كتب: سامي علي - د ب أ', { agencies: ['dpa'], outlet: null, place: null }],
    [null, null, null, { agencies: [], outlet: null, place: null }],
    // A date right after the place, with no في before it, is no part of the place.
    [null, 'عمان 7 كانون الأول (بترا)', null, { agencies: ['Petra'], outlet: null, place: 'عمان' }],
  ];
  it.each(cases)('source %s, dateline %s, byline %s', (source, dateline, byline, want) => {
    const c = finder.credits(source, dateline, byline);
    expect({ agencies: c.agencies.map((a) => a.id), outlet: c.outlet, place: c.place }).toEqual(want);
  });

  it.each([
    ['القاهرة/أ ش أ/ بحث وزير الري اليوم مع نظيره السوداني ملف المياه المشتركة بين البلدين في اتصال هاتفي.', 'القاهرة /أ ش أ', 'القاهرة'],
    ['الطائف في 7 يونيو /أ ش أ/ قال الأمين العام للمنظمة إن الاجتماع المقبل سيعقد في موعده المحدد.', 'الطائف في 7 يونيو /أ ش أ', 'الطائف'],
    // One slash, the agency, then a colon.
    ['القاهرة/ أ ش أ: قال الأمين العام للمنظمة إن الاجتماع المقبل سيعقد في موعده المحدد.', 'القاهرة /أ ش أ', 'القاهرة'],
  ])('reads the wire copy dateline with the agency between slashes: %s', (paragraph, dateline, place) => {
    const a = new Parser().parse(`عنوان الخبر عن اجتماع المنظمة في دورتها الجديدة\n\n${paragraph}\n`);
    expect(a.dateline).toBe(dateline);
    expect(a.credits).toEqual({ agencies: [{ id: 'MENA', text: 'أ ش أ' }], outlet: null, place });
    // A slash between words that are no agency is no dateline.
    expect(new Parser().parse(`عنوان الخبر عن اجتماع المنظمة في دورتها الجديدة\n\nالقاهرة/الجيزة/ شهدت المحافظتان أمطارا غزيرة اليوم مع انخفاض في درجات الحرارة.\n`).credits.agencies).toEqual([]);
  });

  it.each([
    ['دبي: أطلقت هيئة الطرق خدمة جديدة لحجز مواقف السيارات عبر الهاتف في المناطق التجارية.', 'دبي'],
    ['رام الله: أعلنت وزارة الصحة بدء حملة لتطعيم الأطفال في المدارس الحكومية الأسبوع المقبل.', 'رام الله'],
    ['الدار البيضاء: افتتح الميناء محطة جديدة للحاويات بطاقة استيعابية تبلغ مليون حاوية سنويا.', 'الدار البيضاء'],
    // A word that names no city before the colon, a city before a figure, a city's name that is a common word too: no dateline.
    ['ملاحظة: يغلق المعرض أبوابه يوم الجمعة للصيانة الدورية ويعود للعمل السبت.', null],
    ['القاهرة: 30 درجة مئوية والطقس مشمس اليوم في العاصمة وما حولها.', null],
    ['صور: مئات الزوار يتوافدون على المعرض الدولي للزهور في يومه الأول.', null],
  ])('reads a city alone before a colon as a dateline, and only a city: %s', (paragraph, dateline) => {
    expect(new Parser().parse(`عنوان الخبر عن المدينة وأحوالها هذا الأسبوع\n\n${paragraph}\n`).dateline).toBe(dateline);
  });

  it('reads a dateline whose place keeps its shadda or vowels (`عمّان`)', () => {
    const a = new Parser().parse('عمان تستضيف مؤتمرا إقليميا عن إدارة المياه في المدن\n\nعمّان - بترا: افتتح وزير المياه اليوم مؤتمرا إقليميا عن إدارة المياه في المدن.\n');
    expect(a.dateline).toBe('عمّان - بترا');
    expect(a.credits.agencies).toEqual([{ id: 'Petra', text: 'بترا' }]);
  });

  it('credits an agency on its own line above the story (the dateline\'s agency), though it is not the source', () => {
    const a = new Parser().parse('وزير النفط: لا نية لخفض الإنتاج في الربع المقبل\nرويترز\n17 نوفمبر 2031\nقال وزير النفط اليوم إن بلاده لا تنوي خفض إنتاجها من الخام خلال الربع المقبل، رغم تراجع الأسعار العالمية.\n');
    expect(a.credits.agencies).toEqual([{ id: 'Reuters', text: 'رويترز' }]);
    expect(a.source).toBeNull();
  });

  it('reads a user agency from --markers as ID=name, in credits and as a closing credit line', () => {
    const text = 'عنوان الخبر عن افتتاح المعرض الدولي للكتاب\n\nالمنامة - تجريبية: افتتح اليوم المعرض الدولي للكتاب بمشاركة مئات دور النشر من مختلف الدول العربية.\n\nوتستمر فعاليات المعرض عشرة أيام.\n\nتجريبية\n';
    const plain = new Parser().parse(text);
    const extended = new Parser({ markers: { agencies: ['TNA=تجريبية'] } }).parse(text);
    expect(plain.credits.agencies).toEqual([]);
    expect(extended.credits.agencies).toEqual([{ id: 'TNA', text: 'تجريبية' }]);
    expect(extended.source).toBe('تجريبية');
  });
});

describe('closing credit lines', () => {
  const page = (last: string) => new Parser().parse(`عنوان الخبر عن افتتاح المعرض الدولي للكتاب\n\nافتتح اليوم المعرض الدولي للكتاب بمشاركة مئات دور النشر من مختلف الدول العربية.\n\nوتستمر فعاليات المعرض عشرة أيام.\n\n${last}\n`);
  const every = AGENCY_TABLE.flatMap((e) => e.names.map((n) => [n, e.id] as const));
  it.each(every)('every spelling of the table closes a story as its source: %s', (name, id) => {
    const a = page(name);
    expect(a.source).toBe(name);
    expect(a.credits.agencies.map((x) => x.id)).toEqual([id]);
  });

  it.each([
    ['الجزيرة نت + وكالات', 'الجزيرة نت + وكالات'],
    ['العربية.نت + رويترز', 'العربية.نت + رويترز'],
    ['ع.ش/ ح.ز (أ ف ب، رويترز)', 'أ ف ب، رويترز'],
    ['م.ع.ح/ ع.ج.م (د ب أ، رويترز)', 'د ب أ، رويترز'],
    ['يورونيوز مع أ ف ب', 'يورونيوز مع أ ف ب'],
    ['فرانس 24 مع رويترز', 'فرانس 24 مع رويترز'],
  ])('an outlet with the wires, or editors\' initials before them, is the source: %s', (line, source) => {
    expect(page(line).source).toBe(source);
  });

  it('parts joined by + or مع that are no credit are not the source', () => {
    expect(page('الحكومة + المعارضة').source).toBeNull();
    expect(page('وصل الوزير مع الوفد المرافق').source).toBeNull();
    expect(page('رويترز + 2024').source).toBeNull();
  });
});

describe('the dev corpus credits', () => {
  it.skipIf(!existsSync(CORPUS))('names the right agency ids for every credited page, and none for the others', () => {
    const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'corpus-credits.json'), 'utf8')) as Record<string, string[]>;
    const parser = new Parser();
    const got: Record<string, string[]> = {};
    for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) {
      const r = parser.parseBytes(readFileSync(join(CORPUS, f)), f);
      if (!r.ok) continue;
      const agencies = r.analysis.article.credits.agencies.map((a) => a.id);
      if (agencies.length) got[f] = agencies;
    }
    expect(got).toEqual(gold);
  });
});

describe("a source closing the story's last paragraph", () => {
  const story = 'ارتفع عدد السياح الأجانب الذين زاروا البلاد خلال الأشهر العشرة الأولى من العام إلى مستوى قياسي بلغ ثمانية ملايين سائح.';
  it.each([
    ['after a dash', ' - المصدر: وكالة الأنباء الرسمية'],
    ['in brackets', ' (المصدر: وكالة الأنباء الرسمية)'],
  ])('%s is the source', (_how, tail) => {
    expect(new Parser().parse(`ارتفاع عدد السياح الأجانب إلى مستوى قياسي\n${story}${tail}\n`).source).toBe('وكالة الأنباء الرسمية');
  });
  it('a bracket holding a clause is no source', () => {
    expect(new Parser().parse(`ارتفاع عدد السياح الأجانب إلى مستوى قياسي\n${story} (المصدر: تقرير نشر أمس، وقد أكدته الوزارة)\n`).source).toBeNull();
  });
});
