/**
 * Assembly: places every line, using its cue and its neighbours. A walk goes
 * down the page as a reader does, applying what each cue does (`CUE_EFFECTS`)
 * and, to lines no cue claims, the rule of the zone the reader is in
 * (`ZONE_TEXT`); then the passes of `PASSES` run in order. Each decision
 * records the rule that made it.
 *
 * Staged like Readability: explicit markers are trusted first; the weaker
 * layout rules (short lines, position, blank-line rhythm) decide only what
 * the markers leave open.
 */
import type { BlockType } from '../model/article.js';
import type { ClassifyContext, Cue } from './classify.js';
import { authorOverDate, bareName, headedDate, headerParagraph, headlineInHeader, isPeriodHeadline, isTitleCopy, longHeadlineOverMeta, namedAgainBelow, resolveHead, roleUnderName, siteMotto, titleShaped } from './header.js';
import * as C from './cues.js';
import { LIMITS as L } from './limits.js';
import type { Line } from './lines.js';
import { coreEnd, isParagraph, outletName, overlap, PERIOD_END, QUESTION_END, Reading, type Assembly, type Decision, type SectionDraft, type Zone } from './reading.js';
import type { RuleId } from './rules.js';
import { hasDigit, NAMED_TIME, TIME_ALONE } from './text.js';
import { articleMetaNext, articleTableRow, authorsAboveHeadlines, bylineOverDeck, datedHeadlineItem, dropLabel, giveBackLoneItem, isItemMeta, loneShortItems, mediaLead, metaOverParagraph, sectionLine, spokenHeadlineMeta, storyParagraphsAbove } from './sections.js';
import { announcedDates, authorBio, datelineTeaser, dropHeadlineRun, loneNames, dropTeaserRun, nextArticle, pullQuotes, repeatsRun, siteCaptions, timelineDates, titleAfterStory, storyWords, trimStoryTail, unlabelledPoll, unlabelledTags, widgetFigures, answerShaped, labelAlone } from './tail.js';
import { fragmentRuns, joinPieces } from './fragments.js';
import { isGlued } from './tags.js';

export { isParagraph } from './reading.js';
export type { Assembly, Decision, ItemDraft, SectionDraft } from './reading.js';

/** What a cue does to the reading. Every field is optional; they apply in the order written here. */
interface CueEffect {
  /** The block the line goes to. */
  block: BlockType;
  /** Here the cue is not trusted and the line is read as plain text: inside a related list, or once the story began. */
  textIn?: 'section' | 'story';
  /** A weak cue (a name under an honorific, a dateline without agency) is read as text once the story began. */
  weakTextInStory?: true;
  /** A weak cue (a watch link, `شاهد: ...`, which headlines open with too) is read as text before the story began. */
  weakTextBeforeStory?: true;
  /**
   * ... and inside a list under a label: a list of videos has its items open so (`فيديو | حريق في ...`), and a
   * headline may open with a label of its own (`تغطية خاصة: ...`, `بالصور.. ...`): one of the list's headlines.
   */
  weakTextInList?: true;
  /** Before the story the line goes here instead. */
  beforeStory?: readonly [BlockType, RuleId];
  /** Right under the last headline of a list above the story, a strong cue shows that headline is the page's own (see takeBackHeadline). */
  claimsHeadlineAbove?: true;
  /** Under a headline of a related list the line belongs to that headline. */
  underHeadline?: readonly [BlockType, RuleId];
  /** Right under a read-also headline, its meta only between them and a paragraph below: the embedded article's own line. */
  underItemHeadline?: readonly [BlockType, RuleId];
  /** The open related section ends here. */
  closesSection?: true;
  /** Header meta (a date, a byline, a dateline): right under a headline at the top it shows the story had not begun. */
  headerMeta?: true;
  /** What the line opens: a list under a label, one inline item, or a list of tags one a line. */
  opens?: 'section' | 'inline-item' | 'tag-list' | 'source-value';
  /** A tag line holding one tag, touched by the line under it, opens a list of tags one a line (each tag a link of its own). */
  opensWhenOne?: 'tag-list';
  /** The line's tags are collected: a labelled tag line, or hashtags. */
  collects?: 'line' | 'hashtags';
  /**
   * The story ends here: later unmarked text is furniture (`source`: unless only a first paragraph came before;
   * `weak`: unless a paragraph speaking of the story comes right under it).
   */
  closesStory?: 'yes' | 'source' | 'weak';
  /** What the line closes and opens is given by its chrome phrase group (`ends`, `box`, `caption`). */
  fromPhrase?: true;
}

// What each cue does. Columns: cue group, then its effect.
const CUE_EFFECTS: { readonly [G in Cue['group']]: CueEffect } = {
  // A related label opens a list; an inline read-also is one item on its line.
  marker: { block: 'related', closesSection: true, opens: 'section' },
  inline: { block: 'related', weakTextBeforeStory: true, weakTextInList: true, closesSection: true, opens: 'inline-item' },
  // Tags and the source come after the story: they close it.
  tags: { block: 'tags', closesSection: true, collects: 'line', closesStory: 'yes', opensWhenOne: 'tag-list' },
  // (Hashtags with the story going on under them were an embedded post's: see the story's room.)
  hashtags: { block: 'tags', closesSection: true, collects: 'hashtags', closesStory: 'weak' },
  'tags-label': { block: 'tags', closesSection: true, closesStory: 'yes', opens: 'tag-list' },
  // (An embedded article's own source line under its headline is that article's: see itemMetaHere.)
  source: { block: 'source', underItemHeadline: ['boilerplate', 'section-meta'], closesSection: true, closesStory: 'source' },
  // A source label alone: the line under it is the source.
  'source-label': { block: 'boilerplate', closesSection: true, opens: 'source-value' },
  // An agency credit above the story is the dateline's agency, not the story's source; between its
  // paragraphs it may be a picture's credit, so it closes the story as a source line does (see the story's room).
  agency: { block: 'source', beforeStory: ['boilerplate', 'agency-in-header'], closesSection: true, closesStory: 'source' },
  // Chrome: share bars cut lists, comment boxes end the story, labels open boxes and captions.
  chrome: { block: 'boilerplate', fromPhrase: true },
  // A line repeated across the corpus is chrome, except as an item of a related list
  // (the same "most read" box on every page of a site).
  learned: { block: 'boilerplate', textIn: 'section' },
  // Menus and mastheads are chrome above the story; inside it, such a line is read as text.
  'head-chrome': { block: 'boilerplate', textIn: 'story' },
  // A date under a related headline belongs to that headline, not to the article.
  date: { block: 'date', underHeadline: ['boilerplate', 'section-meta'], headerMeta: true },
  // A byline under a related headline (an embedded article's) is that headline's, not the page's.
  byline: { block: 'byline', weakTextInStory: true, claimsHeadlineAbove: true, underHeadline: ['boilerplate', 'section-meta'], headerMeta: true },
  // So is a dateline: an embedded article's place and agency.
  dateline: { block: 'dateline', weakTextInStory: true, underHeadline: ['boilerplate', 'section-meta'], headerMeta: true },
};

/**
 * Is line i under a headline of a related list (before the story, a label with one headline may be the page's own:
 * see leaveSection)? Under a read-also on one line inside the story, only a line touching it, meta with a
 * paragraph past it (see metaOverParagraph), or a byline over its article's deck (see bylineOverDeck): after a
 * blank line a year alone is the story going on (a timeline's next).
 */
function underHeadline(r: Reading, i: number): boolean {
  const s = r.current;
  if (r.zone !== 'section' || s === null) return false;
  if (s.inline && r.storyStarted && s.items.length === 1 && s.items[0]!.body.length === 0 && s.items[0]!.line !== i - 1 && !metaOverParagraph(r, i) && !bylineOverDeck(r, i, s)) return false;
  return r.storyStarted ? s.items.length > 0 : s.items.length > 1;
}

/**
 * Header meta right under a headline-shaped line, when the only paragraph so
 * far is above that line (`teaser. / headline / الكويت- سبأ؛ / story`): the
 * story had not begun, and the paragraph was another story's teaser at the top
 * of the page (a ticker). The header is opened again: those lines wait for the
 * story's first paragraph, where the headline is chosen among them. (The line
 * right above the meta may read like a paragraph itself, a headline with
 * commas between its clauses: then it is the second paragraph so far.)
 */
