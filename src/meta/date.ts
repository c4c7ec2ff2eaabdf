/**
 * Date lines to ISO 8601: every Arabic month family, Hijri dates, numeric
 * forms, 12- and 24-hour times, time zones and relative times. Pure: the only
 * outside facts are ICU's calendars and zone rules (see `calendar.ts`).
 *
 * The line is folded (harakat, tatweel and bidi marks dropped, Arabic-Indic
 * and Persian digits to ASCII, hamza and alef forms, ى/ي, ة/ه, Latin case),
 * cut into numbers, words and separators, and the words looked up in
 * `DATE_PHRASES`, longest phrase first. Then, in order: times, dates with a
 * month name, numeric dates, weekdays, zones, relative times. Nothing is
 * guessed: a date with no year is no date, a time with no zone has no offset.
 */
import { Calendars, civilDate, dayNumber, formatOffset, pad2, parseOffset, validCivil, weekdayOf } from './calendar.js';
import { CALENDAR_TOLERANCE_DAYS, DATE_PHRASES, HIJRI_SIGHTING_DAYS, GREGORIAN_YEARS, HIJRI_YEARS, TWO_DIGIT_YEAR_PIVOT, type DateWord, type TimeUnit } from './date-tables.js';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';
export type DateCalendar = 'gregory' | 'islamic' | 'both';

/** One date as a machine can use it. */
export interface DateInfo {
  /** The date text as found (trimmed), for display and audit. */
  text: string;
  /** `2024-05-15`, `2024-05`, `2024-05-15T22:30`, or `2024-05-15T22:30:00+03:00` when the offset is known; null when the text names no absolute date (a relative time without a reference). */
  iso: string | null;
  precision: DatePrecision | null;
  /** The calendar(s) the text states; null when it states none (a relative time). */
  calendar: DateCalendar | null;
  /** The Hijri (Umm al-Qura) date, `1445-11-07`, when stated or derivable. */
  hijri: string | null;
  /** `+03:00`, when a time of day has a known zone. */
  offset: string | null;
  /** Where the offset came from: the text (`بتوقيت مكة`, `GMT`), the `timezone` option, or the reference time. */
  offsetSource: 'text' | 'option' | 'reference' | null;
  /** True for `منذ ساعتين`, `أمس`, `اليوم`: resolved against the reference time, else `iso` is null. */
  relative: boolean;
  /** True when a numeric date reads as day/month and as month/day alike (`06/07/2012`): the day/month reading is given. */
  orderAmbiguous: boolean;
}

/** Something doubtful in a date line: a weekday that does not match the date, two calendars that disagree. */
export interface DateWarning {
  code: 'date-weekday-mismatch' | 'date-calendar-mismatch' | 'date-invalid';
  message: string;
}

/** A date and what was doubtful about it. */
export interface DateResult {
  date: DateInfo | null;
  warnings: DateWarning[];
  /** The order of day and month a numeric date here proves, for reading the site's ambiguous ones; null when none does. */
  order: NumericOrder | null;
}

export type NumericOrder = 'day-first' | 'month-first';

/** A line that may carry a publication date and an update date (`نشر في … | آخر تحديث …`). */
export interface DateLineResult {
  published: DateInfo | null;
  updated: DateInfo | null;
  warnings: DateWarning[];
  order: NumericOrder | null;
}

export interface DateOptions {
  /** The time relative dates count from (`2024-05-15T10:00:00+03:00`, `2024-05-15`); the crawl time, usually. */
  referenceTime?: string;
  /** IANA zone the site writes its times in (`Africa/Cairo`): gives an offset to times the text does not zone. */
  timezone?: string;
  /** Read ambiguous numeric dates as month/day (a site whose other dates prove it). */
  monthFirst?: boolean;
}

// ---------------------------------------------------------------------------
// Folding and tokens

/** Code points the fold drops: harakat and Quranic marks, tatweel, bidi and zero-width marks, BOM. */
function dropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff
  );
}

/** Letters folded to one form: [from, to], by code point. */
const LETTER_FOLDS = new Map<number, string>([
  // Alef with hamza or madda, and wasla, to bare alef.
  [0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'],
  // Alef maqsura and Persian yeh (U+06CC) to yeh; teh marbuta to heh; keheh (U+06A9) to kaf.
  [0x0649, 'ي'], [0x06cc, 'ي'], [0x0629, 'ه'], [0x06a9, 'ك'],
  // Arabic comma, semicolon, decimal and thousands separators to their ASCII forms.
  [0x060c, ','], [0x061b, ';'], [0x066b, '.'], [0x066c, ','],
  // Dashes and the fraction slash to their ASCII forms.
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2212, '-'], [0x2044, '/'], [0x2215, '/'],
]);

/** Folds a date text for lookup; see the module comment. Keeps length-independent meaning only. */
export function foldDateText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i];
    } else if (c === 0x0640 && !isLetter(text.charCodeAt(i - 1)) && !isLetter(text.charCodeAt(i + 1)) && text.charCodeAt(i - 1) !== 0x0640) {
      // A tatweel touching no letter is a dash typed with the Arabic keyboard (`19 ـ 11 ـ 2031`); the rest of its run is dropped.
      out += '-';
    } else if (dropped(c)) {
      continue;
    } else if (c >= 0x0660 && c <= 0x0669) {
      out += String.fromCharCode(c - 0x0660 + 48);
    } else if (c >= 0x06f0 && c <= 0x06f9) {
      out += String.fromCharCode(c - 0x06f0 + 48);
    } else if (c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) {
      out += ' ';
    } else {
      const lower = text[i]!.toLowerCase();
      // One character in, one out (surrogates and multi-character lower cases kept as they are), so positions map back.
      out += LETTER_FOLDS.get(c) ?? (lower.length === 1 ? lower : text[i]);
    }
  }
  return out;
}

