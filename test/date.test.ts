/**
 * Dates to ISO 8601: a golden table of composed lines in every form, the
 * corpus's date lines with their gold, a generated matrix of month family x
 * digits x separators x weekday x time x era mark, the Hijri round trip over
 * 1300-1600 AH, metamorphic variants, zones with their summer time, relative
 * dates, and the split of publication and update dates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Calendars } from '../src/meta/calendar.js';
import { DateParser, foldDateText, parseDate, parseDateLine, type DateInfo, type DateOptions } from '../src/meta/date.js';
import { ROOT } from './helpers.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** The fields a case checks; the rest of the result is free. */
type Expect = Partial<DateInfo> & { warnings?: string[] };

function check(text: string, want: Expect | null, options: DateOptions = {}): void {
  const r = parseDate(text, options);
  if (want === null) {
    expect(r.date, text).toBeNull();
    return;
  }
  expect(r.date, text).not.toBeNull();
  const { warnings, ...fields } = want;
  expect(r.date, text).toMatchObject(fields);
  if (warnings) expect(r.warnings.map((w) => w.code), text).toEqual(warnings);
}

// Lines composed in the forms news sites print, with the reading a person gives them.
const FORMS: [string, Expect | null][] = [
  // Egyptian and Gulf month names, with weekday, 12-hour time and the ص/م marks (12 ص is midnight).
  ['الأربعاء 15 مايو 2024', { iso: '2024-05-15', precision: 'day', calendar: 'gregory', hijri: '1445-11-07', relative: false }],
  ['الأربعاء، 15 مايو 2024 - 10:30 م', { iso: '2024-05-15T22:30', precision: 'minute' }],
  ['الأربعاء 15 مايو 2024 12:10 ص', { iso: '2024-05-15T00:10' }],
  ['15 مايو 2024 12:10 م', { iso: '2024-05-15T12:10' }],
  ['الخميس 06 يونيه 2024 08:15 صباحاً', { iso: '2024-06-06T08:15' }],
  ['الأحد 14 يوليه 2024 07:05 مساءً', { iso: '2024-07-14T19:05' }],
  ['السبت 3 اغسطس 2024', { iso: '2024-08-03' }],
  ['12 ص 15/5/2024', { iso: '2024-05-15T00:00', precision: 'minute' }],
  ['9 مساء الأربعاء 15 مايو 2024', { iso: '2024-05-15T21:00' }],
  // English ordinals on the day (`5th`, `1st`), and `of` between the day and its month.
  ['Dec 5th, 2030', { iso: '2030-12-05' }],
  ['December 1st, 2030', { iso: '2030-12-01' }],
  ['the 22nd of May 2030', { iso: '2030-05-22' }],
  // Before and after noon in words: `بعد الظهر` is afternoon, `قبل الظهر` morning, noon alone keeps 11 and moves 1 to 5.
  ['15 مايو 2024 3:20 بعد الظهر', { iso: '2024-05-15T15:20' }],
  ['15 مايو 2024 الساعة 2 بعد الظهيرة', { iso: '2024-05-15T14:00' }],
  ['15 مايو 2024 11:20 قبل الظهر', { iso: '2024-05-15T11:20' }],
  ['15 مايو 2024 1:00 ظهيرة', { iso: '2024-05-15T13:00' }],
  // The French `h` between hours and minutes, as Maghreb sites write the time.
  ['حرر بتاريخ 12/05/2024 على الساعة 10h30', { iso: '2024-05-12T10:30', precision: 'minute' }],
  ['الأحد 12 ماي 2024 - 18h05', { iso: '2024-05-12T18:05' }],
  // Levantine and Iraqi names, كانون/تشرين with a number.
  ['الإثنين 15 كانون الثاني 2024', { iso: '2024-01-15' }],
  ['3 تشرين الأول 2023', { iso: '2023-10-03' }],
  ['20 كانون الأول 2023 - 14:00', { iso: '2023-12-20T14:00' }],
  ['15 كانون 2 2024', { iso: '2024-01-15' }],
  ['9 تشرين 1 2023', { iso: '2023-10-09' }],
  // Their first letter with the number glued, as Lebanese papers print them; another spelling of December.
  ['الخميس 10 ك1 2026', { iso: '2026-12-10' }],
  ['3 ت2 2026', { iso: '2026-11-03' }],
  ['15 ك2 2027 - 10:30', { iso: '2027-01-15T10:30' }],
  ['الجمعة 11 دسمبر 2026', { iso: '2026-12-11' }],
  ['الثلاثاء 10 آب 2021', { iso: '2021-08-10' }],
  // The day of the month before `من` (and `شهر`), in digits or as an ordinal; an ordinal with no `من` is no day.
  ['في 19 من نوفمبر 2031', { iso: '2031-11-19', precision: 'day' }],
  ['الأربعاء 19 من شهر نوفمبر 2031', { iso: '2031-11-19' }],
  ['العاشر من نوفمبر 2031', { iso: '2031-11-10' }],
  ['الحادي والعشرين من مايو 2031', { iso: '2031-05-21' }],
  ['الثاني عشر من شهر ربيع الأول 1453 هـ', { calendar: 'islamic', hijri: '1453-03-12', precision: 'day' }],
  ['الأول نوفمبر 2031', { iso: '2031-11', precision: 'month' }],
  // A tatweel touching no letter is a dash typed with the Arabic keyboard.
  ['19 ـ 11 ـ 2031', { iso: '2031-11-19' }],
  ['12 مارس 2031 ــ 10:15', { iso: '2031-03-12T10:15' }],
  // The double form and a name in brackets.
  ['الخميس 22 شباط/فبراير 2024', { iso: '2024-02-22' }],
  ['12 آذار (مارس) 2024', { iso: '2024-03-12' }],
  // Maghreb: Moroccan and Algerian/Tunisian names.
  ['الجمعة 1 دجنبر 2023', { iso: '2023-12-01' }],
  ['السبت 28 يوليوز 2012', { iso: '2012-07-28' }],
  ['14 غشت 2022', { iso: '2022-08-14' }],
  ['الأحد 15 جانفي 2023', { iso: '2023-01-15' }],
  ['5 جويلية 2022 على الساعة 10:00', { iso: '2022-07-05T10:00' }],
  ['30 أوت 2021', { iso: '2021-08-30' }],
  ['2 أفريل 2024', { iso: '2024-04-02' }],
  // English and French on Arabic pages.
  ['Tuesday, March 19, 2024 - 08:30 PM', { iso: '2024-03-19T20:30' }],
  ['March 5, 2024 9:15 am', { iso: '2024-03-05T09:15' }],
  ['15 May 2024', { iso: '2024-05-15' }],
  ['15-May-2024', { iso: '2024-05-15' }],
  ['mercredi 15 mai 2024', { iso: '2024-05-15' }],
  ['18 November 2023 - 09:22', { iso: '2023-11-18T09:22' }],
  ['13December 2020', { iso: '2020-12-13' }],
  // Numeric forms: d/m/y, y/m/d, d-m-y, d.m.y; m/d/y when the day is over 12; both readings: d/m, flagged.
  ['15/05/2024', { iso: '2024-05-15', orderAmbiguous: false }],
  ['2024-05-15', { iso: '2024-05-15' }],
  ['2024/5/15 14:20', { iso: '2024-05-15T14:20' }],
  ['15-05-2024', { iso: '2024-05-15' }],
  ['15.05.2024', { iso: '2024-05-15' }],
  ['5/25/2020', { iso: '2020-05-25', orderAmbiguous: false }],
  ['06/07/2012', { iso: '2012-07-06', orderAmbiguous: true }],
  ['2025 / 3 / 24 - 00:49', { iso: '2025-03-24T00:49' }],
  ['15/5/24', { iso: '2024-05-15' }],
  ['15/5/99', { iso: '1999-05-15' }],
  ['7/21/2012 4:11:14 AM', { iso: '2012-07-21T04:11:14', precision: 'second' }],
  ['2024-05-15T22:30:00+03:00', { iso: '2024-05-15T22:30:00+03:00', offset: '+03:00', offsetSource: 'text' }],
  ['2024-05-15 22:30:05.250Z', { iso: '2024-05-15T22:30:05+00:00', offsetSource: 'text' }],
  // Era marks.
  ['23 مارس 2024م', { iso: '2024-03-23', calendar: 'gregory' }],
  // Arabic-Indic and Persian digits.
  ['الأحد ١٠ يناير ٢٠١٦ الساعة ١١:١٤ صباحاً', { iso: '2016-01-10T11:14' }],
  ['۱۷ اردیبهشت ۱۴۰۳ ۲ مه ۲۰۲۴', null],
  ['۲۴ مايو ۲۰۲۴', { iso: '2024-05-24' }],
  // Hijri alone, with its variants; both calendars (the Gregorian wins).
  ['7 ذو القعدة 1445 هـ', { iso: '2024-05-15', calendar: 'islamic', hijri: '1445-11-07' }],
  ['7 ذي القعدة 1445', { iso: '2024-05-15', calendar: 'islamic' }],
  ['1 ربيع الآخر 1446', { iso: '2024-10-04' }],
  ['1 ربيع الثاني 1446', { iso: '2024-10-04' }],
  ['10 جمادى الأولى 1445 هـ', { iso: '2023-11-24' }],
  ['10 جمادى الآخرة 1445هـ', { iso: '2023-12-23' }],
  ['1 محرم 1446', { iso: '2024-07-07' }],
  ['1445/11/07 هـ', { iso: '2024-05-15', calendar: 'islamic' }],
  ['السبت 14 رمضان 1445هـ - 23 مارس 2024م', { iso: '2024-03-23', calendar: 'both', hijri: '1445-09-14', warnings: [] }],
  ['السبت 10 مايو 2025 05:45 مـ 12 ذو القعدة 1446 هـ', { iso: '2025-05-10T17:45', calendar: 'both', hijri: '1446-11-12' }],
  // Zones named in the text: the zone's rules for that day.
  ['15 يناير 2024 14:00 بتوقيت القاهرة', { iso: '2024-01-15T14:00:00+02:00', offset: '+02:00', offsetSource: 'text' }],
  ['15 يوليو 2024 14:00 بتوقيت مصر', { iso: '2024-07-15T14:00:00+03:00' }],
  ['29 يونيو 2012 17:35 بتوقيت القدس', { iso: '2012-06-29T17:35:00+03:00' }],
  ['15 يناير 2024 17:35 بتوقيت القدس', { iso: '2024-01-15T17:35:00+02:00' }],
  ['15 مارس 2024 12:00 بتوقيت مكة المكرمة', { iso: '2024-03-15T12:00:00+03:00' }],
  ['15 مايو 2024 12:00 بتوقيت غرينتش', { iso: '2024-05-15T12:00:00+00:00' }],
  ['15 مايو 2024 12:00 GMT', { iso: '2024-05-15T12:00:00+00:00' }],
  ['15 مايو 2024 12:00 GMT+3', { iso: '2024-05-15T12:00:00+03:00' }],
  // The offset in brackets after the time.
  ['2024-05-15 12:00 (UTC+03:00)', { iso: '2024-05-15T12:00:00+03:00' }],
  ['15 مايو 2024 12:00 (GMT+3)', { iso: '2024-05-15T12:00:00+03:00' }],
  // A place after a date is the dateline's, not the clock's: no offset.
  ['الجمعة 19 ابريل 2024 14:00 أبوظبي', { iso: '2024-04-19T14:00', offset: null }],
  // Month and year only.
  ['مايو 2024', { iso: '2024-05', precision: 'month' }],
  // Relative without a reference: kept, not resolved.
  ['منذ 3 ساعات', { iso: null, relative: true, precision: null }],
  ['11:07 صباحًا', { iso: null, relative: true }],
  // Not dates: a number that is an issue number, a day and month with no year, text.
  ['العدد 8291', null],
  ['15 مايو', null],
  ['رئيس التحرير', null],
  // A letter standing alone before a number, spaced, is no month (`ت 1` is no October).
  ['سيارة ت 1 جديدة', null],
  ['31/02/2024', null],
];

