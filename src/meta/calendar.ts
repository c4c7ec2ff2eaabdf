/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), the Umm al-Qura
 * Hijri calendar through Node's own ICU (`Intl.DateTimeFormat` with
 * `islamic-umalqura`, which covers 1300-1600 AH), and time-zone offsets from
 * the IANA rules ICU carries. No tables of our own: ICU is the reference the
 * tests compare against. Month starts are found once per Hijri year and kept.
 */
import { HIJRI_YEARS } from './date-tables.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The Gregorian date of a day number. */
export function civilDate(days: number): { year: number; month: number; day: number } {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** True when the Gregorian date exists (no 31 April, 29 February only in leap years). */
export function validCivil(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const c = civilDate(dayNumber(year, month, day));
  return c.month === month && c.day === day;
}

/** Weekday of a day number, 0 for Sunday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

// 1 Muharram 1300 AH is 12 November 1882; a lunar month is 29.530588853 days on average.
const HIJRI_EPOCH = dayNumber(1882, 11, 12);
const MEAN_MONTH = 29.530588853;

/** Caches of one calendar's lookups; one per Parser-free caller is enough, they hold only ICU facts. */
class HijriCalendar {
  private format: Intl.DateTimeFormat | null = null;
  /** Per Hijri year: the day numbers of the starts of its months 1..12, and of the next year's first. */
  private readonly starts = new Map<number, number[]>();

  /** The Hijri date ICU gives a day number. */
  hijriOf(days: number): { year: number; month: number; day: number } {
    this.format ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    let year = 0;
    let month = 0;
    let day = 0;
    for (const p of this.format.formatToParts(new Date(days * DAY_MS))) {
      if (p.type === 'year') year = Number.parseInt(p.value, 10);
      else if (p.type === 'month') month = Number.parseInt(p.value, 10);
      else if (p.type === 'day') day = Number.parseInt(p.value, 10);
    }
    return { year, month, day };
  }

  /** Day number of the first day of a Hijri month (month 13 is the next year's first). */
  monthStart(year: number, month: number): number {
    if (month === 13) return this.monthStart(year + 1, 1);
    let table = this.starts.get(year);
    if (!table) {
      table = [];
      for (let m = 1; m <= 13; m++) table.push(this.findStart(m === 13 ? year + 1 : year, m === 13 ? 1 : m));
      this.starts.set(year, table);
    }
    return table[month - 1]!;
  }

  private findStart(year: number, month: number): number {
    const target = year * 12 + month;
    let d = HIJRI_EPOCH + Math.round(((year - HIJRI_YEARS.min) * 12 + month - 1) * MEAN_MONTH);
    for (let step = 0; step < 8; step++) {
      const h = this.hijriOf(d);
      const at = h.year * 12 + h.month;
      if (at === target) {
        if (h.day === 1) return d;
        d -= h.day - 1;
      } else if (at < target) d += Math.max(1, 30 - h.day);
      else d -= h.day;
    }
    return d;
  }

  /** Day number of a Hijri date, or null outside 1300-1600 AH or past the month's end. */
  toDays(year: number, month: number, day: number): number | null {
    if (year < HIJRI_YEARS.min || year > HIJRI_YEARS.max || month < 1 || month > 12 || day < 1 || day > 30) return null;
    const start = this.monthStart(year, month);
    if (day > this.monthStart(year, month + 1) - start) return null;
    return start + day - 1;
  }

  /** The Hijri date of a day number, from the cached month starts; null outside 1300-1600 AH. */
  fromDays(days: number): { year: number; month: number; day: number } | null {
    let k = Math.floor((days - HIJRI_EPOCH) / MEAN_MONTH);
    for (let step = 0; step < 4; step++) {
      const year = HIJRI_YEARS.min + Math.floor(k / 12);
      const month = (k % 12) + 1;
      if (year < HIJRI_YEARS.min || year > HIJRI_YEARS.max) return null;
      const start = this.monthStart(year, month);
      if (days < start) k--;
      else if (days >= this.monthStart(year, month + 1)) k++;
      else return { year, month, day: days - start + 1 };
    }
    return null;
  }
}

/** Time-zone offsets by IANA name, with one formatter per zone. */
class Zones {
  private readonly formats = new Map<string, Intl.DateTimeFormat | null>();

  /** True when ICU knows the zone. */
  known(zone: string): boolean {
    return this.formatter(zone) !== null;
  }

  private formatter(zone: string): Intl.DateTimeFormat | null {
    let f = this.formats.get(zone);
    if (f === undefined) {
      try {
        f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      } catch {
        f = null;
      }
      this.formats.set(zone, f);
    }
    return f;
  }

  /** Offset in minutes east of UTC at an instant (ms since the epoch). */
  offsetAtInstant(zone: string, ms: number): number | null {
    const f = this.formatter(zone);
    if (!f) return null;
    const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    return parseOffset(name.slice(3)) ?? 0;
  }

  /** Offset in minutes of a wall-clock time in the zone (ms of that wall clock read as UTC), summer time included. */
  offsetAtLocal(zone: string, localMs: number): number | null {
    let offset = this.offsetAtInstant(zone, localMs);
    if (offset === null) return null;
    for (let k = 0; k < 2; k++) {
      const next: number | null = this.offsetAtInstant(zone, localMs - offset * 60_000);
      if (next === null || next === offset) break;
      offset = next;
    }
    return offset;
  }
}

/** `+03:00`, `+0300`, `+3`, `-05:30` (or empty for UTC) to minutes; null when it is not an offset. */
export function parseOffset(text: string): number | null {
  if (text === '' || text === 'Z' || text === 'z') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

/** Minutes east of UTC as `+03:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The calendar services a date parser needs; one instance carries its caches. */
export class Calendars {
  readonly hijri = new HijriCalendar();
  readonly zones = new Zones();
}
