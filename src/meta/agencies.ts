/**
 * Wire agencies by id, and the credits of an article: which agencies the
 * source line, the dateline and the byline name, the outlet, and the place
 * of the dateline. Names are matched folded (hamza and alef forms, ى/ي, ة/ه,
 * harakat, dots and brackets between letters do not matter), longest first.
 */
import { DATELINE_OUTLET_WORDS, OUTLET_TAIL_WORDS } from '../segment/cues.js';
import { foldDateText } from './date.js';
import { DIGIT, hasDigit, hasWordChar, LETTER, withSpelledOut } from '../segment/text.js';

/** An agency: a stable id (its usual Latin short name) and its spellings on Arabic pages. */
export interface AgencyEntry {
  id: string;
  names: readonly string[];
}

export const AGENCY_TABLE: readonly AgencyEntry[] = [
  // International wires: the Arabic abbreviations are written spaced, dotted or glued (`أ ف ب`, `أ.ف.ب`, `أفب`).
  { id: 'AFP', names: ['أ ف ب', 'ا ف ب', 'أفب', 'فرانس برس', 'فرانس بريس', 'وكالة فرانس برس', 'وكالة الصحافة الفرنسية', 'وكالة الأنباء الفرنسية', 'الوكالة الفرنسية', 'AFP'] },
  { id: 'Reuters', names: ['رويترز', 'رويتر', 'وكالة رويترز', 'Reuters'] },
  { id: 'AP', names: ['أ ب', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشييتد برس', 'أسوشيتدبرس', 'وكالة أسوشيتد برس', 'AP', 'Associated Press'] },
  { id: 'dpa', names: ['د ب أ', 'د.ب.أ', 'الوكالة الألمانية', 'وكالة الأنباء الألمانية', 'dpa'] },
  { id: 'UPI', names: ['يو بي آي', 'يونايتد برس', 'UPI'] },
  { id: 'Xinhua', names: ['شينخوا', 'شينهوا', 'وكالة شينخوا', 'وكالة أنباء الصين الجديدة', 'Xinhua'] },
  { id: 'Anadolu', names: ['الأناضول', 'وكالة الأناضول', 'الاناضول', 'Anadolu', 'AA'] },
  { id: 'EFE', names: ['إفي', 'إيفي', 'وكالة إفي', 'EFE'] },
  { id: 'Sputnik', names: ['سبوتنيك', 'وكالة سبوتنيك', 'Sputnik'] },
  { id: 'TASS', names: ['تاس', 'وكالة تاس', 'TASS'] },
  { id: 'RIA', names: ['نوفوستي', 'ريا نوفوستي', 'RIA Novosti'] },
  { id: 'IRNA', names: ['إرنا', 'ارنا', 'وكالة إرنا', 'IRNA'] },
  { id: 'Tasnim', names: ['تسنيم', 'وكالة تسنيم', 'Tasnim'] },
  { id: 'AKI', names: ['آكي', 'أكي', 'AKI'] },
  { id: 'UNA', names: ['يونا', 'اتحاد وكالات أنباء دول منظمة التعاون الإسلامي', 'UNA'] },
  // Gulf national agencies.
  { id: 'SPA', names: ['واس', 'وكالة الأنباء السعودية', 'SPA'] },
  { id: 'WAM', names: ['وام', 'وكالة أنباء الإمارات', 'WAM'] },
  { id: 'QNA', names: ['قنا', 'وكالة الأنباء القطرية', 'QNA'] },
  { id: 'KUNA', names: ['كونا', 'وكالة الأنباء الكويتية', 'KUNA'] },
  { id: 'BNA', names: ['بنا', 'وكالة أنباء البحرين', 'BNA'] },
  { id: 'ONA', names: ['العمانية', 'وكالة الأنباء العمانية', 'ONA'] },
  // Levant, Iraq, Yemen.
  { id: 'Petra', names: ['بترا', 'وكالة الأنباء الأردنية', 'Petra'] },
  { id: 'SANA', names: ['سانا', 'الوكالة العربية السورية للأنباء', 'SANA'] },
  { id: 'NNA', names: ['الوكالة الوطنية للإعلام', 'الوكالة الوطنية', 'NNA'] },
  { id: 'INA', names: ['واع', 'وكالة الأنباء العراقية', 'INA'] },
  { id: 'WAFA', names: ['وفا', 'وكالة الأنباء الفلسطينية', 'وكالة وفا', 'WAFA'] },
  { id: 'Maan', names: ['معا', 'وكالة معا', 'Maan'] },
  { id: 'QudsPress', names: ['قدس برس', 'Quds Press'] },
  { id: 'Saba', names: ['سبأ', 'وكالة سبأ', 'وكالة الأنباء اليمنية', 'Saba'] },
  // Egypt, Sudan, Libya.
  { id: 'MENA', names: ['أ ش أ', 'ا ش ا', 'أشأ', 'وكالة أنباء الشرق الأوسط', 'MENA'] },
  { id: 'SUNA', names: ['سونا', 'وكالة السودان للأنباء', 'SUNA'] },
  { id: 'LANA', names: ['الأنباء الليبية', 'وكالة الأنباء الليبية', 'وال', 'LANA'] },
  // Maghreb.
  { id: 'MAP', names: ['ومع', 'و م ع', 'لاماب', 'وكالة المغرب العربي للأنباء', 'MAP'] },
  { id: 'APS', names: ['واج', 'وكالة الأنباء الجزائرية', 'APS'] },
  { id: 'TAP', names: ['وات', 'وكالة تونس إفريقيا للأنباء', 'وكالة تونس افريقيا للانباء', 'TAP'] },
  { id: 'AMI', names: ['الوكالة الموريتانية للأنباء', 'AMI'] },
];

/** A named agency in a text. */
export interface AgencyCredit {
  id: string;
  /** The name as written. */
  text: string;
}

/** Who an article credits. */
export interface Credits {
  agencies: AgencyCredit[];
  /** The outlet a dateline or source line names that is not a wire agency (`سكاي نيوز عربية`); null when none. */
  outlet: string | null;
  /** The dateline's place (`جدة` in `جدة - واس`); null when there is no dateline. */
  place: string | null;
}

// A word: letters and digits; everything else (spaces, dots, brackets, dashes) separates.
const WORD = new RegExp(`[${LETTER}${DIGIT}]+`, 'gu');
// A date after the place, with `في` or without (`الرياض في 12 مايو`, `عمان 7 كانون الأول`).
const DATE_AFTER_PLACE = new RegExp(`(?:\\s+في)?\\s+[${DIGIT}]{1,2}(?:\\s|[-/.]).*$`, 'u');
// Separators between a dateline's parts: dashes, slashes, the Arabic tatweel used as a dash.
const DATELINE_PARTS = /\s*[-–—ـ/|]+\s*|\s*[:：؛]\s*/u;
// Quote marks around an outlet's name (`«الجزيرة» - واس`): a quoted part is an outlet, never a place.
const QUOTES = /["“”«»'‘’]/u;
// The conjunction و glued to a name (`ورويترز`).
const JOINER = 'و';

interface Match {
  id: string;
  from: number;
  to: number;
}

/**
 * Finds agencies in credit texts. Build one per parser: it folds the table
 * (and a user's extra `ID=name` entries) once.
 */
export class AgencyFinder {
  /** Folded name (words joined by one space) to id. */
  private readonly names = new Map<string, string>();
  private longest = 1;

  /** `extra`: entries `ID=name` (a user's `--markers` family `agencies`). */
  constructor(extra: readonly string[] = []) {
    for (const entry of AGENCY_TABLE) for (const name of entry.names) this.add(entry.id, name);
    for (const line of extra) {
      const eq = line.indexOf('=');
      if (eq > 0) this.add(line.slice(0, eq).trim(), line.slice(eq + 1));
    }
  }

  private add(id: string, name: string): void {
    const words = foldDateText(name).match(WORD) ?? [];
    if (words.length === 0) return;
    // A short name is also written letter by letter: `واج` as `و.أ.ج`.
    for (const form of withSpelledOut(words)) {
      this.names.set(form.join(' '), id);
      this.longest = Math.max(this.longest, form.length);
    }
    // Abbreviations of single letters are also written glued: `أ ف ب` as `أفب`.
    if (words.length > 1 && words.every((w) => w.length === 1)) this.names.set(words.join(''), id);
  }

  /** The agencies a text names, in order, each id once. */
  find(text: string): AgencyCredit[] {
    const words: { key: string; from: number; to: number }[] = [];
    for (const m of text.matchAll(WORD)) words.push({ key: foldDateText(m[0]), from: m.index, to: m.index + m[0].length });
    const out: AgencyCredit[] = [];
    for (let k = 0; k < words.length; k++) {
      const hit = this.matchAt(words, k);
      if (!hit) continue;
      if (!out.some((a) => a.id === hit.id)) out.push({ id: hit.id, text: text.slice(hit.from, hit.to) });
      k = hit.next - 1;
    }
    return out;
  }

  /** True when the whole text is agency names (and joiners). */
  onlyAgencies(text: string): boolean {
    const words: { key: string; from: number; to: number }[] = [];
    for (const m of text.matchAll(WORD)) words.push({ key: foldDateText(m[0]), from: m.index, to: m.index + m[0].length });
    if (words.length === 0) return false;
    for (let k = 0; k < words.length; ) {
      if (words[k]!.key === JOINER) {
        k++;
        continue;
      }
      const hit = this.matchAt(words, k);
      if (!hit) return false;
      k = hit.next;
    }
    return true;
  }

  private matchAt(words: readonly { key: string; from: number; to: number }[], k: number): (Match & { next: number }) | null {
    const first = words[k]!.key;
    const plain = this.longestAt(words, k, first, 0);
    // `ورويترز`, `وأ ف ب`: the joiner glued to the first word.
    const joined = first.length >= 2 && first.startsWith(JOINER) ? this.longestAt(words, k, first.slice(1), 1) : null;
    return joined && (!plain || joined.next > plain.next) ? joined : plain;
  }

  /** The longest name starting at word k, whose first word is read as `first`. */
  private longestAt(words: readonly { key: string; from: number; to: number }[], k: number, first: string, skip: number): (Match & { next: number }) | null {
    let best: (Match & { next: number }) | null = null;
    let key = '';
    for (let n = 0; n < this.longest && k + n < words.length; n++) {
      key = n === 0 ? first : `${key} ${words[k + n]!.key}`;
      const id = this.names.get(key);
      if (id !== undefined) best = { id, from: words[k]!.from + skip, to: words[k + n]!.to, next: k + n + 1 };
    }
    // A one-letter match (`أ`) is never an agency on its own.
    if (best && best.next - k === 1 && first.length < 2) return null;
    return best;
  }

  /**
   * The credits of an article from its source line, dateline and byline, and the
   * agencies credited on lines of their own (`credited`: the wires only). The
   * dateline's first part is the place unless it is quoted or an agency; its
   * other parts are agencies, or else the outlet.
   */
  credits(source: string | null, dateline: string | null, byline: string | null, credited: readonly string[] = []): Credits {
    if (source === null && dateline === null && byline === null && credited.length === 0) return { agencies: [], outlet: null, place: null };
    const agencies: AgencyCredit[] = [];
    const add = (list: AgencyCredit[]): void => {
      for (const a of list) if (!agencies.some((b) => b.id === a.id)) agencies.push(a);
    };
    let outlet: string | null = null;
    let place: string | null = null;
    if (dateline !== null) {
      // Parts without a letter are dates (`الكويت - 10 - 3 (كونا)`): neither place nor outlet.
      const parts = dateline.split(DATELINE_PARTS).map((p) => p.trim()).filter(hasLetterPart);
      // `سكاي نيوز عربية - أبوظبي`: the outlet first, the place after it.
      if (parts.length === 2 && namesOutlet(parts[0]!) && !namesOutlet(parts[1]!) && this.find(dateline).length === 0) parts.reverse();
      parts.forEach((part, k) => {
        const found = this.find(part);
        add(found);
        const clean = part.replace(/["“”«»'‘’()[\]{}]/gu, '').trim();
        if (this.onlyAgencies(part)) return;
        if (k === 0 && !QUOTES.test(part) && (parts.length > 1 || found.length === 0 || /[(（]/u.test(part))) {
          // `دبي، 10 مارس (وام)`, `المدينة المنورة، الساحل الإخباري`: the place, then a date or an outlet after a comma.
          const [first, second] = (stripAgencies(clean, found) ?? '').split(/\s*[،,]\s*/u);
          // `جدة في 19 مايو`: the date after في is not the place.
          place = first?.replace(DATE_AFTER_PLACE, '') || null;
          if (second && !hasDigit(second)) outlet ??= second;
        } else outlet ??= stripAgencies(clean, found);
      });
    }
    // Agencies credited on lines of their own (above the story), after the dateline's.
    for (const c of credited) add(this.find(c));
    if (source !== null) {
      add(this.find(source));
      if (outlet === null && !this.onlyAgencies(source)) {
        const list = source.split(/\s*[،,]\s*/u).filter((p) => !this.onlyAgencies(p));
        if (list.length === 1) outlet = list[0]!.replace(/["“”«»()]/gu, '').trim() || null;
      }
    }
    if (byline !== null) add(this.find(byline));
    return { agencies, outlet, place };
  }
}

const OUTLET_FIRSTS = new Set(DATELINE_OUTLET_WORDS.map((w) => foldDateText(w)));
const OUTLET_LASTS = new Set(OUTLET_TAIL_WORDS.map((w) => foldDateText(w)));

/** Does a dateline part name an outlet by its first or last word (`صحيفة ...`, `... نيوز`)? */
function namesOutlet(part: string): boolean {
  const words = foldDateText(part).match(WORD) ?? [];
  return words.length > 0 && (OUTLET_FIRSTS.has(words[0]!) || OUTLET_LASTS.has(words[words.length - 1]!));
}

/** An outlet part without the agency names it also carries (`متابعات وكالات`); null when no letter is left (`3 (كونا)`). */
function stripAgencies(part: string, found: readonly AgencyCredit[]): string | null {
  let out = part;
  for (const a of found) out = out.replace(a.text, ' ');
  out = out.replace(/\s+/gu, ' ').replace(/^[\s(),،-]+|[\s(),،-]+$/gu, '');
  return hasLetterPart(out) ? out : null;
}

/** Does a dateline part hold a letter (a name), not only a date's digits? */
function hasLetterPart(part: string): boolean {
  return hasWordChar(part) && !/^[\s\d٠-٩۰-۹\/.\-–—()]*$/u.test(part);
}