describe('date forms', () => {
  it.each(FORMS)('%s', (text, want) => check(text, want));
});

describe('weekdays and calendars', () => {
  it('keeps the date and warns when the weekday does not match it', () => {
    check('الجمعة 15 مايو 2024', { iso: '2024-05-15', warnings: ['date-weekday-mismatch'] });
    check('Friday, May 15, 2024', { iso: '2024-05-15', warnings: ['date-weekday-mismatch'] });
  });

  it('moves a Hijri date alone to the weekday it names, one day off the table (the month as sighted), and no further', () => {
    check('الأحد 17 جمادى الآخرة 1447', { iso: '2025-12-07', hijri: '1447-06-17', warnings: [] });
    check('الاثنين 17 جمادى الآخرة 1447', { iso: '2025-12-08', warnings: [] });
    check('الثلاثاء 17 جمادى الآخرة 1447', { iso: '2025-12-09', warnings: [] });
    check('الخميس 17 جمادى الآخرة 1447', { iso: '2025-12-08', warnings: ['date-weekday-mismatch'] });
  });

  it('keeps the Gregorian date and warns when the Hijri date is more than two days off', () => {
    check('15 مايو 2024 - 20 ذو القعدة 1445', { iso: '2024-05-15', hijri: '1445-11-20', warnings: ['date-calendar-mismatch'] });
    check('15 مايو 2024 - 8 ذو القعدة 1445', { iso: '2024-05-15', warnings: [] });
  });
});

