/**
 * Paragraphs broken at every link. Some scrapers save each link's text on a
 * line of its own, so one paragraph arrives as a run of short lines:
 *
 *     أعلن
 *     وزير الخارجية
 *     ، اليوم الأحد، أن بلاده ستستضيف
 *     القمة العربية
 *     المقبلة في
 *     الرياض
 *     خلال شهر مايو.
 *
 * Read line by line, such a run is a stack of header lines or a story tail,
 * and the story is lost. Here such runs are found and read as one paragraph.
 */
import { endsOpen, opensWithContinuation, type ClassifyContext, type Cue } from './classify.js';
import { foundingMotto, titleShaped } from './header.js';
import { LIMITS as L } from './limits.js';
import { makeLine, type Line } from './lines.js';
import { coreEnd, isParagraph, nameShaped, opensLikeKicker, PERIOD_END, QUOTED_WHOLE } from './reading.js';

// A sentence ends here: the next line starts a new one.
const TERMINAL = /[.!?؟:]$/u;
// A line that opens with punctuation continues the line above (no sentence starts with a comma).
const OPENS_WITH_PUNCTUATION = /^[\s\u200f\u200e]*[،,.;؛:)\]»”’]/u;


/** A lede ending its sentence itself: a paragraph by its length, or two sentences (a piece ending one is shorter). */
function lede(line: Line): boolean {
  return line.words >= L.clauseParagraphMinWords || /[.!?؟]\s+\S/u.test(line.content);
}

/** Was the line cut in mid-sentence: the next opens with punctuation, or it ends with a word that cannot end one (inside no closed quotation)? */
function strongBreak(line: Line, next: Line, ctx: ClassifyContext): boolean {
  if (OPENS_WITH_PUNCTUATION.test(next.text)) return true;
  if (QUOTED_WHOLE.test(line.content)) return false;
  return line.key.length > 0 && endsOpen(line.key, line.text, ctx.cues);
}

/**
 * A headline-like line: it never continues into the line under it unless cut in mid-sentence. (Not one opening
 * as a story goes on, `وقال رئيس البلدية إن ...`: no headline opens so.)
 */
function headlineLike(line: Line, ctx: ClassifyContext, next: Line): boolean {
  return titleShaped(line, L.titleMinWords) && !OPENS_WITH_PUNCTUATION.test(line.text) && !opensWithContinuation(line.keyWords, ctx.cues) && !strongBreak(line, next, ctx);
}

/**
 * May lines k and k+1 be pieces of one paragraph? Neither is marked, the first
 * ends no sentence, and either it was cut in mid-sentence, or one of the two is
 * as short as a link's text (a headline-like line above a short one is not cut).
 */
function joinable(a: Line, b: Line, ca: Cue | null | undefined, cb: Cue | null | undefined, ctx: ClassifyContext, loose = false, long = false): boolean {
  if (ca || cb || a.blank || b.blank || a.bullet || b.bullet || TERMINAL.test(coreEnd(a))) return false;
  // (A line printed twice is a caption or a label, each copy whole: no piece of a sentence.)
  if (a.key === b.key) return false;
  // (Nor a copy cut short over the whole line, `وزير الداخلية: لم` over `وزير الداخلية: لم نطلب ...`: a sentence
  // never says its opening words twice.)
  if (b.key.startsWith(`${a.key} `)) return false;
  if (strongBreak(a, b, ctx)) return true;
  if (a.words <= L.fragmentLinkMaxWords) return true;
  // (Under the page's date or byline a long piece goes on too, as a link's text may run long, `وزير الخارجية
  // السعودي الأمير فيصل`: the run is a paragraph there only when it ends a sentence, see fragmentRuns.)
  if (long) return true;
  // (Under the page's date, byline or headline no line is the headline: a headline-like piece goes on too.)
  return b.words <= L.fragmentLinkMaxWords && (loose || !headlineLike(a, ctx, b));
}

/**
 * Is line k right under the page's meta (a date, byline or dateline line; blank lines aside)
 * that is itself under a headline (a headline-shaped line with no cue right above the meta, or anywhere above it
 * past a deck or the author's name)? A date at the top of the page, over the section's name and the headline,
 * is a masthead's. Under the first related label below the story's first paragraph (line `label()`), a byline
 * under a headline is a list item's or an article's.
 */
