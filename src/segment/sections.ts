/**
 * Related sections: the lines under a related label (headlines, the authors
 * and dates under them, teasers) and the articles embedded under a read-also
 * headline. A section ends where the story goes on.
 */
import { opensInterviewTurn, opensWithConjunction, opensWithConjunctionVerb, sectionNameLine, type Cue } from './classify.js';
import * as C from './cues.js';
import { datelineOf } from './dateline.js';
import { describesAuthor, headlineInHeader, isPeriodHeadline, titleShaped, withSiteName } from './header.js';
import { LIMITS as L } from './limits.js';
import type { Bullet, Line } from './lines.js';
import { ASKING_END, CLAUSE_MARK, coreEnd, endsCut, isParagraph, nameShaped, outletName, overlap, PERIOD_END, QUESTION_END, type ItemDraft, type Reading, type SectionDraft } from './reading.js';
import { withoutArticle } from './tags.js';
import { DIGIT, hasDigit, TIME_ALONE } from './text.js';

/** A sentence-long text the site cut short (a teaser's shape): eight words or more ending in an ellipsis. */
function cutShort(r: Reading, line: Line): boolean {
  return line.words >= L.sectionPeriodParagraphMinWords && endsCut(r, line);
}

/** Inside a related section, headlines run long: only clear prose counts as a paragraph. */
function isSectionParagraph(r: Reading, line: Line): boolean {
  const w = line.words;
  if (w >= L.sectionParagraphMinWords) return true;
  const end = coreEnd(line);
  if (w >= L.sectionPeriodParagraphMinWords && PERIOD_END.test(end)) return true;
  if (w >= L.sectionExcerptMinWords && endsCut(r, line)) return true;
  return w >= L.sectionProseMinWords && /[^.]\.\s+\S/u.test(line.content) && CLAUSE_MARK.test(line.content);
}

/**
 * Inside the story, under a list's items: a short sentence going on from the story, a conjunction glued to
 * its first word and a full stop or a colon at its end (`ويستمر المعرض حتى نهاية الشهر.`, `وقد نشرت
 * البلدية صورا للحي:`). No headline is written so.
 */
function storySentence(r: Reading, line: Line, s: SectionDraft): boolean {
  if (!r.storyStarted || r.storyClosed || s.items.length === 0 || line.bullet || line.words < L.storySentenceMinWords) return false;
  const end = coreEnd(line);
  return (PERIOD_END.test(end) || end.endsWith(':')) && opensJoined(r, line);
}

/** Does the line open with a conjunction glued to its first word: a verb or a noun (`ويستمر`), or a particle (`وقد`, `وفي`)? */
function opensJoined(r: Reading, line: Line): boolean {
  const first = line.firstKeyWord;
  return opensWithConjunction(line.keyWords, r.ctx.cues) || (first.startsWith(C.CLITICS[0]!) && r.ctx.cues.openEndings.has(first.slice(1)));
}

/**
 * A shorter text cut short with an ellipsis is a teaser too where a teaser
 * sits: right under an item's headline or its date, speaking of that headline.
 */
function cutUnderItem(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  const item = s.items[s.items.length - 1];
  if (!item || !cutShort(r, line)) return false;
  return (r.lastItemLine === i - 1 || metaRunAbove(r, i)) && r.sharedWords(item.headline, line.text) >= L.embeddedSharedWords;
}

/**
 * Is line i, under the last item's headline with nothing but blank lines between
 * them, that item's text: a text cut short about it (see `teaserOf`: a site cuts
 * a teaser short and links to the rest; the story going on under a list does not
 * stop mid-sentence about its headline), a text in the list's rhythm (see
 * `inListRhythm`), or a text with a line bulleted as the headline under it?
 */
function teaserUnderItem(r: Reading, i: number, s: SectionDraft): boolean {
  const item = s.items[s.items.length - 1];
  if (!item || item.body.length > 0 || s.inline || r.previousNonBlank(i) !== item.line) return false;
  return teaserOf(r, s, r.lines[item.line]!, i) || inListRhythm(r, i, s) || (textOfItem(r, i) && nextBulletedAs(r, i, r.lines[item.line]!.bullet));
}

/** Is line i of an item's text's shape: no cue, no bullet, a teaser's length at most, opening anew? */
function textOfItem(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  return !r.cues[i] && !line.bullet && line.words >= L.sectionPeriodParagraphMinWords && line.words <= L.teaserMaxWords && !r.continues(line) && !opensJoined(r, line);
}

/**
 * Is the next line after line i bulleted as `bullet` (the next number, the same symbol), no longer than a
 * headline and no paragraph (but a short one with a full stop, or one question)? A text between two headlines bulleted alike
 * is the first one's.
 */
function nextBulletedAs(r: Reading, i: number, bullet: Bullet | null): boolean {
  const next = r.lines[r.nextNonBlank(i)];
  return !!bullet && !!next && sameBullet(next.bullet, bullet) && next.words <= L.titleMaxWords && (!isParagraph(next) || bulletedHeadlineShaped(next));
}

/**
 * The list's rhythm: every item above has one text right under its headline, as far below it as line i is
 * under the last headline; line i, of a teaser's length, opening anew (not `وأضاف ...`, not joined to what
 * it follows), is the last item's text, whatever words it shares with it.
 */
function inListRhythm(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  const last = s.items[s.items.length - 1]!;
  if (s.items.length < 2 || r.cues[i] || line.bullet || line.words < L.sectionPeriodParagraphMinWords || line.words > L.teaserMaxWords) return false;
  if (r.continues(line) || opensJoined(r, line)) return false;
  const gap = i - last.line;
  return s.items.every((it) => it === last || (it.body.length === 1 && it.body[0]! - it.line === gap));
}

/**
 * Is line i a headline with its own teaser under it: a line shaped as a
 * headline, then (touching it or after blank lines) a text cut short that
 * speaks of it? The shape of a list's next item.
 */
function teasedHeadline(r: Reading, s: SectionDraft, i: number): boolean {
  const line = r.lines[i];
  // (A video's title, `بالفيديو.. ...`, is a headline of a list too.)
  if (!line || (r.cues[i] && !mediaLead(r, r.cues[i])) || line.words < L.titleMinWords || line.words > L.titleMaxWords) return false;
  // (Bulleted as the list's last headline is, or with no bullet.)
  const last = s.items[s.items.length - 1];
  if (line.bullet && !(last && sameBullet(line.bullet, r.lines[last.line]!.bullet))) return false;
  // (A headline ending with a full stop or asking reads as a sentence: only over a teaser that restates it.)
  const shaped = titleShaped(line, L.titleMinWords) && !isParagraph(line);
  if (!shaped && !PERIOD_END.test(coreEnd(line)) && !QUESTION_END.test(coreEnd(line))) return false;
  const k = r.nextNonBlank(i);
  if (teaserOf(r, s, line, k, !shaped)) return true;
  // Where the last headline has its teaser, a headline ending with a full stop may have a whole one (see `ledeRestates`).
  return !shaped && last !== undefined && last.body.length > 0 && periodItemHeadline(r, line) && ledeRestates(r, s, i, k);
}

/** A headline ending with a full stop (one sentence) that opens anew, not as the story going on (`وقال ...`). */
function periodItemHeadline(r: Reading, line: Line): boolean {
  return isPeriodHeadline(line) && !r.continues(line) && !opensJoined(r, line);
}

/**
 * Does paragraph k, right under headline i of a list, restate it as a lede does (three of its words and half of
 * them at least), not opening as the story goes on (`وأضاف ...`), and say little of the story around the list
 * (a word of its topic at most)? A story's next paragraph speaks of the story.
 */
function ledeRestates(r: Reading, s: SectionDraft, i: number, k: number): boolean {
  const lede = r.lines[k];
  if (!lede || r.cues[k] || !isParagraph(lede) || r.continues(lede)) return false;
  const own = r.lineWords(i);
  const restated = overlap(own, r.lineWords(k));
  return restated >= L.teaserRunSharedWords && restated * 2 >= own.size && storyTopicShared(r, s, k) < L.embeddedSharedWords;
}

/**
 * Is line k the teaser of `headline` above it: no cue, cut short (the headline itself whole), and
 * about it: two words shared; or (unless `restated` is asked for) with no bullet under a bulleted
 * headline (a headline cut short is bulleted as the others are); or longer than the headline (a
 * headline cut short runs shorter), sharing fewer than two words of a topic with the story around the list.
 */
function teaserOf(r: Reading, s: SectionDraft, headline: Line, k: number, restated = false): boolean {
  const teaser = r.lines[k];
  if (!teaser || r.cues[k] || !cutShort(r, teaser) || endsCut(r, headline)) return false;
  if (r.sharedWords(headline.text, teaser.text) >= L.embeddedSharedWords) return true;
  if (restated) return false;
  if (headline.bullet !== null && teaser.bullet === null) return true;
  return teaser.words > headline.words && storyTopicShared(r, s, k) < L.embeddedSharedWords;
}

/**
 * Is line i one of a list's bulleted headlines: bulleted as the last item is
 * (`4.` under `3.`, `•` under `•`), or as the next line is when it is the
 * first under the label, and one sentence shorter than a paragraph under a
 * list? Some sites end their headlines with a full stop.
 */
function bulletedLikeItems(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  if (!bulletedHeadlineShaped(line)) return false;
  const item = s.items[s.items.length - 1];
  // (The first under the label: as the next line of text is, past its meta, a date, a counter or the next
  // headline's section name, `رياضة`.)
  // (Its read-more link too, `اقرأ المزيد`, and, with no bullet, its own lede restating it: see `pastItemText`.)
  const next = pastItemMeta(r, i, r.nextNonBlank(i));
  if (!line.bullet) return unbulletedLikeItems(r, i, s, item, item ? next : pastItemText(r, s, i, next));
  const other = item ? r.lines[item.line]!.bullet : next < r.lines.length && !r.cues[next] ? r.lines[next]!.bullet : null;
  return sameBullet(line.bullet, other);
}

/** Line k, or past it the first line after line i that is no meta a list's headline carries (a date, a counter, its link, its author's bare name, the next headline's section name). */
function pastItemMeta(r: Reading, i: number, k: number): number {
  let next = k;
  while (next < Math.min(r.lines.length, i + L.itemOwnLinesMax) && (itemMetaCue(r.cues[next]) || linkCue(r.cues[next]) || (!r.cues[next] && (sectionNameLine(r.lines[next]!, r.ctx.cues) || authorName(r, r.lines[next]!))))) next = r.nextNonBlank(next);
  return next;
}

/**
 * Line k, or, when line k is the text of headline i above it (a lede restating it, a teaser cut short about it),
 * the line past that text and its meta: where the list's next headline stands if line i is one.
 */
function pastItemText(r: Reading, s: SectionDraft, i: number, k: number): number {
  const own = k < r.lines.length && k > i && (ledeRestates(r, s, i, k) || teaserOf(r, s, r.lines[i]!, k, true));
  return own ? pastItemMeta(r, i, r.nextNonBlank(k)) : k;
}

/** Are two bullets of one kind: both numbers (`3.` and `4.`), or the same symbol? */
function sameBullet(a: Bullet | null, b: Bullet | null): boolean {
  if (!a || !b) return false;
  return a.numbered ? b.numbered : a.marker === b.marker;
}

/**
 * With no bullets: a headline with a full stop among headlines with none, one
 * sentence with no clause in it, not opening like the story going on, and no
 * paragraph next (another headline, the list's end or the page's): the story
 * going on after a list opens with a paragraph. Not where a teaser sits.
 */
