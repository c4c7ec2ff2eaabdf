/**
 * The story read once the whole page is placed: dates heading the entries of
 * a timeline; its tail: short lines after the last paragraph, an author's
 * note, and a headline appended after the story.
 */
import { creditSplit, endsOpen, isTickerItem, personNameAlone, sectionNameLine, stripBrackets } from './classify.js';
import { datelineOf, datelineOutlet } from './dateline.js';
import { siteNameIn, titleShaped, withSiteName } from './header.js';
import { LIMITS as L } from './limits.js';
import { countWords, type Line } from './lines.js';
import { coreEnd, endsCut, mastheadName, nameShaped, overlap, PERIOD_END, QUESTION_END, type Reading } from './reading.js';
import { hasDigit } from './text.js';
import { LINK_ARROW_BULLETS, WIDGET_UNIT_MARKS } from './cues.js';
import { separatedTags } from './tags.js';

/**
 * A timeline inside the story (`1951` / `توقيع معاهدة باريس ...` / `1957` /
 * ...): dates with no time of day or weekday, each right above the paragraph
 * it dates, twice or more between the story's paragraphs, are story. A page's
 * own date carries a time or a weekday, or stands apart from the story.
 */
export function timelineDates(r: Reading): void {
  const d = r.decisions;
  const first = d.findIndex((x) => x?.shape === 'paragraph');
  if (first < 0) return;
  const heads: number[] = [];
  for (let i = first + 1; i + 1 < d.length; i++) {
    const cue = r.cues[i];
    if (d[i]?.type !== 'date' || cue?.group !== 'date' || !cue.timeless) continue;
    if (d[i + 1]?.type === 'body' && d[i + 1]?.shape === 'paragraph') heads.push(i);
  }
  if (heads.length < L.timelineMinDates) return;
  for (const i of heads) r.decide(i, 'body', 'timeline-date');
}

/**
 * Another article saved under the story with no label (a site that loads the
 * next article as the reader scrolls): a headline with its own header (two
 * lines of date, byline or dateline, or one date line written the same way as
 * the page's own, the site's template) and a paragraph under it, after two
 * paragraphs of the story or more. The page's story ended above it; the rest
 * of the page's text is that article's. A subheading of the story has no
 * date and byline under it.
 */
export function nextArticle(r: Reading): void {
  const d = r.decisions;
  // Its header: a date, byline or dateline the reading did not give the story.
  const meta = (k: number) => {
    const g = r.cues[k]?.group;
    return (g === 'date' || g === 'byline' || g === 'dateline') && d[k]?.type !== 'body';
  };
  const articleLine = (k: number) => {
    const t = d[k]?.type;
    return t === 'body' || t === 'date' || t === 'byline' || t === 'dateline';
  };
  // Under a page with its own headline only: without one, which article is the page's is not known.
  if (r.title < 0) return;
  // The page's own date line, between its headline and its first paragraph.
  let pageDate = -1;
  for (let i = r.title + 1; i < d.length && d[i]?.shape !== 'paragraph'; i++) if (d[i]?.type === 'date' && pageDate < 0) pageDate = i;
  let paragraphs = 0;
  for (let i = r.title + 1; i < d.length; i++) {
    const dec = d[i];
    if (dec?.shape === 'paragraph') paragraphs++;
    // The headline may have been read as a line of a box or a list above it.
    if (paragraphs < L.nextArticleMinParagraphs || !dec || dec.shape === 'paragraph' || meta(i) || !titleShaped(r.lines[i]!, L.titleMinWords)) continue;
    let k = r.nextNonBlank(i);
    const first = k;
    let header = 0;
    for (; k < d.length && meta(k); k = r.nextNonBlank(k)) header++;
    const templated = header === 1 && pageDate >= 0 && r.cues[first]?.group === 'date' && sameDateForm(r, pageDate, first);
    if ((header < L.nextArticleHeaderLines && !templated) || d[k]?.shape !== 'paragraph') continue;
    for (let j = i; j < d.length; j++) if (articleLine(j)) r.decide(j, 'boilerplate', 'next-article');
    return;
  }
}

/**
 * Are two date lines written the same way (`الأربعاء 20 ديسمبر 2028 - 13:30`
 * and `الأربعاء 20 ديسمبر 2028 - 11:10`): the same words, numbers of the same
 * lengths, month and weekday names aside? A time alone (`11:10`, a live blog's
 * entry) is not written as a full date.
 */
function sameDateForm(r: Reading, a: number, b: number): boolean {
  const { monthWords, weekdayWords } = r.ctx.cues;
  const form = (k: number) =>
    r.lines[k]!.keyWords.map((w) => (/^[0-9]+$/.test(w) ? `#${w.length}` : monthWords.has(w) ? (weekdayWords.has(w) ? 'W' : 'M') : w)).join(' ');
  const fa = form(a);
  return fa.includes('M') && fa === form(b);
}

/**
 * A paragraph ending with a colon, or with a word that announces (`... كالتالي`), announces the list under it.
 * Only the last word is folded: paragraphs give up their folded words once the line rules have run.
 */
function announcesList(r: Reading, line: Line): boolean {
  const text = line.text.trimEnd();
  // (Not a tag label's, `موضوعات:`: it labels the page's tags or a list of other stories, see `labelAlone`.)
  if (text.endsWith(':')) return !namesTagsAlone(r, line);
  // (A sentence ended, as most paragraphs end, announces nothing: no word is folded.)
  if (SENTENCE_END.test(text)) return false;
  const last = r.ctx.folder.key(text.slice(text.lastIndexOf(' ') + 1));
  return last !== '' && r.ctx.cues.listAnnouncers.has(last);
}