function reopenHeader(r: Reading, i: number): void {
  if (r.storyStarted && !r.storyClosed && r.title >= 0) return reopenAfterTeasers(r, i);
  if (!r.storyStarted || r.storyClosed || r.title >= 0) return;
  const above = r.lastNonBlank(i);
  // (Not one opening as a story goes on: a paragraph of a short story may have the author's name or a date under it.)
  const headline = r.decisions[above]?.shape === 'paragraph' && !r.continues(r.lines[above]!) && longHeadlineOverMeta(r, above);
  if (r.paragraphs !== (headline ? 2 : 1)) return;
  const first = r.decisions.findIndex((d) => d?.shape === 'paragraph');
  // (Two paragraphs of one short story, the author's name under them, share their subject's words; a ticker's
  // teaser and the headline under it do not.)
  if (headline && overlap(r.lineWords(first), r.lineWords(above)) >= L.embeddedSharedWords) return;
  const between: number[] = [];
  for (let k = first + 1; k < i; k++) {
    if (r.lines[k]!.blank) continue;
    if (!(k === above && headline) && (r.decisions[k]?.shape !== 'short' || !titleShaped(r.lines[k]!, L.titleMinWords))) return;
    between.push(k);
  }
  if (between.length === 0) return;
  for (const k of [first, ...between]) r.undecide(k);
  r.storyStarted = false;
  r.zone = 'head';
  r.head = [first, ...between];
}

/**
 * Header meta right under a headline-shaped line, when everything from the
 * headline down to that line reads as headlines with a teaser each (`ارتفاع
 * أسعار الوقود` / its teaser / `منتخب الناشئين يتأهل` / its teaser / the
 * page's headline / its date): a list of other stories with no label was read
 * as the headline and its story. Two teasers at least, each under its own
 * headline and about it, none opening like a story going on or speaking of
 * the pairs above it (a story's paragraphs do). The list is furniture; the
 * header opens again at that line.
 */
function reopenAfterTeasers(r: Reading, i: number): void {
  const h = r.lastNonBlank(i);
  if (h <= r.title || r.decisions[h]?.shape !== 'short' || !titleShaped(r.lines[h]!, L.titleMinWords)) return;
  // (Looked for near the top only: a list of a few items, so each date line of a long story costs a few steps.)
  const lines: number[] = [];
  for (let k = r.title; k < h; k++) {
    if (r.lines[k]!.blank) continue;
    if (lines.length === 2 * L.teaserListMaxItems) return;
    lines.push(k);
  }
  if (lines.length < 2 * L.teaserListMinItems || lines.length % 2 !== 0) return;
  for (let n = 0; n < lines.length; n += 2) {
    const [headline, teaser] = [r.lines[lines[n]!]!, r.lines[lines[n + 1]!]!];
    if (n > 0 && (r.decisions[lines[n]!]?.shape !== 'short' || !titleShaped(headline, L.titleMinWords))) return;
    if (r.decisions[lines[n + 1]!]?.shape !== 'paragraph' || teaser.words > L.teaserMaxWords || r.continues(teaser)) return;
    if (overlap(r.lineWords(lines[n]!), r.lineWords(lines[n + 1]!)) === 0) return;
    // About another story than the pairs above: two words shared with none of their headlines and teasers.
    if (lines.slice(0, n).some((k) => overlap(r.lineWords(k), r.lineWords(lines[n + 1]!)) >= L.embeddedSharedWords)) return;
  }
  lines.forEach((k, n) => r.decide(k, 'boilerplate', n % 2 === 0 ? 'header-line' : 'teaser'));
  r.undecide(h);
  r.title = -1;
  r.storyStarted = false;
  r.zone = 'head';
  r.head = [h];
}

/**
 * The page's byline right under the last headline of a list above the story
 * (a "latest news" box the page's own headline follows with no gap): that
 * headline is the page's, not the list's. The list ends above it, and the
 * headline goes back to the header. Under a list's first headline the label
 * may be a section name (see leaveSection), so two items at least.
 */
function takeBackHeadline(r: Reading, i: number, cue: Cue): void {
  const s = r.current;
  if (r.storyStarted || r.zone !== 'section' || !s || s.inline || s.mode !== 'list' || s.items.length < 2) return;
  if (!('strong' in cue) || !cue.strong) return;
  const item = s.items[s.items.length - 1]!;
  if (item.body.length > 0 || r.lastNonBlank(i) !== item.line) return;
  s.items.pop();
  r.closeSection();
  r.zone = 'head';
  r.toHead([item.line]);
}

/**
 * The page's own headline read as the last item of a list above the story
 * (`آخر الأخبار` / headline / `منذ ساعة` / ... / the page's headline / its date
 * / the first paragraph): only its date, byline or dateline stand between it
 * and the story's first paragraph (line i), which speaks of it (two words
 * shared at least). It goes back to the header, and its meta lines are the
 * page's again.
 */
function takeBackSpokenHeadline(r: Reading, i: number): void {
  const s = r.sections[r.sections.length - 1];
  const meta = s ? spokenHeadlineMeta(r, s, i) : null;
  if (!s || !meta) return;
  const item = s.items[s.items.length - 1]!;
  s.items.pop();
  // (A bare name waits in the header with the headline, as a byline may.)
  r.toHead([item.line, ...meta.filter((k) => !r.cues[k])]);
  for (const k of meta) {
    const cue = r.cues[k];
    if (!cue) continue;
    // (Before the story, as the line would have been read there: a credit in the header.)
    const e = CUE_EFFECTS[cue.group];
    const [block, rule] = e.beforeStory ?? [e.block, cue.rule];
    r.decide(k, block, rule);
  }
}

/**
 * The list's last headline right over a longer line of the header (the page's meta under that line), when the
 * first paragraph (line i) restates that headline more than the longer line: the page's headline read as the
 * list's next item (`آخر الأخبار` / two headlines / the headline / its deck / its date / the story). The deck
 * under it, with the date under the deck, made the deck look like the headline. The headline goes back to the
 * header; the items above it stay the list's.
 */
function takeBackHeadlineOverDeck(r: Reading, i: number): void {
  const s = r.sections[r.sections.length - 1];
  if (!s || s.inline || s.mode !== 'list' || s.items.length < 2) return;
  const item = s.items[s.items.length - 1]!;
  const deck = r.nextNonBlank(item.line);
  if (item.body.length > 0 || !r.head.includes(deck) || r.cues[deck] || r.lines[deck]!.words <= r.lines[item.line]!.words) return;
  const text = r.lines[i]!.text;
  const spoken = r.sharedWords(item.headline, text);
  if (spoken < L.restatedHeadlineWords || spoken <= r.sharedWords(r.lines[deck]!.text, text)) return;
  s.items.pop();
  if (r.current === s) r.closeSection();
  r.toHead([item.line]);
}

/**
 * With no line left in the header that could be the headline, the item of the list above the story that
 * the first paragraph (line i) speaks of, two words at least and more than of any other: the page's own
 * headline read as a list's (`آخر الأخبار` / the headline / a caption printed twice / the story). It goes
 * back to the header; the items above it stay the list's, and those under it are the header's furniture.
 */
function takeBackLedeItem(r: Reading, i: number): void {
  const s = r.sections[r.sections.length - 1];
  if (!s || s.inline || s.mode !== 'list' || s.items.length < 2) return;
  // (Above the label, a line of three words is a name, a masthead's: a headline has four. Nor is a motto a
  // headline: see `headlineInHeader`.)
  if (r.head.some((h) => !r.cues[h] && headlineInHeader(r, h, i, h > s.line ? L.titleWithMetaMinWords : L.titleMinWords))) return;
  const text = r.lines[i]!.text;
  let best = -1;
  let bestShared = L.embeddedSharedWords - 1;
  let tie = false;
  s.items.forEach((item, k) => {
    const shared = r.sharedWords(item.headline, text);
    if (shared > bestShared) [best, bestShared, tie] = [k, shared, false];
    else if (shared === bestShared) tie = true;
  });
  if (best < 0 || tie) return;
  const taken = s.items.splice(best);
  if (r.current === s) r.closeSection();
  if (s.items.length === 0) dropLabel(r, s);
  // (The lines read as items under it are the header's furniture: a caption printed twice. But a longer line right
  // under it with the page's date or byline under that is its deck: back to the header with its meta.)
  const [lede, ...under] = taken;
  const back = [lede!.line, ...lede!.body];
  under.forEach((item, k) => {
    const meta = k === 0 && item.body.length === 0 ? deckMeta(r, lede!.line, item.line, i) : null;
    if (meta) for (const m of [item.line, ...meta]) back.push(m);
    else for (const m of [item.line, ...item.body]) r.decide(m, 'boilerplate', 'header-line');
  });
  r.toHead(back);
}