describe('the order of day and month', () => {
  it('reports the order a date proves by a number over 12', () => {
    expect(parseDate('25/5/2020').order).toBe('day-first');
    expect(parseDate('5/25/2020').order).toBe('month-first');
    expect(parseDate('6/7/2020').order).toBeNull();
    expect(parseDate('2020-05-06').order).toBeNull();
  });

  it('reads ambiguous dates month first when told', () => {
    expect(new DateParser().withOrder('month-first').parse('06/07/2012').date).toMatchObject({ iso: '2012-06-07', orderAmbiguous: true });
    expect(new DateParser().withOrder('day-first').parse('06/07/2012').date?.iso).toBe('2012-07-06');
  });
});

describe('zones', () => {
  const at = (text: string, timezone: string) => parseDate(text, { timezone }).date?.iso;
  it('applies --timezone with the zone rules of the date, summer time included', () => {
    expect(at('15 يناير 2024 14:00', 'Africa/Cairo')).toBe('2024-01-15T14:00:00+02:00');
    expect(at('15 يوليو 2024 14:00', 'Africa/Cairo')).toBe('2024-07-15T14:00:00+03:00');
    expect(at('15 يناير 2024 14:00', 'Asia/Jerusalem')).toBe('2024-01-15T14:00:00+02:00');
    expect(at('15 يوليو 2024 14:00', 'Asia/Jerusalem')).toBe('2024-07-15T14:00:00+03:00');
    expect(at('15 يوليو 2024 14:00', 'Asia/Riyadh')).toBe('2024-07-15T14:00:00+03:00');
    expect(at('15 يوليو 2024 14:00', 'UTC')).toBe('2024-07-15T14:00:00+00:00');
  });

  it('follows Casablanca off summer time during Ramadan', () => {
    // Morocco keeps +01:00 but goes back to +00:00 for Ramadan (10 Ramadan 1445 is 20 March 2024).
    expect(at('20 مارس 2024 14:00', 'Africa/Casablanca')).toBe('2024-03-20T14:00:00+00:00');
    expect(at('15 مايو 2024 14:00', 'Africa/Casablanca')).toBe('2024-05-15T14:00:00+01:00');
  });

  it('a zone in the text wins over --timezone; a date with no time gets no offset', () => {
    expect(parseDate('15 يناير 2024 14:00 بتوقيت مكة', { timezone: 'Africa/Cairo' }).date).toMatchObject({ iso: '2024-01-15T14:00:00+03:00', offsetSource: 'text' });
    expect(parseDate('15 يناير 2024 14:00', { timezone: 'Africa/Cairo' }).date).toMatchObject({ offsetSource: 'option' });
    expect(parseDate('15 يناير 2024', { timezone: 'Africa/Cairo' }).date).toMatchObject({ iso: '2024-01-15', offset: null, offsetSource: null });
  });

  it('refuses a zone ICU does not know and a reference time that is not ISO 8601', () => {
    expect(() => new DateParser({ timezone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => new DateParser({ referenceTime: 'yesterday' })).toThrow(RangeError);
    expect(() => new DateParser({ referenceTime: '2024-02-30' })).toThrow(RangeError);
  });
});

describe('relative dates', () => {
  const ref = { referenceTime: '2024-05-15T10:00:00+03:00' };
  const cases: [string, string | null][] = [
    ['منذ ساعتين', '2024-05-15T08:00:00+03:00'],
    ['منذ 5 دقائق', '2024-05-15T09:55:00+03:00'],
    ['منذ ثلاث ساعات', '2024-05-15T07:00:00+03:00'],
    ['قبل 3 ساعات', '2024-05-15T07:00:00+03:00'],
    ['3 hours ago', '2024-05-15T07:00:00+03:00'],
    // French on Maghreb pages.
    ['il y a 3 heures', '2024-05-15T07:00:00+03:00'],
    ['il y a 2 jours', '2024-05-13'],
    ['hier', '2024-05-14'],
    ['قبل يومين', '2024-05-13'],
    ['منذ أسبوع', '2024-05-08'],
    ['أمس', '2024-05-14'],
    ['أول أمس', '2024-05-13'],
    ['اليوم', '2024-05-15'],
    ['أمس 10:30 م', '2024-05-14T22:30'],
    ['الآن', '2024-05-15T10:00:00+03:00'],
    ['منذ شهرين', '2024-03'],
    // A month ago: the unit, not the word between a day and its month.
    ['منذ شهر', '2024-04'],
    // A smaller amount joined by و adds to the first; a larger one, or a month's, does not.
    ['منذ 3 ساعات و 20 دقيقة', '2024-05-15T06:40:00+03:00'],
    ['منذ يومين و3 ساعات', '2024-05-13T07:00:00+03:00'],
    ['منذ 20 دقيقة و 3 ساعات', '2024-05-15T09:40:00+03:00'],
  ];
  it.each(cases)('%s', (text, iso) => {
    expect(parseDate(text, ref).date).toMatchObject({ iso, relative: true });
  });

  it('counts from the reference in the site zone when --timezone is given', () => {
    // 22:00 UTC on the 14th is 01:00 on the 15th in Cairo (summer time): yesterday is the 14th.
    const o = { referenceTime: '2024-05-14T22:00:00Z', timezone: 'Africa/Cairo' };
    expect(parseDate('أمس', o).date?.iso).toBe('2024-05-14');
    expect(parseDate('منذ ساعتين', o).date).toMatchObject({ iso: '2024-05-14T23:00:00+03:00', offsetSource: 'option' });
  });

  it('needs a time in the reference to resolve hours', () => {
    expect(parseDate('منذ ساعتين', { referenceTime: '2024-05-15' }).date).toMatchObject({ iso: null, relative: true });
    expect(parseDate('أمس', { referenceTime: '2024-05-15' }).date?.iso).toBe('2024-05-14');
  });
});

describe('publication and update dates on one line', () => {
  it('splits at the labels', () => {
    const r = parseDateLine('نشر في: الأربعاء 15 مايو 2024 - 11:11 م | آخر تحديث: الخميس 16 مايو 2024 - 09:00 ص');
    expect(r.published).toMatchObject({ iso: '2024-05-15T23:11', text: 'الأربعاء 15 مايو 2024 - 11:11 م' });
    expect(r.updated).toMatchObject({ iso: '2024-05-16T09:00', text: 'الخميس 16 مايو 2024 - 09:00 ص' });
  });

  it('gives an update that names only a time the publication day', () => {
    const r = parseDateLine('الخميس 7 نوفمبر 2024 آخر تحديث 09:12:40');
    expect(r.published?.iso).toBe('2024-11-07');
    expect(r.updated).toMatchObject({ iso: '2024-11-07T09:12:40', precision: 'second' });
  });

  it('reads a label at the end as naming the date before it', () => {
    const r = parseDateLine('7/21/2012 4:11:14 AM أخر تحديث للصفحة في');
    expect(r.published).toBeNull();
    expect(r.updated?.iso).toBe('2012-07-21T04:11:14');
  });

  it('keeps a relative update unresolved without a reference', () => {
    const r = parseDateLine('نشر في: 14/05/2024 - 09:12 | آخر تحديث: منذ 5 ساعات');
    expect(r.published?.iso).toBe('2024-05-14T09:12');
    expect(r.updated).toMatchObject({ iso: null, relative: true, text: 'منذ 5 ساعات' });
  });

  it('cuts the date text out of the line around it', () => {
    expect(parseDateLine('آخر تحديث 2024-06-18 09:30:00 - المصدر: شبكة الأخبار').updated?.text).toBe('2024-06-18 09:30:00');
    expect(parseDateLine('الحوار-العدد: 8291 - 2025 / 3 / 24 - 00:49').published?.text).toBe('2025 / 3 / 24 - 00:49');
  });
});

describe('metamorphic: the same date however it is typed', () => {
  const bases = ['الأربعاء، 15 مايو 2024 - 10:30 م', '15/05/2024 14:20', '7 ذو القعدة 1445 هـ', 'السبت 14 رمضان 1445هـ - 23 مارس 2024م'];
  const indic = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  const persian = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
  const variants: [string, (s: string) => string][] = [
    ['Arabic-Indic digits', indic],
    ['Persian digits', persian],
    ['Latin commas', (s) => s.replace(/،/g, ',')],
    ['tatweel', (s) => s.replace(/([بتسشصضطعلمنهي])/g, '$1\u0640')],
    ['harakat', (s) => s.replace(/([ا-ي])/g, '$1\u064e')],
    ['RLM around', (s) => `\u200f${s}\u200f`],
    ['bidi isolate', (s) => `\u2067${s}\u2069`],
    ['no-break spaces', (s) => s.replace(/ /g, '\u00a0')],
  ];
  for (const base of bases) {
    const want = parseDate(base).date!.iso;
    it.each(variants)(`${base}: %s`, (_name, change) => {
      expect(parseDate(change(base)).date?.iso).toBe(want);
    });
  }
});

describe('generated matrix: month family x digits x separators x weekday x time x era mark', () => {
  const FAMILIES: Record<string, string[]> = {
    egypt: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    levant: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
    morocco: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
    algeria: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    english: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    french: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  };
  const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
  const DIGITS: [string, (s: string) => string][] = [
    ['ascii', (s) => s],
    ['arabic-indic', (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))],
    ['persian', (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)))],
  ];
  const SEPARATORS: [string, (d: string, m: string, y: string) => string][] = [
    ['space', (d, m, y) => `${d} ${m} ${y}`],
    ['slash', (d, m, y) => `${d}/${m}/${y}`],
    ['dash', (d, m, y) => `${d}-${m}-${y}`],
    ['comma', (d, m, y) => `${d} ${m}، ${y}`],
  ];
  const TIMES: [string, string, string][] = [
    ['none', '', ''],
    ['12-hour', ' - 09:05 م', 'T21:05'],
    ['24-hour', ' 17:45:30', 'T17:45:30'],
  ];
  const pad = (n: number) => String(n).padStart(2, '0');

  for (const [family, months] of Object.entries(FAMILIES)) {
    it(family, () => {
      const parser = new DateParser();
      const wrong: string[] = [];
      let n = 0;
      months.forEach((month, k) => {
        const m = k + 1;
        const day = ((k * 7) % 28) + 1;
        const year = 2019 + (k % 6);
        const weekday = WEEKDAYS[new Date(Date.UTC(year, m - 1, day)).getUTCDay()]!;
        for (const [, digits] of DIGITS)
          for (const [, sep] of SEPARATORS)
            for (const withWeekday of [false, true])
              for (const [, time, isoTime] of TIMES)
                for (const era of ['', 'م']) {
                  const text = digits(`${withWeekday ? `${weekday}، ` : ''}${sep(String(day), month, `${year}${era}`)}${time}`);
                  const want = `${year}-${pad(m)}-${pad(day)}${isoTime}`;
                  const r = parser.parse(text);
                  n++;
                  if (r.date?.iso !== want || r.warnings.length > 0) wrong.push(`${text} -> ${r.date?.iso} (want ${want}) ${r.warnings.map((w) => w.code)}`);
                }
      });
      expect(n).toBe(12 * 3 * 4 * 2 * 3 * 2);
      expect(wrong).toEqual([]);
    });
  }
});