const SENTENCE_END = /[.!?؟»"”)]$/u;

/**
 * A timetable the story announces (`وجاءت مواقيت الصلاة على النحو التالي:` /
 * `الفجر: 5:02 ص` / ...): date and time lines right under a paragraph that
 * ends with a colon are the list it announces, not the page's date.
 */
export function announcedDates(r: Reading): void {
  const d = r.decisions;
  for (let i = 0; i < d.length; i++) {
    if (d[i]?.shape !== 'paragraph' || !announcesList(r, r.lines[i]!)) continue;
    let k = i + 1;
    for (; k < d.length; k++) {
      if (r.lines[k]!.blank) continue;
      const dec = d[k];
      if (dec?.type === 'date' && r.cues[k]?.group === 'date') r.decide(k, 'body', 'listed-date');
      else if (dec?.type !== 'body' || dec.shape !== 'short') break;
    }
    i = k - 1;
  }
}

/**
 * The last body line `i`, short: `* كاتب وأكاديمي ...` under a column (unless it
 * ends a list of such lines), or a line opening with the author's role right
 * under a paragraph (`كاتبة وباحثة في شؤون البيئة`).
 */
function isAuthorNote(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  const above = r.previousBody(i);
  if (line.bullet) return line.bullet.marker === '*' && !r.lines[above]?.bullet;
  return r.ctx.cues.authorRoles.has(line.firstKeyWord) && !/[.!?؟:]$/u.test(coreEnd(line)) && r.decisions[above]?.shape === 'paragraph';
}

/**
 * Tags with no label after the story: right after its last paragraph (page
 * chrome before them aside), one line of parts between bars or commas
 * (`البنك المركزي | الفائدة | التضخم`), or two short lines or more, one tag
 * each. Every content word of every tag is a word of the headline or of the
 * story's first paragraphs, where its subjects are named (a menu's section
 * names, `اقتصاد`, `رياضة`, are not), and no tag holds a particle of a
 * sentence (`من نحن`, `والله من وراء القصد`).
 */
export function unlabelledTags(r: Reading): void {
  if (r.tags.length > 0) return;
  const d = r.decisions;
  const last = r.lastParagraph();
  // (A list the last paragraph announces, `... كالتالي:`, is the story's.)
  if (last < 0 || announcesList(r, r.lines[last]!)) return;
  const run: number[] = [];
  for (let k = last + 1; k < d.length; k++) {
    const dec = d[k];
    if (!dec || (run.length === 0 && dec.type === 'boilerplate' && r.cues[k]?.group === 'chrome')) continue;
    // (A breaking-news ticker's item ends the run: the story's tail, see trimStoryTail.)
    if (dec.type !== 'body' || dec.shape === 'paragraph' || isTickerItem(r.lines[k]!, r.ctx)) break;
    run.push(k);
  }
  // A label that names tags only before a separator (`موضوعات`), alone over the run: the run's label.
  const label = run.length > 2 && labelsTagsAlone(r, run[0]!) ? run.shift()! : -1;
  if (run.length === 0) return;
  const parts = run.length === 1 ? separatedTags(r.lines[run[0]!]!.content) : run.map((k) => r.lines[k]!.content);
  if (parts.length < 2) return;
  if (run.length > 1 && run.some((k) => /[.!?؟:،,]$/u.test(coreEnd(r.lines[k]!)))) return;
  // (Tags are never numbered: a numbered run, `1- توسعة الطريق` / `2- ...`, is the story's list of points.)
  if (run.some((k) => r.lines[k]!.bullet?.numbered)) return;
  const stems = storyWords(r, L.tagStoryParagraphs);
  const { folder, cues } = r.ctx;
  let spoken = 0;
  for (const part of parts) {
    const words = folder.key(part).split(' ').filter(Boolean);
    // (A digit marks a score or a figure of the story, `الأهلي 2 - 0 الزمالك`, rarely a tag.)
    if (words.length === 0 || words.length > L.labelledTagMaxWords || hasDigit(part) || words.some((w) => cues.sentenceParticles.has(w))) return;
    const content = words.filter((w) => w.length >= L.contentWordMinLetters);
    if (content.length > 0 && content.every((w) => stems.has(cues.stem(w)))) spoken++;
    // Under a label, one tag the story speaks of is enough; with none, every tag must be.
    else if (label < 0) return;
  }
  if (spoken === 0) return;
  if (label >= 0) r.decide(label, 'tags', 'tags-label');
  for (const k of run) {
    r.decide(k, 'tags', label >= 0 ? 'tags-list' : 'unlabelled-tags');
    r.tags.push({ line: k, kind: 'list' });
  }
}

/**
 * A label that names tags only before a separator (`موضوعات:`, `اقرأ المزيد عن:`), standing with its
 * separator after the story's last paragraph, nothing of the story under it: the label of what the page
 * printed there (tags the scraper did not save, a list of other stories), not the story's last line.
 * (The separator is what makes it a label: the words alone also label lists or end a hard-wrapped sentence.)
 */
export function labelAlone(r: Reading): void {
  const last = r.lastParagraph();
  if (last < 0) return;
  let label = -1;
  for (let k = last + 1; k < r.decisions.length; k++) {
    if (r.decisions[k]?.type !== 'body') continue;
    if (label >= 0) return;
    label = k;
  }
  if (label >= 0 && labelsTagsAlone(r, label) && LABEL_SEPARATOR_END.test(coreEnd(r.lines[label]!))) r.decide(label, 'boilerplate', 'label-alone');
}

/** A label's separator ending its line: `موضوعات:`, `التسميات -`. */
const LABEL_SEPARATOR_END = /[:：\-–—|]$/u;

/** Is line `i` alone a tag label that needs a separator to be one (`موضوعات`: alone, it may label a list of stories)? */
function labelsTagsAlone(r: Reading, i: number): boolean {
  return namesTagsAlone(r, r.lines[i]!);
}

/** Is the line alone a tag label that needs a separator to be one? (See `labelsTagsAlone`.) */
function namesTagsAlone(r: Reading, line: Line): boolean {
  const words = line.contentKeyWords;
  return r.ctx.cues.tagLabels.at(words).some((p) => p.data.needsSeparator && p.words.length === words.length);
}

/**
 * An author box after a column: the author's bare name (a short line with no
 * digit and no end punctuation), then a line opening with the author's role
 * (`كاتبة وروائية، صدر لها ...`) as the story's last body line, the story's
 * paragraph above the name. Returns the name's line, or -1.
 */
function authorBoxName(r: Reading, i: number): number {
  const line = r.lines[i]!;
  if (!r.ctx.cues.authorRoles.has(line.firstKeyWord)) return -1;
  const name = r.lastNonBlank(i);
  if (name < 0 || r.decisions[name]?.type !== 'body' || r.cues[name] || !nameShaped(r.lines[name]!, L.bylineNameMaxWords)) return -1;
  const above = r.previousBody(name);
  return above >= 0 && r.decisions[above]!.shape === 'paragraph' ? name : -1;
}

/** Does the line hold a month's or a weekday's name? */
function namesDay(r: Reading, line: Line): boolean {
  return line.keyWords.some((w) => r.ctx.cues.monthWords.has(w) || r.ctx.cues.weekdayWords.has(w));
}

/**
 * Other stories' headlines after the story, with no label over them (a list
 * the site prints under every article): three or more headline-shaped lines
 * after the last paragraph, most not speaking of the story's headline. A list that
 * belongs to the story is announced by its last paragraph (`... كالتالي:`), or is
 * bulleted right under it, with none of the story's furniture between.
 */
export function dropHeadlineRun(r: Reading): void {
  // Run after run from the end, each under its own marker (bare headlines under a bulleted list of others).
  let from = r.decisions.length - 1;
  for (let lists = 0; lists < L.headlineRunMaxLists && from >= 0; lists++) {
    const top = dropRunAbove(r, from);
    if (top < 0) return;
    from = top - 1;
  }
}

/** The run of headlines ending at or above line `from`, dropped when it is other stories': its first line, or -1 when kept. */
function dropRunAbove(r: Reading, from: number): number {
  const d = r.decisions;
  const { run, names } = headlineRun(r, from);
  // (A line of the run announcing a list, `وجاءت النتائج كالآتي`, shows the lines under it are the story's;
  // so do lines numbered alike, the entries of a live report or a timeline.)
  // (Two are a list when each carries its own date or time under it: a story's subheading has none.)
  const dated = run.every((h) => r.decisions[r.nextNonBlank(h)]?.type === 'date');
  const min = dated ? L.datedHeadlineRunMinLines : L.headlineRunMinLines;
  if (run.length < min || run.some((k) => announcesList(r, r.lines[k]!)) || numberedAlike(r, run)) return -1;
  // After the story, and not a list the paragraph right above it announces (a list it announced may end before the run).
  let last = run[run.length - 1]! - 1;
  while (last >= 0 && d[last]?.type !== 'body') last--;
  if (last < 0 || (d[last]!.shape === 'paragraph' && announcesList(r, r.lines[last]!))) return -1;
  while (last >= 0 && d[last]?.shape !== 'paragraph') last--;
  if (last < 0) return -1;
  // Bulleted lines may be the story's own list, announced or not: they are other stories' headlines only
  // once the story's furniture (its date, source, share buttons) has closed it above them.
  if (listMarker(r.lines[run[0]!]!) !== '' && !closedBetween(r, last, run[run.length - 1]!)) return -1;
  const headline = r.title >= 0 ? r.lines[r.title]!.text : r.lines[last]!.text;
  // Other stories: most of them do not speak of this story's headline (one on the same topic may; among the
  // latest stories, each dated, one in two may: a story's subheadings carry no date of their own).
  const onTopic = run.filter((h) => r.sharedWords(headline, r.lines[h]!.text) >= L.headlineRunSharedWords).length;
  if (onTopic * (dated ? L.datedHeadlineRunOnTopicShare : L.headlineRunOnTopicShare) > run.length) return -1;
  for (const h of run) r.decide(h, 'boilerplate', 'headline-run');
  // Each headline's own date or time under it is the other story's, not the page's; its section over it is furniture.
  for (const h of run) {
    const under = r.nextNonBlank(h);
    if (under >= 0 && d[under]?.type === 'date') r.decide(under, 'boilerplate', 'headline-run');
    const over = r.lastNonBlank(h);
    if (over >= 0 && sectionOver(r, over, h)) r.decide(over, 'boilerplate', 'headline-run');
  }
  for (const k of names) r.decide(k, 'boilerplate', 'headline-run');
  return run[run.length - 1]!;
}

/**
 * The run of headline-shaped short story lines ending at or above line `from`, at the very end of the
 * page's body, bottom first. A bare name (two or three words) right over each headline is its author's
 * (a list of columns), skipped and returned in `names`: every headline of the run has one, or none has.
 */
function headlineRun(r: Reading, from: number): { run: number[]; names: number[] } {
  const d = r.decisions;
  const run: number[] = [];
  const names: number[] = [];
  for (let k = from; k >= 0; k--) {
    const dec = d[k];
    // Furniture between the headlines (a repeated one, each headline's date or time) does not end the run.
    if (!dec || (dec.type !== 'body' && run.length === 0) || ((dec.type === 'boilerplate' || dec.type === 'date') && run.length > 0)) continue;
    // (So does a breaking-news ticker's item under them: the story's tail, see trimStoryTail.)
    if (run.length === 0 && dec.type === 'body' && isTickerItem(r.lines[k]!, r.ctx)) continue;
    // Nor does each headline's section over it (`رياضة` / the headline).
    if (run.length > 0 && sectionOver(r, k, run[run.length - 1]!)) continue;
    if (run.length > names.length && authorOver(r, k, run[run.length - 1]!)) {
      // Under headlines with no name, the run is theirs: this name is the story's last line, or this headline
      // ends a list of columns above (another headline under its name right over this name).
      if (names.length < run.length - 1) {
        const above = r.lastNonBlank(k);
        const over = above >= 0 ? r.lastNonBlank(above) : -1;
        if (over >= 0 && r.decisions[above]?.type === 'body' && titleShaped(r.lines[above]!, L.titleMinWords) && authorOver(r, over, above)) run.pop();
        break;
      }
      names.push(k);
      continue;
    }
    if (dec.type !== 'body' || !(dec.shape === 'short' || r.lines[k]!.bullet) || !titleShaped(r.lines[k]!, L.titleMinWords)) break;
    // One list, one marker: bulleted lines above bare headlines (or under another marker) are another list, the story's own perhaps.
    if (run.length > 0 && listMarker(r.lines[k]!) !== listMarker(r.lines[run[0]!]!)) break;
    // A fact under a fact of the story (`البطاقات الحمراء: لا يوجد`) is the story's box, not another story;
    // a line opening as the story goes on (`ويبقى السؤال: ...؟`) is the story's, as no headline opens so.
    // (Nor is a line of words between bars, `البنك المركزي | الفائدة`, any headline: tags or a menu.)
    if (factUnderFact(r, k) || r.continues(r.lines[k]!) || r.cues[k]?.group === 'head-chrome') break;
    // Over a headline under its author's name, a headline with none is another list's.
    if (names.length > 0 && names.length < run.length) break;
    run.push(k);
  }
  // Each headline under its author's name, or none: the top one without a name is no column of the list.
  if (names.length > 0 && names.length < run.length) run.length = names.length;
  return { run, names };
}

/** Is line k a bare name (two or three words, no cue) right over the headline h, a story's short line? */
function authorOver(r: Reading, k: number, h: number): boolean {
  const line = r.lines[k]!;
  const dec = r.decisions[k];
  return r.nextNonBlank(k) === h && dec?.type === 'body' && dec.shape === 'short' && !r.cues[k] && !line.bullet && line.words < L.titleMinWords && nameShaped(line, L.bylineNameMaxWords);
}

/** Is line k a section's name alone (`رياضة`, `اقتصاد عربي`) right over the headline h? */
function sectionOver(r: Reading, k: number, h: number): boolean {
  return r.nextNonBlank(k) === h && r.decisions[k]?.type === 'body' && sectionNameLine(r.lines[k]!, r.ctx.cues);
}

/**
 * Other stories' headlines, each with its teaser under it, after the story
 * with no label (a site's list of more stories, printed as headline and
 * summary): three pairs or more at the very end of the body, each a short
 * headline-shaped line and the one paragraph right under it that restates it
 * (three of its content words and half of them), fewer than half of the
 * headlines speaking of the story's and not the top one, and no teaser opening
 * as the story goes on. A story's subheadings speak of its topic, the
 * paragraphs under them say more than the subheading (`ابتعد عن الشاشات مساء` /
 * `يؤدي الضوء الأزرق ...`) and run on (`ويطالب ...`); a site's list of more
 * stories from the same section may hold one on the story's subject.
 */
export function dropTeaserRun(r: Reading): void {
  const d = r.decisions;
  if (r.title < 0) return;
  const title = r.lineWords(r.title);
  const pairs: [number, number][] = [];
  /** Which pairs' headlines speak of the story's, bottom first as `pairs`. */
  const speaks: boolean[] = [];
  let cutPairs = 0;
  // From the last line of the body up (the page's footer below it aside, and a breaking-news ticker's items, set
  // aside later by the story's tail).
  let k = d.length - 1;
  while (k >= 0 && (d[k]?.type !== 'body' || isTickerItem(r.lines[k]!, r.ctx))) k--;
  // (A teaser cut short may have been read as a short line; its headline then as a paragraph.)
  while (k >= 0 && d[k]?.type === 'body' && (d[k]!.shape === 'paragraph' || endsCut(r, r.lines[k]!))) {
    const h = r.lastNonBlank(k);
    const line = r.lines[h];
    // The top headline may have been read as one more line of a box above it (a poll's options, a contact box): it tops the run.
    const boxed = d[h]?.type === 'boilerplate' && !r.cues[h];
    if (!line || !(boxed || (d[h]?.type === 'body' && (d[h]!.shape === 'short' || endsCut(r, r.lines[k]!)))) || !titleShaped(line, L.titleMinWords)) break;
    const teaser = r.lines[k]!;
    if (teaser.words > L.teaserMaxWords || r.continues(teaser) || r.continues(line)) break;
    // The teaser restates its headline: three of its content words and half of them at least; or it is
    // cut short (`...`, `... اقرأ المزيد`), under a headline that is not.
    const own = r.lineWords(h);
    const restated = overlap(own, r.lineWords(k));
    const cut = endsCut(r, teaser) && !endsCut(r, line);
    if (!cut && (restated < L.teaserRunSharedWords || restated * 2 < own.size)) break;
    if (cut) cutPairs++;
    pairs.push([h, k]);
    speaks.push(overlap(own, title) >= (cut ? L.cutTeaserHeadlineSharedWords : L.headlineRunSharedWords));
    k = r.lastNonBlank(h);
    if (boxed) break;
  }
  // The run's top pairs speaking of the story's headline are the story's own subheadings and paragraphs.
  while (speaks.length > 0 && speaks[speaks.length - 1]) {
    speaks.pop();
    const [h, p] = pairs.pop()!;
    if (endsCut(r, r.lines[p]!) && !endsCut(r, r.lines[h]!)) cutPairs--;
    k = p;
  }
  if (speaks.filter(Boolean).length * 2 >= pairs.length) return;
  // (Teasers cut short, every one of them, tell a run of two.)
  if (pairs.length < (cutPairs === pairs.length ? L.cutTeaserRunMinPairs : L.teaserRunMinPairs)) return;
  // The story keeps its own paragraphs above the run.
  let story = 0;
  for (let i = k; i > r.title && story < L.nextArticleMinParagraphs; i--) if (d[i]?.type === 'body' && d[i]!.shape === 'paragraph') story++;
  if (story < L.nextArticleMinParagraphs) return;
  for (const [h, p] of pairs) {
    r.decide(h, 'boilerplate', 'teaser-run');
    r.decide(p, 'boilerplate', 'teaser-run');
  }
}

/**
 * Do the lines (all but one at most) open with a number, or with one same
 * word and a number (`الدقيقة 23: هدف أول ...`, `10:45 وصول الوفد ...`)? Entries
 * of a live report or a timeline are numbered so; other stories' headlines are not.
 */
function numberedAlike(r: Reading, run: readonly number[]): boolean {
  const leads = new Map<string, number>();
  let alike = 0;
  for (const k of run) {
    const [first, second] = r.lines[k]!.contentKeyWords;
    // A number first counts under the empty lead, a word before a number under that word.
    const lead = first !== undefined && hasDigit(first) ? '' : first !== undefined && second !== undefined && hasDigit(second) ? first : null;
    if (lead === null) continue;
    const n = (leads.get(lead) ?? 0) + 1;
    leads.set(lead, n);
    alike = Math.max(alike, n);
  }
  return alike >= run.length - 1;
}

/** A line's list marker for a headline run: its bullet's, or none for a bare line or one under a link arrow. */
function listMarker(line: Line): string {
  return line.bullet && !arrowed(line) ? line.bullet.marker : '';
}

/** Is there a line of the story's furniture (not body, not blank) between lines `from` and `to`? */
function closedBetween(r: Reading, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const type = r.decisions[k]?.type;
    if (type && type !== 'body') return true;
  }
  return false;
}

