/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), the Umm al-Qura
 * Hijri calendar of 1300-1600 AH (ICU's `islamic-umalqura` months, read into
 * `hijri-table.ts`; a test compares the two), and time-zone offsets from the
 * IANA rules ICU carries.
 */
import { HIJRI_MONTH_BITS, HIJRI_TABLE_EPOCH, HIJRI_TABLE_YEARS } from './hijri-table.js';

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

/**
 * The Umm al-Qura calendar from the table ICU's months were read into: the
 * day number of every month's start, summed once on first use.
 */
class HijriCalendar {
  /** Month k after Muharram of the first year starts on day `starts[k]`; one more entry ends the last month. */
  private starts: Int32Array | null = null;

  private table(): Int32Array {
    if (this.starts) return this.starts;
    const years = HIJRI_TABLE_YEARS.max - HIJRI_TABLE_YEARS.min + 1;
    const starts = new Int32Array(years * 12 + 1);
    let day = HIJRI_TABLE_EPOCH;
    for (let y = 0; y < years; y++) {
      const bits = Number.parseInt(HIJRI_MONTH_BITS.slice(y * 3, y * 3 + 3), 16);
      for (let m = 0; m < 12; m++) {
        starts[y * 12 + m] = day;
        day += bits & (1 << m) ? 30 : 29;
      }
    }
    starts[years * 12] = day;
    return (this.starts = starts);
  }

  /** Day number of a Hijri date, or null outside the table's years or past the month's end. */
  toDays(year: number, month: number, day: number): number | null {
    if (year < HIJRI_TABLE_YEARS.min || year > HIJRI_TABLE_YEARS.max || month < 1 || month > 12 || day < 1 || day > 30) return null;
    const starts = this.table();
    const k = (year - HIJRI_TABLE_YEARS.min) * 12 + month - 1;
    return day > starts[k + 1]! - starts[k]! ? null : starts[k]! + day - 1;
  }

  /** The Hijri date of a day number; null outside the table's years. */
  fromDays(days: number): { year: number; month: number; day: number } | null {
    const starts = this.table();
    if (days < starts[0]! || days >= starts[starts.length - 1]!) return null;
    // The last month starting on or before the day.
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= days) lo = mid;
      else hi = mid - 1;
    }
    return { year: HIJRI_TABLE_YEARS.min + Math.floor(lo / 12), month: (lo % 12) + 1, day: days - starts[lo]! + 1 };
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