/**
 * Is line d, right under headline h and longer than it, a deck with the page's meta under it (its date,
 * byline or dateline, down to the paragraph at line i)? The meta lines, or null.
 */
function deckMeta(r: Reading, h: number, d: number, i: number): number[] | null {
  if (r.nextNonBlank(h) !== d || r.lines[d]!.words <= r.lines[h]!.words) return null;
  const meta: number[] = [];
  for (let k = d + 1; k < i; k++) {
    if (r.lines[k]!.blank) continue;
    if (!isItemMeta(r.cues[k])) return null;
    meta.push(k);
  }
  return meta.length > 0 ? meta : null;
}

/**
 * A "read more" line is a link, not a label, right under a line of an open
 * list with items (a headline, its teaser or article: that item's link), right
 * under a headline-shaped line of the story's after its first paragraph, or
 * under its date (the link of a headline in a list with no label), or with no line of text after
 * it (a label needs a list under it).
 */
function itemLinkHere(r: Reading, i: number): boolean {
  // Announcing with a colon over a headline with its own byline or date and a paragraph (`اقرأ المزيد:` / a headline /
  // `بقلم: ...` / its text): the label of the articles under it, not the link of the article above.
  if (r.lines[i]!.last === ':' && headlineWithMetaAhead(r, i)) return false;
  if (r.zone === 'section' && !!r.current && r.current.items.length > 0 && i > 0 && !r.lines[i - 1]!.blank) return true;
  // On a list spaced by blank lines, after a blank: under the last item's headline or text, as each item's link.
  if (r.zone === 'section' && !!r.current && r.current.items.length > 0 && r.current.style !== 'tight' && r.current.mode === 'list') {
    const above = r.previousNonBlank(i);
    if (above >= r.current.items[r.current.items.length - 1]!.line && r.decisions[above]?.type === 'related') return true;
  }
  if (r.zone === 'story' && r.paragraphs > 0) {
    // The headline touching it from above, or over the headline's date touching it.
    let h = i - 1;
    while (h >= 0 && !r.lines[h]!.blank && r.decisions[h]?.type === 'date') h--;
    if (h >= 0 && !r.lines[h]!.blank && r.decisions[h]?.type === 'body' && r.decisions[h]!.shape === 'short' && titleShaped(r.lines[h]!, L.titleMinWords)) return true;
  }
  const k = r.nextNonBlank(i);
  return k >= r.lines.length || !!r.cues[k];
}

/** Is the next line a headline (one ending with a full stop too) with its own byline or date over a paragraph? */
function headlineWithMetaAhead(r: Reading, i: number): boolean {
  const h = r.nextNonBlank(i);
  if (h >= r.lines.length || r.cues[h]) return false;
  const line = r.lines[h]!;
  return (isPeriodHeadline(line) || (titleShaped(line, L.titleMinWords) && !isParagraph(line))) && articleMetaNext(r, h);
}

/** The tags of an embedded article one a line, under its own tag label: a box of that article's tags. */
const ITEM_TAG_LIST: C.ChromeBox = { rule: 'item-tags', maxWords: L.tagListLineMaxWords };

/**
 * Is the reader in an article embedded under a read-also headline, with text
 * of its own, after the page's own tags were read above its label? (Tags
 * before the story's end are the page's: see `storyGoesOn`.)
 */
function articleTagsHere(r: Reading): boolean {
  const s = r.current;
  return r.zone === 'section' && !!s && s.mode === 'embedded' && s.items[s.items.length - 1]!.body.length > 0 && r.tags.some((t) => t.line < s.line);
}

/**
 * Is tag line i another article's, after the story's own tags (a next article the page ran on into:
 * its headline, date and paragraphs after the tags, then its own tags)? Between the page's last tag
 * line and line i stand a headline-shaped line and, under it, a paragraph of text after the story.
 */
function laterArticleTags(r: Reading, i: number): boolean {
  const last = r.tags.length > 0 ? r.tags[r.tags.length - 1]!.line : -1;
  if (last < 0 || !r.storyClosed) return false;
  let headline = false;
  for (let k = last + 1; k < i; k++) {
    const line = r.lines[k]!;
    if (line.blank || r.cues[k] || r.decisions[k]?.type !== 'boilerplate') continue;
    if (isParagraph(line)) {
      if (headline) return true;
    } else if (titleShaped(line, L.titleMinWords)) headline = true;
  }
  return false;
}

/**
 * Is line i the meta of an article embedded under a read-also headline
 * (`اقرأ أيضا:` / headline / `المصدر: ...` / its paragraphs)? After the story
 * began, the section's only item has no text yet, only meta lines stand
 * between its headline and line i, and a paragraph comes next. (Under the
 * last item of a list with no paragraph below, the line is the page's.)
 */
function itemMetaHere(r: Reading, i: number): boolean {
  const s = r.current;
  if (r.zone !== 'section' || !r.storyStarted || !s || s.kind !== 'read-also' || s.items.length !== 1 || s.items[0]!.body.length > 0) return false;
  for (let k = s.items[0]!.line + 1; k < i; k++) if (!r.lines[k]!.blank && !isItemMeta(r.cues[k])) return false;
  const next = r.nextNonBlank(i);
  return next < r.lines.length && !r.cues[next] && isParagraph(r.lines[next]!);
}

/** Is line i a time alone right under another time alone that is no date (a player's elapsed time, `00:00`)? */
function playerDuration(r: Reading, i: number): boolean {
  const above = i - 1;
  return above >= 0 && r.cues[above]?.group === 'chrome' && TIME_ALONE.test(r.lines[i]!.text.trim()) && TIME_ALONE.test(r.lines[above]!.text.trim());
}

/** Is line i a name and a time of day, and so the box's line right above it or the line right under it (a run of them)? */
function namedTimes(r: Reading, i: number): boolean {
  if (!NAMED_TIME.test(r.lines[i]!.text.trim())) return false;
  const above = r.lastNonBlank(i);
  const below = r.nextNonBlank(i);
  return (above >= 0 && NAMED_TIME.test(r.lines[above]!.text.trim())) || (below < r.lines.length && NAMED_TIME.test(r.lines[below]!.text.trim()));
}

/** Is the line right above line i (blank lines aside) a masthead's title, naming who holds it on the next line? */
function holderAbove(r: Reading, i: number): boolean {
  const above = r.lastNonBlank(i);
  const cue = above >= 0 ? r.cues[above] : null;
  return cue?.group === 'chrome' && cue.holder === true;
}

/** Are the next two lines of text under line i headlines (no cue, headline-shaped, no paragraph)? */
function headlinesUnder(r: Reading, i: number): boolean {
  let k = i;
  for (let n = 0; n < 2; n++) {
    k = r.nextNonBlank(k);
    if (k >= r.lines.length || r.cues[k] || isParagraph(r.lines[k]!) || !titleShaped(r.lines[k]!, L.titleMinWords)) return false;
  }
  return true;
}