/** A line under a link arrow (`» العنوان`): a link to another story, in a run of them. */
function arrowed(line: Line): boolean {
  return line.bullet !== null && LINK_ARROW_BULLETS.includes(line.bullet.marker);
}

/**
 * A poll with no label: its button alone (`تصويت`, `النتائج`) under two or
 * more short answers (`نعم` / `لا` / `لا أعرف`) under a question. The
 * question and its answers are the poll's, in the story or after it: a
 * story's own question is not followed by a choice of answers and a button.
 * (Under a poll label, the label's box takes them as they come.)
 */
export function unlabelledPoll(r: Reading): void {
  for (let b = 0; b < r.cues.length; b++) {
    if (!votes(r, b)) continue;
    // The poll's buttons may stand in a row (`تصويت` / `النتائج`): the answers are above the first.
    let k = r.lastNonBlank(b);
    if (k >= 0 && votes(r, k)) continue;
    const answers: number[] = [];
    for (; k >= 0 && answers.length <= L.pollMaxAnswers && pollAnswer(r, k); k = r.lastNonBlank(k)) answers.push(k);
    if (answers.length < L.pollMinAnswers || answers.length > L.pollMaxAnswers || k < 0 || !pollQuestion(r, k)) continue;
    for (const a of [k, ...answers]) r.decide(a, 'boilerplate', 'poll');
  }
}