function underPageMeta(lines: readonly Line[], cues: readonly (Cue | null)[], k: number, shaped: () => number, label: () => number): boolean {
  // (Right under it, blank lines aside: page furniture between them may be over the headline, `شارك` under a masthead's date.)
  let m = k - 1;
  while (m >= 0 && lines[m]!.blank) m--;
  const group = m >= 0 ? cues[m]?.group : undefined;
  if (!PAGE_META.has(group ?? '')) return false;
  // (Past the page's other meta lines too: a byline over the date, a dateline.)
  // (Not past the site's trail, `الرئيسية > أخبار`: the headline is under it, and what is above it the masthead's.)
  let h = m - 1;
  while (h >= 0 && (passedOver(lines, cues, h) || PAGE_META.has(cues[h]?.group ?? ''))) {
    const cue = cues[h];
    if (cue?.group === 'chrome' && cue.trail) return false;
    h--;
  }
  // (Not a headline under a related label below the story's first paragraph: a list item's or an article's.)
  if (h >= 0 && !cues[h] && titleShaped(lines[h]!, L.titleMinWords)) return label() >= h;
  // (Or under a headline further up, its deck or the author's name between: `السؤال؟` / a deck / `رامي الحداد` / the date.)
  return h >= 0 && !cues[h] && shaped() < h;
}

/** The first related list's label after line a; the page's length when none. */
function labelAfter(cues: readonly (Cue | null)[], a: number): number {
  for (let k = a + 1; k < cues.length; k++) if (cues[k]?.group === 'marker') return k;
  return cues.length;
}

/** The page's meta lines under its headline: a date, a byline, a dateline on its own line. */
const PAGE_META: ReadonlySet<string> = new Set(['date', 'byline', 'dateline']);

/** Is line k the first line under the page's headline (line `headline`; blank lines and page furniture aside)? */
function underHeadline(lines: readonly Line[], cues: readonly (Cue | null)[], k: number, headline: number, ctx: ClassifyContext): boolean {
  if (headline < 0 || k <= headline) return false;
  let m = k - 1;
  while (m > headline && (passedOver(lines, cues, m) || authorBoxLine(lines, cues, m, ctx))) m--;
  return m === headline;
}

/**
 * Is line m a column's author box under its headline: the author's role (`كاتب وباحث في شؤون العمران`), or the
 * author's bare name right over it? Neither has a cue of its own: the name is no byline until the headline is known.
 */
function authorBoxLine(lines: readonly Line[], cues: readonly (Cue | null)[], m: number, ctx: ClassifyContext): boolean {
  const role = (k: number) => !cues[k] && lines[k]!.words <= L.authorDescriptionMaxWords && ctx.cues.authorRoles.has(lines[k]!.firstKeyWord) && !PERIOD_END.test(coreEnd(lines[k]!));
  if (role(m)) return true;
  let n = m + 1;
  while (n < lines.length && lines[n]!.blank) n++;
  return !cues[m] && n < lines.length && nameShaped(lines[m]!, L.bylineNameMaxWords) && role(n);
}

/** Is line m passed over between a headline, its meta and the story: a blank line, or page furniture (a picture's count, a share bar)? */
function passedOver(lines: readonly Line[], cues: readonly (Cue | null)[], m: number): boolean {
  return lines[m]!.blank || cues[m]?.group === 'chrome';
}

/**
 * A link's text that happens to be a chrome word (`عدد`, `تعليق`) right under
 * a line cut in mid-sentence (`... في` / `عدد` / `من الولايات ...`) is a piece
 * of the sentence: a furniture cue (one that ends, opens and announces nothing) yields. (A poll's button
 * announces the answers above it, `لا` / `صوّت`: an answer ends no sentence, and the button stays.)
 */
function continuesSentence(above: Line, line: Line, ca: Cue | null | undefined, cue: Cue, ctx: ClassifyContext): boolean {
  if (cue.group !== 'chrome' || cue.ends || cue.box || cue.caption || cue.vote || ca || above.blank || line.words > L.fragmentLinkMaxWords) return false;
  return strongBreak(above, line, ctx);
}

/**
 * Runs of lines (indices into `lines`, first and last inclusive) that read as
 * one paragraph: joinable all along, cut in mid-sentence at least once, holding
 * a piece as short as a link, and a paragraph once joined.
 */