/** Applies a cue's effect to line i. Returns false when the line is to be read as plain text. */
function applyCue(r: Reading, i: number, cue: Cue): boolean {
  const e = CUE_EFFECTS[cue.group];
  // Under a masthead's title (`رئيس مجلس الإدارة`), a name the byline rules read weakly (`د. سامي يوسف`) is who holds
  // the title: the masthead's, not the article's author.
  if (cue.group === 'byline' && !cue.strong && !r.storyStarted && holderAbove(r, i)) {
    r.decide(i, 'boilerplate', 'chrome-masthead');
    return true;
  }
  if ((e.textIn === 'section' && r.zone === 'section') || (e.textIn === 'story' && r.storyStarted)) return false;
  if (e.weakTextInStory && 'strong' in cue && !cue.strong && r.storyStarted) return false;
  if (e.weakTextBeforeStory && 'strong' in cue && !cue.strong && !r.storyStarted) return false;
  // (A read-also line, `انظر أيضا: ...`, stays an item of its own: its label names it.)
  const inList = r.zone === 'section' && r.current?.mode === 'list' && !r.current.inline;
  if (e.weakTextInList && 'strong' in cue && inList && (!cue.strong || mediaLead(r, cue) || (cue.group === 'inline' && cue.kind !== 'read-also'))) return false;
  // A headline dated in its own words waits in the header with the other candidates (see `chooseTitle`).
  if (cue.group === 'date' && cue.headed && r.zone === 'head' && !r.storyStarted) {
    r.head.push(i);
    return true;
  }
  // Under a widget's box or a tag box in the header, one with the story under it (page furniture between aside) ends
  // the box: no widget's value or tag has a paragraph under it (`مواقيت الصلاة` / `الفجر 04:58` / `أسعار الخضار اليوم
  // الخميس ...`). Right under a tag label, the box was empty: the label is furniture (as under a headline, see `tags`).
  if (headedDate(cue) && (r.zone === 'box' || r.zone === 'tags') && !r.storyStarted && paragraphPastCopies(r, i)) {
    const above = r.lastNonBlank(i);
    if (r.zone === 'tags' && above >= 0 && r.cues[above]?.group === 'tags-label') r.decide(above, 'boilerplate', 'header-label');
    r.zone = r.back();
    if (r.zone === 'head') {
      r.head.push(i);
      return true;
    }
  }
  // So does one in a list where its headlines stand, bulleted as they are: one of them.
  if (cue.group === 'date' && cue.headed && inList && datedHeadlineItem(r, i)) return true;
  // Before the story, the day's date right under a list's label, no headline between: the label was a stray
  // widget's over the page's header (`الأكثر مشاهدة` / `الاثنين 7 ديسمبر 2026`), and the date is the page's.
  if (cue.group === 'date' && !cue.clockOnly && inList && !r.storyStarted && r.current!.items.length === 0 && r.lastNonBlank(i) === r.current!.line && YEAR.test(r.lines[i]!.key)) {
    dropEmptyLabel(r);
  }
  // A time alone under a player's time (`00:00` / `02:34`): the video's duration, not the page's time.
  if (cue.group === 'date' && playerDuration(r, i)) {
    r.decide(i, 'boilerplate', 'chrome-media');
    return true;
  }
  // A named time in a box of named times (`المغرب 17:40` / `العشاء 19:02`): a prayer time, not the page's time.
  if (cue.group === 'date' && r.zone === 'box' && namedTimes(r, i)) {
    r.decide(i, 'boilerplate', r.box.rule);
    return true;
  }
  if (e.beforeStory && !r.storyStarted) {
    r.decide(i, e.beforeStory[0], e.beforeStory[1]);
    return true;
  }
  if (e.claimsHeadlineAbove) takeBackHeadline(r, i, cue);
  if (e.underHeadline && underHeadline(r, i)) {
    r.decide(i, e.underHeadline[0], e.underHeadline[1]);
    return true;
  }
  // After the page's own tags, a tag line ending an embedded article is that article's; so are a tag
  // label and the tags under it, one a line.
  if ((e.collects === 'line' || e.opens === 'tag-list') && (articleTagsHere(r) || laterArticleTags(r, i))) {
    r.decide(i, 'boilerplate', 'item-tags');
    r.closeSection();
    if (e.opens === 'tag-list') r.openBox(ITEM_TAG_LIST);
    return true;
  }
  if (e.underItemHeadline && itemMetaHere(r, i)) {
    r.decide(i, e.underItemHeadline[0], e.underItemHeadline[1]);
    return true;
  }
  if (e.headerMeta) reopenHeader(r, i);
  if (cue.group === 'marker' && r.zone === 'box' && r.box.options && r.lines[i]!.words <= r.box.maxWords) {
    r.decide(i, 'boilerplate', r.box.rule);
    return true;
  }
  // A screen reader's `list of 4 items` right under a list's label is that list's, not a second list.
  if (cue.group === 'marker' && cue.announced && r.zone === 'section' && r.current && r.current.items.length === 0) {
    r.decide(i, 'boilerplate', 'list-announcement');
    return true;
  }
  // A label menus use too (`أهم الأخبار`) labels a list only over two headlines once the story began: in a menu it is a section's name.
  if (cue.group === 'marker' && cue.overHeadlines && !(r.storyStarted && headlinesUnder(r, i))) return false;
  if (cue.group === 'marker' && cue.itemLink && itemLinkHere(r, i)) {
    r.decide(i, 'boilerplate', 'item-link');
    if (r.zone === 'section' && r.current && r.current.items.length > 0) r.current.linkedAt = i;
    return true;
  }
  // A link's text standing alone and announcing with a colon, over two headlines or more once the story began
  // (`للمزيد:` / a headline / a headline): their list's label, as `اقرأ المزيد` is over a list.
  if (cue.group === 'chrome' && cue.link && r.storyStarted && r.zone !== 'section' && r.lines[i]!.last === ':' && headlinesUnder(r, i)) {
    const s = r.openSection('related', r.lines[i]!.content.trim(), i, false);
    r.decide(i, 'related', 'related-marker', { section: s, role: 'label' });
    r.zone = 'section';
    return true;
  }
  if (e.closesSection) r.closeSection();
  const chrome = e.fromPhrase && cue.group === 'chrome' ? cue : null;
  // Share, comment and copyright lines end a list; stray Latin words, ads and numbers do not.
  // Bullets right after such a line resume the list it cut.
  if (chrome?.ends && r.zone === 'section') {
    const s = r.current;
    r.closeSection();
    if (s && s.mode === 'list' && s.items.length > 0 && !chrome.final) r.resumable = s;
  }
  if (e.opens === 'section' && cue.group === 'marker') {
    const s = r.openSection(cue.kind, cue.label, i, false, cue.afterStory);
    r.decide(i, e.block, cue.rule, { section: s, role: 'label' });
    r.zone = 'section';
  } else if (e.opens === 'inline-item' && cue.group === 'inline') {
    const s = r.openSection(cue.kind, cue.label, i, true, cue.afterStory);
    r.sections[s]!.items.push({ headline: cue.headline, line: i, body: [] });
    r.decide(i, e.block, cue.rule, { section: s, item: 0, role: 'headline' });
    r.lastItemLine = i;
    // After the story, an embedded article may follow; inside it, the item's own article may follow too,
    // or the story goes on (sectionLine decides on the next line).
    if (r.storyStarted) r.zone = 'section';
    else {
      r.current = null;
      r.zone = r.back();
    }
  } else r.decide(i, e.block, cue.rule);
  if (e.collects) r.tags.push({ line: i, kind: e.collects });
  // A crumb as long as a headline (not a section name) names the page itself.
  if (chrome?.echo && chrome.echo.split(' ').length >= L.titleWithMetaMinWords) r.crumbs.set(chrome.echo, i);
  if (chrome?.caption === 'above') captionAbove(r, i);
  else if (chrome?.caption) r.captionAfter = { line: i, touching: chrome.caption === 'touching' };
  // Comments, the copyright footer and author boxes come after the story: text below them is not story.
  if (e.closesStory || chrome?.ends === 'story') r.closeStory(e.closesStory === 'source' || e.closesStory === 'weak' ? e.closesStory : 'other', i);
  // (After the story is closed: a comment box's options stay in its box.)
  if (chrome?.box) r.openBox(chrome.box);
  // (A poll's question on its label's line, `استطلاع: هل ...؟`: only its answers follow.)
  if (chrome?.box?.choices && QUESTION_END.test(coreEnd(r.lines[i]!))) r.boxAsked = true;
  if (e.opens === 'tag-list' || (e.opensWhenOne === 'tag-list' && cue.group === 'tags' && oneTagTouched(r, i, cue.value))) r.zone = 'tags';
  if (e.opens === 'source-value') r.zone = 'source';
  return true;
}

/** Is header line h shorter than a headline with its meta under it (a bare name, a section's name)? */
function shortLine(r: Reading, h: number): boolean {
  return r.lines[h]!.words < L.titleWithMetaMinWords;
}

// A year of four digits in a folded key: the day's full date, not an item's time (`منذ ساعتين`, `10:45`).
const YEAR = /(?:^| )[12]\d{3}(?: |$)/u;

/** Closes the open list, which has no item yet, and makes its label the header's furniture. */
function dropEmptyLabel(r: Reading): void {
  const s = r.current!;
  r.closeSection();
  dropLabel(r, s);
}

/** Is header line h the page's date, or its byline (`07 ديسمبر 2026 خالد منصور`, `كتب - خالد منصور`)? */
function pageMetaLine(r: Reading, h: number): boolean {
  const group = r.cues[h]?.group;
  return group === 'date' || group === 'byline';
}