/** Is line k a poll's button? */
function votes(r: Reading, k: number): boolean {
  const cue = r.cues[k];
  return cue?.group === 'chrome' && cue.vote === true;
}

/**
 * Can line k be a poll's answer: answer-shaped, text or furniture so far, and no cue but chrome's
 * (`أوافق` is also a consent button)?
 */
function pollAnswer(r: Reading, k: number): boolean {
  const type = r.decisions[k]?.type;
  const cue = r.cues[k];
  return (type === 'body' || type === 'boilerplate') && (!cue || cue.group === 'chrome') && answerShaped(r, r.lines[k]!);
}

/** Shaped like a poll's answer: a few words, no question, no sentence or colon at its end, not the story going on. */
export function answerShaped(r: Reading, line: Line): boolean {
  const end = coreEnd(line);
  return line.words <= L.pollAnswerMaxWords && !QUESTION_END.test(end) && !PERIOD_END.test(end) && !end.endsWith(':') && !r.continues(line);
}

/** Can line k be a poll's question: one short question, not the page's headline? */
function pollQuestion(r: Reading, k: number): boolean {
  const line = r.lines[k]!;
  const type = r.decisions[k]?.type;
  return (type === 'body' || type === 'boilerplate') && k !== r.title && line.words <= L.pollQuestionMaxWords && QUESTION_END.test(coreEnd(line));
}

