/**
 * Model building: turns the assembler's decisions into the Article object,
 * with the lossless block map and the warnings.
 */
import type { Article, ArticleDate, Block, BlockType, RelatedSection, Warning } from '../model/article.js';
import { SCHEMA_VERSION } from '../model/article.js';
import type { Assembly } from './assemble.js';
import type { ClassifyContext, Cue } from './classify.js';
import { afterGluedWord, authorBesideDate, cleanValue, DATELINE_PARTS, trailingSource, nameWithoutDate, splitAfterWords, stripBrackets } from './classify.js';
import { datelineOf } from './dateline.js';
import { joinTexts } from './fragments.js';
import { headlineOfTitleLine } from './header.js';
import { LIMITS as L } from './limits.js';
import { contentOf, countWords, type Line } from './lines.js';
import { isGlued, StoryIndex, splitTags } from './tags.js';
import { DIGIT, hash53, hasDigit, TIME_ALONE } from './text.js';
import type { AgencyFinder } from '../meta/agencies.js';
import type { DateParser, NumericOrder } from '../meta/date.js';

export interface BuildInput {
  lines: readonly Line[];
  cues: readonly (Cue | null)[];
  assembly: Assembly;
  ctx: ClassifyContext;
  input: Article['input'];
  warnings: Warning[];
  /** Readers of page metadata: dates and wire agencies. */
  meta: { dates: DateParser; agencies: AgencyFinder };
  /** When given, receives the folded key of each body paragraph (for fingerprints and stats). */
  storyKeys?: string[];
}