/** Does paragraph i speak of the one headline of section s (two words shared at least)? */
function spokenItem(r: Reading, s: SectionDraft, i: number): boolean {
  return s.items.length === 1 && r.sharedWords(s.items[0]!.headline, r.lines[i]!.text) >= L.embeddedSharedWords;
}

// How a line no cue claims is read, by zone. Columns: zone, rule.
const ZONE_TEXT: { readonly [Z in Zone]: (r: Reading, i: number) => void } = {
  // The header: lines wait until the first paragraph; then the headline is chosen among them.
  head(r, i) {
    const line = r.lines[i]!;
    // (As under a list still open: one the page's furniture closed between the teaser and this paragraph.)
    const closed = r.storyStarted ? undefined : r.sections[r.sections.length - 1];
    if (closed && r.current !== closed && isParagraph(line) && ledeUnderListItem(r, closed, i)) {
      takeBackLede(r, closed);
      readText(r, i);
      return;
    }
    // (A caption printed twice, its credit closing it, is no first paragraph however long: see `creditedCopy`.)
    if (isParagraph(line) && !headerParagraph(r, i) && !creditedCopy(r, i)) {
      takeBackSpokenHeadline(r, i);
      takeBackHeadlineOverDeck(r, i);
      takeBackLedeItem(r, i);
      // A label with a single headline, closed by the page's furniture under it, and no line of the header after
      // it (or only short ones, the author's bare name and description, or the page's date and byline, when this
      // paragraph speaks of the headline): that headline is the page's (as when the header's own lines end such a list).
      // (So is a single "headline" that is the page's furniture by its shape, the site's motto: the header decides it.)
      const last = r.sections[r.sections.length - 1];
      const furniture = last?.items.length === 1 && siteMotto(r, last.items[0]!.line, i);
      if (last && r.current !== last && (furniture || !r.head.some((h) => h > last.line && (!(shortLine(r, h) || pageMetaLine(r, h) || roleUnderName(r, h)) || !spokenItem(r, last, i))))) giveBackLoneItem(r, last);
      r.storyStarted = true;
      r.zone = 'story';
      resolveHead(r, false, i);
      r.decide(i, 'body', 'paragraph');
    } else r.head.push(i);
  },
  // The story: paragraphs, subheadings and lists, until its source, tags or comments close it.
  story(r, i) {
    const line = r.lines[i]!;
    // A wire credit alone with the story's subheads, list or lead-in lines under it, then its paragraph: a picture's.
    // The lines between are read again as the story's.
    if (r.storyClosed && r.closedBy === 'source' && wireCreditOverStory(r, i)) {
      const at = r.closedAt;
      r.decide(at, 'boilerplate', 'credit-in-story');
      captionAbove(r, at);
      r.storyClosed = false;
      for (let k = at + 1; k < i; k++) if (!r.lines[k]!.blank) ZONE_TEXT.story(r, k);
    }
    // A source line under the first paragraph was a credit near the top, not the story's end. The story's
    // lines read after it (a subhead over this paragraph) are read again as the story's.
    if (r.storyClosed && r.closedBy === 'source' && r.paragraphsAtClose <= 1 && isParagraph(line)) {
      r.storyClosed = false;
      for (let k = r.closedAt + 1; k < i; k++) if (!r.lines[k]!.blank && !r.cues[k] && r.decisions[k]?.type === 'boilerplate') ZONE_TEXT.story(r, k);
    }
    // Later, with a paragraph of the story right under it, it was a chart's or a quote's credit.
    if (r.storyClosed && r.closedBy === 'source' && creditInStory(r, i)) {
      r.decide(r.closedAt, 'boilerplate', 'credit-in-story');
      // (A wire credit's: a picture's. A source line's may be a chart's, whose title is the story's.)
      if (r.cues[r.closedAt]?.group === 'agency') captionAbove(r, r.closedAt);
      r.storyClosed = false;
    }
    // Hashtags with a paragraph of the story under them (chrome between them aside; speaking of the story, or
    // opening as it goes on) were a post's inside the story.
    if (r.storyClosed && r.closedBy === 'weak' && storyUnderHashtags(r, i)) r.storyClosed = false;
    // A box inviting the reader (to comment, to rate the piece) saved between two paragraphs: the story goes on under it
    // where a paragraph goes on from it (`وقال ...`, `وأضاف ...`) and speaks of it. (The site's footer, its copyright, ends the page.)
    if (r.storyClosed && r.closedBy === 'other' && storyGoesOnPastWidget(r, i)) r.storyClosed = false;
    if (r.storyClosed) r.decide(i, 'boilerplate', 'after-story');
    else if (isTitleCopy(r, line)) r.decide(i, 'boilerplate', 'title-copy');
    else if (creditedCopy(r, i)) r.decide(i, 'boilerplate', 'repeated-line');
    else if (isParagraph(line)) r.decide(i, 'body', 'paragraph');
    // A short line printed again elsewhere on the page: a caption under each copy of a picture; or the
    // headline of the read-also item right above it, printed again as its link.
    else if (r.repeated(i) || repeatsItemAbove(r, i)) r.decide(i, 'boilerplate', 'repeated-line');
    else if (repeatsRun(r, i, paragraphsAbove(r, i))) r.decide(i, 'boilerplate', 'pull-quote');
    else if (isLoneLink(r, i)) r.decide(i, 'boilerplate', 'link-headline');
    else if (authorOverDate(r, i)) r.decide(i, 'byline', 'author-over-date');
    else r.decide(i, 'body', line.bullet ? 'story-list' : 'short-line');
  },
  // Under a tag label: short lines are one tag each; right under it, tags glued on one line are one too (split later).
  tags(r, i) {
    const line = r.lines[i]!;
    // Before the story, a tag box over the page's headline: the line with the page's date or byline under it
    // is the headline, and the list ends above it; right under its label, the box was empty: the label is furniture.
    // So is the paper's name there (`مجلة الأفق الثقافية`): the page's masthead, no tag.
    if (!r.storyStarted && (headlineUnderBox(r, i) || outletName(line, r.ctx.cues))) {
      const above = r.lastNonBlank(i);
      if (above >= 0 && r.cues[above]?.group === 'tags-label') r.decide(above, 'boilerplate', 'header-label');
      r.zone = r.back();
      readText(r, i);
      return;
    }
    if ((line.words <= L.tagListLineMaxWords && !isParagraph(line)) || gluedTagsUnderLabel(r, i)) {
      r.decide(i, 'tags', 'tags-list');
      r.tags.push({ line: i, kind: 'list' });
      return;
    }
    r.zone = r.back();
    readText(r, i);
  },
  // Under a source label alone: a short line is the source, and the story ends there as at a
  // source line; anything else is read as if the label were not there.
  source(r, i) {
    const line = r.lines[i]!;
    r.zone = r.back();
    // Before the story, the page's headline under a source label with nothing after it: the label is furniture.
    if (!r.storyStarted && headlineUnderBox(r, i)) {
      r.decide(r.lastNonBlank(i), 'boilerplate', 'header-label');
      readText(r, i);
      return;
    }
    if (line.words <= L.sourceValueMaxWords && !isParagraph(line)) {
      r.decide(i, 'source', 'source-value');
      r.closeStory('source', i);
    } else readText(r, i);
  },
  // Under a related label.
  section(r, i) {
    // Before the story, the story going on under the last item's teaser: that item was the page's headline
    // and its teaser the story's first paragraph. They go back, the list ends above them, and they are read again.
    if (!r.storyStarted && r.current && ledeUnderListItem(r, r.current, i)) {
      takeBackLede(r, r.current);
      readText(r, i);
      return;
    }
    if (!sectionLine(r, i)) readText(r, i);
  },
  // A poll's question and options, a widget's values: short lines under its label
  // (in the header, only very short ones: a headline may follow).
  box(r, i) {
    const line = r.lines[i]!;
    // A tight box (a table of contents) ends where one of its entries comes again: the story takes it up.
    const again = r.box.tight && r.boxKeys.has(line.key);
    // A form's box takes its fields and buttons only: the story's subheading under it is no field.
    const field = !r.box.fields || line.keyWords.some((w) => r.ctx.cues.formFields.has(w));
    // A question's box takes one question, then its answers only, one under another: a longer line, another
    // question, a line going on as the story or ending in a colon, or a line after a gap below the answers is the story's.
    const choice = !r.box.choices || !r.boxAsked || (answerShaped(r, line) && !(r.boxAnswers > 0 && r.lines[i - 1]!.blank));
    if (!again && field && choice && !isParagraph(line) && line.words <= (r.storyStarted || valuesGoOn(r, i) ? r.box.maxWords : L.headerBoxMaxWords) && !headsPage(r, i)) {
      if (r.box.tight) r.boxKeys.add(line.key);
      if (r.box.choices && r.boxAsked) r.boxAnswers++;
      if (r.box.choices && QUESTION_END.test(coreEnd(line))) r.boxAsked = true;
      r.decide(i, 'boilerplate', r.box.rule);
      return;
    }
    r.zone = r.back();
    readText(r, i);
  },
};