/**
 * The author's bio after the story: its last paragraph opening with the name
 * of the page's byline and a role (`سامي يوسف صحفي متخصص في ...`). A story
 * may name its own author only in passing, never so at its end.
 */
export function authorBio(r: Reading): void {
  const last = r.lastParagraph();
  if (last < 0) return;
  const words = r.lines[last]!.keyWords;
  for (let k = 0; k < last; k++) {
    if (r.decisions[k]?.type !== 'byline') continue;
    const cue = r.cues[k];
    const name = r.ctx.folder.key(cue?.group === 'byline' && cue.value ? cue.value : r.lines[k]!.content).split(' ').filter(Boolean);
    if (name.length < L.authorNameMinWords || name.length >= words.length) continue;
    if (name.every((w, j) => words[j] === w) && r.ctx.cues.authorRoles.has(words[name.length]!)) {
      r.decide(last, 'boilerplate', 'author-bio');
      return;
    }
  }
}

/**
 * Short lines after the story's last paragraph (an author's name, the
 * site's name, a menu) are furniture, unless they are a closing formula.
 */
export function trimStoryTail(r: Reading): void {
  const d = r.decisions;
  // The tail is only trimmed after a paragraph: a page of short lines is all story.
  const firstParagraph = d.findIndex((x) => x?.shape === 'paragraph');
  // A list the last paragraph announces (`... على النحو التالي:` / names one a line) is the story's.
  const lastParagraph = r.lastParagraph();
  const announced = lastParagraph >= 0 && announcesList(r, r.lines[lastParagraph]!);
  let trimmed = 0;
  for (let i = d.length - 1; i >= 0; i--) {
    const dec = d[i];
    if (!dec) continue;
    if (dec.type !== 'body') {
      if (dec.type === 'related' || dec.type === 'boilerplate' || dec.type === 'date' || dec.type === 'byline') continue;
      if (trimmed === 0) continue;
      break;
    }
    const line = r.lines[i]!;
    // A breaking-news ticker's item (`عاجل | ...`, figures and all) is another story's headline: set aside, the
    // line above it is the story's last (a live report's entry has its paragraph under it, and is no tail).
    if (firstParagraph >= 0 && firstParagraph < i && isTickerItem(line, r.ctx)) {
      r.decide(i, 'boilerplate', 'story-tail');
      continue;
    }
    if (trimmed === 0 && line.words <= L.authorNoteMaxWords && isAuthorNote(r, i)) {
      r.decide(i, 'boilerplate', 'author-note');
      trimmed++;
      continue;
    }
    const name = trimmed === 0 && line.words <= L.authorNoteMaxWords ? authorBoxName(r, i) : -1;
    if (name >= 0) {
      r.decide(i, 'boilerplate', 'author-bio');
      r.decide(name, 'boilerplate', 'author-name');
      trimmed += 2;
      i = name;
      continue;
    }
    // A menu or a bar of section names (`من نحن | اتصل بنا | ...`) is furniture there whatever its length, and
    // so is a line shaped like a dateline with a month or weekday in it (`محمد علي - 12 مايو 2024`: the author
    // and the date, digits and all; a score, `الأهلي 2 - 0 الزمالك`, names none).
    // (A widget's reading, the weather, is left to `widgetFigures`: a weather story speaks of it.)
    const cue = r.cues[i];
    const menu = (cue?.group === 'head-chrome' && !cue.figures) || (cue?.group === 'dateline' && namesDay(r, line));
    const short = menu || (line.words <= L.storyTailMaxWords && !line.bullet && !hasDigit(line.text) && !/[.!?؟:]$/u.test(coreEnd(line)));
    if (!short || announced || r.ctx.cues.closing.has(line.key) || dec.shape === 'header' || factUnderFact(r, i)) break;
    if (firstParagraph < 0 || firstParagraph >= i) break;
    r.decide(i, 'boilerplate', 'story-tail');
    trimmed++;
  }
}

