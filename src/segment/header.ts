/**
 * The header pass: when the story begins (or the page ends without one), the
 * lines above it are sorted out: the headline, kickers above it, decks and
 * highlights under it, and everything else (sections, brands, teasers).
 */
import { endsOpen, isSectionName, opensWithConjunction, particleInName, isTickerItem, sectionNameLine, type ClassifyContext, type CompiledCues, type Cue } from './classify.js';
import * as C from './cues.js';
import { LIMITS as L } from './limits.js';
import type { Line } from './lines.js';
import { withoutArticle } from './tags.js';
import { LETTERS_ONLY } from './text.js';
import { ASKING_END, CLAUSE_MARK, coreEnd, endsCut, isParagraph, mastheadName, nameShaped, opensLikeKicker, outletName, overlap, PERIOD_END, QUESTION_END, QUOTED_WHOLE, type Reading } from './reading.js';

// A line ending like this is not a headline: a sentence, a clause, a label.
const NO_TITLE_END = /(?:^|[^.])[.،,:؛;\-–—]$/u;
// A separator, then the site's name: ` | الموقع`, ` - الموقع`, ` :: الموقع`.
// A separator between a headline and the site's name: a bar, `::` or a bullet anywhere, a dash with a
// space on one side at least (`العنوان - الموقع`, `العنوان -الموقع`; not the hyphen of `آل-مكتوم`).
const SITE_SEPARATORS = /[|•]|::|\s[-–—]|[-–—]\s/gu;
// The same separators spaced on both sides, where a title line alone is cut (see `headlineOfTitleLine`):
// with no bare headline to compare with, a dash touching a word may be the headline's own.
const SITE_AFTER = / (?:[|•]|::|[-–—]) /gu;
// An Arabic letter: a site's name without one under an Arabic headline is written in Latin letters.
const ARABIC = /[\u0621-\u064a]/u;
// A letter of any script: a site's name holds one.
const ANY_LETTER = /\p{L}/u;

/** Could this header line be the headline? */
export function titleShaped(line: Line, minWords: number): boolean {
  return line.words >= minWords && line.words <= L.titleMaxWords && (!isParagraph(line) || isQuestionHeadline(line)) && !NO_TITLE_END.test(coreEnd(line));
}

/**
 * A headline that asks (`هل تنجح الدبلوماسية حيث فشلت الحرب في المنطقة؟`):
 * a question with no clause punctuation, not longer than a headline. Inside
 * the story such a line is a paragraph; in the header it may be the headline.
 */
export function isQuestionHeadline(line: Line): boolean {
  return QUESTION_END.test(coreEnd(line)) && line.words <= L.questionTitleMaxWords && !CLAUSE_MARK.test(line.text);
}

/**
 * A breaking-news ticker item: a ticker label and a separator before it on its line (`عاجل | ...`), or
 * the label alone on the line right above it (`عاجل` / `انفجار في مصنع ...`).
 */
function tickerItemAt(r: Reading, h: number): boolean {
  if (isTickerItem(r.lines[h]!, r.ctx)) return true;
  const above = r.lines[h - 1];
  if (!above || above.blank || r.lines[h]!.words < L.titleMinWords) return false;
  const words = above.contentKeyWords;
  return words.length > 0 && r.ctx.cues.tickerLabels.at(words).some((p) => p.words.length === words.length);
}

/**
 * Does this paragraph-shaped line in the header belong to the header: the
 * breadcrumb's last crumb repeated (the page's own headline, even when it ends
 * with a period), a copy of a header line, or a question headline while the
 * header has no headline yet?
 */
export function headerParagraph(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  if (echoes(r, i)) return true;
  // (The header line above printed again, a long question headline's copy: the header's, never the story's first paragraph.)
  const last = r.head[r.head.length - 1];
  if (last !== undefined && r.lines[last]!.key === line.key) return true;
  // (The site's motto with its founding year over the page is no headline: `صوت المدينة منذ 1987`.)
  const shaped = r.head.filter((h) => titleShaped(r.lines[h]!, L.titleMinWords) && !tickerItemAt(r, h) && !foundingMotto(r.lines[h]!, r.ctx.cues));
  if (shaped.length === 0) return isQuestionHeadline(line) || paragraphShapedHeadline(r, i);
  // Headline-shaped lines above that the story shares a word with at most (a slogan, a box's headline) leave a
  // period or question headline the paragraph under it speaks of to the header, and so a long or period one
  // with the page's date or byline under it: the headline choice weighs them there.
  const shortEnough = (isPeriodHeadline(line) || isQuestionHeadline(line)) && line.words <= L.periodTitleSpokenMaxWords;
  const lede = shortEnough || ((isPeriodHeadline(line) || isLongHeadline(line)) && metaUnder(r, i)) ? spokenLede(r, i) : -1;
  return lede >= 0 && shaped.every((h) => r.topicOverlap(r.lineWords(h), r.lineWords(lede)) < L.embeddedSharedWords);
}

/**
 * A headline that reads like a paragraph (ends with a period, or runs long or with commas), with the page's
 * date or byline right under it; or one ending with a period right above a longer paragraph that speaks of
 * it (`الحكومة تقرر خفض أسعار الكهرباء.` / `أقرت الحكومة ... خفض أسعار الكهرباء ...`): a lead opens a story
 * longer, and the next paragraph seldom repeats its words.
 */
function paragraphShapedHeadline(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  if ((isPeriodHeadline(line) || isLongHeadline(line)) && metaUnder(r, i)) return true;
  return isPeriodHeadline(line) && line.words <= L.periodTitleSpokenMaxWords && spokenLede(r, i) >= 0;
}

/**
 * The next line when it is a longer paragraph, with no cue, sharing two content words or more with line i;
 * else -1. Page tools (share and print buttons, a reading time), the page's meta (a dateline, a source line,
 * a byline, a date) and the author's bare name may stand between: they sit between a headline and its
 * story on many pages.
 */
function spokenLede(r: Reading, i: number): number {
  let next = r.nextPastFurniture(i);
  while (next < r.lines.length && asideUnderHeadline(r, next)) next = r.nextPastFurniture(next);
  const below = r.lines[next];
  if (!below || r.cues[next] || !isParagraph(below) || below.words <= r.lines[i]!.words) return -1;
  return overlap(r.lineWords(i), r.lineWords(next)) >= L.embeddedSharedWords ? next : -1;
}

/**
 * Is header line h an author's role under the bare name (`كاتبة وباحثة في شؤون الثقافة` under `هدى علي`),
 * the name under another header line shaped like a headline, however short (`مديح البطء`; the page's
 * furniture between them aside)? Never the headline: a column's head is its title, the writer's name,
 * then what the writer is.
 */
function roleUnderTitledName(r: Reading, h: number, head: readonly number[]): boolean {
  if (!roleUnderName(r, h)) return false;
  // Up past the page's furniture and meta (share buttons, a byline) to the line the name hangs under.
  const over = uncuedAbove(r, r.lastNonBlank(h), () => false);
  return over >= 0 && inHead(head, over) && titleShaped(r.lines[over]!, L.shortTitleMinWords);
}

/**
 * Is header line h a caption printed twice or more (its copies touching it), under another header line
 * shaped like a headline, however short (furniture between them aside), that the first paragraph speaks
 * of as much? The copies are a picture's, never the headline.
 */
function captionCopyUnderTitle(r: Reading, h: number, head: readonly number[], first: number): boolean {
  if (r.cues[h] || !r.repeated(h)) return false;
  const key = r.lines[h]!.key;
  // Up past the copies and the page's furniture (a caption, a counter) to the line they hang under.
  // (A headline dated in its own words is such a line too, `أسعار الخضار اليوم الخميس ...`: its date cue is passed over by none.)
  const k = uncuedAbove(r, h, (x) => r.lines[x]!.key === key, headedDate);
  const below = r.nextNonBlank(h);
  const touching = r.lastNonBlank(h) >= 0 && (r.lines[r.lastNonBlank(h)]!.key === key || (below < r.lines.length && r.lines[below]!.key === key));
  if (!touching || k < 0) return false;
  if (!headedDate(r.cues[k]) && (!inHead(head, k) || r.cues[k] || !titleShaped(r.lines[k]!, L.shortTitleMinWords))) return false;
  // (The first paragraph speaks of that line as much as of the copies at least: a headline printed twice under a
  // paper's masthead or an editor's name is the headline still.)
  if (first < 0) return false;
  // (A headline asking its question needs no word of it spoken: no masthead or editor's name asks one.)
  if (ASKING_END.test(coreEnd(r.lines[k]!))) return true;
  const lede = r.lineWords(first);
  const over = r.topicOverlap(r.lineWords(k), lede);
  return over >= L.shortTitleSpokenWords && over >= r.topicOverlap(r.lineWords(h), lede);
}

/**
 * The first line above line k with no cue that `skip` does not pass over, or -1; -1 too past `headerAsideMaxLines`
 * lines passed over (a caption's copies and the page's furniture are a few lines: the walk stays short on any page).
 */
function uncuedAbove(r: Reading, k: number, skip: (x: number) => boolean, stop: (cue: Cue | null | undefined) => boolean = () => false): number {
  let x = r.lastNonBlank(k);
  for (let passed = 0; x >= 0 && ((r.cues[x] && !stop(r.cues[x])) || skip(x)); passed++) {
    if (passed >= L.headerAsideMaxLines) return -1;
    x = r.lastNonBlank(x);
  }
  return x;
}

/** A headline dated in its own words (see `headed`), not a name or a label beside the date (`سامر يوسف 06 ديسمبر 2026`, the page's meta). */
export function headedDate(cue: Cue | null | undefined): boolean {
  return cue?.group === 'date' && cue.headed === true && cue.beside !== true;
}