function unbulletedLikeItems(r: Reading, i: number, s: SectionDraft, item: ItemDraft | undefined, next: number): boolean {
  const line = r.lines[i]!;
  if ((item && r.lines[item.line]!.bullet) || CLAUSE_MARK.test(line.content) || r.continues(line) || opensJoined(r, line)) return false;
  // Where a teaser sits (under a headline, or its date or duration) a sentence is one: only under the last item's
  // link or a line the list took as its own, or first under the label.
  const above = r.previousNonBlank(i);
  // (Or touching the last of two bare headlines or more in a tight list: the list's rhythm, where no teaser sits.)
  const bare = item !== undefined && s.style === 'tight' && i === item.line + 1 && s.items.length >= 2 && s.items.every((it) => it.body.length === 0);
  if (item && !(above > item.line && linkCue(r.cues[above])) && s.meta[s.meta.length - 1] !== above && !bare) return false;
  if (next >= r.lines.length) return !!item;
  if (r.cues[next]) return !!item && endsList(r.cues[next]);
  const after = r.lines[next]!;
  if (!after.bullet && !isParagraph(after) && after.words >= L.titleMinWords) return true;
  // (First under the label, a site that ends every headline with a full stop: the next one is such a headline over its lede.)
  return !item && !after.bullet && periodItemHeadline(r, after) && ledeRestates(r, s, next, r.nextNonBlank(next));
}

/** A label, page chrome or the page's tags: what may stand under a list's last headline. */
function endsList(cue: Cue): boolean {
  return cue.group === 'marker' || cue.group === 'chrome' || cue.group === 'tags' || cue.group === 'tags-label' || cue.group === 'hashtags';
}

/** A date, a byline, or page chrome that does not end a list (a counter, a reading time): what a list's headline may carry. */
function itemMetaCue(cue: Cue | null | undefined): boolean {
  return cue?.group === 'date' || cue?.group === 'byline' || (cue?.group === 'chrome' && !cue.ends);
}

/** Is the next line after line i a link (an item's `اقرأ المزيد`, `التفاصيل`), or is the page's text over? */
function linkOrEndNext(r: Reading, i: number): boolean {
  const k = r.nextNonBlank(i);
  return k >= r.lines.length || linkCue(r.cues[k]);
}

/** Is the next line a byline or a date, with a paragraph right under it: a headline's own meta over its article's text? */
export function articleMetaNext(r: Reading, i: number): boolean {
  const k = r.nextNonBlank(i);
  const group = r.cues[k]?.group;
  return (group === 'byline' || group === 'date') && paragraphRightUnder(r, k);
}

/** A link's text standing alone: an item's `اقرأ المزيد`, or `التفاصيل`, `المزيد`. */
function linkCue(cue: Cue | null | undefined): boolean {
  return (cue?.group === 'marker' && cue.itemLink === true) || (cue?.group === 'chrome' && cue.link === true);
}

/** A number alone (`1998`, `٢٠٢٤`): a year or a count, no item's meta by itself. */
const BARE_NUMBER = /^[\d\u0660-\u0669\u06f0-\u06f9]+$/u;

/** A full stop, a question or an exclamation mark with more text after it: two sentences. */
const SENTENCE_INSIDE = /[.!?؟]\s+\S/u;

/**
 * Is a line, by its length and sentences, a bulleted list's headline: one sentence shorter than a paragraph under a
 * list, or one question of a headline's length (`» هل تستطيع المدن العربية أن تتكيف ...؟`: a question headline runs long)?
 */
/**
 * Line i, bulleted and shaped as a headline, right under a one-line read-also (blank lines aside) or under a
 * bulleted item of it: the box's next item. The first bullet asks for another bulleted alike under it, so that one
 * bulleted sentence after the read-also line stays the story's; no item has text of its own.
 */
function bulletUnderInline(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  if (!line.bullet || r.cues[i] || !bulletedHeadlineShaped(line)) return false;
  const last = s.items[s.items.length - 1]!;
  if (last.body.length > 0 || r.previousNonBlank(i) !== last.line) return false;
  // (Under a paragraph announcing a list, `... كالتالي:`, or a line of the story bulleted alike, a list the read-also
  // line cut in two, the list is the story's.)
  // (The story's line above it, past other boxes and furniture between: looked up once a section.)
  const above = (s.storyBefore ??= r.previousBody(s.line));
  if (above >= 0 && (coreEnd(r.lines[above]!).endsWith(':') || sameBullet(r.lines[above]!.bullet, line.bullet))) return false;
  const lastBullet = r.lines[last.line]!.bullet;
  return s.items.length > 1 && lastBullet !== null ? sameBullet(lastBullet, line.bullet) : nextBulletedAs(r, i, line.bullet);
}

function bulletedHeadlineShaped(line: Line): boolean {
  if (SENTENCE_INSIDE.test(line.content)) return false;
  return line.words < L.sectionExitParagraphMinWords || (line.bullet !== null && line.words <= L.bulletedQuestionItemMaxWords && ASKING_END.test(coreEnd(line)));
}

/**
 * Under a read-also label, after a blank: is headline-shaped line i the next
 * of a list of headlines spaced by blank lines? It is where the last item
 * carried its own link (`التفاصيل`), or where what comes next is no
 * paragraph: another headline-shaped line, a label, the page's chrome, or the
 * page's end. The story going on after a read-also headline opens with a
 * paragraph, or with a subheading over one.
 */
function anotherHeadlineHere(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  // A section's name or an author's bare name over or under each headline (`اقتصاد`, `سامي الخطيب`): the list's, where
  // the next line is bulleted as the items are (or headline-shaped, the items having no bullet), or the list ends.
  if (sectionNameLine(line, r.ctx.cues) || authorName(r, line)) {
    const k = r.nextNonBlank(i);
    if (k >= r.lines.length) return true;
    const next = r.lines[k]!;
    const bullet = r.lines[s.items[s.items.length - 1]!.line]!.bullet;
    // (Bulleted as the items are and shaped as a headline, though it ends with a full stop or names a day, `أسعار
    // الذهب اليوم الثلاثاء`: the next headline.)
    if (bullet && sameBullet(next.bullet, bullet) && bulletedHeadlineShaped(next) && (!r.cues[k] || r.cues[k]!.group === 'date')) return true;
    if (r.cues[k]) return r.cues[k]!.group === 'marker' || r.cues[k]!.group === 'chrome';
    // (With the story going on under it: the last headline's, when every other headline carries a line of its own.)
    if (isParagraph(next)) return othersCarryLines(r, s);
    if (bullet) return sameBullet(next.bullet, bullet);
    return !next.bullet && titleShaped(next, L.titleMinWords);
  }
  // Its own teaser under it, cut short and speaking of it: an item, as the story's subheadings have none.
  if (teasedHeadline(r, s, i)) return true;
  // (A headline ending with a full stop reads as a short paragraph: it is the list's only in the rhythm of its links.)
  const period = isPeriodHeadline(line);
  if (!period && (!titleShaped(line, L.titleMinWords) || isParagraph(line))) return false;
  const last = s.items[s.items.length - 1]!.line;
  const above = r.previousNonBlank(i);
  if ((s.linkedAt !== undefined && s.linkedAt > last) || (above > last && linkCue(r.cues[above]))) return true;
  if (period) return false;
  // Right under a line the list took as its own (a section's name, an author's): the list's rhythm.
  if (s.meta[s.meta.length - 1] === above) return true;
  const k = r.nextNonBlank(i);
  if (k >= r.lines.length) return true;
  const cue = r.cues[k];
  if (cue?.group === 'byline' || cue?.group === 'date') return metaAsLastItem(r, i, s);
  if (cue) return endsList(cue);
  return titleShaped(r.lines[k]!, L.titleMinWords) && !isParagraph(r.lines[k]!);
}

/**
 * Has line i its byline or date next (or the kind of line `meta` asks for), as the list's last item had: the
 * list's rhythm?
 */
function metaAsLastItem(r: Reading, i: number, s: SectionDraft, meta: (r: Reading, k: number) => boolean = bylineOrDate): boolean {
  const next = r.nextNonBlank(i);
  const kind = metaKind(r.cues[next]);
  if (!kind || !meta(r, next)) return false;
  const last = s.items[s.items.length - 1]!.line;
  for (let m = last + 1; m < Math.min(i, last + 1 + L.itemOwnLinesMax); m++) if (metaKind(r.cues[m]) === kind && meta(r, m)) return true;
  return false;
}

/** What kind of line a cue makes of an item's meta: its group, but a link is a link in any wording (`التفاصيل`, `اقرأ المزيد`). */
const metaKind = (cue: Cue | null | undefined): string | undefined => (linkCue(cue) ? 'link' : cue?.group);

/** Is line k a byline or a date? */
const bylineOrDate = (r: Reading, k: number): boolean => r.cues[k]?.group === 'byline' || r.cues[k]?.group === 'date';

/**
 * Is line k a line a list's headline carries: a byline, a date, a counter (page chrome holding a number: `23
 * تعليق`, `قراءة 3 دقائق`) or its link (`المزيد »`)? Not any chrome: an ad's label or a caption is no item's.
 */
const itemOwnLine = (r: Reading, k: number): boolean => bylineOrDate(r, k) || linkCue(r.cues[k]) || (r.cues[k]?.group === 'chrome' && hasDigit(r.lines[k]!.text));

/** Did an earlier list under the same label on this page hold an article (`الخبر التالي` over each next story)? */
function embeddedBefore(r: Reading, s: SectionDraft): boolean {
  const key = r.ctx.folder.key(s.label);
  return r.sections.some((x) => x.index < s.index && x.mode === 'embedded' && r.ctx.folder.key(x.label) === key);
}

/**
 * Places a line inside the current section. Returns false when the section
 * ends before the line: the line is then read again where the reader goes back to.
 */