/** The letters of an English ordinal after a day's number (`5th`, `1st`), lower-cased as the folded text is. */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Seconds in each unit of fixed length (a month's and a year's vary: they are not added to). */
const UNIT_SECONDS: Partial<Record<TimeUnit, number>> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };

/** Two amounts of fixed units, the second the smaller (`3 ساعات و 20 دقيقة`), as one count of the smaller unit; null otherwise. */
function sumAmounts(a: { unit: TimeUnit; count: number }, b: { unit: TimeUnit; count: number }): { unit: TimeUnit; count: number } | null {
  const sa = UNIT_SECONDS[a.unit];
  const sb = UNIT_SECONDS[b.unit];
  if (sa === undefined || sb === undefined || sb >= sa) return null;
  return { unit: b.unit, count: a.count * (sa / sb) + b.count };
}

/** Tokens know where they sit in the folded text (`at` to `end`, exclusive), to cut the date's text from the original. */
type Token = { at: number; end: number } & (
  | { t: 'num'; value: number; digits: number; space: boolean }
  | { t: 'word'; text: string; space: boolean; meaning: DateWord | null; span: number }
  | { t: 'sep'; char: string; space: boolean }
);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Letters of words: Arabic letters (not its punctuation or digits), Latin letters and their accented forms. */
const isLetter = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The phrase table, folded, as word sequences keyed by their first word. */
interface PhraseIndex {
  /** Folded phrase (words joined by one space) to meaning. */
  meaning: Map<string, DateWord>;
  /** Longest phrase in words. */
  longest: number;
}

function buildIndex(): PhraseIndex {
  const meaning = new Map<string, DateWord>();
  let longest = 1;
  for (const [phrase, m] of DATE_PHRASES) {
    const words = foldDateText(phrase).split(/\s+/).filter((w) => w !== '');
    const key = words.join(' ');
    if (!meaning.has(key)) meaning.set(key, m);
    longest = Math.max(longest, words.length);
  }
  return { meaning, longest };
}

/** Longest run of digits read as one number: more is an id, not a date part. */
const MAX_DIGITS = 8;

function tokenize(folded: string, index: PhraseIndex): Token[] {
  const raw: Token[] = [];
  let space = true;
  let i = 0;
  while (i < folded.length) {
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < folded.length && isDigit(folded.charCodeAt(i))) i++;
      const digits = i - start;
      const value = digits > MAX_DIGITS ? -1 : Number.parseInt(folded.slice(start, i), 10);
      // An English ordinal's letters on a day (`5th`, `1st`, `22nd`) belong to the number.
      const suffix = digits <= 2 && ORDINAL_SUFFIXES.has(folded.slice(i, i + 2)) && !isLetter(folded.charCodeAt(i + 2)) ? 2 : 0;
      raw.push({ t: 'num', value, digits, space, at: start, end: i + suffix });
      i += suffix;
    } else if (isLetter(c)) {
      while (i < folded.length && isLetter(folded.charCodeAt(i))) i++;
      raw.push({ t: 'word', text: folded.slice(start, i), space, meaning: null, span: 1, at: start, end: i });
    } else {
      i++;
      raw.push({ t: 'sep', char: folded[start]!, space, at: start, end: i });
    }
    space = false;
  }
  // Phrases: at each word, the longest run of words (spaces only between them) that the table knows.
  for (let k = 0; k < raw.length; k++) {
    const tok = raw[k]!;
    if (tok.t !== 'word') continue;
    let key = tok.text;
    let best: DateWord | null = index.meaning.get(key) ?? null;
    let span = 1;
    for (let n = 1; n < index.longest && k + n < raw.length; n++) {
      const next = raw[k + n]!;
      if (next.t !== 'word' || !next.space) break;
      key += ` ${next.text}`;
      const m = index.meaning.get(key);
      if (m) {
        best = m;
        span = n + 1;
      }
    }
    tok.meaning = best;
    tok.span = span;
    tok.end = raw[k + span - 1]!.end;
    for (let n = 1; n < span; n++) {
      const inner = raw[k + n] as Extract<Token, { t: 'word' }>;
      inner.meaning = null;
      inner.span = 0;
    }
    k += span - 1;
  }
  return raw.filter((tok) => tok.t !== 'word' || tok.span > 0);
}

// ---------------------------------------------------------------------------
// Reading one segment

interface Ymd {
  year: number;
  month: number;
  day: number;
}

interface Found {
  gregory: (Ymd & { precision: 'month' | 'day'; ambiguous: boolean }) | null;
  islamic: Ymd | null;
  weekday: number | null;
  time: { hour: number; minute: number; second: number | null } | null;
  offset: number | null;
  zone: string | null;
  relative: { unit: TimeUnit; count: number } | { days: number; now: boolean } | null;
}