/** Is line k a header line? (`head` is in page order: a binary search, so that asking it of every line stays linear enough.) */
function inHead(head: readonly number[], k: number): boolean {
  let lo = 0;
  let hi = head.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = head[mid]!;
    if (v === k) return true;
    if (v < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Does line k stand between a headline and its story as the page's meta or furniture does: a dateline, a
 * source line, a byline, a date, the author's bare name and role, a caption printed twice or more?
 */
function asideUnderHeadline(r: Reading, k: number): boolean {
  return PAGE_META.has(r.cues[k]?.group ?? '') || bareName(r, k) || roleUnderName(r, k) || (!r.cues[k] && r.repeated(k) && !isParagraph(r.lines[k]!));
}

/** Is line k a short line opening with an author's role (`كاتب وباحث ...`) right under the author's bare name? */
export function roleUnderName(r: Reading, k: number): boolean {
  const above = r.lastNonBlank(k);
  return !r.cues[k] && r.lines[k]!.words <= L.authorDescriptionMaxWords && r.ctx.cues.authorRoles.has(r.lines[k]!.firstKeyWord) && above >= 0 && bareName(r, above);
}

/** The page's meta a headline may have between it and its story: a dateline, a source line, a byline, a date, a wire credit alone (`(وكالات)`). */
const PAGE_META: ReadonlySet<string> = new Set(['dateline', 'source', 'byline', 'date', 'agency']);

/** What may stand between a headline and its story's first line: a dateline, or the story's credit (`المصدر - الأناضول`, `وكالات`). */
const CREDIT_UNDER_HEADLINE: ReadonlySet<string> = new Set(['dateline', 'source', 'agency']);

/**
 * Is line i the author's bare name with the page's date touching it from below (`محمد العلي` / `07 ديسمبر 2026`),
 * before the story's second paragraph (under a deck, or a deck read as the first paragraph)? A name holds no particle.
 */
export function authorOverDate(r: Reading, i: number): boolean {
  if (r.paragraphs > 1 || r.cues[i + 1]?.group !== 'date' || !bareName(r, i)) return false;
  const line = r.lines[i]!;
  // (A given name takes no article, `الخبر الجديد` is a site's name; a label or quotes inside, `عمان: «الأفق»`, are none of a
  // name's; nor a date's words, `تاريخ النشر` labels the date under it.)
  if (line.firstKeyWord.startsWith(C.DEFINITE_ARTICLE) || NOT_IN_NAME.test(line.text) || line.keyWords.some((w) => r.ctx.cues.dateWords.has(w))) return false;
  return !particleInName(line.keyWords, line.text, r.ctx.cues, r.ctx.cues.kickerStarts);
}

/**
 * Is line h, above the headline, the author's bare name with the page's date touching it from above, its first word
 * a given name (`7-12-2026 | 16:45` / `ياسمين عبد الحميد`)? A section's name or a slogan may stand under the date
 * too: only a given name tells a person's.
 */
export function authorUnderDate(r: Reading, h: number): boolean {
  if (h === 0 || r.cues[h - 1]?.group !== 'date' || !bareName(r, h)) return false;
  const line = r.lines[h]!;
  if (!r.ctx.cues.givenNames.has(line.firstKeyWord) || NOT_IN_NAME.test(line.text)) return false;
  return !particleInName(line.keyWords, line.text, r.ctx.cues, r.ctx.cues.kickerStarts);
}

/**
 * Is line h a bare name opening with a given name (`محمود سالم`) right over the author's bare name and
 * description? A second name there (the desk's, a co-author's), not a short headline.
 */
function nameOverAuthor(r: Reading, h: number): boolean {
  const line = r.lines[h]!;
  if (!bareName(r, h) || !r.ctx.cues.givenNames.has(line.firstKeyWord) || NOT_IN_NAME.test(line.text)) return false;
  const under = r.nextNonBlank(h);
  return under < r.lines.length && !r.cues[under] && namesAuthor(r, under);
}

/** Marks a name never holds: a label's colon, quotes, brackets, a bar or slash. */
const NOT_IN_NAME = /[:«»"“”()[\]|/]/u;

/** Is line k the author's bare name: two or three words, no cue, shaped like a name? */
export function bareName(r: Reading, k: number): boolean {
  const line = r.lines[k]!;
  return !r.cues[k] && !line.bullet && line.words < L.titleMinWords && nameShaped(line, L.bylineNameMaxWords);
}

/** A headline as long as a paragraph or with commas between its clauses, the page's date or byline right under it. */
export function longHeadlineOverMeta(r: Reading, i: number): boolean {
  return isLongHeadline(r.lines[i]!) && metaUnder(r, i);
}

/**
 * A headline that reads like a paragraph: as long as one (some sites put a
 * whole summary in it), or with commas between its clauses (`بعد عشر سنوات من
 * الغياب، المنتخب يعود ...`). No final punctuation and one sentence only. Like
 * a period headline, only with the page's date or byline right under it.
 */
function isLongHeadline(line: Line): boolean {
  const end = coreEnd(line);
  return line.words >= L.titleMinWords && line.words <= L.longTitleMaxWords && !/[.!?؟:؛;]$/u.test(end) && !NO_TITLE_END.test(end) && !/[^.]\.\s/u.test(line.text);
}

/**
 * A headline some sites end with a period (`"لن نتراجع": وزير النقل يدافع عن رفع الأسعار.`):
 * one sentence, no clause punctuation, no longer than a question headline. It reads like a
 * short paragraph, so it is a headline only with the page's date or byline right under it.
 */
export function isPeriodHeadline(line: Line): boolean {
  return PERIOD_END.test(coreEnd(line)) && line.words >= L.titleMinWords && line.words <= L.questionTitleMaxWords && !CLAUSE_MARK.test(line.text);
}

/**
 * The line under line h that tells what h is: the next non-blank line, past the page's furniture (a view
 * counter, share buttons, a photo's caption between a headline and its date) when h is as long as a
 * headline, and past a copy of h there (a page's heading saved twice, its title and its header, a caption
 * between). A shorter line (a paper's name, a glued breadcrumb) must touch its date, unless it asks a question
 * (`لماذا نكتب؟`): no paper's name or breadcrumb asks.
 */
function underLine(r: Reading, h: number): number {
  if (r.lines[h]!.words < L.titleMinWords && !QUESTION_END.test(coreEnd(r.lines[h]!))) return r.nextNonBlank(h);
  const key = r.lines[h]!.key;
  let k = r.nextPastFurniture(h);
  while (k < r.lines.length && !r.cues[k] && r.lines[k]!.key === key) k = r.nextPastFurniture(k);
  return k;
}

/** Is header line h printed again further down the header, not touching it (a caption or the page's tools between)? */
function printedAgainBelow(r: Reading, h: number, head: readonly number[]): boolean {
  const key = r.lines[h]!.key;
  const below = r.nextNonBlank(h);
  return head.some((y) => y > below && r.lines[y]!.key === key);
}

/** Is the next non-blank line (page furniture aside, see `underLine`) the page's date or byline? */
function metaUnder(r: Reading, i: number): boolean {
  const cue = r.cues[underLine(r, i)];
  return !!cue && (cue.group === 'date' || (cue.group === 'byline' && cue.strong));
}

/** Does line i repeat the last crumb of a breadcrumb above it? */
function echoes(r: Reading, i: number): boolean {
  const at = r.crumbs.get(r.lines[i]!.key);
  return at !== undefined && at < i;
}

/** A line naming an office (`وزارة الخارجية`, `المكتب الإعلامي`): a label above the headline of its statement. */
function isOrganisationLabel(r: Reading, line: Line): boolean {
  return line.words <= L.organisationLabelMaxWords && r.ctx.cues.organisationHeads.at(line.keyWords).length > 0;
}

/**
 * Several headlines in the header, each with its own date right under it (the
 * latest stories and their times, the page's own among them): the page's is
 * the one its first paragraph speaks of, by two shared words at least and more
 * than of any other. -1 when none stands out.
 */
function spokenOf(r: Reading, candidates: readonly number[], first: number): number {
  if (first < 0) return -1;
  const dated = candidates.filter((h) => datedUnder(r, h));
  if (dated.length < 2) return -1;
  const text = r.lines[first]!.text;
  let best = -1;
  let bestShared = L.embeddedSharedWords - 1;
  let tie = false;
  for (const h of dated) {
    const shared = r.sharedWords(r.lines[h]!.text, text);
    if (shared > bestShared) [best, bestShared, tie] = [h, shared, false];
    else if (shared === bestShared) tie = true;
  }
  return tie ? -1 : best;
}

/**
 * Does the story's first paragraph speak of one of the later lines (two words
 * shared at least) and of line h less than of it, and by fewer than two words?
 */
function spokenLater(r: Reading, h: number, later: readonly number[], first: number): boolean {
  if (first < 0 || later.length === 0) return false;
  const text = r.lines[first]!.text;
  const own = r.sharedWords(r.lines[h]!.text, text);
  if (own >= L.embeddedSharedWords) return false;
  return later.some((x) => {
    const shared = r.sharedWords(r.lines[x]!.text, text);
    return shared >= L.embeddedSharedWords && shared > own;
  });
}

/**
 * Does the first paragraph speak of line `next` (two words at least) clearly more than of line h (two
 * words more)? An office's name over the page may be the story's subject too (`أمانة المدينة`).
 */
function spokenMoreOf(r: Reading, h: number, next: number, first: number): boolean {
  if (first < 0) return false;
  const text = r.lines[first]!.text;
  const later = r.sharedWords(r.lines[next]!.text, text);
  return later >= L.embeddedSharedWords && later >= r.sharedWords(r.lines[h]!.text, text) + L.spokenMoreLead;
}

/**
 * Is there a later line, no ticker item, with the story right under it (see `storyUnder`), while the first paragraph shares
 * fewer than two words with line h? (A headline need not share words with its lead; a ticker's item that
 * is the page's own news does.)
 */
function overStoryHeadline(r: Reading, h: number, eligible: readonly number[], first: number): boolean {
  if (first < 0 || r.sharedWords(r.lines[h]!.text, r.lines[first]!.text) >= L.embeddedSharedWords) return false;
  return eligible.some((x) => x > h && storyUnder(r, x, first) && !tickerItemAt(r, x));
}

/**
 * Does the story start right under line h, a dateline on its own line (`القاهرة - الأفق`), the author's bare
 * name and role, a caption printed twice and the page's furniture under them aside?
 */
function storyUnder(r: Reading, h: number, first: number): boolean {
  let k = underLine(r, h);
  while (k < first && (CREDIT_UNDER_HEADLINE.has(r.cues[k]?.group ?? '') || (!r.cues[k] && asideUnderHeadline(r, k)))) k = r.nextPastFurniture(k);
  return k === first;
}

/** Does the first paragraph speak of line `x` (two words at least) as much as of line h at least? */
function spokenAsMuch(r: Reading, h: number, x: number, first: number): boolean {
  if (first < 0) return false;
  const text = r.lines[first]!.text;
  const later = r.sharedWords(r.lines[x]!.text, text);
  return later >= L.embeddedSharedWords && later >= r.sharedWords(r.lines[h]!.text, text);
}

/**
 * Does the first paragraph share no word with line h, function words aside (a slogan's `على` is in any
 * paragraph), and two at least with line `next`?
 */
function unspokenOver(r: Reading, h: number, next: number, first: number): boolean {
  if (first < 0) return false;
  const text = r.lines[first]!.text;
  return r.topicOverlap(r.contentWords(r.lines[h]!.text), r.lineWords(first)) === 0 && r.sharedWords(r.lines[next]!.text, text) >= L.embeddedSharedWords;
}

/**
 * Does the first paragraph share no topic word with line h, while a later line with the page's meta or the
 * story under it has the page's own date or byline under it, or a topic word of that paragraph? Page chrome
 * stands between them (an app's link, a share bar), so h is no kicker, nor a headline over its deck: a
 * slogan (`صوت الحقيقة منذ 1987`) over a short headline whose lead names its subject once, or none.
 */
function unspokenOverPage(r: Reading, h: number, later: readonly number[], dated: (x: number) => boolean, first: number): boolean {
  if (first < 0 || later.length === 0) return false;
  const lead = r.lineWords(first);
  if (r.topicOverlap(r.lineWords(h), lead) > 0) return false;
  return later.some((x) => onlyCuedBetween(r, h, x) && (dated(x) || r.topicOverlap(r.lineWords(x), lead) >= L.shortTitleSpokenWords));
}

/**
 * Has every line between h and x a cue of its own (page chrome, a date, a caption), or is it a breaking-news
 * ticker's item or a section's name (`رأي`, `محليات`)? Plain text between is the story's (a list under a label).
 */
function onlyCuedBetween(r: Reading, h: number, x: number): boolean {
  for (let k = h + 1; k < x; k++) if (!r.lines[k]!.blank && !r.cues[k] && !tickerItemAt(r, k) && !sectionNameLine(r.lines[k]!, r.ctx.cues)) return false;
  return true;
}

/** Is there a line between h and next that names the page's section: a breadcrumb, or a section's name alone (`محليات`)? */
function sectionNameBetween(r: Reading, h: number, next: number): boolean {
  for (let k = h + 1; k < next; k++) {
    const cue = r.cues[k];
    if (cue?.group === 'chrome' && cue.trail) return true;
    if (!r.lines[k]!.blank && sectionNameLine(r.lines[k]!, r.ctx.cues)) return true;
  }
  return false;
}

/** Is the line right under line h (blank lines aside) a date or time line? */
function datedUnder(r: Reading, h: number): boolean {
  return r.cues[underLine(r, h)]?.group === 'date';
}

/**
 * The author's bare name, right above the description of the author (see `describesAuthor`), or right above
 * the byline that names the same person (`محمود سالم` / `الكاتب: محمود سالم`): a name printed twice, never a headline.
 */
function namesAuthor(r: Reading, h: number): boolean {
  const k = r.nextNonBlank(h);
  if (k >= r.lines.length || r.lastNonBlank(k) !== h || r.decisions[h]?.type === 'byline') return false;
  return describesAuthor(r, k) || namedAgainBelow(r, h);
}

/** Is line h a bare name that the byline right under it gives again? */
export function namedAgainBelow(r: Reading, h: number): boolean {
  const cue = r.cues[r.nextNonBlank(h)];
  return cue?.group === 'byline' && !r.cues[h] && nameShaped(r.lines[h]!, L.bylineNameMaxWords) && r.ctx.folder.key(cue.value) === r.lines[h]!.key;
}

/**
 * A line describing the author at the top of a column: a role, then where
 * (`أستاذ العلوم السياسية في جامعة الشرق`), perhaps after an author cue
 * (`الكاتب صحفي ومحلل سياسي`); right under the byline, or under the author's
 * bare name (a short line with no digit and no punctuation at its end).
 */
export function describesAuthor(r: Reading, h: number): boolean {
  const line = r.lines[h]!;
  if (line.words > L.authorDescriptionMaxWords) return false;
  // What stands above it first (a byline, or a bare name): cheaper than the line's words.
  const above = r.lastNonBlank(h);
  if (above < 0) return false;
  const underByline = r.decisions[above]?.type === 'byline';
  const name = r.lines[above]!;
  if (!underByline && (r.cues[above] || !nameShaped(name, L.bylineNameMaxWords))) return false;
  const w = line.keyWords;
  const roles = r.ctx.cues.authorRoles;
  const cued = r.ctx.cues.bylines.at(w).some((p) => roles.has(w[p.words.length] ?? ''));
  if (!cued && !roles.has(w[0] ?? '')) return false;
  // Under a byline, or under a bare name right under the headline (the page's tools between aside), it describes the author.
  if (underByline || (r.title >= 0 && r.nextPastFurniture(r.title) === above)) return true;
  // Under a bare name, a line opening with a role word may be a headline (`كاتب شاب يفوز بجائزة ...` under
  // a section label): it describes the author only when the column's headline still comes under it (the
  // column's date between them aside), or when a second role is joined to the first (`كاتبة وباحثة ...`),
  // as no headline's subject is.
  if (cued || joinedRole(w, roles, r.ctx.cues.agencyJoiners)) return true;
  let next = r.nextNonBlank(h);
  while (next < r.lines.length && r.cues[next]?.group === 'date') next = r.nextNonBlank(next);
  return next < r.lines.length && !r.cues[next] && !isParagraph(r.lines[next]!);
}

/** Does a role word follow the first with a joining و glued to it (`كاتب وباحث`, `صحفية ومحللة`)? */
function joinedRole(w: readonly string[], roles: ReadonlySet<string>, joiners: ReadonlySet<string>): boolean {
  const second = w[1];
  if (second === undefined) return false;
  for (const j of joiners) if (second.startsWith(j) && roles.has(second.slice(j.length))) return true;
  return false;
}

/**
 * `long` is `short` with a separator and a site's name after it or before it:
 * `العنوان | اسم الموقع`, `العنوان - الموقع`, `الموقع | العنوان`.
 */
export function withSiteName(long: Line, short: Line): boolean {
  return siteNameIn(long, short) !== null;
}

/** The site's name, folded, when `long` is `short` with it before or after (see `withSiteName`); null otherwise. */
export function siteNameIn(long: Line, short: Line): string | null {
  // Compared on folded keys, so that harakat or spelling do not matter; a separator must stand between.
  const a = long.key;
  const b = short.key;
  if (b.length === 0 || a.length <= b.length + 1) return null;
  let site: string;
  if (a.startsWith(b) && a.charCodeAt(b.length) === 0x20) site = a.slice(b.length + 1);
  else if (a.endsWith(b) && a.charCodeAt(a.length - b.length - 1) === 0x20) site = a.slice(0, a.length - b.length - 1);
  else return null;
  if (separators(long.text) <= separators(short.text)) return null;
  const words = site.split(' ').length;
  return words <= L.siteNameAfterHeadlineMaxWords && words < short.words ? site : null;
}

/** How many separators that may stand between a headline and a site's name a line holds (see SITE_SEPARATORS). */
function separators(text: string): number {
  return text.match(SITE_SEPARATORS)?.length ?? 0;
}

/** Is the line a second copy of the headline, perhaps with the site's name after it? */
export function isTitleCopy(r: Reading, line: Line): boolean {
  if (r.title < 0) return false;
  const title = r.lines[r.title]!;
  return line !== title && ((line.words === title.words && line.key === title.key) || withSiteName(line, title));
}

/**
 * A box's one headline given back to the header (see `giveBackLoneItem`) and then not chosen as the page's:
 * the box is put back with its label and that headline, when no other box opened since and the item had no
 * text of its own. Returns false when it cannot be.
 */
function restoreBox(r: Reading, h: number, first: number): boolean {
  const s = r.fromBox.get(h);
  if (!s || r.sections.length !== s.index || s.items.length !== 1 || s.items[0]!.body.length > 0 || siteMotto(r, h, first)) return false;
  const label = r.cues[s.line];
  if (label?.group !== 'marker') return false;
  // (The lines read as its meta went to the header with it, and stay there.)
  s.meta.length = 0;
  r.sections.push(s);
  r.decide(s.line, 'related', label.rule, { section: s.index, role: 'label' });
  r.decide(h, 'related', 'headline-item', { section: s.index, item: 0, role: 'headline' });
  return true;
}

/**
 * Decides the header lines: the headline, then each other line by where it
 * sits. With no story on the page, longer header lines are kept as body.
 */
export function resolveHead(r: Reading, noStory: boolean, first = -1): void {
  const head = r.head;
  r.head = [];
  const title = withoutSiteName(r, head, chooseTitle(r, head, first));
  r.title = title;
  // A bare name right under the headline, a description of the author under it: the byline.
  const under = title >= 0 ? r.nextNonBlank(title) : -1;
  if (r.titleAuthor < 0 && under >= 0 && inHead(head, under) && namesAuthor(r, under)) {
    r.titleAuthor = under;
    r.titleAuthorRule = 'author-under-title';
  }
  // The last line of a box of key points (its label, then each point touching the one above).
  let points = -1;
  // The last line of a list a line of the story ending with a colon announces under the headline (`المكونات:`).
  let listed = -1;
  // The last deck line: the line touching it may end the deck's sentence.
  let deck = -1;
  // The run of short sentences right above the story (see `sentenceRunAbove`).
  const sentences = noStory ? EMPTY_RUN : sentenceRunAbove(r, first);
  // Under the headline, the lines read as furniture for want of anything else, and the decks (see `ledePieces`).
  const plain = new Set<number>();
  const decks = new Set<number>();
  for (const h of head) {
    const line = r.lines[h]!;
    if (h === title) r.decide(h, 'title', r.titleRule);
    else if (h === r.titleAuthor) r.decide(h, 'byline', r.titleAuthorRule);
    else if (r.tableRow(h)) {
      // A table under the headline is the story's (prices, results); above it, a ticker of figures.
      if (title >= 0 && h > title) r.decide(h, 'body', 'table-row');
      else r.decide(h, 'boilerplate', 'header-line');
    } else if (r.cues[h]?.group === 'date') r.decide(h, 'date', 'date-line');
    else if (title >= 0 && h > title && r.ctx.cues.summaryLabels.has(line.key)) {
      r.decide(h, 'boilerplate', 'summary-label');
      points = h;
    } else if (points >= 0 && r.lastNonBlank(h) === points && line.words >= L.highlightMinWords && !isParagraph(line)) {
      // Under `باختصار`: the story's highlights, short or long, bulleted or not.
      r.decide(h, 'body', 'highlight');
      points = h;
    } else if (listed >= 0 && r.lastNonBlank(h) === listed && !r.cues[h] && !isParagraph(line)) {
      // Under `المكونات:` or `أبرز المعلومات:`, before any paragraph: the story's own list, however short its lines.
      r.decide(h, 'body', 'announced-item');
      listed = h;
    } else if (describesAuthor(r, h)) r.decide(h, 'boilerplate', 'author-description');
    else if (namesAuthor(r, h)) r.decide(h, 'byline', 'column-author');
    else if (isTitleCopy(r, line)) r.decide(h, 'boilerplate', 'title-copy');
    // A line printed twice in the header is a caption or a label, not a deck.
    else if (r.repeated(h)) r.decide(h, 'boilerplate', 'repeated-line');
    // On a page saved without its headline, a breaking-news item passed over is the ticker's, not a deck.
    else if (title < 0 && !noStory && isTickerItem(line, r.ctx)) r.decide(h, 'boilerplate', 'ticker-item');
    else if (title >= 0 && h > title && authorOverDate(r, h)) r.decide(h, 'byline', 'author-over-date');
    else if (title >= 0 && h < title && authorUnderDate(r, h)) r.decide(h, 'byline', 'author-under-date');
    else if (title >= 0 && h < title) {
      // Lines of a list of other stories' headlines (a box's one headline too) are never the story's kicker. On a page with no story
      // under its headline, a paragraph above it is the page's text, not another story's teaser.
      // A box's one headline given back to the header and passed over for the page's is the box's again.
      if (restoreBox(r, h, first)) continue;
      if (noStory && isParagraph(line)) r.decide(h, 'body', 'short-line');
      else if (isOrganisationLabel(r, line)) r.decide(h, 'boilerplate', 'org-label');
      else if (tickerItemAt(r, h)) r.decide(h, 'boilerplate', 'ticker-item');
      else if (isKicker(r, h, title) && !r.headlineList.has(h) && !r.unspoken.has(h) && !r.fromBox.has(h)) r.decide(h, 'body', 'kicker');
      else r.decide(h, 'boilerplate', 'header-line');
    } else if (!noStory && r.headlineList.has(h) && !spokenByOpening(r, h, first)) {
      // A line of a ticker of the site's headlines passed over for the page's, the story speaking not of it: another
      // story's headline, whichever side of the page's. (One the story speaks of may be a highlight of it: read on.)
      r.decide(h, 'boilerplate', 'header-line');
    } else if (title >= 0 && h > title && sentences.has(h)) {
      // A story saved a sentence a line: its short opening sentences are the story's, however short.
      r.decide(h, 'body', 'sentence-line');
    } else if (!noStory && title >= 0 && h > title && !isParagraph(line) && datedUnder(r, h) && datedUnder(r, title)) {
      // Under a headline with its own date, a headline-shaped line with a date of its own is
      // another story's (a list of the latest headlines and their times), not a deck.
      r.decide(h, 'boilerplate', 'header-line');
    } else if (noStory ? line.words >= L.noStoryLineMinWords : line.words >= L.deckMinWords || coreEnd(line).endsWith(':') || shortDeck(r, h, title) || (deck >= 0 && deck === h - 1 && endsDeck(r, h))) {
      r.decide(h, 'body', noStory ? 'short-line' : 'deck');
      if (!noStory) {
        deck = h;
        decks.add(h);
      }
      if (!noStory && coreEnd(line).endsWith(':')) listed = h;
    } else if (title >= 0 && line.bullet && line.words >= L.highlightMinWords) {
      // Highlight bullets under the headline belong to the story.
      r.decide(h, 'body', 'highlight');
    } else {
      r.decide(h, 'boilerplate', 'header-line');
      if (title >= 0 && h > title) plain.add(h);
    }
  }
  if (!noStory && title >= 0) ledePieces(r, head, { title, first, plain, decks });
}

/**
 * Under the headline, a line read as furniture right over the story or a line of it, that ends in mid-sentence
 * (a clause's comma, a word no sentence ends with: `في الحي الشرقي،`, `جلبت من`), or ends a sentence under a
 * line with no mark at its end (`والصابون والمخللات.`), or has no mark of its own over such a piece: a piece of
 * the story's first sentence, cut at a link. From the bottom up, so that a run of such pieces is taken whole. A
 * caption or a label ends as a phrase does, not so.
 */
function ledePieces(r: Reading, head: readonly number[], at: { title: number; first: number; plain: ReadonlySet<number>; decks: ReadonlySet<number> }): void {
  const pieces = new Set<number>();
  for (let n = head.length - 1; n >= 0; n--) {
    const h = head[n]!;
    if (!at.plain.has(h) || r.cues[h]) continue;
    const below = r.nextNonBlank(h);
    if (below !== at.first && r.decisions[below]?.type !== 'body') continue;
    const line = r.lines[h]!;
    const end = coreEnd(line);
    const open = !SENTENCE_MARK_END.test(end);
    const above = r.lastNonBlank(h);
    const cutAbove = above > at.title && !r.cues[above] && !SENTENCE_MARK_END.test(coreEnd(r.lines[above]!));
    // Ending the sentence's clause (a comma, a word no sentence ends with); ending the sentence under a line with no
    // mark at its end, opening joined to it (`والصابون ...`) or under a line ending in mid-sentence; with no mark of
    // its own between such a line of the story's and the story; or with no mark of its own over such a piece, or
    // over a deck cut so.
    const piece = endsMidSentence(r, line) ||
      (cutAbove && PERIOD_END.test(end) && (opensWithConjunction(line.keyWords, r.ctx.cues) || endsMidSentence(r, r.lines[above]!))) ||
      (cutAbove && open && r.decisions[above]?.type === 'body') ||
      (open && (pieces.has(below) || (at.decks.has(below) && endsMidSentence(r, r.lines[below]!))));
    if (piece) {
      r.decide(h, 'body', 'lede-piece');
      pieces.add(h);
    }
  }
}

/** Does the line end in mid-sentence: a clause's comma, or a word no sentence ends with? */
function endsMidSentence(r: Reading, line: Line): boolean {
  return CLAUSE_END.test(coreEnd(line)) || endsOpen(line.key, line.text, r.ctx.cues);
}

/** A clause's comma at a line's end: the sentence goes on. */
const CLAUSE_END = /[،,]$/u;

const EMPTY_RUN: ReadonlySet<number> = new Set();

/**
 * The short sentences between the headline and the story's first paragraph (line `first`), each ending in a full stop (not
 * cut short) and none a cue, one under another (`حقق الفريق فوزا ثمينا.` / `على غريمه بهدفين.` / the story):
 * two at least, or none. A story saved a sentence a line opens so; a caption or a deck is one line, and a
 * headline ends in no full stop.
 */
function sentenceRunAbove(r: Reading, first: number): ReadonlySet<number> {
  const run = new Set<number>();
  // (Under the headline only: a headline ending with a full stop is no sentence of the story.)
  for (let k = r.lastNonBlank(first); k > r.title; k = r.lastNonBlank(k)) {
    const line = r.lines[k]!;
    if (r.cues[k] || line.bullet || !PERIOD_END.test(coreEnd(line)) || endsCut(r, line)) break;
    run.add(k);
  }
  return run.size >= L.sentenceRunMinLines ? run : EMPTY_RUN;
}

/**
 * The page's `<title>` often comes first, as the headline plus the site's
 * name (`العنوان | اسم الموقع`): when the header also has the headline alone,
 * that line is the title.
 */
function withoutSiteName(r: Reading, head: readonly number[], title: number): number {
  if (title < 0) return title;
  // The bare headline must look like one itself (a section label `مصر` is not the headline of `مصر - السودان: ...`).
  const bare = head.find((h) => h !== title && titleShaped(r.lines[h]!, L.titleMinWords) && withSiteName(r.lines[title]!, r.lines[h]!));
  return bare ?? title;
}

/**
 * The rest of a deck cut in mid-sentence (`... وأصيب ستة آخرون في` / `حادث
 * على الطريق الصحراوي.`), however few its words: the deck line touching it
 * from above ends with a word no sentence ends with, or with no mark while
 * this line ends the sentence with a full stop (a paragraph hard-wrapped under
 * the headline).
 */
function endsDeck(r: Reading, h: number): boolean {
  if (r.cues[h]) return false;
  const line = r.lines[h - 1]!;
  const end = coreEnd(line);
  if (PERIOD_END.test(coreEnd(r.lines[h]!)) && !SENTENCE_MARK_END.test(end)) return true;
  return endsOpen(line.key, line.text, r.ctx.cues);
}


/** A line ending with a mark: a sentence's end, a colon, a clause's comma or semicolon. */
const SENTENCE_MARK_END = /[.!?؟:،,؛;]$/u;

/** Two dots or more (or `…`) between words: the cut of a headline in two parts (`الحدث.. ما جرى`). */
const PART_CUT = /[^.\s]\s*(?:\.{2,}|…)\s*[^.\s…]/u;

/** A headline in two parts: a phrase, the cut, and a clause of two words or more after it. */
function twoParts(line: Line): boolean {
  const m = PART_CUT.exec(line.text);
  if (!m) return false;
  const after = line.text.slice(m.index + m[0].length - 1).split(/\s+/u);
  return after.filter((w) => ANY_LETTER.test(w)).length >= 2;
}

/**
 * A short deck right under the headline: a few words opening with a kicker
 * word, a preposition or a circumstance (`بحضور وزير الإسكان`), as a kicker
 * above it does; a section or site name does not open so.
 */
function shortDeck(r: Reading, h: number, title: number): boolean {
  const line = r.lines[h]!;
  return title >= 0 && r.lastNonBlank(h) === title && !r.cues[h] && opensLikeKicker(line, r.ctx.cues.kickerStarts);
}

/**
 * The line right above the headline (blank lines aside) that belongs to the
 * story: long, a lead-in ending with a colon, or opening with a kicker word. A
 * paragraph-shaped line there is another story's teaser, not a kicker.
 */
function isKicker(r: Reading, h: number, title: number): boolean {
  const line = r.lines[h]!;
  // (A bulleted line above the headline is a list's item: a kicker stands alone.)
  if (isParagraph(line) || line.bullet) return false;
  // Right above the headline, blank lines aside: a line between makes it one of a list's, a menu's or a ticker's lines.
  let between = 0;
  for (let k = h + 1; k < title; k++) {
    if (r.lines[k]!.blank) continue;
    if (r.cues[k] || ++between >= L.kickerMaxDistance) return false;
  }
  if (line.words >= L.kickerMinWords || coreEnd(line).endsWith(':')) return true;
  return opensLikeKicker(line, r.ctx.cues.kickerStarts) || quotedKicker(r, h, title);
}

/**
 * Is line h, over the headline, a quotation as its kicker: one quotation of a few words at least that the story
 * speaks of in one of its first paragraphs (the words it quotes)? A site's slogan in quotes is on no
 * story's lips; a quotation picked from the story stands over its headline as a kicker.
 */
function quotedKicker(r: Reading, h: number, title: number): boolean {
  const line = r.lines[h]!;
  if (line.words < L.quotedKickerMinWords || !QUOTED_WHOLE.test(line.content)) return false;
  const words = r.lineWords(h);
  // (A few lines past the headline at most, paragraphs or not: a page of quotations and no story stays linear.)
  for (let k = r.nextNonBlank(title), seen = 0, lines = 0; k < r.lines.length && seen < L.quotedKickerParagraphs && lines < L.quotedKickerLinesMax; k = r.nextNonBlank(k), lines++) {
    if (!isParagraph(r.lines[k]!)) continue;
    if (r.topicOverlap(words, r.lineWords(k)) >= L.quotedKickerSpokenWords) return true;
    seen++;
  }
  return false;
}

/** Does the story's opening (its first paragraph and the line after it) speak of header line h: two words shared? */
function spokenByOpening(r: Reading, h: number, first: number): boolean {
  return first >= 0 && overlap(r.lineWords(h), r.openingWords(first)) >= L.embeddedSharedWords;
}

/**
 * Header candidates without the lists of other stories' headlines (a news
 * ticker, "latest news"): three or more on consecutive lines, when a later
 * candidate has the headline's date or byline under it; and of a run too long
 * for a headline and its decks, all but its first and last lines when the
 * story's opening speaks of them (`spoken`). Otherwise the run is a headline
 * and its decks.
 */
function withoutHeadlineLists(eligible: readonly number[], beforeMeta: (h: number) => boolean, spoken: (h: number) => boolean, hasStory: boolean): number[] {
  const out: number[] = [];
  let k = 0;
  while (k < eligible.length) {
    let end = k;
    while (end + 1 < eligible.length && eligible[end + 1] === eligible[end]! + 1) end++;
    const run = eligible.slice(k, end + 1);
    // A run too long for a headline and its decks (a ticker of the site's headlines over a story saved without its
    // own): only a line of it the story's first paragraph speaks of may be the headline.
    // (Its first line may be the page's headline over highlights, its last the headline the story starts under.)
    if (run.length >= L.headlineTickerMinLines && hasStory) {
      for (const h of [run[0]!, run[run.length - 1]!]) if (spoken(h)) out.push(h);
    } else if (run.length < L.headlineListMinLines || !eligible.slice(end + 1).some(beforeMeta)) for (const h of run) out.push(h);
    k = end + 1;
  }
  return out;
}

/**
 * A column's short title under its author (`خالد الراشد` / `كاتب وصحفي عراقي` / `مدن بلا أرصفة` / the
 * first paragraph): the last header line, right above the story, of three words or more, right under
 * a line describing the author; the bare name above that description is the byline. -1 when none.
 */
function titleUnderAuthor(r: Reading, head: readonly number[], first: number): number {
  const h = head[head.length - 1];
  if (h === undefined || first < 0 || r.lastNonBlank(first) !== h) return -1;
  const line = r.lines[h]!;
  if (r.cues[h] || line.bullet || !titleShaped(line, L.titleOverNameMinWords)) return -1;
  const described = r.lastNonBlank(h);
  if (described < 0 || !inHead(head, described) || !describesAuthor(r, described)) return -1;
  r.titleRule = 'title-under-author';
  const name = r.lastNonBlank(described);
  if (name >= 0 && inHead(head, name) && !r.cues[name] && nameShaped(r.lines[name]!, L.bylineNameMaxWords)) {
    r.titleAuthor = name;
    r.titleAuthorRule = 'author-above-title';
  }
  return h;
}

/**
 * Is there nothing but page furniture and the page's meta between lines h and `first`: blank lines, a
 * dateline on its own line (`القاهرة - الأفق:`), page tools (share buttons, a player), the page's date,
 * byline or source line (`المصدر: وكالات`)? A short headline sits over the story so too.
 */
function furnitureBetween(r: Reading, h: number, first: number): boolean {
  for (let k = h + 1; k < first; k++) {
    const cue = r.cues[k];
    const group = cue?.group;
    const type = r.decisions[k]?.type;
    // (A caption printed twice or more is the page's furniture too, and the author's role under the name the page's meta.)
    const copy = !group && ((r.repeated(k) && !isParagraph(r.lines[k]!)) || roleUnderName(r, k));
    // (So is a name beside a date, `سامر يوسف 06 ديسمبر 2026`, waiting among the header's lines.)
    const named = cue?.group === 'date' && cue.beside === true;
    if (!r.lines[k]!.blank && group !== 'dateline' && group !== 'chrome' && group !== 'agency' && type !== 'date' && type !== 'byline' && type !== 'source' && !copy && !named) return false;
  }
  return h < first;
}

// A question's or an exclamation's marks closing a line.
const ASKS_OR_EXCLAIMS = /\s*[؟?!]+$/u;

/**
 * A short headline with no meta under it (`عن القراءة` / the first paragraph, `ليست القراءة ترفا ...`; share buttons or a dateline may stand between):
 * the last header line, right above the story, of two or three words, that the first paragraph speaks of
 * (a word of its topic, function words aside). A section's name over a story (`مقالات الرأي`) is rarely
 * a word of its first paragraph; the story's own headline nearly always is. -1 when none.
 */
function shortTitleOverStory(r: Reading, head: readonly number[], first: number): number {
  // (Past a caption printed twice or more under it, and the author's role under the name.)
  let last = head.length - 1;
  while (last > 0 && (captionCopyUnderTitle(r, head[last]!, head, first) || roleUnderName(r, head[last]!))) last--;
  head = head.slice(0, last + 1);
  let h = head[head.length - 1];
  if (h === undefined || first < 0) return -1;
  // The author's bare name may stand between it and the story (`مدن بلا أرصفة` / `سامر يوسف` / the first
  // paragraph): a name the paragraph does not speak of, right under the headline.
  let author = -1;
  const above = head[head.length - 2];
  // (A name with the author's role under it is the author's, though the paragraph may name the author too: `بقلم: هدى ...`.)
  // (The page's tools may stand between the two: `قرأه 120 قارئ`.)
  if (above !== undefined && lastPastChrome(r, h) === above && bareName(r, h) && (roleUnderName(r, r.nextNonBlank(h)) || r.topicOverlap(r.lineWords(h), r.lineWords(first)) === 0)) {
    author = h;
    h = above;
  }
  if (!furnitureBetween(r, author >= 0 ? author : h, first)) return -1;
  const line = r.lines[h]!;
  if (r.cues[h] || line.bullet || !titleShaped(line, L.shortTitleMinWords) || isOrganisationLabel(r, line)) return -1;
  // Words only: a colon, a bracket or a dash makes a place's dateline or byline (`دبي: ليلى حسن`, `أبوظبي (الاتحاد)`).
  // A question's or an exclamation's mark may close it (`نهاية الازدحام؟`).
  if (!LETTERS_ONLY.test(line.content.trim().replace(ASKS_OR_EXCLAIMS, '')) || namesAuthor(r, h) || describesAuthor(r, h)) return -1;
  // A section's name (`أخبار محلية`, `اقتصاد وأعمال`) or the site's (`بوابة الأفق`) is no headline, whatever the story says.
  // (A site's name ends so too: `المدينة نيوز`.)
  const words = line.keyWords;
  if (words.some((w) => isSectionName(w, r.ctx.cues)) || mastheadName(line, r.ctx.cues.publicationWords) || r.ctx.cues.siteNameTails.has(words[words.length - 1]!)) return -1;
  if (r.topicOverlap(r.lineWords(h), r.lineWords(first)) < L.shortTitleSpokenWords) return -1;
  r.titleRule = 'title-spoken-short';
  if (author >= 0) {
    r.titleAuthor = author;
    r.titleAuthorRule = 'author-under-title';
  }
  return h;
}

/** Index of the last non-blank line above line i that is no page chrome (a counter, share buttons), or -1. */
function lastPastChrome(r: Reading, i: number): number {
  let k = r.lastNonBlank(i);
  while (k >= 0 && r.cues[k]?.group === 'chrome') k = r.lastNonBlank(k);
  return k;
}

/**
 * Is the last header line `last` a full headline under the short line `h`
 * and its date, with a line of page chrome (tools, share buttons) between?
 */
function headlineAfterTools(r: Reading, h: number, last: number): boolean {
  if (last <= h || !titleShaped(r.lines[last]!, L.titleMinWords)) return false;
  for (let k = h + 1; k < last; k++) if (r.cues[k]?.group === 'chrome' && r.decisions[k]?.type === 'boilerplate') return true;
  return false;
}

/**
 * The headline among the header lines: the first title-shaped line of four
 * words or more, or of three followed by a date or byline (a kicker above
 * another such line is passed over). Lines above the first byline are
 * preferred: bylines sit under headlines. Among several lines each with its
 * own date under it, the one the first paragraph (line `first`) speaks of.
 * Else a bulleted title-shaped line, a short one over its date, and last a
 * headline dated in its own words (a line the date rule took).
 */
function chooseTitle(r: Reading, head: readonly number[], first: number): number {
  const title = chooseAmong(r, head, first);
  if (title < 0 || !furnitureOnTop(r, title, first)) return title;
  // A line with nothing of the page's under it, only its chrome, that the first paragraph shares no word
  // with (a motto over an app's link): the choice is made again without it, and keeps what it then finds when
  // the first paragraph speaks of that line, or when it is a column's title under its author's name and role;
  // else the line stays the headline.
  const kept = { rule: r.titleRule, author: r.titleAuthor, authorRule: r.titleAuthorRule, list: r.headlineList, unspoken: new Set(r.unspoken) };
  const again = chooseAmong(r, head.filter((h) => h !== title), first);
  if (again >= 0 && (r.titleRule === 'title-under-author' || r.topicOverlap(r.lineWords(again), r.lineWords(first)) >= L.shortTitleSpokenWords)) {
    r.unspoken.add(title);
    return again;
  }
  // (The first choice stands, with what it found.)
  [r.titleRule, r.titleAuthor, r.titleAuthorRule, r.headlineList, r.unspoken] = [kept.rule, kept.author, kept.authorRule, kept.list, kept.unspoken];
  return title;
}

/** Is header line h a line with page chrome right under it and none of the page's meta, that the first paragraph shares no word with? */
export function furnitureOnTop(r: Reading, h: number, first: number): boolean {
  return chromeUnder(r, h) && !ownMetaUnder(r, h) && unspokenLine(r, h, first);
}

/**
 * Is the page's date or byline under line h (see `metaUnder`), and not a headline dated in its own words with
 * the page's date under it in turn (`أسعار العملات اليوم الاثنين 11 ديسمبر` / the date)?
 */
function ownMetaUnder(r: Reading, h: number): boolean {
  if (!metaUnder(r, h)) return false;
  const k = underLine(r, h);
  return !(r.cues[k]?.group === 'date' && titleShaped(r.lines[k]!, L.titleMinWords) && metaUnder(r, k));
}

/** The headline among the header lines `head` (see `chooseTitle`); sets the title's rule and author. */
function chooseAmong(r: Reading, head: readonly number[], first: number): number {
  const { lines, cues } = r;
  r.titleRule = 'title';
  r.titleAuthor = -1;
  r.titleAuthorRule = 'author-under-title';
  // The breadcrumb's last crumb is the page itself: the line repeating it is the headline.
  if (r.crumbs.size > 0) {
    const echo = head.find((h) => lines[h]!.words <= L.titleMaxWords && echoes(r, h));
    if (echo !== undefined) {
      r.titleRule = 'title-echo';
      return echo;
    }
  }
  const meta = (k: number) => {
    const cue = cues[k];
    return !!cue && (cue.group === 'date' || cue.group === 'byline' || (cue.group === 'source' && cue.dated === true));
  };
  // A line that reads as a date (a headline dated in its own words) is the headline only when no other line is.
  const dated = head.find((h) => cues[h]?.group === 'date');
  // The "date" under a line may be that headline, the page's date under it in turn: it is no date of the
  // line above it (a slogan, a section's name), which only a date or byline of its own makes a headline.
  const datedHeadline = dated !== undefined && meta(r.nextNonBlank(dated)) && titleShaped(lines[dated]!, L.titleMinWords);
  // Nor is one with words of its own before its date (see `headed`) that the first paragraph speaks of clearly more
  // than of the line over it (a section's name, `شؤون محلية`): the headline, not that line's date.
  const datedOwnWords = (h: number) => dated !== undefined && headedDate(cues[dated]) && spokenMoreOf(r, h, dated, first);
  // (A wire's credit alone under the headline, `(وكالات)`, is passed over: the page's meta may come under it. The
  // author's bare name over the author's description is a byline with no cue, see `namesAuthor`.)
  // (The line under a run of copies of a line is the same for each copy: found once, so that a header of many copies is
  // read in linear time.)
  const unders = new Map<number, number>();
  const underOf = (h: number) => {
    let k = unders.get(h);
    if (k !== undefined) return k;
    k = underLine(r, h);
    const key = lines[h]!.key;
    for (let x = h; x < k; x++) if (!lines[x]!.blank && !cues[x] && lines[x]!.key === key) unders.set(x, k);
    return k;
  };
  const beforeMeta = (h: number) => {
    let next = underOf(h);
    while (next < lines.length && cues[next]?.group === 'agency') next = r.nextNonBlank(next);
    return (meta(next) && !(next === dated && (datedHeadline || datedOwnWords(h)))) || (next < lines.length && !cues[next] && namesAuthor(r, next));
  };
  if (dated !== undefined) head = head.filter((h) => cues[h]?.group !== 'date');
  // The site's motto with its founding year is never the headline, nor a kicker.
  const mottos = new Set(head.filter((h) => siteMotto(r, h, first)));
  for (const h of mottos) r.unspoken.add(h);
  // (The line's shape first: the tests of what else it may be look at its neighbours and the story, and cost more.)
  const shaped = head.filter(
    (h) =>
      !lines[h]!.bullet &&
      (titleShaped(lines[h]!, L.titleMinWords) || (titleShaped(lines[h]!, L.titleWithMetaMinWords) && beforeMeta(h)) || paragraphShapedHeadline(r, h)) &&
      !r.tableRow(h) &&
      !describesAuthor(r, h) &&
      !namesAuthor(r, h) &&
      !roleUnderTitledName(r, h, head) &&
      !captionCopyUnderTitle(r, h, head, first) &&
      !mottos.has(h) &&
      !nameOverAuthor(r, h),
  );
  const eligible = withoutHeadlineLists(shaped, beforeMeta, (h) => spokenByOpening(r, h, first), first >= 0);
  const kept = new Set(eligible);
  r.headlineList = new Set(shaped.filter((h) => !kept.has(h)));
  const spoken = spokenOf(r, eligible, first);
  if (spoken >= 0) return spoken;
  const firstByline = cues.findIndex((c, k) => c?.group === 'byline' && r.decisions[k]?.type === 'byline');
  const ordered = firstByline >= 0 ? [...eligible.filter((h) => h < firstByline), ...eligible.filter((h) => h > firstByline)] : eligible;
  // Right above: with nothing but blank lines between.
  const rightAbove = (h: number, next: number) => {
    for (let k = h + 1; k < next; k++) if (!lines[k]!.blank) return false;
    return true;
  };
  for (const h of ordered) {
    // A breaking-news ticker item yields to a later line that has the page's date or byline under it, to a
    // later line no ticker item that the first paragraph speaks of (a headline with its dateline under it),
    // or, when the first paragraph does not speak of the item (another story's news), to the later line
    // the story starts right under.
    // (Or to a later line with the story under it that the first paragraph speaks of clearly more: a ticker's item
    // may share a word or two with the story, `بسبب`, `الكهرباء`. Not to a dated line the first paragraph speaks of
    // clearly less: under a breaking label, the page's headline over its deck, the date under the deck; unless that
    // line is half as long as the item or less: a deck says more than its headline, a feature's headline less.)
    if (
      tickerItemAt(r, h) &&
      (eligible.some((x) => x > h && beforeMeta(x) && (!spokenMoreOf(r, x, h, first) || lines[x]!.words <= L.featureHeadlineMaxShare * lines[h]!.words)) ||
        spokenLater(r, h, eligible.filter((x) => x > h && !tickerItemAt(r, x)), first) ||
        overStoryHeadline(r, h, eligible, first) ||
        eligible.some((x) => x > h && !tickerItemAt(r, x) && storyUnder(r, x, first) && spokenMoreOf(r, h, x, first)))
    )
      continue;
    if (unspokenTickerItem(r, h, first)) continue;
    // A line the first paragraph speaks of by a word at most (a slogan, a box's headline) yields to a later
    // period or question headline right over that paragraph, which speaks of it (see `headerParagraph`).
    // (Passed over so, it is no kicker of that headline either.)
    if (spokenLater(r, h, eligible.filter((x) => x > h && (isPeriodHeadline(lines[x]!) || isQuestionHeadline(lines[x]!)) && spokenLede(r, x) === first), first)) {
      r.unspoken.add(h);
      continue;
    }
    // (A breaking-news item the story does not speak of, or over a later headline with the page's meta or the
    // story under it, is passed over: the next candidate is the line under it.)
    const passed = (x: number) =>
      unspokenTickerItem(r, x, first) || (isTickerItem(lines[x]!, r.ctx) && eligible.some((y) => y > x && !isTickerItem(lines[y]!, r.ctx) && (beforeMeta(y) || storyUnder(r, y, first))));
    const next = eligible.find((x) => x > h && !passed(x));
    // A line headline-shaped only by the date under it (`هسبريس من الرباط` over the page's date) yields
    // to a full headline that is the last header line above the story, page tools between them (a
    // deck right under the date stays a deck).
    if (lines[h]!.words < L.titleMinWords && beforeMeta(h) && headlineAfterTools(r, h, head[head.length - 1]!)) continue;
    // The paper's masthead at the top (`صحيفة الوطن الإلكترونية`), with a headline further down: not the headline.
    if (next !== undefined && !rightAbove(h, next) && mastheadName(lines[h]!, r.ctx.cues.publicationWords)) continue;
    // Nor is an outlet's name alone (`شبكة الأفق الإخبارية`) or a breaking-news item that the first paragraph does
    // not speak of: the page's own headline may be a short one under it. (Passed over so, it is no kicker of that
    // headline either.)
    if (unspokenOutlet(r, h, first)) {
      r.unspoken.add(h);
      continue;
    }
    // An office's name (`المكتب الإعلامي لوزارة الصحة`) over a later line with the page's date under it or the
    // story right under it, which the first paragraph speaks of as much at least: the label of a statement.
    if (next !== undefined && !beforeMeta(h) && isOrganisationLabel(r, lines[h]!) && eligible.some((x) => x > h && (beforeMeta(x) || storyUnder(r, x, first)) && spokenAsMuch(r, h, x, first))) continue;
    // A line over the page's section name (`محليات`) is over the page (a site's masthead, a ticker, an office's
    // name) when the first paragraph speaks clearly more of the line under the section's name. (A headline may
    // have its section under it: then the story speaks of it.)
    if (next !== undefined && !beforeMeta(h) && sectionNameBetween(r, h, next) && spokenMoreOf(r, h, next, first)) continue;
    // A box's one headline given back from under its label, with nothing of the page's under it, yields to a later
    // line with the page's date or byline under it: the box's item, over the page's own headline.
    if (r.fromBox.has(h) && !beforeMeta(h) && eligible.some((x) => x > h && beforeMeta(x))) continue;
    // A line with nothing of the page's under it (a long section name, `أخبار مصر والعالم العربي`, a slogan) yields
    // to a later one with the page's date or byline under it, or with the story under it, when the first paragraph
    // speaks of that one and not of this.
    // With the day's date under it (a masthead's, at the page's top), such a line yields to a later one over the
    // story (its own date or byline between) that the first paragraph restates, two words at least: the page's
    // headline, not a deck.
    if (beforeMeta(h) && eligible[eligible.length - 1]! > h && unspokenLine(r, h, first) && eligible.some((x) => x > h && (beforeMeta(x) || storyUnder(r, x, first)) && r.topicOverlap(r.lineWords(x), r.lineWords(first)) >= L.restatedHeadlineWords)) continue;
    if (next !== undefined && !rightAbove(h, next) && !beforeMeta(h)) {
      const pageLines = eligible.filter((x) => x > h && (beforeMeta(x) || storyUnder(r, x, first)));
      if (spokenLater(r, h, pageLines, first) || unspokenOverPage(r, h, pageLines, (x) => beforeMeta(x), first)) continue;
    }
    if (next === undefined || !rightAbove(h, next)) return h;
    // A kicker: opens with a kicker word right above the headline, or exclaims
    // or asks right above a headline that does not. An office's name labels it.
    // (Not a headline in two parts, `بعد سنوات من الانتظار.. الطريق يتسع`: a kicker is one phrase.)
    if ((r.ctx.cues.kickerStarts.has(lines[h]!.firstKeyWord) && !twoParts(lines[h]!)) || isOrganisationLabel(r, lines[h]!)) continue;
    // So is a quotation picked from the story (see `quotedKicker`), over a line the first paragraph speaks of as much.
    if (quotedKicker(r, h, next) && spokenAsMuch(r, h, next, first)) continue;
    // The page's heading saved twice, its title and its header (a caption or the page's tools between the copies):
    // the line right above the first copy is its kicker, when the first paragraph speaks of the heading as much.
    if (printedAgainBelow(r, next, head) && !printedAgainBelow(r, h, head) && spokenAsMuch(r, h, next, first)) continue;
    // (Not a question as long as a headline with a much longer deck under it, nor one that asks over a line no
    // longer than itself: a kicker asking is shorter than its headline, and that question is the headline.
    // An exclamation stays a kicker, however long: a cry is a comment on the headline, not one.)
    const long = lines[h]!.words >= L.questionHeadlineMinWords;
    const asks = ASKING_END.test(coreEnd(lines[h]!));
    const deckUnder = long && (lines[next]!.words >= lines[h]!.words * L.deckToHeadlineMinRatio || (asks && lines[next]!.words <= lines[h]!.words));
    if (QUESTION_END.test(coreEnd(lines[h]!)) && !QUESTION_END.test(coreEnd(lines[next]!)) && !deckUnder) continue;
    // Right above a line with the page's date or byline under it, or with the story right under it, a line
    // the first paragraph shares no word with (a slogan: `صوت الشعب وضمير الأمة`) yields to that line when
    // the paragraph speaks of it: a headline and its lead share words. (Asked after the kickers, which
    // need not share a word with the story.)
    // (Not a quotation as a kicker, which may speak of the story's later paragraphs only: see `quotedKicker`.)
    if (!beforeMeta(h) && (beforeMeta(next) || storyUnder(r, next, first)) && unspokenOver(r, h, next, first) && !quotedKicker(r, h, next)) {
      r.unspoken.add(h);
      continue;
    }
    // An overline: a long line touching a much shorter headline under it
    // (five words at least: a shorter line may be a name).
    const [over, under] = [lines[h]!.words, lines[next]!.words];
    // (Not over a line printed again right under it: a caption printed twice under the headline.)
    if (next === h + 1 && over >= L.overlineMinWords && over >= L.overlineRatio * under && under >= L.overlineHeadlineMinWords && !beforeMeta(h) && !r.repeated(next)) continue;
    return h;
  }
  // Relaxed when nothing else is headline-shaped: a bulleted headline, then a
  // short one (a column's `جمهورية الصبيان`) with its date or byline right under it.
  const bulleted = head.find((h) => lines[h]!.bullet && titleShaped(lines[h]!, L.titleMinWords));
  if (bulleted !== undefined) return bulleted;
  const short = head.find(
    (h) =>
      !lines[h]!.bullet &&
      titleShaped(lines[h]!, L.shortTitleMinWords) &&
      beforeMeta(h) &&
      // (A section's name alone, `أخبار محلية`, over the date: the page's place in the site, never its headline.)
      !sectionNameLine(lines[h]!, r.ctx.cues) &&
      // (Nor the author's role under the author's name: the column's author box.)
      !describesAuthor(r, h) &&
      !isOrganisationLabel(r, lines[h]!) &&
      !unspokenOutlet(r, h, first) &&
      !unspokenTickerItem(r, h, first) &&
      !roleUnderTitledName(r, h, head) &&
      !captionCopyUnderTitle(r, h, head, first) &&
      !mottos.has(h) &&
      !nameOverAuthor(r, h),
  );
  if (short === undefined) {
    const column = titleUnderAuthor(r, head, first);
    if (column >= 0) return column;
    const spokenShort = shortTitleOverStory(r, head, first);
    if (spokenShort >= 0) return spokenShort;
    if (dated === undefined) return -1;
    r.titleRule = 'title-dated';
    return dated;
  }
  // A short question or exclamation right above the author's bare name and the date (`لماذا نكتب؟` /
  // `سلمى يوسف` / date): the question is the headline, the name the author's. So is a short line of three
  // words or more (`في مديح البطء`); a shorter one may be the section's name (`مقالات الرأي`), unless the first
  // paragraph speaks of it and not of the name (`صبر المزارعين`), and it names no section.
  // (Not when a byline, or the author's bare name over the author's description, is right under the short line: the
  // author is named there, the short line is the headline; nor under an outlet's name alone, `صحيفة المسار
  // الإلكترونية`, or the site's motto.) The page's tools may stand between the headline and the name (`تابعونا
  // على ...`, share buttons): they are no line of the header's own.
  const above = lastPastChrome(r, short);
  const under = r.nextNonBlank(short);
  const signed = cues[under]?.group === 'byline' || (under < lines.length && namesAuthor(r, under));
  if (above >= 0 && inHead(head, above) && !cues[above] && !signed && !mottos.has(above) && !outletName(lines[above]!, r.ctx.cues) && titleShaped(lines[above]!, L.shortTitleMinWords) && nameShaped(lines[short]!, L.bylineNameMaxWords)) {
    const asks = QUESTION_END.test(coreEnd(lines[above]!));
    const spoken = () =>
      !sectionNameLine(lines[above]!, r.ctx.cues) &&
      r.topicOverlap(r.lineWords(above), r.lineWords(first)) >= L.shortTitleSpokenWords &&
      r.topicOverlap(r.lineWords(short), r.lineWords(first)) === 0;
    // (Not when the first paragraph speaks of the short line and not of the line above: a name is not spoken of, a
    // headline is; the line above is furniture over it, a ticker's item, `عاجل: ...`.)
    const shortSpoken = () => first >= 0 && r.topicOverlap(r.lineWords(short), r.lineWords(first)) >= L.shortTitleSpokenWords && r.topicOverlap(r.lineWords(above), r.lineWords(first)) === 0;
    if ((asks || lines[above]!.words >= L.titleOverNameMinWords || (first >= 0 && spoken())) && !shortSpoken()) {
      r.titleRule = asks ? 'title-question' : 'title-over-name';
      r.titleAuthor = short;
      return above;
    }
  }
  r.titleRule = 'title-short';
  return short;
}

/**
 * Is header line h a breaking-news item with its mark on its line (`عاجل: ...`) that the first paragraph
 * shares no word with? Never the headline, even when no line takes its place: the page was saved without
 * its headline (a page's own breaking headline shares its news with its lead). Under a stray `عاجل` label
 * alone on the line above, a column's headline may share no word: that one is not asked about.
 */
function unspokenTickerItem(r: Reading, h: number, first: number): boolean {
  return first >= 0 && isTickerItem(r.lines[h]!, r.ctx) && r.topicOverlap(r.lineWords(h), r.lineWords(first)) === 0;
}

/**
 * Is header line h an outlet's name alone (`صحيفة المسار الإلكترونية`) or a breaking-news item (`عاجل: ...`)
 * that the first paragraph does not speak of, over a later header line it does speak of? A headline may open
 * with an outlet's word too (`شبكة الكهرباء الوطنية تنهار`), and a breaking page's own with `عاجل`: only a
 * line the story speaks of shows the page's own.
 */
function unspokenOutlet(r: Reading, h: number, first: number): boolean {
  return (outletName(r.lines[h]!, r.ctx.cues) || tickerItemAt(r, h)) && spokenBelowInstead(r, h, first);
}

/**
 * Could header line h be the page's headline, the first paragraph at line `first`: shaped as one (`minWords`
 * at least), and neither a motto with only chrome under it (`furnitureOnTop`), the site's motto with its
 * founding year (`siteMotto`), nor a breaking-news item the paragraph says nothing of (`unspokenTickerItem`)?
 */
export function headlineInHeader(r: Reading, h: number, first: number, minWords: number = L.titleMinWords): boolean {
  return titleShaped(r.lines[h]!, minWords) && !furnitureOnTop(r, h, first) && !siteMotto(r, h, first) && !unspokenTickerItem(r, h, first);
}

/**
 * Is header line h a motto with the site's founding year that the first paragraph speaks of by a word of its topic
 * at most? Wherever it stands, the page's furniture: a box's one headline so is no list's, the label over it a
 * widget's. (Not a breaking-news ticker's item, `عاجل | ...`: under a box's label it may be the page's own headline.)
 */
export function siteMotto(r: Reading, h: number, first: number): boolean {
  return first >= 0 && foundingMotto(r.lines[h]!, r.ctx.cues) && r.topicOverlap(r.lineWords(h), r.lineWords(first)) < L.embeddedSharedWords;
}

/**
 * A motto ending with the site's founding year (`صوت الحقيقة منذ 1987`, `تأسست عام 1923`, `Est. 1987`): a few
 * words, the last a year after a founding word, a year's word between them perhaps (`منذ العام 1990`). A
 * headline may end so (`البطالة تسجل أعلى مستوى منذ 2008`): its story speaks of it (see `siteMotto`).
 */
export function foundingMotto(line: Line, cues: CompiledCues): boolean {
  const w = line.contentKeyWords;
  if (w.length < 2 || w.length > L.foundingMottoMaxWords) return false;
  const year = w[w.length - 1]!;
  if (!/^[0-9]{4}$/.test(year) || +year < L.yearMin || +year > L.yearMax) return false;
  let k = w.length - 2;
  if (k > 0 && cues.foundingYearWords.has(w[k]!)) k--;
  return cues.foundingWords.has(w[k]!);
}

/** Is the next non-blank line under line h page chrome (an app's link, share buttons)? */
function chromeUnder(r: Reading, h: number): boolean {
  return r.cues[r.nextNonBlank(h)]?.group === 'chrome';
}

/** Does the first paragraph share no word with line h, function words aside? */
function unspokenLine(r: Reading, h: number, first: number): boolean {
  return first >= 0 && r.topicOverlap(r.lineWords(h), r.lineWords(first)) === 0;
}

/**
 * Does the first paragraph share fewer than two words of its topic with header line h, and speak of a later header line
 * (a word of its topic), however short (`مديح البطء`)?
 */
function spokenBelowInstead(r: Reading, h: number, first: number): boolean {
  if (first < 0) return false;
  const lede = r.lineWords(first);
  // (Words of its topic: any paragraph holds the line's `على` or `في`.)
  if (r.topicOverlap(r.lineWords(h), lede) >= L.embeddedSharedWords) return false;
  for (let k = h + 1; k < first; k++) {
    if (!r.lines[k]!.blank && !r.cues[k] && r.topicOverlap(r.lineWords(k), lede) >= L.shortTitleSpokenWords) return true;
  }
  return false;
}

/**
 * A headline printed only with the site's name after it (the page's <title>: `العنوان | صحيفة الواحة`),
 * or before it (`صحيفة الواحة | العنوان`): the title is the headline without it, when the part beyond
 * the last (or before the first) spaced separator is a short name that the page's furniture or source
 * lines name again (`جميع الحقوق محفوظة للواحة`), that names an outlet by its first or last word
 * (`صحيفة ...`, `... نيوز`), or that is written in Latin letters beside an Arabic headline. A
 * headline's own dash (`مصر - السودان: اتفاق ...`) leaves a long part beside it, or no such name.
 */
export function headlineOfTitleLine(title: string, at: number, lines: readonly Line[], furniture: (i: number) => boolean, ctx: ClassifyContext): string {
  const cuts = [...title.matchAll(SITE_AFTER)];
  if (cuts.length === 0) return title;
  const last = cuts[cuts.length - 1]!;
  const after = last.index + last[0].length;
  if (namesSite(title.slice(after).trim(), title.slice(0, last.index).trim(), at, lines, furniture, ctx)) return title.slice(0, last.index).trim();
  const first = cuts[0]!;
  const rest = title.slice(first.index + first[0].length).trim();
  return namesSite(title.slice(0, first.index).trim(), rest, at, lines, furniture, ctx) ? rest : title;
}

/** Is `site`, printed beside `head` on line `at`, the site's name (see `headlineOfTitleLine`)? */
function namesSite(site: string, head: string, at: number, lines: readonly Line[], furniture: (i: number) => boolean, ctx: ClassifyContext): boolean {
  const words = ctx.folder.key(site).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > L.siteNameAfterHeadlineMaxWords || ctx.folder.key(head).split(' ').length < L.titleMinWords) return false;
  const { datelineOutletWords, publicationWords, siteNameTails } = ctx.cues;
  // Looked for without its article: `للواحة` in a copyright line is `ل` + `الواحة`.
  const key = words.map((w, k) => (k === 0 ? withoutArticle(w) : w)).join(' ');
  return (
    (!ARABIC.test(site) && ARABIC.test(head) && ANY_LETTER.test(site)) ||
    datelineOutletWords.has(words[0]!) ||
    publicationWords.has(words[0]!) ||
    siteNameTails.has(words[words.length - 1]!) ||
    (key.length >= L.siteNameMinChars && lines.some((l, k) => k !== at && furniture(k) && l.words <= L.paragraphWords && endsAWord(l.key, key)))
  );
}

/** Does `key` end a word of `hay` somewhere (`الواحة` in `للواحة`, not `عاجل` in `عاجلة`)? Clitics may stand before it. */
function endsAWord(hay: string, key: string): boolean {
  for (let at = hay.indexOf(key); at >= 0; at = hay.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (end === hay.length || hay[end] === ' ') return true;
  }
  return false;
}