/**
 * Is box line i, before the story, the page's headline: a widget's line of words right over a paragraph?
 * A dump with a blank line under every line, or none at all, has no gap to end the box. A line of figures
 * stays the widget's, unless the page's byline or date is right under it, as under a headline.
 */
function headsPage(r: Reading, i: number): boolean {
  if (r.storyStarted || r.box.tight || r.box.choices || r.box.fields) return false;
  const next = r.nextNonBlank(i);
  const group = r.cues[next]?.group;
  const meta = group === 'byline' || group === 'date';
  const words = !hasDigit(r.lines[i]!.text);
  if (!words) return meta && paragraphPastCopies(r, i);
  if (paragraphPastCopies(r, i)) return true;
  // A line of words with its date under it may have the rest of the page's meta under that; with an author's
  // bare name under it instead (no widget's value has an author; nothing at the page's end), when the paragraph
  // past them speaks of it, as of a short headline. (A value's line over a time is a box of named times,
  // `العصر 15:12` / `المغرب 17:40`.)
  if (!meta && !(next < r.lines.length && bareName(r, next))) return false;
  const first = paragraphPastMeta(r, i);
  return first >= 0 && (meta || r.topicOverlap(r.lineWords(i), r.lineWords(first)) >= L.shortTitleSpokenWords);
}

/**
 * The paragraph of text under line i past the page's meta under a headline (its date or byline, the author's
 * bare name, their role, the number, a source, the page's tools), which no widget's value has under
 * it; -1 when a list's label or a longer run of lines comes first.
 */
function paragraphPastMeta(r: Reading, i: number): number {
  for (let k = r.nextNonBlank(i), seen = 0; k < r.lines.length && seen < L.itemOwnLinesMax; k = r.nextNonBlank(k), seen++) {
    const group = r.cues[k]?.group;
    if (group === 'marker' || group === 'inline') return -1;
    if (!group && isParagraph(r.lines[k]!)) return k;
  }
  return -1;
}

/**
 * Is a paragraph of text under line i, past lines of furniture (see `paragraphAhead`) and a caption printed
 * twice or more (the lines under a headline's picture): no widget's value has a picture under it.
 */
function paragraphPastCopies(r: Reading, i: number): boolean {
  for (let k = r.nextNonBlank(i), seen = 0; k < r.lines.length && seen < L.itemOwnLinesMax; k = r.nextNonBlank(k), seen++) {
    const line = r.lines[k]!;
    if (!r.cues[k] && !(r.repeated(k) && !isParagraph(line))) return isParagraph(line);
  }
  return false;
}

/**
 * Does line i go on with a box of values (prayer times, exchange rates: `اليورو 4.08 ريال` /
 * `الذهب عيار 21: 245 ريال`)? It holds a number, as the box's line right above it does: a
 * value line as long as a headline, which a box in the header otherwise leaves to the headlines.
 */
function valuesGoOn(r: Reading, i: number): boolean {
  // In the box's zone every line since its label joined it: the line above is the label or one of its lines.
  const above = r.lastNonBlank(i);
  return above >= 0 && hasDigit(r.lines[i]!.text) && hasDigit(r.lines[above]!.text);
}

/**
 * Is paragraph i, right under the source line that closed the story, the story
 * going on (`معدل البطالة ...` / `المصدر: البنك الدولي` / `وأرجع التقرير
 * ...`, or a picture's wire credit alone, `(أ ف ب)`)? It opens as the story
 * goes on, or speaks of the story above the source line: two words shared with
 * the headline or one of its last paragraphs. Another article after a source
 * line comes under a headline or a label, not right under it.
 */
function creditInStory(r: Reading, i: number): boolean {
  const at = r.closedAt;
  if (at < 0 || r.lastNonBlank(i) !== at || !isParagraph(r.lines[i]!)) return false;
  return r.continues(r.lines[i]!) || speaksOfStoryAbove(r, i, at);
}

/**
 * Is paragraph i the story going on under the wire credit that closed it, past
 * a few of the story's own short lines (a subhead, a list, a lead-in ending in
 * a colon), none with a cue? It opens as the story goes on or speaks of the
 * story above the credit. (Right under the credit, see creditInStory.)
 */
function wireCreditOverStory(r: Reading, i: number): boolean {
  const at = r.closedAt;
  // (Bounded in lines, blank ones too: asked of every line after the credit, the look back stays short.)
  if (at < 0 || i - at > L.wireCreditStoryLines || r.cues[at]?.group !== 'agency' || !isParagraph(r.lines[i]!)) return false;
  // Bullets, lead-ins ending in a colon and rows with figures (a price list), one other line at most (a
  // subhead): two bare lines or more are a list of other stories' headlines, and the paragraph under them
  // may be another story's.
  let between = 0;
  let bare = 0;
  for (let k = at + 1; k < i; k++) {
    const line = r.lines[k]!;
    if (line.blank) continue;
    if (r.cues[k] || isParagraph(line) || ++between > L.wireCreditStoryReach) return false;
    if (!line.bullet && !coreEnd(line).endsWith(':') && !hasDigit(line.text) && ++bare > 1) return false;
  }
  return r.continues(r.lines[i]!) || speaksOfStoryAbove(r, i, at);
}

/** Does line i share two words with the headline, or with one of the story's last paragraphs above line `at`? */
function speaksOfStoryAbove(r: Reading, i: number, at: number): boolean {
  const words = r.lineWords(i);
  if (r.title >= 0 && overlap(r.lineWords(r.title), words) >= L.embeddedSharedWords) return true;
  return storyParagraphsAbove(r, at).some((k) => overlap(r.lineWords(k), words) >= L.embeddedSharedWords);
}

/** Does line i repeat the headline of the related item on the line right above it (`اقرأ أيضا: X` / `X`)? */
function repeatsItemAbove(r: Reading, i: number): boolean {
  const above = r.lastNonBlank(i);
  const section = r.sections[r.sections.length - 1];
  const item = section?.items[section.items.length - 1];
  return item !== undefined && item.line === above && r.ctx.folder.key(item.headline) === r.lines[i]!.key;
}

/**
 * Is line i a paragraph of the story under the hashtags that closed it, with
 * nothing but chrome between them (a post's credit), that speaks of the story
 * (two words of its headline or of a paragraph above) or opens as it goes on?
 */
function storyUnderHashtags(r: Reading, i: number): boolean {
  const at = r.closedAt;
  const line = r.lines[i]!;
  if (at < 0 || !isParagraph(line)) return false;
  for (let k = at + 1; k < i; k++) if (!r.lines[k]!.blank && r.cues[k]?.group !== 'chrome') return false;
  return r.continues(line) || speaksOfStoryAbove(r, i, at);
}

/**
 * The paragraphs among the story's last lines above line i (a pull quote's
 * reach), nearest first. Bounded by lines of the story, not paragraphs, so a
 * long run of short lines costs a few steps each.
 */
function paragraphsAbove(r: Reading, i: number): number[] {
  const found: number[] = [];
  let k = i;
  for (let step = 0; step < L.pullQuoteReach; step++) {
    k = r.previousBody(k);
    if (k < 0) break;
    if (r.decisions[k]?.shape === 'paragraph') found.push(k);
  }
  return found;
}

/**
 * A link to another story alone between two paragraphs: a headline under a
 * link arrow (`» الحكومة تطلق برنامجا ...`), with a paragraph the story's last
 * line above it and no bullet under it (a list of points would go on).
 */
function isLoneLink(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  if (!line.bullet || !C.LINK_ARROW_BULLETS.includes(line.bullet.marker) || line.words < L.titleMinWords || /[.:؛;،,]$/u.test(coreEnd(line))) return false;
  // The story's last line above it (chrome between them aside) is a paragraph, not a point of a list.
  const above = r.previousBody(i);
  if (above < 0 || r.decisions[above]?.shape !== 'paragraph') return false;
  // The next line of text under it (blank lines and chrome aside) is no point of a list under the same marker
  // (a numbered step of the story under it is no point of the link's list).
  let next = i + 1;
  while (next < r.lines.length && (r.lines[next]!.blank || r.cues[next]?.group === 'chrome')) next++;
  return next >= r.lines.length || r.lines[next]!.bullet?.marker !== line.bullet.marker;
}