const wordMeaning = (tok: Token | undefined): DateWord | null => (tok && tok.t === 'word' ? tok.meaning : null);
const isNum = (tok: Token | undefined): tok is Extract<Token, { t: 'num' }> => tok !== undefined && tok.t === 'num';
const isSep = (tok: Token | undefined, chars: string): boolean => tok !== undefined && tok.t === 'sep' && chars.includes(tok.char);
/** Between hours and minutes: a colon, or the French `h` glued to both (`10h30`, as Maghreb sites write it). */
const isClockSep = (tok: Token | undefined, minutes: Token | undefined): boolean =>
  isSep(tok, ':') || (tok !== undefined && tok.t === 'word' && tok.text === 'h' && !tok.space && minutes !== undefined && !minutes.space);

/** A year as written: four digits in range, or two digits (pivot at `TWO_DIGIT_YEAR_PIVOT`). */
function gregorianYear(tok: Extract<Token, { t: 'num' }>, twoDigits: boolean): number | null {
  if (tok.digits === 4 && tok.value >= GREGORIAN_YEARS.min && tok.value <= GREGORIAN_YEARS.max) return tok.value;
  if (twoDigits && tok.digits === 2) return tok.value <= TWO_DIGIT_YEAR_PIVOT ? 2000 + tok.value : 1900 + tok.value;
  return null;
}

/**
 * A 12-hour clock reading on the 24-hour clock: am (12 is midnight), pm (12 is
 * noon), noon (`ظهرا`: 11 stays, 1 to 5 are afternoon), night (`ليلا`: 6 to 11 are evening, 12 is midnight).
 */
function twentyFourHour(hour: number, meridiem: boolean | 'noon' | 'night'): number {
  if (meridiem === false) return hour === 12 ? 0 : hour;
  if (meridiem === true) return hour === 12 ? 12 : hour + 12;
  if (meridiem === 'noon') return hour >= 1 && hour <= 5 ? hour + 12 : hour;
  return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
}

const isDay = (tok: Token | undefined): tok is Extract<Token, { t: 'num' }> => isNum(tok) && tok.digits <= 2 && tok.value >= 1 && tok.value <= 31;

class SegmentReader {
  readonly used: boolean[];
  readonly found: Found = { gregory: null, islamic: null, weekday: null, time: null, offset: null, zone: null, relative: null };
  /** A date was written that does not exist (31 February). */
  invalid = false;
  /** The order a numeric date proves by a number over 12 (`25/5/2020` day first, `5/25/2020` month first). */
  order: NumericOrder | null = null;

  constructor(private readonly toks: Token[], private readonly monthFirst: boolean) {
    this.used = new Array<boolean>(toks.length).fill(false);
  }

  read(): Found {
    this.times();
    this.hours();
    this.monthNames();
    this.numeric();
    this.words();
    return this.found;
  }

  private free(k: number): boolean {
    return k >= 0 && k < this.toks.length && !this.used[k];
  }

  private take(from: number, to: number): void {
    for (let k = from; k <= to; k++) this.used[k] = true;
  }

  /** `h:mm`, `h:mm:ss`, with a meridiem after (`ص`, `م`, `مساءً`, `PM`) and an offset (`+03:00`, `GMT+3`). */
  private times(): void {
    const t = this.toks;
    for (let k = 0; k + 2 < t.length; k++) {
      const h = t[k]!;
      const m = t[k + 2]!;
      if (!isNum(h) || !isClockSep(t[k + 1], m) || !isNum(m) || h.digits > 2 || m.digits !== 2 || h.value > 24 || m.value > 59) continue;
      if (!this.free(k) || (k > 0 && isSep(t[k - 1], ':') && isNum(t[k - 2]))) continue;
      let end = k + 2;
      let second: number | null = null;
      const s = t[k + 4];
      if (isSep(t[k + 3], ':') && isNum(s) && s.digits === 2 && s.value <= 59) {
        second = s.value;
        end = k + 4;
      }
      // A fraction of a second (`12:30:15.250`) is dropped.
      if (second !== null && isSep(t[end + 1], '.') && isNum(t[end + 2]) && !t[end + 2]!.space) end += 2;
      let hour = h.value;
      const mark = wordMeaning(t[end + 1]);
      const meridiem = mark?.kind === 'meridiem' ? mark.pm : mark?.kind === 'era-or-pm' ? true : undefined;
      if (meridiem !== undefined && hour <= 12) {
        end++;
        hour = twentyFourHour(hour, meridiem);
        // `a.m.`: the dot and the m that follow the a.
        if (isSep(t[end + 1], '.') && wordMeaning(t[end + 2]) === null && t[end + 2]?.t === 'word') end += 2;
      }
      if (hour === 24) {
        if (m.value !== 0) continue;
        hour = 0;
      }
      this.found.time ??= { hour, minute: m.value, second };
      this.take(k, end);
      this.offsetAfter(end);
    }
  }

  /** An hour with a meridiem word and no minutes: `12 ص`, `5 مساءً`, `9 pm` (not `5 م`, which may be a year's era). */
  private hours(): void {
    const t = this.toks;
    for (let k = 0; k + 1 < t.length; k++) {
      const h = t[k];
      const mark = wordMeaning(t[k + 1]);
      if (this.found.time || !this.free(k) || !isNum(h) || h.digits > 2 || h.value < 1 || h.value > 12 || mark?.kind !== 'meridiem') continue;
      if (isSep(t[k - 1], ':/-.') || isSep(t[k + 2], ':')) continue;
      this.found.time = { hour: twentyFourHour(h.value, mark.pm), minute: 0, second: null };
      this.take(k, k + 1);
      this.offsetAfter(k + 1);
    }
  }