export function sectionLine(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  const s = r.current!;
  const blanks = r.blankRun;
  r.blankRun = 0;
  // Past the last item's read-more link its text is over: a paragraph there is the story going on, not the item's.
  const lastItem = s.items[s.items.length - 1];
  // (Not a headline that asks or ends with a full stop, with its own link or the list's end next: `هل تنجح ...؟` / `التفاصيل`;
  // nor one with its own byline or date under it over a paragraph: the next article, `... أسبوعا.` / `بقلم: ...` / its text.)
  if (lastItem && s.linkedAt !== undefined && s.linkedAt > lastItem.line && isParagraph(line) && !((titleShaped(line, L.titleMinWords) || isPeriodHeadline(line) || bulletedLikeItems(r, i, s)) && (linkOrEndNext(r, i) || articleMetaNext(r, i)))) return leaveSection(r, i);
  // A live report's entries under its text (`الدقيقة 12: ...`, `10:45 - ...`): the report's, not the list's next headlines.
  if (!s.inline && lastItem && lastItem.body.length > 0 && LIVE_ENTRY.test(line.content) && liveItem(r, lastItem)) return embed(r, i, s, s.items.length - 1);
  // So are they on a page that is a live report itself (its headline opening with a live badge): the list in its
  // middle ended above them, and the report goes on.
  if (!s.inline && r.storyStarted && !r.storyClosed && LIVE_ENTRY.test(line.content) && livePage(r)) return leaveSection(r, i);
  if (s.mode === 'embedded') {
    // A tentative article ends where a paragraph speaks of the story again: the story goes on to its tags.
    if (s.tentative && isParagraph(line) && storyGoesOn(r, s, i)) return leaveSection(r, i);
    if (nextTeasedItem(r, i, s) || nextHeadedItem(r, i, s)) return addItem(r, s, i, 'headline-item');
    // Bulleted as the item's headline is (`4.` under `3.`, `-` under `-`), one sentence shorter than a paragraph under a
    // list: the list's next headline, as an article's own lines carry no bullet of the list.
    const lastLine = r.lines[s.items[s.items.length - 1]!.line]!;
    if (lastLine.bullet && sameBullet(line.bullet, lastLine.bullet) && bulletedHeadlineShaped(line)) {
      return addItem(r, s, i, 'bullet-item');
    }
    // (Under a link to the site's next story the story is over: no paragraph there resumes it.)
    if (!s.afterStory && (resumesStory(r, i, s) || ledesEnd(r, i, s))) return leaveSection(r, i);
    // The meta under that headline (a weak dateline is read as text here, its section's name too) is the item's, as
    // under a list's headline.
    if (s.items[s.items.length - 1]!.body.length === 0 && (isItemMeta(r.cues[i]) || (!r.cues[i] && itemMetaLine(r, i)))) {
      r.decide(i, 'boilerplate', 'section-meta');
      return true;
    }
    return embed(r, i, s, s.items.length - 1);
  }
  // A deck under the one headline (and its meta), right over the paragraph that begins its article: the article's first line.
  const deck = s.items.length === 1 && s.items[0]!.body.length === 0 ? deckOverArticle(r, i, s) : false;
  if (deck) {
    if (deck === 'tentative') s.tentative = true;
    return embed(r, i, s, 0);
  }
  // After a one-line read-also inside the story: the item's article, or the story going on.
  if (s.inline && !r.storyClosed) {
    // A text cut short under the headline, about it: the item's teaser (its article is on its own page); the story goes on.
    if (s.items.length === 1 && s.items[0]!.body.length === 0 && excerptOfItem(r, i, s)) return fileExcerpt(r, i, s);
    // The headline's own meta under it (its date, author, section, reading time) with a paragraph past it: the
    // item's, as under a list's headline; that paragraph is judged next (a story does not go on under a date).
    // (Its byline over the article's deck and first paragraph too: see deckOverArticle.)
    if (s.items.length === 1 && s.items[0]!.body.length === 0 && (metaOverParagraph(r, i) || bylineOverDeck(r, i, s))) {
      r.decide(i, 'boilerplate', 'section-meta');
      return true;
    }
    // A bulleted list of headlines right under it (`اقرأ أيضا: عنوان` / `- عنوان` / `- عنوان`): more items of the
    // same box, each bulleted alike, the first with another like it under it. (A story's own list goes on from a
    // paragraph, not from a read-also line.)
    if (bulletUnderInline(r, i, s)) return addItem(r, s, i, 'bullet-item');
    const how = s.items.length === 1 && (isParagraph(line) || opensWithDateline(r, i)) ? embedsInline(r, i, s) : false;
    if (how === 'tentative') s.tentative = true;
    if (how) return embed(r, i, s, 0);
    return leaveSection(r, i);
  }
  // Under the one headline inside or after the story, its own meta with a paragraph past it (see metaOverParagraph): the item's.
  if (r.storyStarted && s.items.length === 1 && s.items[0]!.body.length === 0 && !r.cues[i] && metaOverParagraph(r, i, s.items[0]!.headline)) {
    r.decide(i, 'boilerplate', 'section-meta');
    return true;
  }
  // The last headline's text right under it (cut short about it, in the list's rhythm, or between two headlines bulleted alike).
  if (teaserUnderItem(r, i, s)) {
    fileItemText(r, i, s, s.items.length - 1, s.kind === 'read-also' ? 'item-teaser' : 'teaser');
    // The item's read-more link under it is the item's. (Under a read-also label the story may go on under one
    // teased headline: the list goes on only to another.)
    if (linkCue(r.cues[r.nextNonBlank(i)])) s.linkedAt = i;
    else if (s.kind === 'read-also' && !teasedHeadline(r, s, r.nextNonBlank(i)) && !nextBulletedAs(r, i, r.lines[s.items[s.items.length - 1]!.line]!.bullet)) r.closeSection();
    return true;
  }
  // A bulleted line with a text under it and a line bulleted alike under that, even one ending with a full stop:
  // the list's first headline (its text and the next headline follow).
  if (!s.inline && s.items.length === 0 && line.bullet && bulletedHeadlineShaped(line)) {
    const text = r.nextNonBlank(i);
    if (text < r.lines.length && textOfItem(r, text) && nextBulletedAs(r, text, line.bullet)) return addItem(r, s, i, 'bullet-item');
  }
  // The first line under a label ending with a full stop (one sentence opening anew), its own byline, date or
  // section under it and a paragraph past them: the headline of an article of its own (a story's paragraph
  // carries no meta of its own under it).
  if (!s.inline && s.items.length === 0 && periodItemHeadline(r, line)) {
    const under = r.nextNonBlank(i);
    if (under < r.lines.length && metaOverParagraph(r, under)) return addItem(r, s, i, 'headline-item');
  }
  // A headline with its own teaser under it, even one ending with a full stop or asking: the list's next item.
  if (!s.inline && (s.kind !== 'read-also' || s.items.length === 0 || s.items[s.items.length - 1]!.body.length > 0) && teasedHeadline(r, s, i)) return addItem(r, s, i, 'headline-item');
  // A tight list ends at the first blank line once its rhythm is known.
  if (s.items.length >= 2 && s.style === 'tight' && blanks > 0) return leaveSection(r, i);
  // A headline ending with a full stop (one sentence, not going on from the story) with its own byline, date,
  // counter or link next, as the last item had: the list's next item, though it reads as a short paragraph.
  if (s.items.length > 0 && !s.inline && periodItemHeadline(r, line) && metaAsLastItem(r, i, s, itemOwnLine)) return addItem(r, s, i, 'headline-item');
  if ((isSectionParagraph(r, line) || cutUnderItem(r, i, s) || (s.items.length > 0 && isParagraph(line) && !line.bullet && line.words >= L.sectionExitParagraphMinWords && PERIOD_END.test(coreEnd(line))) || storySentence(r, line, s)) && !bulletedLikeItems(r, i, s)) {
    // A teaser: a short summary right under a headline of a related list, about it. The list
    // goes on. ("Read also" headlines are followed by embedded articles or the story instead.)
    // Before the story a label with one headline may be a section name above the page's own headline (see leaveSection): its teaser is the story's first paragraph.
    const list = s.kind !== 'read-also' && !s.inline && (r.storyStarted ? s.items.length > 0 : s.items.length > 1 || teasedListGoesOn(r, i, s));
    // (Before the story, not a "teaser" with more paragraphs under it, speaking of the headline: the page's headline over its
    // first paragraph, a box's last item above them; see `takeBackSpokenHeadline`.)
    if (list && blanks === 0 && r.lastItemLine === i - 1 && isTeaser(r, line, s.items[s.items.length - 1]!.headline) && !(!r.storyStarted && paragraphAhead(r, i) && spokenHeadlineMeta(r, s, i))) {
      fileItemText(r, i, s, s.items.length - 1, 'teaser');
      return true;
    }
    // Before the story, a first paragraph speaking of the list's last headline over its date: that headline is the page's (see `takeBackSpokenHeadline`).
    if (!r.storyStarted && spokenHeadlineMeta(r, s, i)) return leaveSection(r, i);
    // Under an item's date or duration, touching them: a short summary of that item (a video's description), in any list after the story
    // began; no paragraph follows it (an article's paragraphs would).
    // (Not under a label whose earlier list on the page held an article: the site prints the same thing each time;
    // nor a whole sentence opening with a conjunction glued to its first word, `وانخفضت ...`: the story going on.)
    if ((list || (r.storyStarted && !s.inline && s.items.length > 0)) && blanks === 0 && metaRunAbove(r, i) && line.words <= L.teaserMaxWords && !r.continues(line) && (!opensJoined(r, line) || cutShort(r, line)) && !paragraphNext(r, i) && !embeddedBefore(r, s)) {
      // The item's text: under a read-also label as under one headline (see isItemTeaser), in other lists its teaser.
      fileItemText(r, i, s, s.items.length - 1, s.kind === 'read-also' ? 'item-teaser' : 'teaser');
      return true;
    }
    // Inside the story, a text cut short under a read-also's one headline, about it: the item's teaser; the story goes on.
    if (s.kind === 'read-also' && s.items.length === 1 && s.items[0]!.body.length === 0 && r.storyStarted && !r.storyClosed && excerptOfItem(r, i, s)) return fileExcerpt(r, i, s);
    // (Under a related or most-read label, only after the story's end and about the headline: such lists hold links, rarely an article.)
    // (Or, before the story's end, about the headline and not about the story, opening anew: another story's text, not
    // the story going on, which opens joined to what it follows: `وأرجع ...`.)
    // (Or under a headline that heads an article of its own, its meta under it or its first paragraph opening with a
    // dateline, where the line does not speak of the story: an article's next paragraph may open joined, `وقالت ...`.)
    // (Or a paragraph touching the one headline's text, in a box printed tight where the story's paragraphs are set
    // apart: the text of that item goes on, see `tighterThanStory`.)
    // (Or a paragraph going on right under the one headline's own paragraph, naming its words and nothing of the
    // story: see `goesOnUnderItemText`.)
    if (s.items.length === 1 && s.items[0]!.body.length === 1 && r.storyStarted && !r.storyClosed && tighterThanStory(r, s, s.items[0]!, i)) return embed(r, i, s, 0);
    const linkList = s.kind === 'related' || s.kind === 'most-read';
    const aboutItem = () => r.sharedWords(s.items[0]!.headline, line.text) >= L.embeddedSharedWords;
    const opensAnew = () => !opensJoined(r, line) && !r.continues(line) && storyTopicShared(r, s, i) < L.embeddedSharedWords;
    // (Under its own meta, a paragraph speaking of its headline more than of the story is its article's, whatever it shares with the story.)
    const ownArticle = () => {
      if (!headsArticle(r, s.items[0]!, i)) return false;
      if (opensWithDateline(r, s.items[0]!.body[0] ?? i)) return true;
      const story = storyTopicShared(r, s, i);
      return story < L.embeddedSharedWords || r.topicOverlap(r.contentWords(s.items[0]!.headline), r.lineWords(i)) > story;
    };
    if (s.items.length === 1 && (!linkList || ownArticle() || (aboutItem() && (r.storyClosed || opensAnew())) || goesOnUnderItemText(r, s, i))) {
      const how = embeds(r, i, s);
      if (how) {
        if (how === 'tentative') s.tentative = true;
        return embed(r, i, s, 0);
      }
    }
    // The story goes on after this item, but its first paragraph may be the item's teaser.
    if (s.kind === 'read-also' && !s.inline && s.items.length === 1 && s.items[0]!.body.length === 0 && (r.storyStarted ? isItemTeaser(r, i, s) : isTeaserAboveHeadline(r, i, s))) {
      fileItemText(r, i, s, 0, 'item-teaser');
      r.closeSection();
      return true;
    }
    return leaveSection(r, i);
  }
  // Under a "read also" marker, a line after a blank that is not a bullet is
  // the story going on, not another headline (on pages with a blank line
  // between all lines, `assemble` has already looked through those).
  // (Unless a date or duration touches it from below: items of a list carry those, the story's subheadings do not.)
  // (Nor when it reads as the next of a list of headlines: see `anotherHeadlineHere`.)
  if (s.kind === 'read-also' && !s.inline && s.items.length > 0 && blanks > 0 && !line.bullet && !datedBelow(r, i) && !anotherHeadlineHere(r, i, s)) return leaveSection(r, i);
  // Inside the story, an interview's question (`س: متى تبدأ ...؟`) is no item of a list: the story goes on there.
  if (r.storyStarted && !s.inline && opensInterviewTurn(line, r.ctx)) return leaveSection(r, i);
  // Before the story, the paper's masthead (`صحيفة الوطن الإلكترونية`, `الأفق نيوز`) is no item of a list: the page's header begins there.
  if (!r.storyStarted && !s.inline && outletName(line, r.ctx.cues)) return leaveSection(r, i);
  // Nor is a section's name (`أخبار محلية`) under a label or its items: the page's header begins there, and the items stay the list's.
  if (!r.storyStarted && !s.inline && sectionNameLine(line, r.ctx.cues)) {
    r.closeSection();
    r.zone = r.back();
    return false;
  }
  // Before the story, the page's own headline (the `<title>` line above without the site's name) is no item of a list: the list ends there.
  if (!r.storyStarted && !s.inline && r.head.some((h) => h < s.line && withSiteName(r.lines[h]!, line))) return leaveSection(r, i);
  // The first line under a label is a headline even when short (an opinion column's `الاقتصاد أولا`).
  // A rank on the line above (`2` / `نتيجة الشهادة`) is the line's bullet.
  const prev = r.cues[i - 1];
  const bulleted = line.bullet || (prev?.group === 'chrome' && prev.rank === true);
  // Under headlines that all carry a bullet (two at least), a headline-long line with none is not one of them:
  // the list ends there (`الدقيقة 5: ...` under a numbered list, the story going on).
  if (!bulleted && line.words >= L.itemMinWords && s.items.length >= 2 && s.items.every((it) => r.lines[it.line]!.bullet)) return leaveSection(r, i);
  // Under headlines that end with no full stop, each with its meta under it (a date, an author), a sentence ending
  // with one and a paragraph right under it is the story going on (`الجمعة 5 ديسمبر كانت آخر أيام المعرض.`).
  // (Not under headlines each with a teaser: a headline ending with a full stop over its teaser is one of them.)
  if (!bulleted && PERIOD_END.test(coreEnd(line)) && s.items.length >= 2 && paragraphRightUnder(r, i) && everyItemCarriesMeta(r, s)) return leaveSection(r, i);
  // The author's role right under the author's name read as a headline's meta (`هدى علي` / `كاتبة وباحثة في
  // شؤون الثقافة`): that headline's meta too, no headline of its own (a column's title and its author box).
  const above = r.lastNonBlank(i);
  const roleUnderMeta = !bulleted && above >= 0 && r.sectionMeta[r.sectionMeta.length - 1] === above && describesAuthor(r, i);
  if (roleUnderMeta) {
    r.decide(i, 'boilerplate', 'section-meta');
    r.sectionMeta.push(i);
    return true;
  }
  if ((bulleted && line.words >= L.bulletItemMinWords) || line.words >= L.itemMinWords || (line.words >= L.bulletItemMinWords && (s.items.length === 0 || readsAsHeadline(r, line)))) {
    // The same headline again (a picture's link and a text link to one story): one item.
    if (r.itemSeen(s, line.contentKey)) {
      r.decide(i, 'boilerplate', 'repeated-item');
      return true;
    }
    if (s.items.length === 1 && s.style === 'unknown') s.style = blanks > 0 ? 'spaced' : 'tight';
    // Before the story, the meta under a list's first headline was kept as the page's (a label and one
    // headline may be a section name over the page's own); with a second headline it is the list's.
    if (s.items.length === 1 && !r.storyStarted) claimFirstItemMeta(r, s.items[0]!.line, i);
    return addItem(r, s, i, bulleted ? 'bullet-item' : 'headline-item');
  }
  // Author names and counters under headlines.
  r.decide(i, 'boilerplate', 'section-meta');
  r.sectionMeta.push(i);
  return true;
}