/**
 * A widget's lines of figures after the story's first paragraph, between its paragraphs or after them
 * (weather, currencies, prices: `القاهرة 24° غائم جزئيا`, `الدولار 48.50 جنيه`): each run of them, blank
 * lines aside, counted in a unit or currency, is furniture when the story speaks of nothing any of its lines
 * names. A list a line announces right under it is the story's.
 */
export function widgetFigures(r: Reading): void {
  const d = r.decisions;
  const first = d.findIndex((x) => x?.shape === 'paragraph');
  if (first < 0) return;
  let story: Set<string> | undefined;
  for (let i = first + 1; i < d.length; i++) {
    if (d[i]?.type !== 'body' || !figureShaped(r, r.lines[i]!)) continue;
    const run = [i];
    for (let k = r.nextNonBlank(i); k >= 0 && k < d.length && d[k]?.type === 'body' && figureShaped(r, r.lines[k]!); k = r.nextNonBlank(k)) run.push(k);
    // (The list a line announces starts right under it: `وجاءت درجات الحرارة كالتالي:` / `القاهرة 24` / ...)
    const above = r.lastNonBlank(i);
    const announced = above >= 0 && d[above]?.type === 'body' && announcesList(r, r.lines[above]!);
    if (!announced && run.some((k) => inUnits(r, r.lines[k]!)) && run.every((k) => figuresOffTopic(r, k, () => (story ??= storyWords(r))))) {
      for (const k of run) r.decide(k, 'boilerplate', 'widget-figures');
    }
    i = run[run.length - 1]!;
  }
}

/**
 * Does a line of figures (see `figureShaped`) speak of nothing the story speaks of (`القاهرة 24° غائم جزئيا`,
 * `الدولار 48.50 جنيه` after a story on roads)? Not one of its words is in the story, function words aside: a
 * weather or price story's own figures name what the story speaks of.
 */
function figuresOffTopic(r: Reading, i: number, story: () => Set<string>): boolean {
  const words = new Set([...r.lineWords(i)].filter((w) => !hasDigit(w)));
  return words.size > 0 && r.topicOverlap(words, story()) === 0;
}

/**
 * A short line with a digit and no sentence's end, as a widget prints its figures; not a labelled fact
 * (`وقت التحضير: 30 دقيقة`, `عدد الضحايا: 12`), which a story may close with whatever it names.
 */