  /** An offset or UTC name right after a time, in brackets or not (`10:30 (UTC+03:00)`). */
  private offsetAfter(end: number): void {
    const t = this.toks;
    let k = end + 1;
    if (isSep(t[k], '([')) k++;
    const zone = wordMeaning(t[k]);
    if (zone?.kind === 'zone' && zone.bare) {
      this.take(k, k);
      this.found.offset ??= 0;
      this.found.zone ??= 'UTC';
      k++;
    }
    const sign = t[k];
    const n = t[k + 1];
    if (sign?.t === 'sep' && (sign.char === '+' || sign.char === '-') && isNum(n) && !n.space) {
      let text = `${sign.char}${t[k + 1] && isNum(n) ? String(n.value).padStart(n.digits, '0') : ''}`;
      let last = k + 1;
      const mm = t[k + 3];
      if (isSep(t[k + 2], ':') && isNum(mm) && mm.digits === 2 && !t[k + 2]!.space) {
        text += `:${pad2(mm.value)}`;
        last = k + 3;
      }
      const offset = parseOffset(text);
      if (offset !== null) {
        this.found.offset = offset;
        this.found.zone = null;
        this.take(k, last);
      }
    }
  }

  /** A month name with its day (before it, or after it in English order) and year (after it). */
  private monthNames(): void {
    const t = this.toks;
    for (let k = 0; k < t.length; k++) {
      const w = wordMeaning(t[k]);
      if (!this.free(k) || !w || (w.kind !== 'month' && w.kind !== 'month-pair')) continue;
      let month: number;
      let calendar: 'gregory' | 'islamic';
      let end = k;
      if (w.kind === 'month-pair') {
        const n = t[k + 1];
        if (!isNum(n) || (n.value !== 1 && n.value !== 2) || n.digits !== 1 || (w.glued && n.space)) continue;
        month = n.value === 1 ? w.first : w.second;
        calendar = 'gregory';
        end = k + 1;
      } else {
        month = w.month;
        calendar = w.calendar;
      }
      // The double form `شباط/فبراير`, `آذار (مارس)`: a second month name of the same month right after.
      let j = end + 1;
      if (isSep(t[j], '/(-')) j++;
      const twin = wordMeaning(t[j]);
      if (twin?.kind === 'month' && twin.month === month && twin.calendar === calendar) {
        end = isSep(t[j + 1], ')') ? j + 1 : j;
      }
      // Day before the month: `15 مايو`, `30/أغسطس`, `24, أغسطس`, `15-May`, `19 من نوفمبر`.
      let from = k;
      let day: number | null = null;
      let p = k - 1;
      if (isSep(t[p], '/-,.')) p--;
      else while (wordMeaning(t[p])?.kind === 'day-of') p--;
      if (this.free(p) && isDay(t[p])) {
        day = (t[p] as Extract<Token, { t: 'num' }>).value;
        from = p;
      } else if (p < k - 1 && this.free(p) && wordMeaning(t[p])?.kind === 'ordinal-day') {
        // An ordinal only before `من` (`العاشر من نوفمبر`): `الأول نوفمبر` is no date's day.
        day = (wordMeaning(t[p]) as { day: number }).day;
        from = p;
      }
      // English order: `July 10, 2012`, `May 15 2024`.
      let q = end + 1;
      if (day === null && isDay(t[q]) && !(t[q + 1] && isSep(t[q + 1], ':'))) {
        const after = t[q + 1];
        const yearNext = isSep(after, ',') ? t[q + 2] : after;
        if (isNum(yearNext) && yearNext.digits === 4) {
          day = (t[q] as Extract<Token, { t: 'num' }>).value;
          end = q;
          q = isSep(after, ',') ? q + 2 : q + 1;
        }
      }
      // Year after the month: `مايو 2024`, `/2017`, `, 2012`, `-۶۴۱` is no year.
      if (q === end + 1 && isSep(t[q], '/-,.')) q++;
      const y = t[q];
      let year: number | null = null;
      if (isNum(y) && !(t[q + 1] && isSep(t[q + 1], ':') && isNum(t[q + 2]))) {
        if (calendar === 'islamic') year = y.digits === 4 && y.value >= HIJRI_YEARS.min && y.value <= HIJRI_YEARS.max ? y.value : null;
        else year = gregorianYear(y, false);
      }
      if (year === null) {
        this.take(from, end);
        continue;
      }
      end = q;
      const era = wordMeaning(t[end + 1]);
      if (era && (era.kind === 'era' || era.kind === 'era-or-pm')) end++;
      this.take(from, end);
      this.record(calendar, year, month, day);
    }
  }

  private record(calendar: 'gregory' | 'islamic', year: number, month: number, day: number | null, ambiguous = false): void {
    if (calendar === 'islamic') {
      if (day !== null && !this.found.islamic) this.found.islamic = { year, month, day };
      return;
    }
    if (this.found.gregory) return;
    if (day !== null && !validCivil(year, month, day)) {
      this.invalid = true;
      return;
    }
    this.found.gregory = day === null ? { year, month, day: 1, precision: 'month', ambiguous } : { year, month, day, precision: 'day', ambiguous };
  }