/**
 * A short line under a list's headline holding a particle of a sentence (`عن`,
 * `في`, `التي`, a lone `و`) is another headline (`عن الشباب والأمل`), never an
 * author's name. (`على` is left out: folded, it is the name `علي`.)
 */
function readsAsHeadline(r: Reading, line: Line): boolean {
  const { openEndings, maqsuraEndings } = r.ctx.cues;
  return line.keyWords.some((w) => openEndings.has(w) && !maqsuraEndings.has(w));
}

/**
 * The meta lines of the page's own headline read as the last item of list `s`
 * above the story: only its date, byline or dateline (and the page's furniture)
 * stand between it and the paragraph at line i, which speaks of it (two words
 * shared at least), or one of them is the page's own (a source line, a
 * labelled byline). Null when it is no such headline, or when the header
 * already has a headline of its own (above the list).
 */
export function spokenHeadlineMeta(r: Reading, s: SectionDraft, i: number): number[] | null {
  if (s.inline || s.mode !== 'list' || s.items.length < 2 || r.head.some((h) => h > s.line || headlineInHeader(r, h, i))) return null;
  const item = s.items[s.items.length - 1]!;
  if (item.body.length > 0) return null;
  const meta: number[] = [];
  // A source line or a labelled byline (`المصدر: ...`, `حاورها: ...`) is the page's own: no list item carries one.
  let own = false;
  for (let k = item.line + 1; k < i; k++) {
    if (r.lines[k]!.blank) continue;
    const cue = r.cues[k];
    const group = cue?.group;
    // (The page's furniture may stand there too: a share bar, a note that the page is in another language.)
    if (group === 'chrome') continue;
    // (So may the author's bare name, a byline with no label.)
    if (group === undefined && r.lines[k]!.words < L.titleMinWords && nameShaped(r.lines[k]!, L.bylineNameMaxWords)) {
      meta.push(k);
      continue;
    }
    // (And a wire's or the desk's credit, `متابعات`, `(وكالات)`.)
    if (group !== 'date' && group !== 'byline' && group !== 'dateline' && group !== 'agency' && group !== 'source') return null;
    if (group === 'source' || (cue?.group === 'byline' && cue.strong)) own = true;
    meta.push(k);
  }
  // (Or the list's rhythm breaks there: every headline above has its text right under it, and this one the
  // page's date, byline or dateline instead.)
  const rhythm = meta.length > 0 && s.items.slice(0, -1).every((it) => it.body.length > 0 && it.body[0] === r.nextNonBlank(it.line));
  return own || rhythm || r.sharedWords(item.headline, r.lines[i]!.text) >= L.embeddedSharedWords ? meta : null;
}

/** The date, byline and dateline lines between a list's first headline (line h) and its second (line i) become the list's. */
function claimFirstItemMeta(r: Reading, h: number, i: number): void {
  for (let k = h + 1; k < i; k++) {
    const type = r.decisions[k]?.type;
    if (type === 'date' || type === 'byline' || type === 'dateline') {
      r.decide(k, 'boilerplate', 'section-meta');
    }
  }
}

/**
 * Before the story, under a label with one headline so far: does a list of
 * teasered headlines go on after paragraph i (`الأكثر قراءة` / headline / its
 * teaser / headline / its teaser ...)? The next line is headline-shaped with a
 * paragraph under it, and that paragraph speaks of neither the first headline
 * nor paragraph i, nor opens like a story going on (`وقال`): another story,
 * not the story going on under a subheading.
 */
function teasedListGoesOn(r: Reading, i: number, s: SectionDraft): boolean {
  if (s.items.length !== 1) return false;
  const k = r.nextNonBlank(i);
  if (k >= r.lines.length || r.cues[k] || isParagraph(r.lines[k]!) || !titleShaped(r.lines[k]!, L.titleMinWords)) return false;
  const p = r.nextNonBlank(k);
  if (p >= r.lines.length || r.cues[p] || !isParagraph(r.lines[p]!) || r.continues(r.lines[p]!)) return false;
  const words = r.lineWords(p);
  return overlap(r.contentWords(s.items[0]!.headline), words) < L.embeddedSharedWords && overlap(r.lineWords(i), words) < L.embeddedSharedWords;
}

/**
 * A headline dated in its own words (`• أسعار الذهب اليوم الثلاثاء 8 ديسمبر 2026`) first under a list's
 * label, or bulleted as the last headline of the open list is (unbulleted as it is): one of the list's
 * headlines, not that headline's date (an item's date has no words of a headline before it). Returns whether it was.
 */
export function datedHeadlineItem(r: Reading, i: number): boolean {
  const s = r.current;
  if (!s || s.mode !== 'list' || s.inline || !titleShaped(r.lines[i]!, L.titleMinWords)) return false;
  // (Three words at least before the date's first number: a name and a date, `هدى علي 5 ديسمبر 2026`, are a byline's.)
  const words = r.lines[i]!.contentKeyWords;
  const firstNumber = words.findIndex((w) => hasDigit(w));
  if (firstNumber >= 0 && firstNumber < L.datedHeadlineHeadingMinWords) return false;
  const last = s.items[s.items.length - 1];
  const [bullet, lastBullet] = [r.lines[i]!.bullet, last ? r.lines[last.line]!.bullet : null];
  if (last && !sameBullet(bullet, lastBullet) && (bullet || lastBullet)) return false;
  return addItem(r, s, i, bullet ? 'bullet-item' : 'headline-item');
}

/** Line i is the headline of the section's next item. Returns true. */
function addItem(r: Reading, s: SectionDraft, i: number, rule: 'headline-item' | 'bullet-item'): true {
  s.items.push({ headline: r.lines[i]!.content.trim(), line: i, body: [] });
  r.lastItemLine = i;
  r.decide(i, 'related', rule, { section: s.index, item: s.items.length - 1, role: 'headline' });
  return true;
}

/** Line i is a paragraph of the article embedded under item `item`; the section reads on in that mode. Returns true. */
function embed(r: Reading, i: number, s: SectionDraft, item: number): true {
  s.mode = 'embedded';
  fileItemText(r, i, s, item, 'embedded-body');
  return true;
}

/** Files line i as text of item `item` (its article or its teaser). */
function fileItemText(r: Reading, i: number, s: SectionDraft, item: number, rule: 'embedded-body' | 'item-teaser' | 'teaser'): void {
  s.items[item]!.body.push(i);
  r.decide(i, 'related', rule, { section: s.index, item, role: 'body' });
}

/** Files line i, a row of a table, as text of the article the open section is printing. */
export function articleTableRow(r: Reading, i: number): void {
  const s = r.current!;
  r.blankRun = 0;
  fileItemText(r, i, s, s.items.length - 1, 'embedded-body');
}

/** The section ends before line `i`. Always returns false: the line is read again. */
function leaveSection(r: Reading, i: number): false {
  const s = r.current;
  // The story goes on under a list in its middle: a lone short line right
  // above (no author under every headline) was the story's subheading.
  // (Not where the other headlines carry a line of their own too, a byline or a date: then it is the last one's.)
  const meta = r.sectionMeta;
  if (r.storyStarted && !r.storyClosed && meta.length === 1 && !r.cues[meta[0]!] && r.lastNonBlank(i) === meta[0] && !(s && othersCarryLines(r, s))) {
    r.decide(meta[0]!, 'body', 'short-line');
  }
  r.closeSection();
  // Before the story, a section label with a single headline under it is a
  // navigation label above the page's own headline: give the line back to the header.
  // So is a read-also label with one headline right above the first paragraph: a stray widget label over the page's headline.
  const overStory = s?.kind !== 'read-also' || isParagraph(r.lines[i]!);
  if (!r.storyStarted && s && overStory) giveBackLoneItem(r, s);
  r.zone = r.back();
  return false;
}

/**
 * Does every headline of list `s` (its last few: see `listRhythmItems`) end with no full stop and have its meta
 * right under it: a date or byline, or a line the list took as its meta (boilerplate with no cue, under a headline)?
 */
