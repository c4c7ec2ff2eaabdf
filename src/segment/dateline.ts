/**
 * The dateline a paragraph opens with (`جدة - واس:`, `واشنطن (رويترز) -`):
 * the first paragraph's, for the article's `dateline`, and any other's, where
 * a reading asks whether a paragraph opens an article of its own.
 */
import type { ClassifyContext } from './classify.js';
import { cleanValue, isAgencyList, stripBrackets } from './classify.js';
import { DIGIT, LETTER as LETTER_ONLY } from './text.js';

// Letters with the marks written over them (`عمّان`, `تونُس`): a place name keeps its shadda or vowels in many dumps.
const LETTER = `${LETTER_ONLY}\\u064b-\\u065f\\u0670`;

// A dateline opening the first paragraph: `جدة - واس:`, `القاهرة - (أ ش أ):`, `لندن- "القدس العربي":`, `طهران -`.
const DATELINE_PREFIX = new RegExp(`^((?:[${LETTER}]+\\s){0,1}[${LETTER}]+)\\s*[،,]?\\s*[-–—ـ]\\s*(?:([("“«]?[${LETTER}\\s.]{1,25}?[)"”»]?)\\s*[:：]\\s*)?`, 'u');
// A place, a dash, an agency, a dash: `عمان - بترا -` (the agency is checked against the table).
const DATELINE_PLACE_DASH_AGENCY = new RegExp(`^((?:[${LETTER}]+\\s){0,1}[${LETTER}]+)\\s*[،,]?\\s*[-–—ـ]\\s*(\\(?[${LETTER}\\s.]{1,25}?\\)?)\\s*[-–—]\\s`, 'u');
// A place (and a date) then an agency in brackets, then a dash or colon:
// `واشنطن (رويترز) -`, `دبي، 10 مارس (وام) -`.
const DATELINE_PLACE_AGENCY = new RegExp(`^([${LETTER}${DIGIT}]+(?:[،,]?\\s[${LETTER}${DIGIT}]+){0,3})\\s*[،,]?\\s*(\\([${LETTER}\\s.]{1,25}\\))\\s*[-–—:：]`, 'u');
// A place (and `في` with a date) then an agency between slashes, as wire copy writes it, or after one slash
// and before a colon: `القاهرة/أ ش أ/`, `جدة في 19 مايو /أ ش أ/`, `غزة/ الأناضول:`.
const DATELINE_SLASH_AGENCY = new RegExp(`^([${LETTER}]+(?:\\s[${LETTER}]+)?(?:\\s+في\\s+[${DIGIT}]{1,2}\\s+[${LETTER}]+)?)\\s*\\/\\s*([${LETTER}][${LETTER}\\s.]{0,24}?)\\s*[\\/:：]`, 'u');
// A place, a numeric date, then an agency in brackets, as wire copy writes it: `الكويت - 10 - 3 (كونا) --`.
const DATELINE_PLACE_DATE_AGENCY = new RegExp(
  `^([${LETTER}]+(?:\\s[${LETTER}]+)?\\s*[-–—،,]\\s*[${DIGIT}]{1,2}\\s*[-/.]\\s*[${DIGIT}]{1,2}(?:\\s*[-/.]\\s*[${DIGIT}]{2,4})?\\s*)(\\([${LETTER}\\s.]{1,25}\\))\\s*[-–—:：]`,
  'u',
);
// A city alone before a colon, the sentence going on after it with a letter: `دبي: ...`, `رام الله: ...` (the city is
// checked against the table; a figure after the colon is a list's or a widget's, `القاهرة: 30`).
const DATELINE_CITY_COLON = new RegExp(`^((?:[${LETTER}]+\\s){0,2}[${LETTER}]+)\\s*[:：]\\s*(?=[${LETTER_ONLY}«"“(])`, 'u');
// An agency alone opening the paragraph: `(رويترز) -`, `أ ف ب:`.
const DATELINE_AGENCY = new RegExp(`^\\(?([${LETTER}][${LETTER}\\s.]{0,24}?)\\)?\\s*[-–—:：]\\s`, 'u');

/** The outlet a paragraph's dateline names after its place (`القاهرة - «المدار»:` → `المدار`), brackets and quotes off, or null. */
export function datelineOutlet(paragraph: string): string | null {
  const outlet = DATELINE_PREFIX.exec(paragraph)?.[2];
  return outlet ? stripBrackets(outlet).trim() || null : null;
}

/** The dateline a first paragraph opens with, or null. */
export function datelineOf(paragraph: string, ctx: ClassifyContext): string | null {
  const isAgency = (t: string) => isAgencyList(ctx.folder.key(t).split(' ').filter(Boolean), ctx.cues);
  const pa = DATELINE_PLACE_AGENCY.exec(paragraph);
  if (pa && isAgency(pa[2]!)) return cleanValue(`${pa[1]} ${pa[2]}`);
  const pda = DATELINE_PLACE_DATE_AGENCY.exec(paragraph);
  if (pda && isAgency(pda[2]!)) return cleanValue(`${pda[1]!.trim()} ${pda[2]}`);
  const sa = DATELINE_SLASH_AGENCY.exec(paragraph);
  if (sa && isAgency(sa[2]!)) return cleanValue(`${sa[1]} /${sa[2]}/`);
  const a = DATELINE_AGENCY.exec(paragraph);
  if (a && isAgency(a[1]!)) return cleanValue(a[1]!);
  const da = DATELINE_PLACE_DASH_AGENCY.exec(paragraph);
  if (da && isAgency(stripBrackets(da[2]!))) return cleanValue(`${da[1]} - ${da[2]}`);
  const city = DATELINE_CITY_COLON.exec(paragraph);
  if (city && ctx.cues.datelineCities.has(ctx.folder.key(city[1]!))) return city[1]!;
  const m = DATELINE_PREFIX.exec(paragraph);
  if (!m) return null;
  const place = m[1]!;
  if (m[2]) return cleanValue(`${place} - ${m[2]}`);
  // Without an agency, only a short place name followed by a dash counts.
  if (place.split(/\s+/).length > 2 || ctx.cues.kickerStarts.has(ctx.folder.key(place).split(' ')[0] ?? '')) return null;
  return place;
}
