/**
 * The words of Arabic date lines, as data: month names of every family, the
 * Hijri months, weekdays, labels, meridiem and era marks, time zones and the
 * words of relative time. Each entry is written as sites write it; the lookup
 * folds it (hamza and alef forms, ى/ي, ة/ه, harakat, tatweel, Latin case), so
 * one spelling per fold is enough.
 */

/** What a word (or a run of words) in a date line means. */
export type DateWord =
  | { kind: 'month'; calendar: 'gregory' | 'islamic'; month: number }
  /** `كانون` and `تشرين` before a 1 or a 2 (`كانون 2` is January); `glued`: the number touches it (`ك1`). */
  | { kind: 'month-pair'; first: number; second: number; glued?: true }
  | { kind: 'weekday'; day: number }
  | { kind: 'era'; calendar: 'gregory' | 'islamic' }
  /** `م` is both "AD" after a year and "pm" after a time; `ص` is "am". */
  | { kind: 'era-or-pm' }
  | { kind: 'meridiem'; pm: boolean | 'noon' | 'night' }
  /** An IANA zone; `bare` when the word names it without a `بتوقيت` before it (GMT, UTC). */
  | { kind: 'zone'; zone: string; bare?: boolean }
  /** `بتوقيت`, `توقيت`: the next words name the zone. */
  | { kind: 'zone-lead' }
  | { kind: 'label'; which: 'published' | 'updated' }
  | { kind: 'ago-lead' }
  | { kind: 'ago-tail' }
  | { kind: 'unit'; unit: TimeUnit; count: number }
  | { kind: 'day-word'; days: number; now?: boolean }
  | { kind: 'number'; value: number }
  /** A day of the month as an ordinal (`العاشر من نوفمبر`, `الحادي والعشرين من مايو`). */
  | { kind: 'ordinal-day'; day: number }
  /** `من`, `شهر` between a day and its month (`19 من شهر نوفمبر`, "the 19th of the month of November"). */
  | { kind: 'day-of' };

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const month = (m: number): DateWord => ({ kind: 'month', calendar: 'gregory', month: m });
const hijri = (m: number): DateWord => ({ kind: 'month', calendar: 'islamic', month: m });
const names = (words: string, meaning: DateWord): [string, DateWord][] => words.split('|').map((w) => [w, meaning]);

// The ordinal days of a month, as dates write them before `من` and the month: the units (with the
// feminine and hamza-less spellings), then ten, the teens, and the tens with و glued to them.
const ORDINAL_UNITS = ['الأول|الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const ordinalDays = (): [string, DateWord][] => {
  const out: [string, DateWord][] = [];
  const add = (forms: string, day: number) => {
    for (const entry of names(forms, { kind: 'ordinal-day', day })) out.push(entry);
  };
  ORDINAL_UNITS.forEach((u, k) => add(u, k + 1));
  add('العاشر', 10);
  add('الحادي عشر', 11);
  ORDINAL_UNITS.slice(1).forEach((u, k) => add(`${u} عشر`, k + 12));
  add('العشرين|العشرون', 20);
  add('الحادي والعشرين|الحادي والعشرون', 21);
  ORDINAL_UNITS.slice(1).forEach((u, k) => add(`${u} والعشرين|${u} والعشرون`, k + 22));
  add('الثلاثين|الثلاثون', 30);
  add('الحادي والثلاثين|الحادي والثلاثون', 31);
  return out;
};