function everyItemCarriesMeta(r: Reading, s: SectionDraft): boolean {
  for (let k = Math.max(0, s.items.length - L.listRhythmItems); k < s.items.length; k++) {
    const it = s.items[k]!;
    if (PERIOD_END.test(coreEnd(r.lines[it.line]!)) || it.body.length > 0) return false;
    const under = r.nextNonBlank(it.line);
    const group = r.cues[under]?.group;
    if (group !== 'date' && group !== 'byline' && !(group === undefined && r.decisions[under]?.type === 'boilerplate')) return false;
  }
  return true;
}

/** Is the next line of text right under line i a paragraph with no cue? */
function paragraphRightUnder(r: Reading, i: number): boolean {
  const k = r.nextNonBlank(i);
  return k < r.lines.length && !r.cues[k] && isParagraph(r.lines[k]!);
}

/** Does every headline of the list but the last have a line of its own under it, before the next headline (two headlines at least)? */
function othersCarryLines(r: Reading, s: SectionDraft): boolean {
  if (s.items.length < 2) return false;
  for (let k = 0; k + 1 < s.items.length; k++) {
    const it = s.items[k]!;
    const below = r.nextNonBlank(it.body.length > 0 ? it.body[it.body.length - 1]! : it.line);
    if (below >= s.items[k + 1]!.line) return false;
  }
  return true;
}

/**
 * Before the story, a label with a single headline under it (section `s`, the
 * page's last) is a section's name or a stray widget's label above the page's
 * own headline: the label is furniture, and the headline and the lines read as
 * its teaser (and the lines read as the list's meta) wait in the header again
 * (no line keeps the section).
 */
export function giveBackLoneItem(r: Reading, s: SectionDraft): void {
  if (s.inline || s.items.length !== 1 || s !== r.sections[r.sections.length - 1]) return;
  dropLabel(r, s);
  r.fromBox.set(s.items[0]!.line, s);
  // (With the short lines read as the list's meta: a section's name, the author's name over the headline.)
  r.toHead([s.items[0]!.line, ...s.items[0]!.body, ...s.meta]);
}

/** Section `s`, the page's last, is no list: it is dropped, and its label is the header's furniture. */
export function dropLabel(r: Reading, s: SectionDraft): void {
  r.sections.pop();
  r.decide(s.line, 'boilerplate', 'header-label');
}

/** Does line h open with a live badge (`مباشر: ...`, see `LIVE_LEADS`): a live report's headline? */
function liveHeadline(r: Reading, h: number): boolean {
  return r.ctx.cues.liveLeads.at(r.lines[h]!.contentKeyWords).length > 0;
}

/** Is the item a live report? */
function liveItem(r: Reading, item: ItemDraft): boolean {
  return liveHeadline(r, item.line);
}

/** Is the page a live report? */
function livePage(r: Reading): boolean {
  return r.title >= 0 && liveHeadline(r, r.title);
}

/** A live report's entry: a number (a minute, a time), perhaps after one word, then a colon or a dash (`الدقيقة 12: ...`). */
const LIVE_ENTRY = new RegExp(`^(?:[^\\s${DIGIT}]{1,20}\\s+)?[${DIGIT}]{1,3}(?::[${DIGIT}]{2})?\\s*[:\\-–—]`, 'u');

/** Is the item a video's or a gallery's title, its kind before a separator (`فيديو: ...`, `بالصور.. ...`; see `MEDIA_LEADS`)? */
function mediaItem(r: Reading, item: ItemDraft): boolean {
  return mediaLead(r, r.cues[item.line]);
}

/** Is the cue an inline item whose label names a video or a gallery (`فيديو`, `بالصور`; see `MEDIA_LEADS`)? */
export function mediaLead(r: Reading, cue: Cue | null | undefined): boolean {
  return cue?.group === 'inline' && r.ctx.cues.mediaLeads.has(r.ctx.folder.key(cue.label));
}

/**
 * Does the paragraph at i begin an article embedded under a "read also"
 * headline, or does the story go on? Embedded when the story already ended,
 * or when the paragraphs run to the next marker or the end without reaching
 * the story's own source or tag lines, and they speak of the headline.
 */
function embeds(r: Reading, i: number, s: SectionDraft): boolean | 'tentative' {
  // After the story's end, an article; unless a wire's bare credit under its first paragraph only closed it (a
  // picture's, near the top) and the item's first paragraph goes on as the story (`وأضاف ...`): the story resumes
  // (see ZONE_TEXT.story). (A source line, `المصدر: ...`, ends a story for good.)
  if (r.storyClosed) {
    const credit = r.closedBy === 'source' && r.paragraphsAtClose <= 1 && r.cues[r.closedAt]?.group === 'agency';
    return !(credit && s.items[s.items.length - 1]!.body.length === 0 && r.continues(r.lines[i]!));
  }
  if (s.inline) return false;
  // Before any story: a read-also label above the page's own headline (a stray widget label); its paragraphs are the story.
  if (!r.storyStarted) return false;
  // A headline with its own dateline, byline or source under it heads an article: the story does not go on so.
  // (A date alone is what list items carry.)
  // So does a paragraph opening with a dateline of its own (`القاهرة - ...`): an article's first, never the story's next.
  // (Its first paragraph filed already as the headline's teaser, opening with a dateline: the next is that article's too.)
  // (A video's headline too, `بالفيديو.. ...`: the video's story is printed under it.)
  const first = s.items[0]!.body[0] ?? i;
  // So does one opening with its author's byline, the scraper having glued the two (`بقلم: ريم الخطيب لم تعد ...`).
  // So does any paragraph opening anew under a link to the site's next story, printed after the story's end.
  if (metaUnder(r, s.items[0]!.line, first) || ((opensWithDateline(r, first) || opensWithByline(r, first) || s.afterStory === true) && !r.continues(r.lines[first]!))) return true;
  // A video's or a gallery's title (`فيديو.. لحظة ...`) links to something to watch: no article of its own is on the page;
  // unless its own meta is under it (its date, its section) and the paragraph under that opens anew and speaks of it
  // more than of the story (two of its words): the video's story is printed. (A story going on under a video's
  // headline about its subject opens joined: `وقال الوزير ...`.)
  const media = s.items[s.items.length - 1]!;
  // (First in a list of headline-and-lede pairs, a paragraph opening anew that speaks of the video is its description,
  // the item's text as the list prints it: the list goes on.)
  const aboutVideo = () => !r.continues(r.lines[i]!) && speaksOfItem(r, s, i);
  if (mediaItem(r, media) && !(aboutVideo() && (ownMetaAbove(r, media.line, i) || (s.items.length === 1 && ledePairAt(r, r.nextNonBlank(i)))))) return false;
  const { storyEnd, marker, paragraphs } = ahead(r, i);
  // The story's own tags or source lie ahead (a page may print them after an embedded article too):
  // an article only while its paragraphs speak of the item and not of the story.
  if (storyEnd) {
    if (r.continues(r.lines[i]!)) return false;
    if (speaksOfItem(r, s, i) && storyTopicShared(r, s, i) <= L.tentativeStoryWordsMax) return 'tentative';
    // (Or under the headline's own meta, its date or reading time, as after a one-line read-also: unless it speaks of
    // the story. A story's paragraph carries no meta over it.)
    return ownMetaAbove(r, s.items[0]!.line, i) && !speaksOfStoryUnderMeta(r, s, i, r.sharedWords(s.items[0]!.headline, r.lines[i]!.text)) ? 'tentative' : false;
  }
  // A paragraph that opens like a continuation (`وأضاف`, `من جهته`) and runs on to
  // the end of the page, or for long, is the story going on.
  // (Unless it goes on right under the item's own paragraph, naming its words and none of the story's: see goesOnUnderItemText.)
  if (r.continues(r.lines[i]!) && (!marker || paragraphs >= L.continuationParagraphs)) return goesOnUnderItemText(r, s, i);
  // It speaks of the headline: two of its words, or one that the page's own
  // headline does not share (a word as common as جديد is in many stories).
  const text = r.lines[i]!.text;
  const shared = r.sharedWords(s.items[0]!.headline, text);
  if (shared >= L.embeddedSharedWords) return true;
  // Under the headline's own meta (its section's name, its date), as after a one-line read-also: the article's unless it
  // speaks of the story as much as of the headline.
  if (ownMetaAbove(r, s.items[0]!.line, i)) {
    const story = storyTopicShared(r, s, i);
    if (!(story > 0 && story >= shared)) return true;
  }
  return shared === 1 && (r.title < 0 || r.sharedWords(r.lines[r.title]!.text, text) === 0);
}

/**
 * Does an item head an article of its own, its text reaching line i: a dateline, byline, source or the headline's
 * own meta (its date, section, reading time) under the headline, or its first paragraph opening with a dateline
 * (`القاهرة - ...`)? A teaser of a list is a headline's summary; an article's first paragraph is written as news.
 */
function headsArticle(r: Reading, item: ItemDraft, i: number): boolean {
  const first = item.body[0] ?? i;
  return metaUnder(r, item.line, first) || ownMetaAbove(r, item.line, first) || (opensWithDateline(r, first) && !r.continues(r.lines[first]!));
}

/** Do the lines right above line i, touching it, run back to the last item's headline through its meta lines (a date, a duration) only? */
function metaRunAbove(r: Reading, i: number): boolean {
  const h = r.lastItemLine;
  if (h < 0 || h >= i - 1) return false;
  for (let k = i - 1; k > h; k--) {
    if (r.lines[k]!.blank || r.cues[k]?.group !== 'date') return false;
  }
  return true;
}

/** Is the next line of text after line i (page chrome between them aside) a paragraph? */
function paragraphNext(r: Reading, i: number): boolean {
  let k = r.nextNonBlank(i);
  while (k < r.lines.length && r.cues[k]?.group === 'chrome') k = r.nextNonBlank(k);
  return k < r.lines.length && !r.cues[k] && isParagraph(r.lines[k]!);
}

/**
 * Is a paragraph of text under line i, past no more than `itemOwnLinesMax`
 * lines of furniture (a box, a caption, an ad's label: lines with a cue)? A
 * headline-shaped line with no cue on the way (another item, the page's
 * headline) says no.
 */
export function paragraphAhead(r: Reading, i: number): boolean {
  for (let k = r.nextNonBlank(i), seen = 0; k < r.lines.length && seen < L.itemOwnLinesMax; k = r.nextNonBlank(k), seen++) {
    if (!r.cues[k]) return isParagraph(r.lines[k]!);
  }
  return false;
}

/** Is line i touched from below by a date or time line (`03:25`, `منذ يومين`)? */
function datedBelow(r: Reading, i: number): boolean {
  return i + 1 < r.lines.length && r.cues[i + 1]?.group === 'date';
}

/** Is there a dateline, byline or (with `source`) source line between a headline (line h) and line i? */
function metaUnder(r: Reading, h: number, i: number, source = true): boolean {
  for (let k = h + 1; k < i; k++) {
    const group = r.cues[k]?.group;
    if (group === 'dateline' || group === 'byline' || (source && group === 'source')) return true;
  }
  return false;
}

/**
 * What lies ahead of line i: whether the paragraphs run into the story's own
 * source or tags (then the story goes on) before a related marker, a chrome
 * line that ends a list, or the end; whether a marker stops them; how many
 * paragraphs come first. A one-line read-also on the way is looked past.
 */