  /** `d/m/y`, `y/m/d`, `d-m-y`, `d.m.y` with one separator throughout (spaces allowed around it), an era mark after. */
  private numeric(): void {
    const t = this.toks;
    for (let k = 0; k + 4 < t.length; k++) {
      const a = t[k];
      const s1 = t[k + 1];
      const b = t[k + 2];
      const s2 = t[k + 3];
      const c = t[k + 4];
      if (!this.free(k) || !isNum(a) || !isNum(b) || !isNum(c) || s1?.t !== 'sep' || s2?.t !== 'sep') continue;
      if (s1.char !== s2.char || !'/-.'.includes(s1.char) || !this.free(k + 2) || !this.free(k + 4)) continue;
      if (isSep(t[k + 5], s1.char) && isNum(t[k + 6])) continue;
      if (k > 0 && isSep(t[k - 1], s1.char) && isNum(t[k - 2])) continue;
      let end = k + 4;
      const era = wordMeaning(t[end + 1]);
      const islamicEra = era?.kind === 'era' && era.calendar === 'islamic';
      if (era && (era.kind === 'era' || era.kind === 'era-or-pm')) end++;
      if (a.digits === 4) {
        // Year first: y/m/d.
        if (islamicEra || (a.value >= HIJRI_YEARS.min && a.value < GREGORIAN_YEARS.min)) {
          this.take(k, end);
          this.record('islamic', a.value, b.value, c.value);
        } else if (gregorianYear(a, false) !== null && b.value >= 1 && b.value <= 12 && c.digits <= 2) {
          this.take(k, end);
          this.record('gregory', a.value, b.value, c.value);
        }
        continue;
      }
      if (a.digits > 2 || b.digits > 2) continue;
      if (islamicEra || (c.digits === 4 && c.value >= HIJRI_YEARS.min && c.value < GREGORIAN_YEARS.min)) {
        this.take(k, end);
        this.record('islamic', c.value, b.value, a.value);
        continue;
      }
      const year = gregorianYear(c, c.digits === 2);
      if (year === null) continue;
      let day = a.value;
      let month = b.value;
      let ambiguous = false;
      if (a.value <= 12 && b.value > 12 && b.value <= 31) {
        day = b.value;
        month = a.value;
        this.order ??= 'month-first';
      } else if (a.value > 12 && a.value <= 31 && b.value <= 12) {
        this.order ??= 'day-first';
      } else if (a.value <= 12 && b.value <= 12 && a.value !== b.value) {
        ambiguous = true;
        if (this.monthFirst) {
          day = b.value;
          month = a.value;
        }
      }
      if (month < 1 || month > 12) continue;
      this.take(k, end);
      this.record('gregory', year, month, day, ambiguous);
    }
  }

  /** Weekdays, zones after `بتوقيت`, and relative times. */
  private words(): void {
    const t = this.toks;
    for (let k = 0; k < t.length; k++) {
      const w = wordMeaning(t[k]);
      if (!w || !this.free(k)) continue;
      switch (w.kind) {
        case 'weekday':
          this.found.weekday ??= w.day;
          this.take(k, k);
          break;
        case 'zone-lead': {
          const z = wordMeaning(t[k + 1]);
          if (z?.kind === 'zone' && this.found.offset === null) {
            this.found.zone = z.zone;
            this.take(k, k + 1);
          }
          break;
        }
        case 'zone':
          if (w.bare && this.found.offset === null) {
            this.found.zone = 'UTC';
            this.found.offset = 0;
            this.take(k, k);
          }
          break;
        case 'ago-lead': {
          const rel = this.amount(k + 1);
          if (rel) {
            // `منذ 3 ساعات و 20 دقيقة`: a smaller amount joined by و adds to the first.
            const more = this.joinedAmount(rel.last + 1);
            const both = more && sumAmounts(rel.amount, more.amount);
            this.found.relative ??= both ?? rel.amount;
            this.take(k, more && both ? more.last : rel.last);
          }
          break;
        }
        case 'unit': {
          // `5 hours ago`, `ثلاث ساعات مضت`.
          const before = t[k - 1];
          const count = isNum(before) ? before.value : wordMeaning(before)?.kind === 'number' ? (wordMeaning(before) as { value: number }).value : w.count;
          if (wordMeaning(t[k + 1])?.kind === 'ago-tail') {
            this.found.relative ??= { unit: w.unit, count };
            this.take(isNum(before) || wordMeaning(before)?.kind === 'number' ? k - 1 : k, k + 1);
          }
          break;
        }
        case 'day-word':
          this.found.relative ??= { days: w.days, now: w.now === true };
          this.take(k, k);
          break;
        default:
          break;
      }
    }
  }

  /** `5 ساعات`, `ثلاث ساعات`, `ساعتين`, `ساعة`, after `منذ`/`قبل`. */
  /** An amount after a joining و standing apart (`و 20 دقيقة`, `و20 دقيقة`, `و عشر دقائق`) at token k; null when there is none. */
  private joinedAmount(k: number): { amount: { unit: TimeUnit; count: number }; last: number } | null {
    const t = this.toks[k];
    if (t?.t !== 'word' || t.text !== 'و' || !this.free(k)) return null;
    return this.amount(k + 1);
  }