function figureShaped(r: Reading, line: Line): boolean {
  return !line.bullet && line.words <= L.figureTailMaxWords && hasDigit(line.text) && !/[.!?؟]$/u.test(coreEnd(line)) && !labelled(r, line);
}

/** Does a line of figures name what they are counted in: a temperature's, a change's or a currency's mark or name? */
function inUnits(r: Reading, line: Line): boolean {
  return WIDGET_UNIT_MARKS.some((m) => line.text.includes(m)) || line.keyWords.some((w) => r.ctx.cues.widgetUnits.has(w));
}

/** The content words (stemmed) of the headline and the story's paragraphs: all, or the first `paragraphs`. */
export function storyWords(r: Reading, paragraphs = Infinity): Set<string> {
  const words = new Set<string>();
  const add = (i: number) => {
    for (const w of r.lineWords(i)) words.add(w);
  };
  if (r.title >= 0) add(r.title);
  let n = 0;
  for (let i = 0; i < r.decisions.length && n < paragraphs; i++) {
    if (r.decisions[i]?.shape !== 'paragraph') continue;
    add(i);
    n++;
  }
  return words;
}

/**
 * Is line i a fact of a box of them under the story (`البطاقات الصفراء: 4` / `البطاقات الحمراء: لا
 * يوجد`)? A label of a few words and a colon open it, and so they open the story's line right above
 * it: the box is the story's, its last fact too, digits or not.
 */
function factUnderFact(r: Reading, i: number): boolean {
  const above = r.lastNonBlank(i);
  return above >= 0 && r.decisions[above]?.type === 'body' && labelled(r, r.lines[i]!) && labelled(r, r.lines[above]!);
}

/** Does the line open with a label of a few words and a colon, with a value after it? */
function labelled(r: Reading, line: Line): boolean {
  const t = line.content;
  const colon = t.indexOf(':');
  return colon > 0 && colon < t.trimEnd().length - 1 && countWords(t.slice(0, colon), r.ctx.folder) <= L.factLabelMaxWords;
}

/**
 * Some scrapers append the headline after the story. With no headline in the
 * header, a headline-shaped line that is the story's last body line, right
 * after a paragraph, is the title.
 */
export function titleAfterStory(r: Reading): void {
  const d = r.decisions;
  const last = r.previousBody(d.length);
  if (last < 0 || d[last]!.shape !== 'short') return;
  const line = r.lines[last]!;
  // Only with no headline in the header, or only the page's title with the site's name.
  const pageTitle = r.title >= 0 && withSiteName(r.lines[r.title]!, line) ? r.title : -1;
  if (r.title >= 0 && pageTitle < 0) return;
  if (!titleShaped(line, L.titleMinWords) || line.bullet || r.ctx.cues.closing.has(line.key) || r.continues(line)) return;
  // Right after a paragraph: not the end of a run of short lines (a price list), nor under lines of figures.
  const prev = r.previousBody(last);
  if (prev < 0 || d[prev]!.shape !== 'paragraph') return;
  for (let k = prev + 1; k < last; k++) if (!r.lines[k]!.blank && figureShaped(r, r.lines[k]!)) return;
  if (pageTitle >= 0) r.decide(pageTitle, 'boilerplate', 'title-copy');
  r.decide(last, 'title', 'title-after-story');
  r.title = last;
}

/**
 * A photo caption credited to the site itself (`سيارات الإسعاف في موقع الحادث
 * (الأفق)`): a line of the story that ends with the site's own name, in
 * brackets or after a dash, with no sentence ending before it. The site's
 * name is what the page's `<title>` line adds to the headline (`العنوان -
 * جريدة الأفق`), with or without its publication word (جريدة, صحيفة, موقع).
 */
export function siteCaptions(r: Reading): void {
  const names = siteNames(r);
  if (names.size === 0) return;
  for (let i = 0; i < r.decisions.length; i++) {
    if (r.decisions[i]?.type !== 'body' || i === r.title) continue;
    const line = r.lines[i]!;
    if (line.words > L.creditedCaptionMaxWords) continue;
    const split = creditSplit(line.content);
    if (!split || !isSiteName(r, names, r.ctx.folder.key(split.credit))) continue;
    if (countWords(split.before, r.ctx.folder) < L.creditCaptionMinWords || r.continues(line)) continue;
    r.decide(i, 'boilerplate', 'site-caption');
  }
}

/** Is a folded credit one of the site's names, with or without a publication word before it (`صحيفة الأفق`)? */
function isSiteName(r: Reading, names: ReadonlySet<string>, credit: string): boolean {
  if (names.has(credit)) return true;
  const space = credit.indexOf(' ');
  return space > 0 && r.ctx.cues.publicationWords.has(credit.slice(0, space)) && names.has(credit.slice(space + 1));
}

/**
 * The site's names the page gives, folded: what a line repeating the headline
 * adds to it (the `<title>` line), and a masthead above the headline that is a
 * publication word and a name (`جريدة الأفق`); each also without that word.
 * So are the outlet the story's first paragraph names in its dateline
 * (`القاهرة - الأفق:`) and the source the page names (`المصدر: الأفق`): a
 * picture credited to the outlet that wrote or gave the story.
 */