export function fragmentRuns(lines: readonly Line[], given: readonly (Cue | null)[], ctx: ClassifyContext): [number, number][] {
  const cues = given.map((c, k) => (c && k > 0 && continuesSentence(lines[k - 1]!, lines[k]!, given[k - 1], c, ctx) ? null : c));
  const runs: [number, number][] = [];
  // The headline: the first headline-like line above the first paragraph, looked for when a run may start under it.
  let headline: number | undefined;
  // The first paragraph: above it, a headline wrapped over two lines is one line too.
  let story: number | undefined;
  // The first line with no cue that may be a headline: a run's top below it is no page's headline.
  let shaped: number | undefined;
  // The first related label under the first paragraph: a byline under a headline below it is a list item's.
  let label: number | undefined;
  let k = 0;
  while (k < lines.length - 1) {
    // A short deck right under the headline, opening like a kicker (`بحضور وزير الإسكان`), stays a line of its
    // own unless cut in mid-sentence (the first piece of a broken paragraph, `أعلن`, opens otherwise).
    // Right under the page's date or byline, a run needs no headline-like line's exception (see below).
    // (The first label under the story's first paragraph is looked for once: the page is read once.)
    const underMeta = !lines[k]!.blank && !cues[k] && underPageMeta(lines, cues, k, () => (shaped ??= firstTitleShaped(lines, cues, ctx)), () => (label ??= labelAfter(cues, (story ??= firstParagraph(lines, cues)))));
    // Right under the headline, a run may go on past a headline-like piece too; it is a paragraph on stricter terms (below).
    const underHead = !underMeta && !lines[k]!.blank && !cues[k] && underHeadline(lines, cues, k, (headline ??= firstHeadline(lines, cues, ctx)), ctx);
    const loose = underMeta || underHead;
    if (!joinable(lines[k]!, lines[k + 1]!, cues[k], cues[k + 1], ctx, loose, underMeta) || (opensLikeKicker(lines[k]!, ctx.cues.kickerStarts) && k === (headline ??= firstHeadline(lines, cues, ctx)) + 1 && !strongBreak(lines[k]!, lines[k + 1]!, ctx))) {
      k++;
      continue;
    }
    let end = k + 1;
    let cut = strongBreak(lines[k]!, lines[k + 1]!, ctx);
    // (Past the run's first piece a headline-like line is no headline: it goes on from a piece that ended no sentence.)
    while (end + 1 < lines.length && joinable(lines[end]!, lines[end + 1]!, cues[end], cues[end + 1], ctx, true, loose)) {
      cut ||= strongBreak(lines[end]!, lines[end + 1]!, ctx);
      end++;
    }
    // Under the page's meta, three pieces or more that end one sentence with a full stop, and no piece
    // before the last ending one, are a paragraph cut at its links even where no cut shows.
    if (underMeta && end - k + 1 >= L.fragmentUnderMetaMinPieces && PERIOD_END.test(coreEnd(lines[end]!))) cut = true;
    // Right under the headline, more pieces are asked for, two of them a link's text and one the text between
    // links (a list of short items is all short), and the sentence must end in a piece (a first paragraph under
    // a stack of the site's short lines ends in itself: a lede of its own length, see `lede`).
    if (underHead && end - k + 1 >= L.fragmentUnderHeadlineMinPieces && PERIOD_END.test(coreEnd(lines[end]!)) && !lede(lines[end]!)) {
      const pieces = lines.slice(k, end + 1);
      const links = pieces.filter((l) => l.words <= L.fragmentLinkMaxWords).length;
      cut ||= links >= L.fragmentUnderHeadlineLinks && links < pieces.length;
    }
    story ??= firstParagraph(lines, cues);
    // (Only at or above the first line that may be a headline: looked for once, so that the page is read once.)
    shaped ??= firstTitleShaped(lines, cues, ctx);
    const header = k < story && k <= shaped && !underMeta ? headerInRun(lines, k, end, ctx) : -1;
    if (header >= 0) {
      const w = wrappedHeadlineAt(lines, k, header, ctx);
      if (w >= 0) runs.push([w, w + 1]);
      k = header + 1;
      continue;
    }
    // The signature of link pieces: a piece as short as a link's text, or one opening with punctuation
    // (hard-wrapped long lines are left as they are). Under the page's meta, long pieces are one too: link
    // texts may all run long there, and pieces ending one sentence are the story's first paragraph either
    // way, cut at its links or hard-wrapped.
    const pieces = lines.slice(k, end + 1);
    const linky = underMeta || pieces.some((l) => l.words <= L.fragmentLinkMaxWords || OPENS_WITH_PUNCTUATION.test(l.text));
    if (cut && linky && isParagraph(joinPieces(pieces, ctx))) runs.push([k, end]);
    else if (cut && k < story) {
      // Above the story: no paragraph in pieces, but one of its lines may be a headline wrapped onto the next.
      const w = wrappedHeadlineAt(lines, k, Math.min(end, story - 1), ctx);
      if (w >= 0) runs.push([w, w + 1]);
    }
    k = end + 1;
  }
  return runs;
}

/**
 * A headline wrapped over two lines above the story (`الحكومة تعلن خطة لدعم
 * المزارعين في` / `محافظات الصعيد خلال الموسم المقبل`): the first line ends
 * with a word no headline ends with, and the two read as one headline, not as
 * a paragraph. Read apart, the second would be a deck and the title half a
 * headline. Returns the first line of such a pair among lines from..to; -1 when none.
 */