  private amount(k: number): { amount: { unit: TimeUnit; count: number }; last: number } | null {
    const t = this.toks;
    const first = t[k];
    let count: number | null = null;
    if (isNum(first)) {
      count = first.value;
      k++;
    } else if (wordMeaning(first)?.kind === 'number') {
      count = (wordMeaning(first) as { value: number }).value;
      k++;
    }
    const unit = wordMeaning(t[k]);
    if (unit?.kind !== 'unit') return null;
    return { amount: { unit: unit.unit, count: count ?? unit.count }, last: k };
  }
}

// ---------------------------------------------------------------------------
// The parser

/** A reference time as wall clock plus an offset (null when the text gave none). */
interface Reference {
  /** Wall-clock ms (the wall time read as UTC). */
  wall: number;
  offset: number | null;
  hasTime: boolean;
}

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

const UNIT_MS: Record<'second' | 'minute' | 'hour', number> = { second: 1000, minute: 60_000, hour: 3_600_000 };

/**
 * Reads date lines. One instance keeps the folded phrase table and the
 * calendar caches; reuse it across lines. Options apply to every line.
 */
export class DateParser {
  private readonly index: PhraseIndex;
  private readonly calendars: Calendars;
  private readonly reference: Reference | null;
  private readonly zoneCache = new Map<string, number | null>();

  /** Throws a `RangeError` for a reference time or zone that cannot be read: those are the caller's to check. */
  constructor(private readonly options: DateOptions = {}, calendars?: Calendars, index?: PhraseIndex) {
    this.index = index ?? buildIndex();
    this.calendars = calendars ?? new Calendars();
    if (options.timezone !== undefined && !this.calendars.zones.known(options.timezone)) throw new RangeError(`unknown time zone '${options.timezone}'`);
    this.reference = options.referenceTime === undefined ? null : readReference(options.referenceTime);
    if (options.referenceTime !== undefined && this.reference === null) throw new RangeError(`cannot read reference time '${options.referenceTime}' (use ISO 8601, e.g. 2024-05-15T10:00:00+03:00)`);
  }

  /** The same parser counting relative dates from another reference time (a JSON Lines record's crawl time); shares the caches. */
  withReferenceTime(referenceTime: string | undefined): DateParser {
    if (referenceTime === this.options.referenceTime) return this;
    return new DateParser({ ...this.options, referenceTime }, this.calendars, this.index);
  }

  /** The same parser reading ambiguous numeric dates in the given order (one the site's other dates prove). */
  withOrder(order: NumericOrder): DateParser {
    const monthFirst = order === 'month-first';
    if (monthFirst === (this.options.monthFirst === true)) return this;
    return new DateParser({ ...this.options, monthFirst }, this.calendars, this.index);
  }

  /** The first date of a text, or null when it holds none. Does not split publication and update dates: see `parseLine`. */
  parse(text: string): DateResult {
    const toks = tokenize(foldDateText(text), this.index);
    return this.evaluate(toks, new Source(text), null);
  }

  /**
   * A date line's publication and update dates. The line is cut at its labels
   * (`نشر في`, `آخر تحديث`); a label at the end names the date before it; an
   * update that gives only a time takes the publication's day.
   */
  parseLine(text: string): DateLineResult {
    const folded = foldDateText(text);
    const toks = tokenize(folded, this.index);
    const cuts: { at: number; which: 'published' | 'updated' }[] = [];
    toks.forEach((tok, k) => {
      const m = wordMeaning(tok);
      if (m?.kind === 'label') cuts.push({ at: k, which: m.which });
    });
    const warnings: DateWarning[] = [];
    if (cuts.length === 0) {
      const r = this.evaluate(toks, new Source(text), null);
      return { published: r.date, updated: null, warnings: r.warnings, order: r.order };
    }
    // Segments: before the first label (named by a label that trails it, or published), and after each label.
    const segments: { from: number; to: number; which: 'published' | 'updated' }[] = [];
    const head = { from: 0, to: cuts[0]!.at };
    const parts = cuts.map((c, n) => ({ from: c.at + 1, to: n + 1 < cuts.length ? cuts[n + 1]!.at : toks.length, which: c.which }));
    const hasTokens = (from: number, to: number): boolean => toks.slice(from, to).some((tok) => tok.t !== 'sep');
    const hasNumbers = (from: number, to: number): boolean => toks.slice(from, to).some((tok) => tok.t === 'num' || wordMeaning(tok)?.kind === 'day-word' || wordMeaning(tok)?.kind === 'ago-lead');
    if (hasTokens(head.from, head.to)) {
      // `7/21/2012 4:11 AM أخر تحديث للصفحة في`: a label with no date after it names the date before it.
      const trailing = parts.length > 0 && !hasNumbers(parts[0]!.from, parts[0]!.to);
      segments.push({ ...head, which: trailing ? cuts[0]!.which : 'published' });
    }
    for (const p of parts) if (hasTokens(p.from, p.to)) segments.push(p);
    let published: DateInfo | null = null;
    let updated: DateInfo | null = null;
    let order: NumericOrder | null = null;
    const source = new Source(text);
    for (const seg of segments) {
      const base = seg.which === 'updated' ? published : null;
      const r = this.evaluate(toks.slice(seg.from, seg.to), source, base);
      for (const w of r.warnings) warnings.push(w);
      order ??= r.order;
      if (!r.date) continue;
      if (seg.which === 'published') published ??= r.date;
      else updated ??= r.date;
    }
    return { published, updated, warnings, order };
  }