function ahead(r: Reading, i: number): { storyEnd: boolean; marker: boolean; paragraphs: number } {
  let paragraphs = 0;
  for (let k = i; k < r.lines.length; k++) {
    const cue = r.cues[k];
    if (!cue) {
      if (!r.lines[k]!.blank && isParagraph(r.lines[k]!)) paragraphs++;
      continue;
    }
    if (cue.group === 'inline') continue;
    if (cue.group === 'marker') return { storyEnd: false, marker: true, paragraphs };
    if (cue.group === 'chrome' && cue.ends) break;
    if (cue.group === 'source' || cue.group === 'tags' || cue.group === 'hashtags' || cue.group === 'tags-label' || cue.group === 'agency') {
      return { storyEnd: true, marker: false, paragraphs };
    }
  }
  return { storyEnd: false, marker: false, paragraphs };
}

/**
 * Does the paragraph at i, right under a one-line read-also inside the story,
 * begin that item's article (`اقرأ أيضا: العنوان` / its paragraphs / `اقرأ المزيد`)?
 * It speaks of the item's headline more than of the story around it; or it opens
 * with a dateline; or it lies under the headline's own meta (its date, section,
 * reading time) and speaks of the story (two of its topic words, or one of its
 * headline's) less than of the headline. When the story's own source or tags lie ahead, the
 * article is tentative: it shares at most a word with the story, and ends where
 * the story goes on (see `storyGoesOn`).
 */
function embedsInline(r: Reading, i: number, s: SectionDraft): boolean | 'tentative' {
  const text = r.lines[i]!.text;
  const item = r.sharedWords(s.items[0]!.headline, text);
  if (r.continues(r.lines[i]!)) return false;
  // Opening with a dateline of its own, or under the headline's own byline or dateline: an article's first paragraph;
  // under the headline's other meta (its date, its reading time), unless it speaks of the story as much as of the
  // headline. (Not under a source line: inside the story, that is the story's own credit printed under its lede.)
  // (Under a link to the site's next story, too: it is printed after the story's end.)
  const dated = opensWithDateline(r, i) || metaUnder(r, s.items[0]!.line, i, false) || s.afterStory === true;
  if (dated) {
    // (Opening with a dateline, or under a byline, whatever it shares: no story's next paragraph does.)
  } else if (ownMetaAbove(r, s.items[0]!.line, i)) {
    if (speaksOfStoryUnderMeta(r, s, i, item)) return false;
  } else if (item < L.embeddedSharedWords || item <= storyShared(r, s, i)) return false;
  if (!ahead(r, i + 1).storyEnd) return true;
  // (With the story's tags ahead, it may share a word with the story; under the headline's own meta, more while it
  // speaks of the headline twice as much at least: `قررت المكتبة الوطنية فتح أبوابها ليلا ...` under `المكتبة الوطنية
  // تفتح أبوابها ليلا ...` and its date. With no meta, such a paragraph may be the story going on about the link.)
  const story = storyTopicShared(r, s, i);
  if (dated || story <= L.tentativeStoryWordsMax) return 'tentative';
  return item >= L.headlineOverStoryFactor * story && ownMetaAbove(r, s.items[0]!.line, i) ? 'tentative' : false;
}

/**
 * Is line i, under a one-headline section's headline (and its meta), that article's deck: shaped as a headline
 * (no sentence of its own) or opening with a dateline, with the article's first paragraph right under it? A
 * story's subheading there has the story's paragraph under it instead. Under a label on a line of its own, only
 * once the story began and under a headline that heads an article (its own meta or dateline): a list's
 * headline carries a teaser, not a deck.
 */
function deckOverArticle(r: Reading, i: number, s: SectionDraft): boolean | 'tentative' {
  const dated = opensWithDateline(r, i);
  // (Not a bulleted line: a list's next headline.)
  if (r.cues[i] || r.lines[i]!.bullet || !(dated || titleShaped(r.lines[i]!, L.titleMinWords))) return false;
  const next = r.nextNonBlank(i);
  if (next >= r.lines.length || r.cues[next] || !isParagraph(r.lines[next]!)) return false;
  // (After a one-line read-also, as its first paragraph is: for good, or until a paragraph speaks of the story again
  // when the story's tags lie ahead; under the headline's byline or opening with a dateline, a deck is no subheading.)
  if (s.inline) {
    const how = embedsInline(r, next, s);
    return how === true || (how === 'tentative' && (dated || metaUnder(r, s.items[0]!.line, i, false))) ? how : false;
  }
  return r.storyStarted && (dated || headsArticle(r, s.items[0]!, next)) && embeds(r, next, s) === true;
}

/**
 * Does paragraph i, under an item's own meta, speak of the story around the section (two of its topic words, or one
 * of its headline's) as much as of the item's headline (`item` words shared)? Then it is the story going on.
 */
function speaksOfStoryUnderMeta(r: Reading, s: SectionDraft, i: number, item: number): boolean {
  const story = storyTopicShared(r, s, i);
  const ofHeadline = r.title >= 0 && r.topicOverlap(r.lineWords(r.title), r.lineWords(i)) > 0;
  return (story >= L.embeddedSharedWords || ofHeadline) && story >= item;
}

/** Is line i the byline of a one-line read-also's headline, its article's deck under it (see deckOverArticle), past any more meta? */
export function bylineOverDeck(r: Reading, i: number, s: SectionDraft): boolean {
  if (r.cues[i]?.group !== 'byline' || !itemMetaLine(r, i)) return false;
  const next = pastItemMeta(r, i, r.nextNonBlank(i));
  return next < r.lines.length && deckOverArticle(r, next, s) !== false;
}

/** Do lines between headline h and line i carry the headline's own meta, filed as furniture (not the page's date or byline)? */
function ownMetaAbove(r: Reading, h: number, i: number): boolean {
  for (let k = h + 1; k < i; k++) if (!r.lines[k]!.blank && r.decisions[k]?.type === 'boilerplate' && itemMetaLine(r, k)) return true;
  return false;
}

/** Does paragraph i open with a dateline (`القاهرة - `, `واشنطن (رويترز) -`): an article's first paragraph, not a story's next one? */
function opensWithDateline(r: Reading, i: number): boolean {
  return datelineOf(r.lines[i]!.text, r.ctx) !== null;
}

/**
 * Does paragraph i open with a byline and its separator, the text going on after the name (`بقلم: ريم الخطيب لم
 * تعد ...`, `كتب - سامر يوسف ...`)? A story's own paragraph never does; an article's first, saved with its byline, may.
 */
function opensWithByline(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  return isParagraph(line) && BYLINE_LEAD.test(line.content) && r.ctx.cues.bylines.at(line.contentKeyWords).length > 0;
}

/** One to three words, then a colon or a dash: a label's separator at a line's start. */
const BYLINE_LEAD = /^\s*[^\s:\-–—]+(?:\s+[^\s:\-–—]+){0,2}\s*[:\-–—]/u;

/**
 * Is line i meta a headline carries: a date, a byline, a counter, a section's name? (Not a bare name, nor a year
 * or a time of day alone: under a link inside the story, a short line is as often its subheading, a timeline's
 * year or a live report's entry time.)
 */
function itemMetaLine(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  if (BARE_NUMBER.test(line.content) || TIME_ALONE.test(line.content)) return false;
  // (Page chrome only with a figure in it, a counter or a reading time: an ad's label is no headline's.)
  const cue = r.cues[i];
  return isItemMeta(cue) || (itemMetaCue(cue) && (cue!.group !== 'chrome' || hasDigit(line.text))) || (!cue && !isParagraph(line) && sectionNameLine(line, r.ctx.cues));
}

/**
 * Is line i meta a headline carries (see itemMetaLine), with a paragraph (or a line opening with a dateline) past it
 * and any more such lines? Under a label on a line of its own (`list`, the headline over line i), not a headline
 * ending with a full stop: the list's next, whose headlines each carry their section's name; unless it repeats
 * that headline's words, as an article's first sentence does and the next item's headline does not.
 */
export function metaOverParagraph(r: Reading, i: number, list?: string): boolean {
  if (!itemMetaLine(r, i)) return false;
  const next = pastItemMeta(r, i, r.nextNonBlank(i));
  if (next >= r.lines.length || r.cues[next]) return false;
  const line = r.lines[next]!;
  // (Or a line opening with a dateline, however short: an article's deck or first words, `الرياض (واس) - ثلاثمئة عمود ...`.)
  if (!isParagraph(line) && !opensWithDateline(r, next)) return false;
  return list === undefined || !isPeriodHeadline(line) || r.sharedWords(list, line.text) >= L.embeddedSharedWords;
}

/**
 * Files line i as the excerpt of the section's one item. The story goes on under it; the section stays
 * open only for the item's read-more link right under it (`اقرأ المزيد`), the item's still.
 */
function fileExcerpt(r: Reading, i: number, s: SectionDraft): true {
  fileItemText(r, i, s, 0, 'item-teaser');
  const next = r.cues[r.nextNonBlank(i)];
  if (next?.group === 'marker' && next.itemLink) s.linkedAt = i;
  else r.closeSection();
  return true;
}

/**
 * Is line i, under a read-also's one headline, that item's excerpt: cut short with an
 * ellipsis, as long as a sentence, and speaking of the item's headline (two
 * words at least) more than of the story around it? A story's paragraph that
 * trails off (`..`) speaks of the story.
 */
function excerptOfItem(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  if (!cutShort(r, line)) return false;
  const item = r.sharedWords(s.items[0]!.headline, line.text);
  return item >= L.embeddedSharedWords && item > storyShared(r, s, i);
}

/**
 * Under a read-also, watch-also or related label, a list of headlines each with one
 * paragraph under it (`جولة داخل أقدم مكتبة` / its description / `حفل ختام
 * المهرجان` / its description): after the item's one paragraph, a
 * headline-shaped line with a paragraph under it, sharing no more than a word
 * with the item above (or any, under the item's time or duration, or in the rhythm
 * of the items above), is the next item, not a subheading of an embedded article.
 */
function nextTeasedItem(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  const item = s.items[s.items.length - 1]!;
  // (A headline ending with a full stop reads as a sentence: only over a paragraph that restates it, and never
  // opening as the story goes on, `وقال ...`.)
  const period = periodItemHeadline(r, line);
  if (s.inline || item.body.length !== 1 || line.words < L.itemMinWords || (!period && (isParagraph(line) || PERIOD_END.test(coreEnd(line))))) return false;
  // The item above has a teaser's length: an embedded article's first paragraph runs longer.
  if (r.lines[item.body[0]!]!.words > L.teaserMaxWords) return false;
  const next = r.nextNonBlank(i);
  if (next >= r.lines.length || r.cues[next] || !isParagraph(r.lines[next]!)) return false;
  if (period && r.sharedWords(line.text, r.lines[next]!.text) < L.embeddedSharedWords) return false;
  // The item's time or duration under its paragraph, right above the line, closes that item: an article's subheading has none.
  if (metaRunAfter(r, item.body[0]!, i)) return true;
  // In the list's rhythm, the two items before it each with one paragraph, over a paragraph that restates it: the
  // next item, though it shares words with the one above (two stories of the same trade, `صادرات التمور`).
  // (The last items show the rhythm: looking no further keeps a long list read in linear time.)
  const rhythm = s.items.length >= L.rhythmItemsMin && s.items.slice(-L.rhythmItemsMin).every((it) => it.body.length === 1);
  const restated = r.sharedWords(line.text, r.lines[next]!.text) >= L.embeddedSharedWords;
  if (rhythm && restated) return true;
  // (Or the rhythm ahead, from the list's first item on: the item over a paragraph restating it, this line over one,
  // and another such pair right under it. An article's subheadings do not come so, each over its own lede.)
  if (restated && s.items.length === 1 && restates(r, item.line, item.body[0]!) && ledePairAt(r, r.nextNonBlank(next))) return true;
  return r.sharedWords(item.headline, line.text) < L.embeddedSharedWords && r.sharedWords(r.lines[item.body[0]!]!.text, line.text) < L.embeddedSharedWords;
}