export function buildArticle({ lines, cues, assembly, ctx, input, warnings, meta, storyKeys }: BuildInput): Article {
  const { decisions, sections } = assembly;
  // A paragraph read joined from pieces is one entry, at its first line.
  const joined = assembly.joined;
  const piece = new Set<number>();
  if (joined) for (const m of joined.values()) for (let k = 1; k < m.length; k++) piece.add(m[k]!);
  const joinedText = (i: number, of: (l: Line) => string) => joinTexts(joined!.get(i)!.map((k) => lines[k]!), of);
  const text = (i: number) => (joined?.has(i) ? joinedText(i, (l) => l.out) : lines[i]!.out);
  const byType = new Map<BlockType, number[]>();
  decisions.forEach((d, i) => {
    if (!d || piece.has(i)) return;
    const list = byType.get(d.type);
    if (list) list.push(i);
    else byType.set(d.type, [i]);
  });
  const indices = (type: BlockType) => byType.get(type) ?? [];
  const values = new OutputValues(lines, cues, ctx, text);

  const bodyIdx = indices('body');
  const body = bodyIdx.map(text);
  // The site's name is looked for in the page's furniture and source lines, never in its story.
  const furniture = (i: number) => decisions[i]?.type === 'boilerplate' || decisions[i]?.type === 'source';
  const title = assembly.title >= 0 ? headlineOfTitleLine(text(assembly.title), assembly.title, lines, furniture, ctx) : null;

  const firstValue = (type: BlockType): string | null => {
    for (const i of indices(type)) {
      // A line with no cue of its own holds the value whole (the source under a label standing alone).
      const v = cues[i] ? values.value(i) : cleanValue(text(i));
      if (v) return v;
    }
    return null;
  };

  const authorOfDate = (): string | null => {
    const first = indices('date')[0];
    const cue = first === undefined ? null : cues[first];
    return cue?.group === 'date' && cue.author ? authorBesideDate(text(first!), ctx) : null;
  };

  let source = firstValue('source');
  if (source === null) {
    for (const i of bodyIdx.slice(-3)) {
      const m = trailingSource(text(i), ctx);
      if (m) source = m.value;
    }
  }

  // (With no byline line, a person's name beside the page's first date is the author: `06 ديسمبر 2026 سامر يوسف`.)
  const byline = firstValue('byline') ?? authorOfDate();
  let dateline = firstValue('dateline');
  if (dateline === null && bodyIdx.length > 0 && decisions[bodyIdx[0]!]!.shape === 'paragraph') {
    dateline = datelineOf(text(bodyIdx[0]!), ctx);
  }
  // Dates the page's are not, once its story has begun: the readers' under a comment box's label (in the
  // header the label is a link with the count of comments, `التعليقات (5)`), and a time alone (`14:05`
  // over a live report's entry: the entry's).
  const inStory = (i: number) => bodyIdx.length > 0 && i > bodyIdx[0]!;
  const readersFrom = cues.findIndex((c, i) => c?.group === 'chrome' && c.readers === true && inStory(i));
  const clockInStory = (i: number) => { const c = cues[i]; return inStory(i) && c?.group === 'date' && c.clockOnly === true; };
  const pageDates = (list: number[]) => list.filter((i) => (readersFrom < 0 || i < readersFrom) && !clockInStory(i));
  // The page's date line as written: the first under the headline (one above it may be the masthead's
  // date of the day, or another story's time in a list of headlines), as `dates` reads them.
  const dateLines = pageDates(indices('date'));
  const dateIdx = dateLines.find((i) => i > assembly.title) ?? dateLines[0];
  const date = dateIdx !== undefined ? cleanValue(text(dateIdx)) : null;
  const dates = datesOf(meta.dates, { dateLines, bylines: pageDates(indices('byline')), sources: indices('source'), boilerplate: indices('boilerplate') }, {
    text: (i) => contentOf(text(i)),
    titleLine: assembly.title,
    // Lines holding a numeric date (`25/5/2020`), for the site's order of day and month.
    numericLines: () => lines.flatMap((l, i) => (!l.blank && NUMERIC_DATE.test(l.text) ? [i] : [])),
    headerEnd: Math.min(assembly.title >= 0 ? assembly.title : Infinity, bodyIdx[0] ?? Infinity),
    warn: (w, i) => warnings.push({ code: w.code, message: w.message, line: i + 1 }),
  });
  // An agency credited on its own line above the story (`رويترز` under the headline) is the dateline's
  // agency, not the source: it is credited all the same.
  const creditedAbove: string[] = [];
  for (const i of indices('boilerplate')) {
    if (bodyIdx.length === 0 || i > bodyIdx[0]!) break;
    const value = cues[i]?.group === 'agency' ? values.value(i) : null;
    if (value) creditedAbove.push(value);
  }
  const credits = meta.agencies.credits(source, dateline, byline, creditedAbove);

  // The story's phrases are indexed only when a tag line needs splitting.
  let storyIndex: StoryIndex | null = null;
  const keyOf = (i: number) => (joined?.has(i) ? ctx.folder.key(joinedText(i, (l) => l.text)) : lines[i]!.key);
  if (storyKeys) for (const i of bodyIdx) storyKeys.push(keyOf(i));
  const story = () => (storyIndex ??= new StoryIndex([...(assembly.title >= 0 ? [keyOf(assembly.title)] : []), ...bodyIdx.map(keyOf)], pageHas(lines)));
  const tags: string[] = [];
  const seenTags = new Set<string>();
  const values_ = assembly.tags.map((t) => (t.kind === 'line' ? values.value(t.line) ?? '' : values.content(t.line)));
  // The same values as written in the `clean` profile, where the letters that end words are told apart.
  const written = (k: number): string => {
    const t = assembly.tags[k]!;
    const cue = cues[t.line];
    return t.kind === 'line' ? (cue?.group === 'tags' ? cue.value : values_[k]!) : contentOf(lines[t.line]!.text);
  };
  // Several lines under a tag label are one tag each; a single line there may be glued tags.
  const onePerLine = assembly.tags.filter((t) => t.kind === 'list').length >= 2;
  const whole = (k: number) => onePerLine && assembly.tags[k]!.kind === 'list' && isGlued(values_[k]!);
  // Glued tag lines need the story: look for all their words in one pass.
  const glued = assembly.tags.flatMap((t, k) => (t.kind !== 'hashtags' && !whole(k) && isGlued(values_[k]!) ? [values_[k]!] : []));
  if (glued.length > 0) story().prepare(glued.flatMap((v) => v.split(/\s+/)).map((w) => ctx.folder.key(w)).filter(Boolean));
  assembly.tags.forEach((t, k) => {
    const found =
      t.kind === 'hashtags' ? hashtags(values.content(t.line)) : whole(k) ? [cleanValue(values_[k]!)].filter(Boolean) : splitTags(values_[k]!, story, ctx.folder, written(k));
    for (const tag of found) {
      const key = ctx.folder.key(tag);
      if (!key || seenTags.has(key)) continue;
      seenTags.add(key);
      tags.push(tag);
    }
  });

  const related: RelatedSection[] = sections.map((s) => ({
    kind: s.kind,
    label: s.inline ? values.inlineParts(s.line).label : values.content(s.line).trim(),
    items: s.items.flatMap((it) => {
      if (!(s.inline && it.line === s.line)) return [{ headline: headlineWithoutDate(values.content(it.line).trim()), body: it.body.map(text) }];
      const headline = values.inlineParts(it.line).headline;
      // Several headlines after one label, between bars (`مواضيع ذات صلة: عنوان | عنوان`): one item each.
      const parts = it.body.length === 0 ? barredHeadlines(headline, ctx) : null;
      return parts ? parts.map((h) => ({ headline: h, body: [] })) : [{ headline, body: it.body.map(text) }];
    }),
  }));

  const boilerplate = indices('boilerplate').map(text);
  const blocks = blockMap(assembly);
  duplicateWarnings(lines, assembly, ctx, warnings, piece);
  if (lines.every((l) => l.blank)) warnings.push({ code: 'empty', message: 'the input holds no text', line: 0 });
  else if (body.length === 0) warnings.push({ code: 'no-body', message: 'no story paragraphs were found', line: 0 });

  return {
    schemaVersion: SCHEMA_VERSION,
    input,
    title,
    byline,
    dateline,
    date,
    dates,
    credits,
    body,
    source,
    tags,
    related,
    boilerplate,
    blocks,
    warnings,
    fingerprint: null,
    stats: null,
    qualityFlags: null,
  };
}