  private evaluate(toks: Token[], source: Source, base: DateInfo | null): DateResult {
    const reader = new SegmentReader(toks, this.options.monthFirst === true);
    const f = reader.read();
    const first = reader.used.indexOf(true);
    const text = first < 0 ? source.text.trim() : source.slice(toks[first]!.at, toks[reader.used.lastIndexOf(true)]!.end);
    const warnings: DateWarning[] = [];
    if (reader.invalid && !f.gregory && !f.islamic) warnings.push({ code: 'date-invalid', message: `no such day: ${text}` });
    const info: DateInfo = { text, iso: null, precision: null, calendar: null, hijri: null, offset: null, offsetSource: null, relative: false, orderAmbiguous: false };
    const hijri = this.calendars.hijri;
    let days: number | null = null;
    if (f.gregory) {
      info.calendar = f.islamic ? 'both' : 'gregory';
      info.orderAmbiguous = f.gregory.ambiguous;
      if (f.gregory.precision === 'month') {
        info.iso = `${f.gregory.year}-${pad2(f.gregory.month)}`;
        info.precision = 'month';
      } else {
        days = dayNumber(f.gregory.year, f.gregory.month, f.gregory.day);
      }
      if (f.islamic) {
        const stated = hijri.toDays(f.islamic.year, f.islamic.month, f.islamic.day);
        info.hijri = formatYmd(f.islamic);
        if (days !== null && (stated === null || Math.abs(stated - days) > CALENDAR_TOLERANCE_DAYS)) {
          warnings.push({ code: 'date-calendar-mismatch', message: `the Hijri date ${info.hijri} is not ${isoDay(days)} (the Gregorian date is kept): ${text}` });
        }
      }
    } else if (f.islamic) {
      days = hijri.toDays(f.islamic.year, f.islamic.month, f.islamic.day);
      info.calendar = 'islamic';
      info.hijri = formatYmd(f.islamic);
      if (days === null) warnings.push({ code: 'date-invalid', message: `no such Hijri day: ${text}` });
      // A month begins where the moon is sighted, a day before or after the table's: the weekday the line names says
      // which day it is (`الأحد 17 جمادى الآخرة 1447` is the Sunday the table counts as the 16th).
      else if (f.weekday !== null) days = sightedDay(days, f.weekday);
    }
    let time = f.time;
    if (days === null && info.iso === null) {
      if (base?.iso && time && base.precision !== 'month' && base.precision !== 'year') {
        // An update that names only a time: the publication's day.
        days = dayNumber(Number(base.iso.slice(0, 4)), Number(base.iso.slice(5, 7)), Number(base.iso.slice(8, 10)));
        info.calendar = base.calendar;
      } else if (f.relative || time) {
        return { date: this.relative(info, f, time), warnings, order: reader.order };
      } else {
        return { date: null, warnings, order: reader.order };
      }
    }
    if (days === null) return { date: info.iso ? info : null, warnings, order: reader.order };
    if (!info.hijri) {
      const h = hijri.fromDays(days);
      if (h) info.hijri = formatYmd(h);
    }
    if (f.weekday !== null && f.weekday !== weekdayOf(days)) {
      warnings.push({ code: 'date-weekday-mismatch', message: `${isoDay(days)} is not the weekday the text names (the date is kept): ${text}` });
    }
    this.finish(info, days, time, f);
    return { date: info, warnings, order: reader.order };
  }

  /** Sets iso, precision and offset of a day with an optional time. */
  private finish(info: DateInfo, days: number, time: Found['time'], f: Found): void {
    info.iso = isoDay(days);
    info.precision = 'day';
    if (!time) return;
    const clock = `${pad2(time.hour)}:${pad2(time.minute)}`;
    info.precision = time.second === null ? 'minute' : 'second';
    const wall = days * 86_400_000 + ((time.hour * 60 + time.minute) * 60 + (time.second ?? 0)) * 1000;
    let offset: number | null = null;
    if (f.offset !== null) {
      offset = f.offset;
      info.offsetSource = 'text';
    } else if (f.zone !== null) {
      offset = this.zoneOffset(f.zone, wall);
      if (offset !== null) info.offsetSource = 'text';
    } else if (this.options.timezone !== undefined) {
      offset = this.zoneOffset(this.options.timezone, wall);
      if (offset !== null) info.offsetSource = 'option';
    }
    if (offset === null) {
      info.iso += `T${clock}${time.second === null ? '' : `:${pad2(time.second)}`}`;
    } else {
      info.offset = formatOffset(offset);
      info.iso += `T${clock}:${pad2(time.second ?? 0)}${info.offset}`;
    }
  }