/** Does tag line i hold one tag (`اقرأ المزيد عن: الطقس`: no separator in it), with a line touching it from below? */
function oneTagTouched(r: Reading, i: number, value: string): boolean {
  return i + 1 < r.lines.length && !r.lines[i + 1]!.blank && isGlued(value);
}

function readText(r: Reading, i: number): void {
  ZONE_TEXT[r.zone](r, i);
}

/**
 * A picture's credit inside the story (`© Getty Images`, a wire credit alone):
 * the story's short line touching it from above, no sentence ending in it, is
 * the picture's caption (`فرق الإنقاذ تنقل السكان بالقوارب` / `© Getty Images`).
 */
function captionAbove(r: Reading, i: number): void {
  const k = i - 1;
  if (k < 0 || r.lines[k]!.blank || r.decisions[k]?.type !== 'body' || r.decisions[k]?.shape !== 'short') return;
  const line = r.lines[k]!;
  const end = coreEnd(line);
  if (line.bullet || line.words > L.captionMaxWords || PERIOD_END.test(end) || QUESTION_END.test(end) || end.endsWith(':') || r.continues(line)) return;
  r.decide(k, 'boilerplate', 'caption');
}

/**
 * A line ending with a credit in brackets (`نقل المواد من المعمل (أ ف ب).`), printed twice with its copy touching it:
 * a picture's caption under each copy of it, whatever its length or its last mark. A paragraph printed twice ends
 * with no credit; a wire brief ending with one is printed once.
 */
function creditedCopy(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  if (line.words < L.repeatedLineMinWords || line.words > L.creditedCaptionMaxWords || !CREDIT_CLOSING.test(line.content)) return false;
  const copy = (k: number) => k >= 0 && k < r.lines.length && !r.lines[k]!.blank && r.lines[k]!.key === line.key;
  return copy(i - 1) || copy(i + 1);
}
/** A credit in brackets closing the line, perhaps before a full stop. Linear: one bracketed run, no nesting. */
const CREDIT_CLOSING = /\([^()]{1,40}\)\s*\.?\s*$/u;

/** The line under a caption label, or touching a gallery counter, is its caption: unless it opens like the story going on. */
function captionUnder(r: Reading, i: number, cue: Cue | null | undefined): boolean {
  const c = r.captionAfter;
  if (!c || (c.touching && c.line !== i - 1)) return false;
  r.captionAfter = null;
  const line = r.lines[i]!;
  if (cue || line.words > L.captionUnderLabelMaxWords || r.continues(line)) return false;
  // (Touching a gallery's counter, a sentence longer than a caption ending with a full stop is the story's: the
  // counter is the picture's over the story, `الصورة 3 من 12` / `افتتحت البلدية ...`.)
  if (c.touching && line.words > L.captionMaxWords && PERIOD_END.test(coreEnd(line))) return false;
  r.decide(i, 'boilerplate', 'caption');
  return true;
}

/**
 * Is line i, before the story, the story going on right under the last item's teaser, a paragraph: opening
 * as a story goes on (`وأعلنت ...`, `وأضاف ...`), or a paragraph speaking of what the teaser speaks of (two
 * words shared)? A list's next headline never opens so, and its next teaser is another story's: the teaser
 * was a lede, and its headline the page's.
 */
function ledeUnderListItem(r: Reading, s: SectionDraft, i: number): boolean {
  const item = !s.inline && s.mode === 'list' ? s.items[s.items.length - 1] : undefined;
  if (!item || item.body.length === 0) return false;
  // (The page's furniture may stand between them: a caption, an ad, a promotion.)
  let above = r.lastNonBlank(i);
  while (above > item.body[item.body.length - 1]! && r.cues[above] && r.decisions[above]?.type === 'boilerplate') above = r.lastNonBlank(above);
  if (above !== item.body[item.body.length - 1]) return false;
  const teaser = r.lines[item.body[0]!]!;
  if (!isParagraph(teaser)) return false;
  const line = r.lines[i]!;
  return r.continues(line) || (isParagraph(line) && r.sharedWords(teaser.text, line.text) >= L.embeddedSharedWords);
}

/**
 * The last item of list s and its teaser were the page's headline and lede (see `ledeUnderListItem`): they
 * go back, the list ends above them, and they are read again, in the header.
 */
function takeBackLede(r: Reading, s: SectionDraft): void {
  const item = s.items.pop()!;
  r.toHead([item.line]);
  for (const k of item.body) r.undecide(k);
  if (r.current === s) r.closeSection();
  r.zone = 'head';
  for (const k of item.body) readText(r, k);
}

/**
 * Is line i, under a tag or source label before the story, the page's
 * headline: title-shaped, not a sentence, with the page's date, byline or
 * dateline (or a dated source line) right under it (past the page's tools), or the story's first
 * paragraph speaking of it? Tags and sources have no meta of their own, and
 * come after the story they name.
 */
function headlineUnderBox(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  if (isParagraph(line)) return false;
  // (The page's tools may stand between it and its meta: `قرأه 120 قارئ`.)
  const under = r.nextPastFurniture(i);
  if (under >= r.lines.length) return false;
  const cue = r.cues[under];
  // (Over a byline, a short headline of two words too: a tag is never signed.)
  if (cue && (CUE_EFFECTS[cue.group].headerMeta === true || (cue.group === 'source' && cue.dated === true))) return titleShaped(line, cue.group === 'byline' ? L.shortTitleMinWords : L.titleWithMetaMinWords);
  // So is one over the author's bare name (the page's tools may stand between), the story under it speaking of
  // the headline (`مدن بلا أرصفة` / `سامر يوسف`).
  const name = r.nextPastFurniture(i);
  const story = r.nextNonBlank(name);
  if (name < r.lines.length && bareName(r, name) && story < r.lines.length && !r.cues[story] && isParagraph(r.lines[story]!) && titleShaped(line, L.shortTitleMinWords)) {
    return r.topicOverlap(r.lineWords(i), r.lineWords(story)) >= L.shortTitleSpokenWords && r.topicOverlap(r.lineWords(name), r.lineWords(story)) === 0;
  }
  // So is one over the author's bare name that the byline under it gives again (`رنا الخطيب` / `بقلم: رنا الخطيب`).
  if (name < r.lines.length && namedAgainBelow(r, name)) return titleShaped(line, L.shortTitleMinWords);
  if (cue) return false;
  return isParagraph(r.lines[under]!) && titleShaped(line, L.titleMinWords) && r.sharedWords(line.text, r.lines[under]!.text) >= L.embeddedSharedWords;
}

/**
 * Tags glued on the line right under a tag label alone (`الكلمات المفتاحية` / `الجامعة المنح الدراسية
 * التعليم العالي`): no punctuation and no particle of a sentence in them.
 */
function gluedTagsUnderLabel(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  if (line.words > L.gluedTagLineMaxWords || /[.،,؛;:!?؟]/u.test(line.content)) return false;
  const above = r.lastNonBlank(i);
  if (above < 0 || r.cues[above]?.group !== 'tags-label') return false;
  const particles = r.ctx.cues.sentenceParticles;
  return !line.keyWords.some((w) => particles.has(w));
}

/** Bullets right after chrome that cut a list continue that list. */
/**
 * Does paragraph i go on from the story closed by a box inviting the reader right above it (a comment box's label, a
 * rating's question; a few chrome lines at most between them)? It opens as the story goes on (`وقال ...`, `وأضاف ...`)
 * and shares two topic words at least with the headline and the story's paragraphs: a reader's comment opens anew,
 * another story speaks of other things.
 */
function storyGoesOnPastWidget(r: Reading, i: number): boolean {
  const line = r.lines[i]!;
  const closing = r.closedAt >= 0 ? r.cues[r.closedAt] : null;
  if (closing?.group !== 'chrome' || !(closing.readers || closing.box)) return false;
  if (i - r.closedAt > L.widgetInStoryMaxLines + 1 || !isParagraph(line) || !r.continues(line)) return false;
  for (let k = r.closedAt; k < i; k++) if (!r.lines[k]!.blank && (r.cues[k]?.group !== 'chrome' || r.decisions[k]?.type !== 'boilerplate')) return false;
  return r.topicOverlap(r.lineWords(i), storyWords(r)) >= L.embeddedSharedWords;
}