// A spaced bar or bullet between headlines on one line.
const HEADLINE_BARS = / [|•·] /u;

/** The headlines of one line between bars, each of a headline's length at least; null for one headline. */
function barredHeadlines(text: string, ctx: ClassifyContext): string[] | null {
  if (!HEADLINE_BARS.test(text)) return null;
  const parts = text.split(HEADLINE_BARS).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => countWords(p, ctx.folder) >= L.inlineHeadlineMinWords) ? parts : null;
}

/**
 * Field values in the output profile. The rules read the `clean` text; when
 * the caller asked for another profile, values are cut again from the output
 * text by counting the same folded words, so `none` keeps them as decoded and
 * `search` folds them.
 */
class OutputValues {
  constructor(
    private readonly lines: readonly Line[],
    private readonly cues: readonly (Cue | null)[],
    private readonly ctx: ClassifyContext,
    /** The output text of line i (of the whole paragraph, for the first line of joined pieces). */
    private readonly text: (i: number) => string,
  ) {}

  /** The output text of a line without its bullet. */
  content(i: number): string {
    return contentOf(this.text(i));
  }

  private tail(i: number, skip: number): string {
    return splitAfterWords(this.content(i), skip, this.ctx.folder).rest;
  }

  /** The value a cue carries (source, tag line, byline, dateline), or null. */
  value(i: number): string | null {
    const cue = this.cues[i];
    const line = this.lines[i]!;
    if (!cue) return null;
    const same = line.out === line.text;
    switch (cue.group) {
      case 'source': {
        if (same) return cue.value;
        // A source at the end of a meta line: cut it from the output text the same way.
        if (cue.skip < 0) return trailingSource(this.content(i), this.ctx)?.value ?? cue.value;
        return cleanValue(this.tail(i, cue.skip));
      }
      case 'tags': {
        if (same) return cue.value;
        const rest = this.tail(i, cue.skip);
        if (!cue.glued) return rest;
        // (The label's last word runs into the first tag: cut where that word ends in this profile's text.)
        const cut = afterGluedWord(rest, cue.glued, this.ctx.folder);
        return cut > 0 ? rest.slice(cut).trim() : cue.value;
      }
      case 'agency':
        return same ? cue.value : cleanValue(stripBrackets(this.content(i)));
      case 'byline': {
        if (same || !cue.value) return cue.value || null;
        if (cue.skip < 0) return cleanValue(this.ctx.cues.bylineAfterDash.exec(this.content(i))?.[2] ?? cue.value);
        if (cue.afterDash) {
          const t = this.content(i);
          const dash = DATELINE_PARTS.exec(t);
          return dash ? cleanValue(t.slice(dash.index + dash[0].length)) : cue.value;
        }
        return nameWithoutDate(cleanValue(this.tail(i, cue.skip)), this.ctx);
      }
      case 'dateline':
        return cleanValue(line.out);
      default:
        return null;
    }
  }