function siteNames(r: Reading): Set<string> {
  const names = new Set<string>();
  const add = (site: string) => {
    if (site === '') return;
    names.add(site);
    const words = site.split(' ');
    if (words.length > 1 && r.ctx.cues.publicationWords.has(words[0]!)) names.add(words.slice(1).join(' '));
  };
  const first = r.decisions.findIndex((d) => d?.type === 'body' && d.shape === 'paragraph');
  const outlet = first >= 0 ? datelineOutlet(r.lines[first]!.content) : null;
  if (outlet) add(r.ctx.folder.key(outlet));
  for (let i = 0; i < r.lines.length; i++) {
    const cue = r.cues[i];
    if (cue?.group === 'source' && r.decisions[i]?.type === 'source') add(r.ctx.folder.key(stripBrackets(cue.value)));
  }
  if (r.title < 0) return names;
  const title = r.lines[r.title]!;
  for (let i = 0; i < r.lines.length; i++) {
    const line = r.lines[i]!;
    if (line.blank || i === r.title) continue;
    // (A masthead: a publication word and a name, two words at least.)
    if (i < r.title && r.decisions[i]?.type !== 'body' && mastheadName(line, r.ctx.cues.publicationWords)) {
      add(line.key);
    } else if (line.words > title.words && line.words <= title.words + L.siteNameAfterHeadlineMaxWords) {
      const site = siteNameIn(line, title);
      if (site) add(site);
    }
  }
  return names;
}

/**
 * A person's name alone on a line between two of the story's paragraphs (`نسيمة خباجة` under the lead):
 * the author signing after the lead, or a portrait's caption. Only the story's one such line, and only
 * when neither paragraph beside it names the person: a list of people, each name over a paragraph on
 * them, is the story's, as is a run of names (a line-up).
 */
export function loneNames(r: Reading): void {
  const d = r.decisions;
  let found = -1;
  for (let i = 0; i < d.length; i++) {
    if (d[i]?.type !== 'body' || d[i]?.shape !== 'short' || !personNameAlone(r.lines[i]!, r.ctx)) continue;
    // (A second name alone: a list of people, the story's.)
    if (found >= 0) return;
    found = i;
  }
  if (found < 0) return;
  // (The story's lines beside it, past furniture and boxes between: a caption, a read-also.)
  const above = r.previousBody(found);
  const below = r.nextBody(found);
  if (above < 0 || below >= r.lines.length || d[above]?.shape !== 'paragraph' || d[below]?.shape !== 'paragraph') return;
  const name = personNameAlone(r.lines[found]!, r.ctx)!;
  // (The name's last word, the family's, in a paragraph beside it: the story speaks of that person.)
  const family = ` ${name[name.length - 1]!} `;
  if (r.spacedKey(above).includes(family) || r.spacedKey(below).includes(family)) return;
  r.decide(found, 'boilerplate', 'lone-name');
}

/**
 * The site's next story teased after the story: its last paragraph opens with the story's own dateline again
 * (`بغداد اليوم – بغداد كشف مسح ...`) and is cut in mid-sentence (no mark ends it, or a word no sentence ends
 * with). A story has one dateline, said once; a dispatch that repeats it and ends its sentence stays the story.
 */
export function datelineTeaser(r: Reading): void {
  const d = r.decisions;
  let first = -1;
  let last = -1;
  for (let i = 0; i < d.length; i++) {
    if (d[i]?.type !== 'body') continue;
    if (first < 0 && d[i]?.shape === 'paragraph') first = i;
    last = i;
  }
  if (first < 0 || last <= first || d[last]?.shape !== 'paragraph') return;
  const line = r.lines[last]!;
  if (ENDS_SENTENCE.test(coreEnd(line)) || !endsOpen(line.key, line.text, r.ctx.cues)) return;
  // The story's dateline: on a line of its own over the first paragraph, or opening it.
  let dateline: string | null = null;
  for (let k = first - 1; k >= 0 && dateline === null; k--) if (d[k]?.type === 'dateline') dateline = r.lines[k]!.content;
  dateline ??= datelineOf(r.lines[first]!.content, r.ctx);
  if (dateline === null) return;
  const key = r.ctx.folder.key(dateline);
  if (key !== '' && line.key.startsWith(`${key} `)) r.decide(last, 'boilerplate', 'dateline-teaser');
}
/** A mark that ends a sentence or a clause, at a line's end. */
const ENDS_SENTENCE = /[.!?؟:…]$/u;

/**
 * A pull quote: a line of the story that repeats, word for word, a run of a
 * paragraph near it (`«المشروع نفذ خلال أربع سنوات»` under the paragraph that
 * says so). The page prints it twice for its layout; the story holds it once.
 * Compared on folded keys, quotation marks and harakat aside.
 */
export function pullQuotes(r: Reading): void {
  const d = r.decisions;
  const paragraphs: number[] = [];
  for (let i = 0; i < d.length; i++) if (d[i]?.type === 'body' && d[i]?.shape === 'paragraph') paragraphs.push(i);
  if (paragraphs.length < 2) return;
  let at = 0;
  for (let i = 0; i < d.length; i++) {
    const dec = d[i];
    if (dec?.type !== 'body' || (dec.shape !== 'short' && dec.shape !== 'paragraph')) continue;
    while (at < paragraphs.length && paragraphs[at]! < i) at++;
    // The paragraphs around it: the nearest above and below, two each.
    if (repeatsRun(r, i, paragraphs.slice(Math.max(0, at - L.pullQuoteReach), at + L.pullQuoteReach))) r.decide(i, 'boilerplate', 'pull-quote');
  }
}

/**
 * Does line i, of a pull quote's length, repeat word for word a run of one of
 * these paragraphs (each longer than it)? The walk asks it of the paragraphs
 * above a line as it reads, so that the lines after a pull quote see the
 * paragraph above it; `pullQuotes` asks again once the paragraphs below are known.
 */
export function repeatsRun(r: Reading, i: number, paragraphs: readonly number[]): boolean {
  const line = r.lines[i]!;
  if (line.words < L.pullQuoteMinWords || line.words > L.pullQuoteMaxWords) return false;
  const key = ` ${line.key} `;
  return paragraphs.some((k) => k !== i && r.lines[k]!.words > line.words && r.spacedKey(k).includes(key));
}