/** Does paragraph p restate headline h (two words of it at least)? */
function restates(r: Reading, h: number, p: number): boolean {
  return r.sharedWords(r.lines[h]!.text, r.lines[p]!.text) >= L.embeddedSharedWords;
}

/** Is line h a headline (no cue, headline-shaped, no sentence) over a paragraph opening anew that restates it? */
function ledePairAt(r: Reading, h: number): boolean {
  if (h >= r.lines.length || r.cues[h]) return false;
  const line = r.lines[h]!;
  if (line.words < L.itemMinWords || isParagraph(line) || PERIOD_END.test(coreEnd(line))) return false;
  const p = r.nextNonBlank(h);
  return p < r.lines.length && !r.cues[p] && isParagraph(r.lines[p]!) && !r.continues(r.lines[p]!) && restates(r, h, p);
}

/**
 * Under a read-also label holding whole articles, one after another (`اقرأ
 * أيضا` / headline / `القاهرة - الأفق` / its paragraphs / headline /
 * `القاهرة - الأفق` / ...): inside an article, a headline-shaped line with its
 * own dateline, byline or date under it, then a paragraph, heads the next
 * article. An article's subheading has no meta of its own.
 */
function nextHeadedItem(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  const item = s.items[s.items.length - 1]!;
  // (Under any label, one-line read-alsos too, right under the article's read-more link: that link closed the article above.)
  const closed = linkCue(r.cues[r.previousNonBlank(i)]);
  // (Right under that link, a headline ending with a full stop too, `الجامعة تؤجل امتحاناتها أسبوعا.`, when its own meta is under it.)
  const period = closed && isPeriodHeadline(line);
  if (((s.inline || s.kind !== 'read-also') && !closed) || item.body.length === 0) return false;
  if (!period && (!titleShaped(line, L.titleMinWords) || isParagraph(line) || PERIOD_END.test(coreEnd(line)))) return false;
  let k = r.nextNonBlank(i);
  // (Under the read-more link, the headline's meta may be its section's name or reading time too, see `itemMetaLine`.)
  const meta = (m: number) => m < r.lines.length && (isItemMeta(r.cues[m]) || (closed && itemMetaLine(r, m)));
  if (!meta(k)) return !period && k < r.lines.length && !r.cues[k] && isParagraph(r.lines[k]!) && headsOwnArticle(r, i, k, item);
  while (meta(k)) k = r.nextNonBlank(k);
  return k < r.lines.length && !r.cues[k] && isParagraph(r.lines[k]!);
}

/**
 * With no meta under it, headline-shaped line i heads an article of its own when paragraph p right
 * under it speaks of it (`أسعار الذهب تتراجع ...` / `تراجعت أسعار الذهب ...`) and it speaks of the
 * article above neither through that article's headline nor through its last paragraphs: a subheading
 * speaks of its own article.
 */
function headsOwnArticle(r: Reading, i: number, p: number, item: ItemDraft): boolean {
  const words = r.lineWords(i);
  if (overlap(words, r.lineWords(p)) < L.embeddedSharedWords) return false;
  if (overlap(words, r.contentWords(item.headline)) > 0) return false;
  // Its last paragraphs only (a dozen), as for the story above a label: the look stays bounded on a long article.
  const body = item.body;
  for (let k = body.length - 1; k >= Math.max(0, body.length - L.storyLookBackParagraphs); k--) {
    if (overlap(words, r.lineWords(body[k]!)) >= L.embeddedSharedWords) return false;
  }
  return true;
}

/** A dateline, byline or date: what an article carries under its headline. */
export function isItemMeta(cue: Cue | null | undefined): boolean {
  return cue?.group === 'dateline' || cue?.group === 'byline' || cue?.group === 'date';
}

/** Are the lines between line p and line i date or time lines only, one at least, each touching the next? */
function metaRunAfter(r: Reading, p: number, i: number): boolean {
  if (i - p < 2) return false;
  for (let k = p + 1; k < i; k++) if (r.lines[k]!.blank || r.cues[k]?.group !== 'date') return false;
  return true;
}

/**
 * Under an embedded article inside the story: a paragraph that speaks of the
 * story around the label (two of its words at least) more than of the embedded
 * article (its headline, or any of its last paragraphs) is the story resuming;
 * the article ended above it. One that does not open like the story going on
 * (`وأضاف`, `من جهته`) must share none of the article's words: an article's
 * next paragraph shares a word or two with the story when the two are on one
 * subject.
 */
function resumesStory(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  if (r.storyClosed || !r.storyStarted) return false;
  // Right under a read-also's one paragraph, a line sharing no word of its subject (a paragraph, or the story's
  // subheading or list): the story, whatever it shares with the story above (a story's next paragraph may turn
  // to a side of it never named before; an article's next speaks of its subject). Losing the story costs more
  // than keeping a box's line. (Not under a list of articles, nor under a label whose earlier box on the page
  // held one: the page runs articles one after another; nor under a headline that heads an article of its own,
  // its dateline, byline, date or section under it or its paragraph opening with a dateline, see `headsArticle`.)
  const item = s.items[s.items.length - 1]!;
  const teaserOnly = s.items.length === 1 && item.body.length === 1 && !embeddedBefore(r, s) && !headsArticle(r, item, i) && !tighterThanStory(r, s, item, i);
  if (!isParagraph(line) && !(teaserOnly && line.words >= L.authorNameMinWords)) return false;
  const topic = (a: ReadonlySet<string>, b: ReadonlySet<string>) => r.topicOverlap(a, b);
  const article = articleShared(r, item, i, topic);
  const story = storyShared(r, s, i, topic);
  // (With the story's tags ahead, a line speaking of neither stays the article's, see `storyGoesOn`: it must name the story.)
  // (Not a line opening as a text going on, `وأضافت ...`, under a whole paragraph ended as a sentence is (no teaser
  // cut short), naming no topic word of the story above either: it goes on from the paragraph right above it.)
  const goesOnFromFirst = () => r.continues(line) && PERIOD_END.test(coreEnd(r.lines[item.body[0]!]!)) && !endsCut(r, r.lines[item.body[0]!]!) && storyAboveShared(r, s, i) === 0;
  if (teaserOnly && (!s.tentative || story >= 1) && article === 0 && !mentions(r, i, [item.headline, r.lines[item.body[0]!]!.text]) && !goesOnFromFirst()) return true;
  // Nor does it speak of that story's headline, and it shares a word with our story as much as one with that
  // paragraph (`المحافظات` in both): the story too.
  if (teaserOnly && article === 1 && story >= 1 && topic(r.contentWords(item.headline), r.lineWords(i)) === 0) return true;
  if (!isParagraph(line)) return false;
  if (story < L.embeddedSharedWords) return false;
  // (Not touching the box's lines where the story's own paragraphs are set apart: the box goes on, see tighterThanStory.)
  if (tighterThanStory(r, s, item, i)) return false;
  // Opening like the story going on (`وأضاف`, `من جهته`): more of the story's words than of the article's. (Not under
  // an article known by its own meta or dateline: its `وقال ...` goes on from it, and must share none of its words.)
  if (r.continues(line) && !headsArticle(r, item, i)) return story > article;
  // Not opening like the story going on: the story's words, and none of the article's. (Opening so right under
  // an article known by its own meta or dateline, it goes on from that article where it names one of its words
  // at all, a clitic or an article aside: `المحصول` under `محصول القمح`.)
  return article === 0 && !goesOnFromArticle(r, i, item);
}

/**
 * Is the box printed tighter than the story around it: its headline, the lines under it and line i touching
 * one another, where the story's last two paragraphs above it (and the box) are set apart by blank lines?
 * A site spaces the story's paragraphs one way and a box's lines another: line i goes on in the box, as
 * the story would resume set apart as its paragraphs are.
 */
function tighterThanStory(r: Reading, s: SectionDraft, item: ItemDraft, i: number): boolean {
  if (!touchingDown(r, s, item.line, i)) return false;
  // (The story's last two paragraphs above the box, as `storyAboveShared` finds them once a section.)
  const [last, before] = (s.storyAbove ??= storyParagraphsAbove(r, s.line));
  return last !== undefined && before !== undefined && s.line > 0 && r.lines[s.line - 1]!.blank && !noBlankBetween(r, before, last);
}

/**
 * Do the lines between line `from` and line i all touch (no blank line among them)? The first blank line under
 * `from` is looked for once a section, as an article's paragraphs ask in turn: a long article stays linear.
 */
function touchingDown(r: Reading, s: SectionDraft, from: number, i: number): boolean {
  let t = s.touching;
  if (!t || t.from !== from) t = s.touching = { from, to: from + 1, blank: -1 };
  while (t.blank < 0 && t.to < i) {
    if (r.lines[t.to]!.blank) t.blank = t.to;
    else t.to++;
  }
  return t.blank < 0 || i <= t.blank;
}

/** Do lines a and b (a < b) touch through non-blank lines only? */
function noBlankBetween(r: Reading, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (r.lines[k]!.blank) return false;
  return true;
}

/**
 * Does paragraph i open like a text going on (`وقال ...`) right under an article known by its own meta or
 * dateline, naming one of that article's words at all (a clitic or an article aside: `المحصول` under
 * `محصول القمح`)? It goes on from that article, whatever it shares with the story above.
 */
function goesOnFromArticle(r: Reading, i: number, item: ItemDraft): boolean {
  // (Any verb the conjunction opens goes on so, `ويمنح القانون ...`, not only the reporting phrases.)
  const line = r.lines[i]!;
  if (!(r.continues(line) || opensWithConjunctionVerb(line.firstKeyWord, r.ctx.cues)) || !headsArticle(r, item, i)) return false;
  // (Its headline and last paragraphs, as `articleShared` weighs them: a long article is not read again at each paragraph.)
  const last = item.body.slice(-L.storyLookBackParagraphs).map((k) => r.lines[k]!.text);
  return mentions(r, i, [item.headline, ...last]);
}

/**
 * Under a list of headlines with one paragraph each (two items at least, the last with its paragraph),
 * inside the story: a further paragraph speaking of the story more than of the last item (its topic
 * words) is the story resuming. The list's rhythm is one paragraph an item; an article's next
 * paragraph speaks of the article.
 */
function ledesEnd(r: Reading, i: number, s: SectionDraft): boolean {
  if (r.storyClosed || !r.storyStarted || s.items.length < 2 || s.items.some((it) => it.body.length !== 1) || !isParagraph(r.lines[i]!)) return false;
  const topic = (a: ReadonlySet<string>, b: ReadonlySet<string>) => r.topicOverlap(a, b);
  const last = s.items[s.items.length - 1]!;
  const article = articleShared(r, last, i, topic);
  // (Printed tight, a headline and its paragraph on the next line each, with a blank line under the last: the list is
  // over there, unless the paragraph speaks of that last item. Each item took two lines, and no blank between.)
  const tight = last.body[0]! - s.items[0]!.line + 1 === 2 * s.items.length;
  if (tight && r.lines[i - 1]!.blank && article < L.embeddedSharedWords) return true;
  // (Printed spaced, a blank line over each headline and each paragraph, with the line touching the last: the list is
  // over there too, unless it speaks of that last item. The story's own paragraphs are printed as they touch.)
  const spaced = s.items.every((it) => r.lines[it.line - 1]?.blank === true && r.lines[it.body[0]! - 1]?.blank === true);
  if (spaced && !r.lines[i - 1]!.blank && article < L.embeddedSharedWords) return true;
  // (A paragraph naming the story as much as that item, `المهرجان` of both, breaks the list's rhythm of one paragraph an
  // item: the story resumes, as losing its text costs more than keeping a list's line. One naming neither may be the
  // list's next headline, printed as a sentence; under an item heading an article of its own, its byline or date
  // under it, the article goes on.)
  const story = storyShared(r, s, i, topic);
  return story > article || (story === article && story > 0 && !headsArticle(r, last, i));
}