describe('Hijri round trip', () => {
  it('reads back every day from 1 Muharram 1300 to the end of 1600 AH, as ICU writes it in Arabic', () => {
    const format = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura-nu-arab', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    const parts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric' });
    const parser = new DateParser();
    const wrong: string[] = [];
    let days = 0;
    const DAY = 86_400_000;
    // 1 Muharram 1300 is 12 November 1882; stop at the first day of 1601.
    for (let t = Date.UTC(1882, 10, 12); ; t += DAY) {
      const date = new Date(t);
      if (Number.parseInt(parts.formatToParts(date).find((p) => p.type === 'year')!.value, 10) > 1600) break;
      const text = format.format(date);
      const iso = date.toISOString().slice(0, 10);
      const r = parser.parse(text);
      if (r.date?.iso !== iso) wrong.push(`${text} -> ${r.date?.iso}, want ${iso}`);
      days++;
    }
    expect(days).toBeGreaterThan(106_000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives every Gregorian day of 1300-1600 AH the Hijri date ICU gives it, and none outside', () => {
    const icu = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const hijri = new Calendars().hijri;
    const DAY = 86_400_000;
    const first = Date.UTC(1882, 10, 12) / DAY;
    const wrong: string[] = [];
    let days = 0;
    for (let d = first; ; d++) {
      const p = Object.fromEntries(icu.formatToParts(new Date(d * DAY)).map((x) => [x.type, x.value]));
      const want = { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
      if (want.year > 1600) {
        expect(hijri.fromDays(d)).toBeNull();
        break;
      }
      const got = hijri.fromDays(d);
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${new Date(d * DAY).toISOString().slice(0, 10)}: ${JSON.stringify(got)}, ICU ${JSON.stringify(want)}`);
      days++;
    }
    expect(hijri.fromDays(first - 1)).toBeNull();
    expect(days).toBeGreaterThan(106_000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('folding', () => {
  it('keeps one character for one, so cut positions map back to the text', () => {
    const s = 'İstanbul ١٥ مايو ٢٠٢٤ ۲۴ ى ة أ';
    expect(foldDateText(s).length).toBe(s.length);
  });
});

describe('the dev corpus date lines', () => {
  const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'corpus-dates.json'), 'utf8')) as { file: string; line: number; published: string | null; updated: string | null }[];
  it.skipIf(!existsSync(CORPUS))('reads every date line to the day and minute of its gold', () => {
    const parser = new DateParser();
    const wrong: string[] = [];
    const iso = (d: DateInfo | null) => (d ? (d.relative && d.iso === null ? 'relative' : d.iso) : null);
    for (const g of gold) {
      const text = readFileSync(join(CORPUS, g.file), 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/)[g.line - 1]!;
      const r = parser.parseLine(text);
      if (iso(r.published) !== g.published || iso(r.updated) !== g.updated) wrong.push(`${g.file}:${g.line}: ${iso(r.published)} / ${iso(r.updated)}`);
    }
    expect(gold.length).toBeGreaterThanOrEqual(36);
    expect(wrong).toEqual([]);
  });
});