function wrappedHeadlineAt(lines: readonly Line[], from: number, to: number, ctx: ClassifyContext): number {
  for (let j = from; j < to; j++) {
    const pair = [lines[j]!, lines[j + 1]!];
    if (pair.some((l) => l.words < L.wrappedHeadlinePieceMinWords) || !strongBreak(pair[0]!, pair[1]!, ctx)) continue;
    const joined = joinPieces(pair, ctx);
    if (!isParagraph(joined) && titleShaped(joined, L.titleMinWords)) return j;
  }
  return -1;
}

/**
 * A page's headline (wrapped or not) at the top of a run, with no headline-shaped line above it: the
 * run's first lines up to the first line with no cut after it, of two words or more, where they read as
 * a headline and the rest as a paragraph opening with a line longer than a link's text (`... ويدعو إلى`
 * / `فتح الممرات فورا` / `حذر مسؤول ...`). Returns the header's last line, or -1 (a paragraph's first
 * piece goes on with a link's text: `أعلن وزير الخارجية السعودي الأمير` / `فيصل بن فرحان` / `، اليوم ...`,
 * or `... لم تعد الضوضاء في` / `المدن` / `الكبرى مجرد ...`).
 */
function headerInRun(lines: readonly Line[], k: number, end: number, ctx: ClassifyContext): number {
  if (!titleShaped(lines[k]!, L.titleMinWords)) return -1;
  for (let j = k; j < end; j++) {
    const next = lines[j + 1]!;
    if (strongBreak(lines[j]!, next, ctx)) continue;
    if (lines[j]!.words < L.wrappedHeadlinePieceMinWords) return -1;
    if (next.words <= L.fragmentLinkMaxWords) continue;
    const head = joinPieces(lines.slice(k, j + 1), ctx);
    if (isParagraph(head) || !titleShaped(head, L.titleMinWords)) return -1;
    return isParagraph(joinPieces(lines.slice(j + 1, end + 1), ctx)) ? j : -1;
  }
  return -1;
}

/**
 * The index of the first line with no cue that may be a headline (headline-shaped); the page's length when
 * none. A line right under a box's label (`آخر الأخبار` / a headline) is the box's item, not the page's.
 */
function firstTitleShaped(lines: readonly Line[], cues: readonly (Cue | null)[], ctx: ClassifyContext): number {
  let label = false;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.blank) continue;
    // (A motto with the site's founding year, `صوت الحقيقة منذ 1987`, is over the page: no headline.)
    if (!cues[k] && !label && titleShaped(lines[k]!, L.titleMinWords) && !foundingMotto(lines[k]!, ctx.cues)) return k;
    label = cues[k]?.group === 'marker';
  }
  return lines.length;
}

/** The index of the first paragraph with no cue; the page's length when none. */
function firstParagraph(lines: readonly Line[], cues: readonly (Cue | null)[]): number {
  for (let k = 0; k < lines.length; k++) if (!lines[k]!.blank && !cues[k] && isParagraph(lines[k]!)) return k;
  return lines.length;
}

/** The first headline-like line with no cue (four words or more, no sentence end) above the first paragraph; -1 when none. */
function firstHeadline(lines: readonly Line[], cues: readonly (Cue | null)[], ctx: ClassifyContext): number {
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!;
    // (Nor is a motto with the site's founding year over the page, `صوت الحقيقة منذ 1987`.)
    if (line.blank || cues[k] || foundingMotto(line, ctx.cues)) continue;
    if (isParagraph(line)) return -1;
    if (!TERMINAL.test(coreEnd(line)) && headlineLike(line, ctx, lines[k + 1]!)) return k;
  }
  return -1;
}

/** Texts of pieces as one: a space between them, none before punctuation. */
function join(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    const t = p.trim();
    if (!t) continue;
    out = out && !OPENS_WITH_PUNCTUATION.test(t) ? `${out} ${t}` : out + t;
  }
  return out;
}

/** The pieces read as one line. */
export function joinPieces(pieces: readonly Line[], ctx: ClassifyContext): Line {
  const first = pieces[0]!;
  return makeLine(first.n, join(pieces.map((l) => l.raw)), join(pieces.map((l) => l.text)), ctx.folder, join(pieces.map((l) => l.out)));
}

/** One text of the pieces' texts (`of` picks the text: the output, the clean text). */
export function joinTexts(pieces: readonly Line[], of: (l: Line) => string): string {
  return join(pieces.map(of));
}