/**
 * Does paragraph i go on (`وقالت ...`) right under the last item's own paragraph, naming one of that item's words
 * (its headline's, its paragraphs') and no topic word of the story around the section? The item's article goes on:
 * a story resuming there names what the story speaks of. So it does where it shares two topic words with the
 * item at least, and more than with the story (`الحملة`, `التطعيم`, `المدارس` of the item's headline, `الوزارة`
 * of the story's last paragraph).
 */
function goesOnUnderItemText(r: Reading, s: SectionDraft, i: number): boolean {
  const item = s.items[s.items.length - 1]!;
  if (item.body.length === 0 || r.lastNonBlank(i) !== item.body[item.body.length - 1] || !r.continues(r.lines[i]!)) return false;
  const story = storyTopicShared(r, s, i);
  const last = item.body.slice(-L.storyLookBackParagraphs).map((k) => r.lines[k]!.text);
  if (story === 0 && mentions(r, i, [item.headline, ...last])) return true;
  const own = articleShared(r, item, i, (a, b) => r.topicOverlap(a, b));
  return own >= L.embeddedSharedWords && own > story;
}

/**
 * Does line i name a content word of one of `texts` (four letters or more, its article aside, no function
 * word), written anywhere in the line with a clitic or an article of its own (`برنامج` in `البرنامج`)?
 * Looser than the stemmed word sets, which tell `برنامج` and `البرنامج` apart.
 */
function mentions(r: Reading, i: number, texts: readonly string[]): boolean {
  const key = r.spacedKey(i);
  const { functionWords, stem } = r.ctx.cues;
  for (const t of texts) {
    for (const w of r.ctx.folder.key(t).split(' ')) {
      const bare = withoutArticle(w);
      if (bare.length >= L.mentionMinLetters && !functionWords.has(stem(w)) && key.includes(bare)) return true;
    }
  }
  return false;
}

/**
 * Inside a read-also article that the story's tags follow: does the story go
 * on at paragraph i? It does where the paragraph speaks of the story (its
 * headline, one of its last paragraphs before the label; two topic words at
 * least) more than of the article (its headline, its last paragraphs). A paragraph
 * speaking of neither stays with the article: a story's paragraph almost
 * always shares two words with the story above it, an article's next
 * paragraph often shares fewer with its headline and first paragraph. Nor does
 * the story go on at a paragraph touching a box printed tight where the story's
 * own paragraphs are set apart (see `tighterThanStory`).
 */
function storyGoesOn(r: Reading, s: SectionDraft, i: number): boolean {
  const story = storyAboveShared(r, s, i);
  const item = s.items[s.items.length - 1]!;
  return story >= L.embeddedSharedWords && !tighterThanStory(r, s, item, i) && story > articleShared(r, item, i, (a, b) => r.topicOverlap(a, b)) && !goesOnFromArticle(r, i, item);
}

/**
 * How many topic words paragraph i shares with the story above section `s`: its headline, or one of its last
 * paragraphs. (Function words and the words any story uses, `العام`, `المقبل`, `خلال`, tell no topic.)
 */
function storyAboveShared(r: Reading, s: SectionDraft, i: number): number {
  s.storyAbove ??= storyParagraphsAbove(r, s.line);
  const words = r.lineWords(i);
  let story = r.title >= 0 ? r.topicOverlap(r.lineWords(r.title), words) : 0;
  for (const k of s.storyAbove) story = Math.max(story, r.topicOverlap(r.lineWords(k), words));
  return story;
}

/** The story's last paragraphs above line i (at most `storyLookBackParagraphs`, within `storyLookBackLines`), nearest first. */
export function storyParagraphsAbove(r: Reading, i: number): number[] {
  const found: number[] = [];
  for (let k = i - 1; k >= Math.max(0, i - L.storyLookBackLines) && found.length < L.storyLookBackParagraphs; k--) {
    if (r.decisions[k]?.type === 'body' && isParagraph(r.lines[k]!)) found.push(k);
  }
  return found;
}

/** How many words paragraph i shares with an embedded article: its headline, or one of its last paragraphs. */
function articleShared(r: Reading, item: ItemDraft, i: number, weigh: (a: ReadonlySet<string>, b: ReadonlySet<string>) => number = overlap): number {
  const words = r.lineWords(i);
  let own = weigh(r.contentWords(item.headline), words);
  for (let n = item.body.length - 1; n >= Math.max(0, item.body.length - L.storyLookBackParagraphs); n--) {
    own = Math.max(own, weigh(r.lineWords(item.body[n]!), words));
  }
  return own;
}

/** Does paragraph i speak of the section's item (two of its words at least) more than of the story around it? */
function speaksOfItem(r: Reading, s: SectionDraft, i: number): boolean {
  const item = overlap(r.contentWords(s.items[0]!.headline), r.lineWords(i));
  return item >= L.embeddedSharedWords && item > storyShared(r, s, i);
}

/** How many words paragraph i shares with the story around a section: its headline, or the paragraph above the label. */
function storyShared(r: Reading, s: SectionDraft, i: number, weigh: (a: ReadonlySet<string>, b: ReadonlySet<string>) => number = overlap): number {
  const before = (s.storyBefore ??= r.previousBody(s.line));
  const words = r.lineWords(i);
  return Math.max(r.title >= 0 ? weigh(r.lineWords(r.title), words) : 0, before >= 0 ? weigh(r.lineWords(before), words) : 0);
}

/**
 * `storyShared` with function words aside: the few words an embedded article may share with the story
 * when the story's own source or tags lie ahead (`عبر` in both says nothing of a topic).
 */
function storyTopicShared(r: Reading, s: SectionDraft, i: number): number {
  return storyShared(r, s, i, (a, b) => r.topicOverlap(a, b));
}

/**
 * The teaser under a read-also headline inside a story: a short paragraph
 * that speaks of that headline (two of its words at least) more than of the
 * story around it (its headline, and the paragraph before the label), and does
 * not open like the story going on.
 */
function isItemTeaser(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  // (Nor one opening with a conjunction glued to its first word, `والرصيف ...`: the story going on; a teaser opens anew.)
  if (line.words > L.teaserMaxWords || r.continues(line) || opensWithConjunction(line.keyWords, r.ctx.cues)) return false;
  const item = r.sharedWords(s.items[0]!.headline, line.text);
  return item >= L.embeddedSharedWords && item > storyShared(r, s, i);
}

/**
 * Before the story: the teaser under a read-also headline in a box above the
 * page's own headline. It sums up the item right under it, and a headline
 * (a line neither a paragraph nor a list item) comes next. (Paragraphs running on under the item are the story:
 * the label was a stray one over the page's headline.)
 */
function isTeaserAboveHeadline(r: Reading, i: number, s: SectionDraft): boolean {
  const line = r.lines[i]!;
  // A box holds its teaser tight under the headline.
  if (r.lastItemLine !== i - 1 || !isTeaser(r, line, s.items[0]!.headline)) return false;
  const next = r.nextNonBlank(i);
  const headline = r.lines[next];
  return !!headline && !r.cues[next] && !headline.bullet && !isParagraph(headline);
}

/**
 * A short paragraph that sums up the headline above it, and does not open like the story going on
 * (`وأضاف ...`, or a conjunction glued to its first word: `وأرجع مهنيون ...`; a summary opens anew).
 */
function isTeaser(r: Reading, line: Line, headline: string): boolean {
  return line.words <= L.teaserMaxWords && !r.continues(line) && !opensJoined(r, line) && r.sharedWords(headline, line.text) > 0;
}

/**
 * A list whose items carry the author's name above each headline (`سامي يوسف`
 * / `الحكومة تطلق برنامجا لدعم الصادرات`): the first name was read as the
 * list's first headline (the first line under a label is one, however short).
 * When a later name stands so, touching the headline under it, the first is
 * the author of the headline under it too, not an item. (A short first
 * headline with no such name further down stays an item: `الاقتصاد أولا`.)
 */
export function authorsAboveHeadlines(r: Reading): void {
  for (const s of r.sections) {
    if (s.inline || s.items.length < 3) continue;
    const [first, second] = s.items as [ItemDraft, ItemDraft];
    if (first.body.length > 0 || second.line !== first.line + 1 || !authorName(r, r.lines[first.line]!)) continue;
    const again = s.items.slice(2).some((it) => {
      const above = it.line - 1;
      return r.decisions[above]?.type === 'boilerplate' && !r.cues[above] && authorName(r, r.lines[above]!);
    });
    if (!again) continue;
    s.items.shift();
    r.decide(first.line, 'boilerplate', 'section-meta');
    // The items move up one: their headlines and text lines are filed again under their new index.
    s.items.forEach((it, item) => {
      for (const k of [it.line, ...it.body]) {
        const d = r.decisions[k]!;
        r.decide(k, d.type, d.rule, { section: s.index, item, role: d.role });
      }
    });
  }
}

/**
 * A short line under one headline of a list and under no other
 * (`المدرسة التي علمتنا الصبر` / `أمهاتنا والحكايات` / `الشارع الذي كبرنا
 * فيه`), with headlines before and after it: no author stands under each
 * headline, so the line is a short headline of the list, not an author's name.
 */
export function loneShortItems(r: Reading): void {
  for (const s of r.sections) {
    if (s.inline || s.mode !== 'list' || s.items.length < 2 || s.meta.length !== 1) continue;
    const m = s.meta[0]!;
    const at = s.items.findIndex((it) => it.line > m);
    if (at <= 0 || r.decisions[m]?.type !== 'boilerplate' || r.lines[m]!.words < L.bulletItemMinWords || hasDigit(r.lines[m]!.text)) continue;
    // A line with no bullet among bulleted headlines is not one of them.
    if (!r.lines[m]!.bullet && s.items.every((it) => r.lines[it.line]!.bullet)) continue;
    // No other headline has a line under it (a date, a name, a counter): after the last, a short line with no cue of its own.
    const metaUnderOthers = s.items.some((it, k) => {
      if (k === at - 1) return false;
      const below = r.nextNonBlank(it.body.length > 0 ? it.body[it.body.length - 1]! : it.line);
      const next = s.items[k + 1];
      if (next) return below < next.line;
      if (below >= r.lines.length || r.lines[below]!.words >= L.itemMinWords) return false;
      const cue = r.cues[below];
      return !cue || cue.group === 'date' || cue.group === 'byline' || (cue.group === 'chrome' && !cue.ends && !cue.box && !cue.caption);
    });
    if (metaUnderOthers) continue;
    s.items.splice(at, 0, { headline: r.lines[m]!.content.trim(), line: m, body: [] });
    s.meta.length = 0;
    // The items from here move down one: their headlines and text lines are filed again under their new index.
    s.items.forEach((it, item) => {
      if (item < at) return;
      if (item === at) {
        r.decide(it.line, 'related', 'headline-item', { section: s.index, item, role: 'headline' });
        return;
      }
      for (const k of [it.line, ...it.body]) {
        const d = r.decisions[k]!;
        r.decide(k, d.type, d.rule, { section: s.index, item, role: d.role });
      }
    });
  }
}

/** An author's name under a list's label: name-shaped, shorter than a headline, with no particle of a sentence. */
function authorName(r: Reading, line: Line): boolean {
  return nameShaped(line, L.itemMinWords - 1) && !readsAsHeadline(r, line);
}