  /** A relative time (`منذ 3 ساعات`, `أمس`, a bare time of day) against the reference time. */
  private relative(info: DateInfo, f: Found, time: Found['time']): DateInfo {
    info.relative = true;
    const ref = this.reference;
    if (!ref) return info;
    // The reference in the site's zone when one is given, else as written.
    let wall = ref.wall;
    let offset = ref.offset;
    let source: DateInfo['offsetSource'] = offset === null ? null : 'reference';
    if (this.options.timezone !== undefined && ref.offset !== null) {
      const instant = ref.wall - ref.offset * 60_000;
      offset = this.calendars.zones.offsetAtInstant(this.options.timezone, instant);
      if (offset !== null) {
        wall = instant + offset * 60_000;
        source = 'option';
      }
    }
    const refDays = Math.floor(wall / 86_400_000);
    const rel = f.relative;
    if (rel && 'unit' in rel) {
      if (rel.unit === 'second' || rel.unit === 'minute' || rel.unit === 'hour') {
        if (!ref.hasTime) return info;
        const at = wall - rel.count * UNIT_MS[rel.unit];
        const atDays = Math.floor(at / 86_400_000);
        const msOfDay = at - atDays * 86_400_000;
        const t = { hour: Math.floor(msOfDay / 3_600_000), minute: Math.floor(msOfDay / 60_000) % 60, second: null };
        this.placeRelative(info, atDays, t, offset, source);
        return info;
      }
      if (rel.unit === 'day' || rel.unit === 'week') {
        this.placeRelative(info, refDays - rel.count * (rel.unit === 'week' ? 7 : 1), null, null, null);
        return info;
      }
      const c = civilDate(refDays);
      const months = c.year * 12 + (c.month - 1) - rel.count * (rel.unit === 'year' ? 12 : 1);
      const year = Math.floor(months / 12);
      info.iso = rel.unit === 'year' ? String(year) : `${year}-${pad2((months % 12) + 1)}`;
      info.precision = rel.unit === 'year' ? 'year' : 'month';
      return info;
    }
    if (rel && rel.now) {
      if (!ref.hasTime) return info;
      const msOfDay = wall - refDays * 86_400_000;
      this.placeRelative(info, refDays, { hour: Math.floor(msOfDay / 3_600_000), minute: Math.floor(msOfDay / 60_000) % 60, second: null }, offset, source);
      return info;
    }
    const days = refDays + (rel ? rel.days : 0);
    this.finish(info, days, time, f);
    const h = this.calendars.hijri.fromDays(days);
    if (h) info.hijri = formatYmd(h);
    return info;
  }

  private placeRelative(info: DateInfo, days: number, time: Found['time'], offset: number | null, source: DateInfo['offsetSource']): void {
    const h = this.calendars.hijri.fromDays(days);
    if (h) info.hijri = formatYmd(h);
    info.iso = isoDay(days);
    info.precision = 'day';
    if (!time) return;
    info.precision = 'minute';
    const clock = `${pad2(time.hour)}:${pad2(time.minute)}`;
    if (offset === null) info.iso += `T${clock}`;
    else {
      info.offset = formatOffset(offset);
      info.offsetSource = source;
      info.iso += `T${clock}:00${info.offset}`;
    }
  }

  /** A zone's offset at a wall-clock time, cached per zone and hour. */
  private zoneOffset(zone: string, wall: number): number | null {
    const key = `${zone} ${Math.floor(wall / 3_600_000)}`;
    let offset = this.zoneCache.get(key);
    if (offset === undefined) {
      offset = this.calendars.zones.offsetAtLocal(zone, wall);
      if (this.zoneCache.size > 4096) this.zoneCache.clear();
      this.zoneCache.set(key, offset);
    }
    return offset;
  }
}

function readReference(text: string): Reference | null {
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validCivil(year, month, day)) return null;
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = m[7] === undefined ? null : parseOffset(m[7]);
  if (m[7] !== undefined && offset === null) return null;
  return { wall: dayNumber(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000, offset, hasTime: m[4] !== undefined };
}

const formatYmd = (d: Ymd): string => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;

function isoDay(days: number): string {
  const c = civilDate(days);
  return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** The original text of a line, cut by positions in its folded form (the fold drops characters, never adds or splits one). */
class Source {
  private back: number[] | null = null;

  constructor(readonly text: string) {}

  /** The original text from folded position `from` to `to` (exclusive). */
  slice(from: number, to: number): string {
    if (!this.back) {
      this.back = [];
      for (let i = 0; i < this.text.length; i++) if (!dropped(this.text.charCodeAt(i))) this.back.push(i);
    }
    const back = this.back;
    if (to <= from || from >= back.length) return this.text.trim();
    // Through the last kept character, and any marks the fold dropped right after it (a tatweel, harakat).
    let end = back[to - 1]! + 1;
    while (end < this.text.length && dropped(this.text.charCodeAt(end)) && !isBidiOrSpace(this.text.charCodeAt(end))) end++;
    return this.text.slice(back[from]!, end);
  }
}

/** Bidi and zero-width marks: dropped by the fold, and not part of a date's text at its edges. */
const isBidiOrSpace = (c: number): boolean => (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff;

/** The first date of a text; a convenience over `DateParser` (build one parser to read many lines). */
export function parseDate(text: string, options: DateOptions = {}): DateResult {
  return new DateParser(options).parse(text);
}

/** A line's publication and update dates; a convenience over `DateParser.parseLine`. */
export function parseDateLine(text: string, options: DateOptions = {}): DateLineResult {
  return new DateParser(options).parseLine(text);
}

/** The day within `HIJRI_SIGHTING_DAYS` of `days` that falls on `weekday` (the nearest), or `days` when none does. */
function sightedDay(days: number, weekday: number): number {
  for (let k = 0; k <= HIJRI_SIGHTING_DAYS; k++) {
    if (weekdayOf(days - k) === weekday) return days - k;
    if (weekdayOf(days + k) === weekday) return days + k;
  }
  return days;
}