/** Every phrase, with its meaning. Multi-word phrases are matched word by word, longest first. */
export const DATE_PHRASES: readonly [string, DateWord][] = [
  // Gregorian months as written in Egypt and the Gulf (يونيه and يوليه are Egyptian spellings).
  ...names('يناير|ينايِر', month(1)),
  ...names('فبراير|فبرائر', month(2)),
  ...names('مارس', month(3)),
  ...names('أبريل|ابريل|إبريل|أبريل', month(4)),
  ...names('مايو', month(5)),
  ...names('يونيو|يونيه', month(6)),
  ...names('يوليو|يوليه', month(7)),
  ...names('أغسطس|اغسطس|أغسطوس', month(8)),
  ...names('سبتمبر|سبتمر', month(9)),
  ...names('أكتوبر|اكتوبر|أكتوير', month(10)),
  ...names('نوفمبر', month(11)),
  ...names('ديسمبر|دیسمبر|دسمبر|ديسيمبر', month(12)),
  // Syriac names of the Levant and Iraq; كانون and تشرين take الأول/الثاني (or a 1 or 2).
  ...names('كانون الثاني|كانون ثاني|كانون الثانى', month(1)),
  ...names('شباط', month(2)),
  ...names('آذار|اذار', month(3)),
  ...names('نيسان', month(4)),
  ...names('أيار|ايار', month(5)),
  ...names('حزيران', month(6)),
  ...names('تموز', month(7)),
  ...names('آب|اب', month(8)),
  ...names('أيلول|ايلول', month(9)),
  ...names('تشرين الأول|تشرين أول|تشرين الاول', month(10)),
  ...names('تشرين الثاني|تشرين ثاني|تشرين الثانى', month(11)),
  ...names('كانون الأول|كانون أول|كانون الاول', month(12)),
  ['كانون', { kind: 'month-pair', first: 12, second: 1 }],
  ['تشرين', { kind: 'month-pair', first: 10, second: 11 }],
  // ... and shortened to their first letter with the number glued, as Lebanese papers print them (`10 ك1 2026`, `3 ت2`).
  ['ك', { kind: 'month-pair', first: 12, second: 1, glued: true }],
  ['ت', { kind: 'month-pair', first: 10, second: 11, glued: true }],
  // Morocco (يوليوز، غشت، شتنبر، نونبر، دجنبر; ماي for May) and Algeria and Tunisia (the French names).
  ...names('ماي', month(5)),
  ...names('يوليوز', month(7)),
  ...names('غشت', month(8)),
  ...names('شتنبر', month(9)),
  ...names('نونبر', month(11)),
  ...names('دجنبر', month(12)),
  ...names('جانفي|جانفييه', month(1)),
  ...names('فيفري', month(2)),
  ...names('أفريل|افريل', month(4)),
  ...names('جوان', month(6)),
  ...names('جويلية|جويليه', month(7)),
  ...names('أوت|اوت', month(8)),
  // English and French month names on Arabic pages, full and short.
  ...names('january|jan|janvier|janv', month(1)),
  ...names('february|feb|février|fevrier|févr|fevr', month(2)),
  ...names('march|mar|mars', month(3)),
  ...names('april|apr|avril|avr', month(4)),
  ...names('may|mai', month(5)),
  ...names('june|jun|juin', month(6)),
  ...names('july|jul|juillet|juil', month(7)),
  ...names('august|aug|août|aout', month(8)),
  ...names('september|sep|sept|septembre', month(9)),
  ...names('october|oct|octobre', month(10)),
  ...names('november|nov|novembre', month(11)),
  ...names('december|dec|décembre|decembre|déc', month(12)),
  // Hijri months, with the spellings of their second words (الآخر/الثاني, الأولى/الأول, ذو/ذي).
  ...names('محرم|المحرم|محرم الحرام', hijri(1)),
  ...names('صفر|صفر الخير', hijri(2)),
  ...names('ربيع الأول|ربيع الاول|ربيع أول', hijri(3)),
  ...names('ربيع الآخر|ربيع الثاني|ربيع الاخر|ربيع ثاني|ربيع الثانى', hijri(4)),
  ...names('جمادى الأولى|جمادى الاولى|جمادى الأول|جمادى الاول|جمادي الأولى|جمادي الاولى|جمادي الأول', hijri(5)),
  ...names('جمادى الآخرة|جمادى الاخرة|جمادى الثانية|جمادى الآخر|جمادي الآخرة|جمادي الاخرة|جمادي الثانية|جمادى الثاني', hijri(6)),
  ...names('رجب', hijri(7)),
  ...names('شعبان', hijri(8)),
  ...names('رمضان', hijri(9)),
  ...names('شوال', hijri(10)),
  ...names('ذو القعدة|ذي القعدة|ذو القعده|ذي القعده|ذوالقعدة|ذيالقعدة', hijri(11)),
  ...names('ذو الحجة|ذي الحجة|ذو الحجه|ذي الحجه|ذوالحجة|ذيالحجة', hijri(12)),
  // Weekdays (0 is Sunday, as Date.getUTCDay counts), Arabic, English and French.
  ...names('الأحد|الاحد|أحد|sunday|sun|dimanche', { kind: 'weekday', day: 0 }),
  ...names('الاثنين|الإثنين|اثنين|الأثنين|monday|mon|lundi', { kind: 'weekday', day: 1 }),
  ...names('الثلاثاء|ثلاثاء|tuesday|tue|tues|mardi', { kind: 'weekday', day: 2 }),
  ...names('الأربعاء|الاربعاء|أربعاء|wednesday|wed|mercredi', { kind: 'weekday', day: 3 }),
  ...names('الخميس|خميس|thursday|thu|thurs|jeudi', { kind: 'weekday', day: 4 }),
  ...names('الجمعة|جمعة|friday|fri|vendredi', { kind: 'weekday', day: 5 }),
  ...names('السبت|سبت|saturday|sat|samedi', { kind: 'weekday', day: 6 }),
  // Between a day and its month: `19 من نوفمبر`, `19 من شهر نوفمبر`, `22nd of May`. (`شهر` alone is the unit
  // of `منذ شهر`, a month ago; after `من` it is read as one phrase with it.)
  ...names('من|من شهر|of', { kind: 'day-of' }),
  ...ordinalDays(),
  // Era marks after a year: هـ (Hijri), م (AD; also "pm" after a time, decided by position).
  ...names('هـ|ه|هجري|هجرية|هجريا|ah', { kind: 'era', calendar: 'islamic' }),
  ...names('ميلادي|ميلادية|ميلاديا|ad', { kind: 'era', calendar: 'gregory' }),
  ['م', { kind: 'era-or-pm' }],
  // Meridiem marks after a time: ص and صباحا (am), مساء (pm), ظهرا (noon), ليلا (night), فجرا (dawn);
  // before noon and after noon in words too (`3:20 بعد الظهر`, `بعد الظهيرة`, `قبل الظهر`).
  ...names('ص|صباحا|صباحاً|صباح|am|a.m|a|فجرا|فجراً|الفجر|صباحًا|قبل الظهر|قبل الظهيرة|قبل الزوال', { kind: 'meridiem', pm: false }),
  ...names('مساء|مساءً|مساءا|مساءاً|المساء|pm|p.m|p|عصرا|عصراً|العصر|مسا|بعد الظهر|بعد الظهيرة|بعد الزوال|عشية|عشيا', { kind: 'meridiem', pm: true }),
  ...names('ظهرا|ظهراً|الظهر|ظهر|الظهيرة|ظهيرة', { kind: 'meridiem', pm: 'noon' }),
  ...names('ليلا|ليلاً|الليل|ليل', { kind: 'meridiem', pm: 'night' }),
  // Time zones: a name of UTC stands alone; a place counts only after بتوقيت/توقيت (a city
  // after a date is often the dateline's, not the clock's), and the zone's rules give the offset for the date.
  ...names('بتوقيت|توقيت|حسب توقيت|وفق توقيت', { kind: 'zone-lead' }),
  ...names('gmt|utc|غرينتش|جرينتش|غرينيتش|جرينيتش|ت غ|تغ|بتوقيت غرينتش|بتوقيت جرينتش|توقيت غرينتش|z', { kind: 'zone', zone: 'UTC', bare: true }),
  ...names('مكة|مكة المكرمة|السعودية|الرياض|جدة', { kind: 'zone', zone: 'Asia/Riyadh' }),
  ...names('القدس|فلسطين|غزة|رام الله', { kind: 'zone', zone: 'Asia/Jerusalem' }),
  ...names('القاهرة|مصر', { kind: 'zone', zone: 'Africa/Cairo' }),
  ...names('الإمارات|أبوظبي|ابوظبي|أبو ظبي|دبي', { kind: 'zone', zone: 'Asia/Dubai' }),
  ...names('الدوحة|قطر', { kind: 'zone', zone: 'Asia/Qatar' }),
  ...names('الكويت', { kind: 'zone', zone: 'Asia/Kuwait' }),
  ...names('البحرين|المنامة', { kind: 'zone', zone: 'Asia/Bahrain' }),
  ...names('مسقط|سلطنة عمان', { kind: 'zone', zone: 'Asia/Muscat' }),
  ...names('الأردن|عمان', { kind: 'zone', zone: 'Asia/Amman' }),
  ...names('بيروت|لبنان', { kind: 'zone', zone: 'Asia/Beirut' }),
  ...names('دمشق|سوريا', { kind: 'zone', zone: 'Asia/Damascus' }),
  ...names('بغداد|العراق', { kind: 'zone', zone: 'Asia/Baghdad' }),
  ...names('صنعاء|اليمن', { kind: 'zone', zone: 'Asia/Aden' }),
  ...names('الخرطوم|السودان', { kind: 'zone', zone: 'Africa/Khartoum' }),
  ...names('طرابلس|ليبيا', { kind: 'zone', zone: 'Africa/Tripoli' }),
  ...names('تونس', { kind: 'zone', zone: 'Africa/Tunis' }),
  ...names('الجزائر', { kind: 'zone', zone: 'Africa/Algiers' }),
  ...names('الرباط|المغرب|الدار البيضاء', { kind: 'zone', zone: 'Africa/Casablanca' }),
  ...names('نواكشوط|موريتانيا', { kind: 'zone', zone: 'Africa/Nouakchott' }),
  ...names('طهران|إيران', { kind: 'zone', zone: 'Asia/Tehran' }),
  ...names('أنقرة|إسطنبول|تركيا', { kind: 'zone', zone: 'Europe/Istanbul' }),
  // Labels: what the date that follows is (a label may also trail its date: `... آخر تحديث للصفحة في`).
  ...names('نشر|نشرت|نشر في|نشر بتاريخ|تاريخ النشر|تأريخ النشر|تاريخ نشر|النشر|منشور|published|posted|publié|تاريخ الخبر', { kind: 'label', which: 'published' }),
  ...names('آخر تحديث|أخر تحديث|اخر تحديث|تحديث|التحديث|تم التحديث|محدث|حدث|محدّث|آخر تعديل|تعديل|updated|last updated|modified|mis à jour', { kind: 'label', which: 'updated' }),
  // Relative time: منذ/قبل N unit, N unit ago (French on Maghreb pages, `il y a 3 heures`); a unit alone is one of it, a dual form two.
  ...names('منذ|قبل|il y a', { kind: 'ago-lead' }),
  ...names('ago|مضت|مضى|خلت', { kind: 'ago-tail' }),
  ...names('ثانية|ثوان|ثواني|ثوانٍ|second|seconds|sec|secs|seconde|secondes', { kind: 'unit', unit: 'second', count: 1 }),
  ...names('ثانيتين', { kind: 'unit', unit: 'second', count: 2 }),
  ...names('دقيقة|دقائق|د|minute|minutes|min|mins', { kind: 'unit', unit: 'minute', count: 1 }),
  ...names('دقيقتين|دقيقتان', { kind: 'unit', unit: 'minute', count: 2 }),
  ...names('ساعة|ساعات|س|hour|hours|hr|hrs|heure|heures', { kind: 'unit', unit: 'hour', count: 1 }),
  ...names('ساعتين|ساعتان', { kind: 'unit', unit: 'hour', count: 2 }),
  ...names('يوم|أيام|ايام|يوما|يوماً|day|days|jour|jours', { kind: 'unit', unit: 'day', count: 1 }),
  ...names('يومين|يومان', { kind: 'unit', unit: 'day', count: 2 }),
  ...names('أسبوع|اسبوع|أسابيع|اسابيع|أسبوعا|week|weeks|semaine|semaines', { kind: 'unit', unit: 'week', count: 1 }),
  ...names('أسبوعين|اسبوعين|أسبوعان', { kind: 'unit', unit: 'week', count: 2 }),
  ...names('شهر|أشهر|اشهر|شهور|شهرا|month|months|mois', { kind: 'unit', unit: 'month', count: 1 }),
  ...names('شهرين|شهران', { kind: 'unit', unit: 'month', count: 2 }),
  ...names('سنة|سنوات|عام|أعوام|اعوام|عاما|year|years|ans|année|années', { kind: 'unit', unit: 'year', count: 1 }),
  ...names('سنتين|عامين|سنتان|عامان', { kind: 'unit', unit: 'year', count: 2 }),
  // Days named by a word: today, yesterday, the day before; now.
  ...names("اليوم|today|aujourd'hui", { kind: 'day-word', days: 0 }),
  ...names('أمس|امس|الأمس|البارحة|yesterday|hier', { kind: 'day-word', days: -1 }),
  ...names('أول أمس|أول امس|اول امس', { kind: 'day-word', days: -2 }),
  ...names('الآن|الان|للتو|now|just now', { kind: 'day-word', days: 0, now: true }),
  // Numbers in words, as relative times write them (`منذ ثلاث ساعات`).
  ...names('واحد|واحدة|one|an', { kind: 'number', value: 1 }),
  ...names('ثلاث|ثلاثة|three', { kind: 'number', value: 3 }),
  ...names('أربع|أربعة|اربع|اربعة|four', { kind: 'number', value: 4 }),
  ...names('خمس|خمسة|five', { kind: 'number', value: 5 }),
  ...names('ست|ستة|six', { kind: 'number', value: 6 }),
  ...names('سبع|سبعة|seven', { kind: 'number', value: 7 }),
  ...names('ثماني|ثمانية|ثمان|eight', { kind: 'number', value: 8 }),
  ...names('تسع|تسعة|nine', { kind: 'number', value: 9 }),
  ...names('عشر|عشرة|ten', { kind: 'number', value: 10 }),
];

/** Years maqal takes as Gregorian and Hijri years: anything else is a number, not a year. */
export const GREGORIAN_YEARS = { min: 1900, max: 2199 } as const;
/** The Hijri years are those the Umm al-Qura table covers. */
export { HIJRI_TABLE_YEARS as HIJRI_YEARS } from './hijri-table.js';

/** A two-digit year: up to this value it is 20YY, above it 19YY. */
export const TWO_DIGIT_YEAR_PIVOT = 69;

/** A Gregorian and a Hijri date on one line that disagree by more than this many days earn a warning. */
export const CALENDAR_TOLERANCE_DAYS = 2;
/** A Hijri day as sighted locally is at most this many days from the table's: a weekday named further off is a typo. */
export const HIJRI_SIGHTING_DAYS = 1;