  /** Label and headline of an inline "read also" line. */
  inlineParts(i: number): { label: string; headline: string } {
    const cue = this.cues[i];
    if (!cue || cue.group !== 'inline') return { label: this.content(i).trim(), headline: '' };
    const line = this.lines[i]!;
    if (line.out === line.text) return { label: cue.label, headline: cue.headline };
    const { head, rest } = splitAfterWords(this.content(i), cue.skip, this.ctx.folder);
    return { label: head, headline: rest };
  }
}

/** Tags of a hashtag line: `#تونس #سويسرا #المسرح_العربي`. */
function hashtags(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((t) => t.startsWith('#') && t.length > 1)
    .map((t) => cleanValue(t.slice(1).replace(/_/g, ' ')))
    .filter(Boolean);
}

/** Does a folded word appear anywhere on the page? (The page's words, gathered once when first asked.) */
function pageHas(lines: readonly Line[]): (word: string) => boolean {
  let page: Set<string> | null = null;
  return (word) => {
    if (!page) {
      page = new Set();
      for (const l of lines) if (!l.blank) for (const w of l.key.split(' ')) page.add(w);
    }
    return page.has(word);
  };
}

// A list item's date printed after its headline: `... المشجعين 08/03/2031`, `... - 2031-03-08 10:45`.
const ITEM_DATE = new RegExp(`^(?:[${DIGIT}]{1,2}[/.-][${DIGIT}]{1,2}[/.-][${DIGIT}]{2,4}|[${DIGIT}]{4}[/.-][${DIGIT}]{1,2}[/.-][${DIGIT}]{1,2})$`, 'u');
const ITEM_DATE_SEPARATORS = new Set(['-', '–', '—', '|', '/']);

/**
 * A related headline without the numeric date printed after it (the item's
 * meta, as a date on the line under it is): `... المشجعين 08/03/2031` gives
 * `... المشجعين`. A date in words is part of the headline (`... اليوم
 * الخميس 27 يونيو`); a headline left shorter than `datedItemHeadlineMinWords` is left whole.
 */
export function headlineWithoutDate(headline: string): string {
  // (Most headlines end with a letter: nothing to look for.)
  if (!hasDigit(headline.slice(-1))) return headline;
  const words = headline.split(/\s/u);
  let end = words.length;
  if (end > 0 && TIME_ALONE.test(words[end - 1]!)) end--;
  if (end === 0 || !ITEM_DATE.test(words[end - 1]!)) return headline;
  end--;
  while (end > 0 && (words[end - 1] === '' || ITEM_DATE_SEPARATORS.has(words[end - 1]!))) end--;
  if (words.slice(0, end).filter(Boolean).length < L.datedItemHeadlineMinWords) return headline;
  return words.slice(0, end).join(' ').trim();
}

const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const NUMERIC_DATE = /[0-9\u0660-\u0669\u06f0-\u06f9]\s?[/.-]\s?[0-9\u0660-\u0669\u06f0-\u06f9]/;

/** The lines a story's dates may come from, by type, in input order. */
interface DateSources {
  dateLines: readonly number[];
  bylines: readonly number[];
  sources: readonly number[];
  boilerplate: readonly number[];
}

/**
 * Published and updated dates: from the date lines first, then a byline or
 * source line that carries a date, then, flagged, a masthead date above the
 * headline. The fallbacks take only absolute dates, or relative ones with a
 * number (`منذ 3 ساعات`): `اليوم` in a byline or a masthead is a name
 * (`اليوم السابع`), not a time.
 */