function resumesList(r: Reading, i: number, cue: Cue | null | undefined): boolean {
  const resume = r.resumable;
  r.resumable = null;
  if (!resume || cue || !r.lines[i]!.bullet || r.zone === 'section') return false;
  r.current = resume;
  r.zone = 'section';
  r.blankRun = 0;
  readText(r, i);
  return true;
}

/** One line of the walk. */
function step(r: Reading, i: number): void {
  const line = r.lines[i]!;
  if (line.blank) {
    if (r.zone === 'section') r.blankRun++;
    if (r.zone === 'tags') r.zone = r.back();
    // A box in the header (a widget above the headline) ends at a blank line.
    if (r.zone === 'box' && (!r.storyStarted || r.box.tight)) r.zone = r.back();
    return;
  }
  const cue = r.cues[i];
  // A row of a table is read as a row, whatever its cells look like alone (a menu, a date): inside the
  // story it is the story's; in the header it waits for the headline (under it, the story's; above it, a ticker).
  if ((r.zone === 'story' && !r.storyClosed) || r.zone === 'head') {
    if (r.tableRow(i)) {
      if (r.zone === 'head') r.head.push(i);
      else r.decide(i, 'body', 'table-row');
      return;
    }
  }
  // (Inside an article printed under a label, the article's.)
  if (r.zone === 'section' && r.current?.mode === 'embedded' && r.tableRow(i)) {
    articleTableRow(r, i);
    return;
  }
  if (captionUnder(r, i, cue)) return;
  if (cue?.group !== 'chrome' && resumesList(r, i, cue)) return;
  if (cue && applyCue(r, i, cue)) return;
  readText(r, i);
}

// The passes, in order. Columns: name, pass, why it runs at this place.
export const PASSES: readonly (readonly [string, (r: Reading) => void, string])[] = [
  ['walk', (r) => r.lines.forEach((_, i) => step(r, i)), 'cues and zones, line by line: the header is resolved as the story begins'],
  ['close', (r) => r.closeSection(), 'a list still open at the end of the page ends there'],
  ['list-authors', authorsAboveHeadlines, "authors' names above the headlines of a list: once every list's items are known"],
  ['lone-items', loneShortItems, 'a short line under one headline of a list and no other is a headline too: after the authors above headlines are known'],
  ['header', (r) => r.storyStarted || resolveHead(r, true), 'a page with no story paragraph: its header lines still get a headline'],
  ['timeline', timelineDates, 'dates heading the paragraphs of a timeline: only once the paragraphs under them are known'],
  ['next-article', nextArticle, 'another article with its own header under the story: once every line of the story is known'],
  ['widget-figures', widgetFigures, "a widget's lines of figures in or after the story, off its topic: once every word of the story is known, before the tags, teaser and headline runs under or over them"],
  ['unlabelled-poll', unlabelledPoll, 'a poll with no label, its question and answers over its button: once every paragraph is known, before the runs after the story count them'],
  ['unlabelled-tags', unlabelledTags, 'tags with no label after the last paragraph: once every word of the story is known, before the headline run'],
  ['teaser-run', dropTeaserRun, "other stories' headlines with a teaser each after the story, with no label: once every paragraph is known, before a run of bare headlines above them"],
  ['headline-run', dropHeadlineRun, "other stories' headlines after the last paragraph, with no label: only once every paragraph is known"],
  ['teaser-run-over-headlines', dropTeaserRun, "headlines with a teaser each over a run of bare headlines, both other stories': once the bare run is dropped"],
  ['announced-dates', announcedDates, 'a timetable under a paragraph that announces it (... التالي:): only once the paragraphs are known, and after the headline run, whose dates are its own'],
  ['pull-quotes', pullQuotes, 'a line repeating a run of a paragraph near it: once every paragraph of the story is known'],
  ['site-captions', siteCaptions, "captions credited to the site: once the headline and the page's <title> line are known"],
  ['author-bio', authorBio, "the author's bio as the last paragraph: once the byline and the last paragraph are known"],
  ['story-tail', trimStoryTail, 'short lines after the last paragraph: after the headline run, which may end with a name'],
  ['dateline-teaser', datelineTeaser, "the site's next story teased after the story under the story's own dateline: once the story's last line is known"],
  ['lone-names', loneNames, "a person's name alone between two paragraphs: once every paragraph is known, after the tail, whose author's name over a bio is the author box's"],
  ['label-alone', labelAlone, 'a label with its separator as the last body line after the story: once the tags, runs of headlines and the tail under it are known'],
  ['title-after-story', titleAfterStory, 'a headline appended after the story: only when the header gave none'],
];

function read(lines: readonly Line[], cues: readonly (Cue | null)[], ctx: ClassifyContext): Assembly {
  const r = new Reading(lines, cues, ctx);
  for (const [, pass] of PASSES) pass(r);
  return r.result();
}

/**
 * Assembles a page, read through a view of its lines where that reads better:
 *
 * - Some scrapers put a blank line between every two lines of a page, so that
 *   blank lines no longer tell a list from the story around it. On such a page
 *   (nearly no two lines touch), one blank line of every gap is looked
 *   through, as if the page had been saved without them.
 * - A paragraph broken at every link (see fragments.ts) is read as one line.
 *
 * The result is mapped back to the real line numbers; the pieces of a joined
 * paragraph all get its decision, and `joined` lists them.
 */
export function assemble(lines: readonly Line[], cues: readonly (Cue | null)[], ctx: ClassifyContext): Assembly {
  const keep = spacedView(lines);
  const viewLines = keep ? keep.map((k) => lines[k]!) : lines;
  const viewCues = keep ? keep.map((k) => cues[k] ?? null) : cues;
  const runs = fragmentRuns(viewLines, viewCues, ctx);
  if (!keep && runs.length === 0) return read(lines, cues, ctx);
  // The units read: a line of the view, or a run of them joined. `members[u]` holds real line numbers.
  const unitLines: Line[] = [];
  const unitCues: (Cue | null)[] = [];
  const members: number[][] = [];
  const real = (v: number) => (keep ? keep[v]! : v);
  for (let v = 0, r = 0; v < viewLines.length; ) {
    const run = runs[r];
    if (run && run[0] === v) {
      unitLines.push(joinPieces(viewLines.slice(run[0], run[1] + 1), ctx));
      unitCues.push(null);
      const m: number[] = [];
      for (let k = run[0]; k <= run[1]; k++) if (!viewLines[k]!.blank) m.push(real(k));
      members.push(m);
      v = run[1] + 1;
      r++;
    } else {
      unitLines.push(viewLines[v]!);
      unitCues.push(viewCues[v] ?? null);
      members.push([real(v)]);
      v++;
    }
  }
  const a = read(unitLines, unitCues, ctx);
  const at = (u: number) => members[u]![0]!;
  const decisions: (Decision | null)[] = lines.map(() => null);
  const joined = new Map<number, number[]>();
  a.decisions.forEach((d, u) => {
    const m = members[u]!;
    if (m.length > 1) {
      joined.set(m[0]!, m);
      // The pieces of a paragraph say so; other blocks keep their rule.
      if (d && d.shape === 'paragraph') d = { ...d, rule: 'fragment' };
    }
    for (const k of m) decisions[k] = d;
  });
  for (const s of a.sections) {
    s.line = at(s.line);
    for (const item of s.items) {
      item.line = at(item.line);
      item.body = item.body.map(at);
    }
  }
  return {
    decisions,
    sections: a.sections,
    title: a.title >= 0 ? at(a.title) : -1,
    tags: a.tags.map((t) => ({ ...t, line: at(t.line) })),
    joined,
  };
}

/**
 * The lines to assemble a spaced page with: all but the first blank line of
 * every gap between two non-blank lines. Null when the page is not spaced.
 */
function spacedView(lines: readonly Line[]): number[] | null {
  let pairs = 0;
  let touching = 0;
  let prev = -1;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.blank) continue;
    if (prev >= 0) {
      pairs++;
      if (prev === k - 1) touching++;
    }
    prev = k;
  }
  if (pairs < L.spacedMinPairs || touching > pairs * L.spacedMaxTouching) return null;
  const keep: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    // The first blank line after a non-blank one goes.
    if (lines[k]!.blank && k > 0 && !lines[k - 1]!.blank) continue;
    keep.push(k);
  }
  return keep;
}