function datesOf(
  parser: DateParser,
  from: DateSources,
  at: { text: (i: number) => string; titleLine: number; headerEnd: number; numericLines: () => readonly number[]; warn: (w: { code: string; message: string }, i: number) => void },
): Article['dates'] {
  let published: ArticleDate | null = null;
  let updated: ArticleDate | null = null;
  const read = (i: number, absoluteOnly: boolean): void => {
    const line = at.text(i);
    // An absolute date has digits (ASCII, Arabic-Indic or Persian): a line without one is not read.
    if (absoluteOnly && !HAS_DIGIT.test(line)) return;
    const r = parser.parseLine(line);
    // A relative date counts here only with its number (`منذ 3 ساعات`): a bare `اليوم` may be a name.
    const keep = (d: ArticleDate | null) => (d && (!absoluteOnly || !d.relative || HAS_DIGIT.test(d.text)) ? d : null);
    const p = keep(r.published);
    const u = keep(r.updated);
    if (!p && !u) return;
    for (const w of r.warnings) at.warn(w, i);
    published ??= p;
    updated ??= u;
  };
  // Date lines under the headline first: one above it is often the masthead's date of the day.
  const under = from.dateLines.filter((i) => i > at.titleLine);
  for (const i of [...under, ...from.dateLines.filter((i) => i <= at.titleLine)]) read(i, false);
  // `06/07/2012` reads both ways: the page's other numeric dates (teasers' included) may prove the site's order.
  const ambiguous = (published as ArticleDate | null)?.orderAmbiguous || (updated as ArticleDate | null)?.orderAmbiguous;
  if (ambiguous) {
    let order: NumericOrder | null = null;
    for (const i of at.numericLines()) {
      order = parser.parseLine(at.text(i)).order;
      if (order) break;
    }
    if (order) {
      const proven = order === 'month-first' ? datesOf(parser.withOrder(order), from, { ...at, numericLines: () => [] }) : { published, updated, masthead: false };
      for (const d of [proven.published, proven.updated]) if (d) d.orderAmbiguous = false;
      return proven;
    }
  }
  // A byline or source line may carry the date the date lines lack (`بقلم: ... | آخر تحديث: ...`): it fills only what is missing.
  if (!published || !updated) for (const i of [...from.bylines, ...from.sources].sort((a, b) => a - b)) read(i, true);
  if (published || updated) return { published, updated, masthead: false };
  for (const i of from.boilerplate) {
    if (i >= at.headerEnd) break;
    read(i, true);
    if (published || updated) return { published: published ?? updated, updated: null, masthead: true };
  }
  return { published: null, updated: null, masthead: false };
}

/** Runs of lines with the same type (and section), blank lines inside a run included. */
function blockMap(assembly: Assembly): Block[] {
  const blocks: Block[] = [];
  let runKey = '';
  for (let i = 0; i < assembly.decisions.length; i++) {
    const d = assembly.decisions[i];
    if (!d) continue;
    const key = d.type === 'related' ? `related:${d.section}` : d.type;
    const last = blocks[blocks.length - 1];
    if (last && key === runKey) last.to = i + 1;
    else {
      blocks.push({ type: d.type, from: i + 1, to: i + 1 });
      runKey = key;
    }
  }
  return blocks;
}

/** Repeated headlines and paragraphs stay in place and are reported once each. */
function duplicateWarnings(lines: readonly Line[], assembly: Assembly, ctx: ClassifyContext, warnings: Warning[], pieces: ReadonlySet<number>): void {
  // Keys are remembered by a 53-bit hash, so a long dump's paragraphs are not all kept twice.
  const first = new Map<number, number>();
  const reported = new Set<number>();
  const check = (text: string, i: number, hash = hash53(text)) => {
    if (!/ \S+ /.test(text)) return;
    const key = hash;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else if (!reported.has(key)) {
      reported.add(key);
      warnings.push({ code: 'duplicate', message: `line ${i + 1} repeats line ${seen + 1}`, line: i + 1 });
    }
  };
  assembly.decisions.forEach((d, i) => {
    if (!d || pieces.has(i)) return;
    if (d.type === 'title' || d.type === 'body') {
      const line = lines[i]!;
      if (line.words >= 3) check(line.key, i, line.keyHash);
    }
    else if (d.type === 'related' && d.role !== 'label') {
      const s = assembly.sections[d.section!]!;
      const item = s.items[d.item!];
      check(d.role === 'headline' && item ? ctx.folder.key(item.headline) : lines[i]!.key, i);
    }
  });
}
