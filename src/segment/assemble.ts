/**
 * Assembly: places every line, using its cue and its neighbours. A single
 * pass walks the page as a reader does: the header (title, kicker, deck,
 * bylines, dates), the story, and the related sections, tags and source lines
 * around it. Each decision records the rule that made it.
 *
 * Staged like Readability: explicit markers are trusted first; the weaker
 * layout rules (short lines, position, blank-line rhythm) decide only what
 * the markers leave open.
 */
import type { BlockType, RelatedKind } from '../model/article.js';
import type { ClassifyContext, Cue } from './classify.js';
import type { ChromeBox } from './cues.js';
import type { Line } from './lines.js';
import { charClass, trimEndWhere } from './text.js';

/** Where a line went, and why. */
export interface Decision {
  type: BlockType;
  /** Id of the rule that decided (a cue id such as `related-marker`, or a layout rule such as `deck`). */
  rule: string;
  /** For related lines: the section and item the line belongs to. */
  section?: number;
  item?: number;
  role?: 'label' | 'headline' | 'body';
}

export interface ItemDraft {
  headline: string;
  line: number;
  body: number[];
}

export interface SectionDraft {
  /** Position in `sections`. */
  index: number;
  kind: RelatedKind;
  label: string;
  /** Index of the marker line, or of the inline line. */
  line: number;
  inline: boolean;
  items: ItemDraft[];
  mode: 'list' | 'embedded';
  /** Rhythm of the list, set by the gap between its first two items. */
  style: 'unknown' | 'tight' | 'spaced';
}

export interface Assembly {
  /** One decision per line index; null for blank lines. */
  decisions: (Decision | null)[];
  sections: SectionDraft[];
  /** Index of the title line, or -1. */
  title: number;
  /** Lines holding tags, in order: a labelled tag line, one tag a line, or hashtags. */
  tags: { line: number; kind: 'line' | 'list' | 'hashtags' }[];
}

type Zone = 'head' | 'story' | 'section' | 'tags' | 'box';

// Sentence-final punctuation, for telling paragraphs from headlines.
const PERIOD_END = /(?:^|[^.])\.$/u;
const QUESTION_END = /[!?؟]$/u;
const TRAILING_QUOTE = charClass(/[\s"'»«”“’)\]]/u);
// Clause punctuation inside a line; `..` (a headline's pause) does not count.
const CLAUSE_MARK = /[،,؛;]|[^.]\.\s/u;
const NO_TITLE_END = /(?:^|[^.])[.،,:؛;\-–—]$/u;

/** The text a line ends with, closing quotes and brackets aside. */
function coreEnd(line: Line): string {
  return trimEndWhere(line.text, TRAILING_QUOTE);
}

/** A story paragraph, as opposed to a headline, kicker or subhead. */
export function isParagraph(line: Line): boolean {
  const w = line.words;
  const end = coreEnd(line);
  if (w >= 25) return true;
  if (w >= 6 && (PERIOD_END.test(end) || end.endsWith(':'))) return true;
  if (w >= 10 && QUESTION_END.test(end)) return true;
  return w >= 10 && CLAUSE_MARK.test(line.text);
}

/** Inside a related section, headlines run long: only clear prose counts as a paragraph. */
function isSectionParagraph(line: Line): boolean {
  const w = line.words;
  if (w >= 30) return true;
  const end = coreEnd(line);
  if (w >= 8 && PERIOD_END.test(end)) return true;
  return w >= 14 && /[^.]\.\s+\S/u.test(line.content) && CLAUSE_MARK.test(line.content);
}

/**
 * Header candidates without the lists of other stories' headlines (a news
 * ticker, "latest news"): three or more on consecutive lines, when a later
 * candidate has the headline's date or byline under it. Otherwise the run is
 * a headline and its decks.
 */
function withoutHeadlineLists(eligible: readonly number[], beforeMeta: (h: number) => boolean): number[] {
  const out: number[] = [];
  let k = 0;
  while (k < eligible.length) {
    let end = k;
    while (end + 1 < eligible.length && eligible[end + 1] === eligible[end]! + 1) end++;
    const run = eligible.slice(k, end + 1);
    if (run.length < HEADLINE_LIST_MIN || !eligible.slice(end + 1).some(beforeMeta)) out.push(...run);
    k = end + 1;
  }
  return out;
}

/** `long` is `short` followed by a separator and a site's name: `العنوان | اسم الموقع`, `العنوان - الموقع`. */
function withSiteName(long: Line, short: Line): boolean {
  const a = long.text.trim();
  const b = short.text.trim();
  if (b.length === 0 || a.length <= b.length || !a.startsWith(b)) return false;
  const m = SITE_NAME_TAIL.exec(a.slice(b.length));
  if (m === null) return false;
  const site = m[1]!.split(/\s+/).length;
  return site <= SITE_NAME_MAX_WORDS && site < short.words;
}

// A separator, then the site's name: ` | الموقع`, ` - الموقع`, ` :: الموقع`.
const SITE_NAME_TAIL = /^\s*(?:[|\-–—•]|::)\s*(\S.*)$/u;
/** The longest site name after a headline, in words. */
const SITE_NAME_MAX_WORDS = 6;

/** An overline above a headline is at least this long, and half as long again as the headline. */
const OVERLINE_MIN_WORDS = 10;

/** How many headline-shaped lines in a row make a list of headlines. */
const HEADLINE_LIST_MIN = 3;

/** Could this header line be the headline? */
function titleShaped(line: Line, minWords: number): boolean {
  return line.words >= minWords && line.words <= 30 && !isParagraph(line) && !NO_TITLE_END.test(coreEnd(line));
}

/** The longest line of a box under a label in the header, in words: shorter than a headline. */
const HEADER_BOX_MAX_WORDS = 3;

/** The longest teaser under a related headline, in words. */
const TEASER_MAX_WORDS = 60;

/** The longest author's note (`* كاتب ...`) at the end of a story, in words. */
const AUTHOR_NOTE_MAX_WORDS = 25;

/** The longest line taken as the caption under a caption label, in words. */
const CAPTION_MAX_WORDS = 30;

export class Assembler {
  private readonly decisions: (Decision | null)[];
  private readonly sections: SectionDraft[] = [];
  private readonly tags: Assembly['tags'] = [];
  private zone: Zone = 'head';
  private storyStarted = false;
  private storyClosed = false;
  /** What closed the story, and how many paragraphs it had then. */
  private closedBy: 'source' | 'other' = 'other';
  private paragraphsAtClose = 0;
  private head: number[] = [];
  private current: SectionDraft | null = null;
  /** A list closed by chrome (a share bar inside it): bullets right after the chrome resume it. */
  private resumable: SectionDraft | null = null;
  private blankRun = 0;
  private lastItemLine = -1;
  private title = -1;
  /** Header lines passed over as a list of other stories' headlines (a ticker). */
  private headlineList = new Set<number>();
  /** The box the last box label opened. */
  private box: ChromeBox = { rule: 'box', maxWords: 0 };
  /** The section-meta lines (names, counters under headlines) of the current section. */
  private sectionMeta: number[] = [];
  /** After a caption label (`التعليق على الصورة،`): the next line is the caption. */
  private captionNext = false;
  /** The line of the last gallery counter (`الصورة 3 من 12`): the line right under it is its caption. */
  private galleryCounter = -2;

  constructor(
    private readonly lines: readonly Line[],
    private readonly cues: readonly (Cue | null)[],
    private readonly ctx: ClassifyContext,
  ) {
    this.decisions = lines.map(() => null);
  }

  run(): Assembly {
    for (let i = 0; i < this.lines.length; i++) this.step(i);
    this.closeSection();
    if (!this.storyStarted) this.resolveHead(true);
    this.trimStoryTail();
    this.titleAfterStory();
    return { decisions: this.decisions, sections: this.sections, title: this.title, tags: this.tags };
  }

  private decide(i: number, type: BlockType, rule: string, extra?: Partial<Decision>): void {
    this.decisions[i] = extra ? { type, rule, ...extra } : this.plain(type, rule);
  }

  // Decisions without section data are shared, one object per (type, rule).
  private readonly plainDecisions = new Map<string, Decision>();
  private plain(type: BlockType, rule: string): Decision {
    const k = type + ' ' + rule;
    let d = this.plainDecisions.get(k);
    if (!d) this.plainDecisions.set(k, (d = { type, rule }));
    return d;
  }

  private back(): Zone {
    return this.storyStarted ? 'story' : 'head';
  }

  private step(i: number): void {
    const line = this.lines[i]!;
    if (line.blank) {
      if (this.zone === 'section') this.blankRun++;
      if (this.zone === 'tags') this.zone = this.back();
      // A box in the header (a widget above the headline) ends at a blank line.
      if (this.zone === 'box' && !this.storyStarted) this.zone = 'head';
      return;
    }
    const cue = this.cues[i];
    if (this.captionNext || this.galleryCounter === i - 1) {
      this.captionNext = false;
      // Not a line that opens like the story going on (`وقالت`, `من جهته`).
      if (!cue && line.words <= CAPTION_MAX_WORDS && !this.continues(line)) {
        this.decide(i, 'boilerplate', 'caption');
        return;
      }
    }
    if (cue?.group !== 'chrome') {
      // Bullets right after chrome that cut a list continue that list.
      const resume = this.resumable;
      this.resumable = null;
      if (resume && !cue && this.lines[i]!.bullet && this.zone !== 'section') {
        this.current = resume;
        this.zone = 'section';
        this.blankRun = 0;
        this.sectionText(i);
        return;
      }
    }
    if (cue && this.cueStep(i, cue)) return;
    this.text(i);
  }

  /** Places a line that carries a cue; returns false to treat it as text. */
  private cueStep(i: number, cue: Cue): boolean {
    switch (cue.group) {
      case 'marker': {
        this.closeSection();
        const s = this.openSection(cue.kind, cue.label, i, false);
        this.decide(i, 'related', cue.rule, { section: s, role: 'label' });
        this.zone = 'section';
        return true;
      }
      case 'inline': {
        this.closeSection();
        const s = this.openSection(cue.kind, cue.label, i, true);
        this.sections[s]!.items.push({ headline: cue.headline, line: i, body: [] });
        this.decide(i, 'related', cue.rule, { section: s, item: 0, role: 'headline' });
        this.lastItemLine = i;
        // Between paragraphs the story goes on; after the story, an embedded article may follow.
        if (this.storyClosed) this.zone = 'section';
        else {
          this.current = null;
          this.zone = this.back();
        }
        return true;
      }
      case 'tags':
      case 'hashtags': {
        this.closeSection();
        this.decide(i, 'tags', cue.rule);
        this.tags.push({ line: i, kind: cue.group === 'tags' ? 'line' : 'hashtags' });
        this.closeStory();
        return true;
      }
      case 'tags-label':
        this.closeSection();
        this.decide(i, 'tags', cue.rule);
        this.closeStory();
        this.zone = 'tags';
        return true;
      case 'source':
        this.closeSection();
        this.decide(i, 'source', cue.rule);
        this.closeStory('source');
        return true;
      case 'agency':
        if (!this.storyStarted) {
          this.decide(i, 'boilerplate', 'agency-in-header');
          return true;
        }
        this.closeSection();
        this.decide(i, 'source', cue.rule);
        this.closeStory();
        return true;
      case 'chrome':
        // Share, comment and copyright lines end a list; stray Latin words, ads and numbers do not.
        if (this.zone === 'section' && cue.end) {
          const s = this.current;
          this.closeSection();
          if (s && s.mode === 'list' && s.items.length > 0) this.resumable = s;
        }
        this.decide(i, 'boilerplate', cue.rule);
        if (cue.rule === 'caption-label') this.captionNext = true;
        if (cue.rule === 'gallery-counter') this.galleryCounter = i;
        if (cue.box) {
          this.zone = 'box';
          this.box = cue.box;
        }
        // Comments, the copyright footer and author boxes come after the story: text below them is not story.
        if (cue.story) this.closeStory();
        return true;
      case 'learned':
        // A line repeated across the corpus: chrome, except as an item of a related list
        // (the same "most read" box on every page of a site).
        if (this.zone === 'section') return false;
        this.decide(i, 'boilerplate', cue.rule);
        return true;
      case 'head-chrome':
        if (this.storyStarted) return false;
        this.decide(i, 'boilerplate', cue.rule);
        return true;
      case 'date':
        // Under a related headline, a date belongs to that headline, not to the article
        // (before the story, a label with one headline may be the page's own headline: see leaveSection).
        if (this.zone === 'section' && this.current && (this.storyStarted ? this.current.items.length > 0 : this.current.items.length > 1)) {
          this.decide(i, 'boilerplate', 'section-meta');
          return true;
        }
        this.decide(i, 'date', cue.rule);
        return true;
      case 'byline':
        if (!cue.strong && this.storyStarted) return false;
        this.decide(i, 'byline', cue.rule);
        return true;
      case 'dateline':
        if (!cue.strong && this.storyStarted) return false;
        this.decide(i, 'dateline', cue.rule);
        return true;
    }
  }

  private text(i: number): void {
    const line = this.lines[i]!;
    switch (this.zone) {
      case 'head':
        if (isParagraph(line)) {
          this.startStory();
          this.decide(i, 'body', 'paragraph');
        } else this.head.push(i);
        return;
      case 'story':
        // A source line under the first paragraph was a credit near the top, not the story's end.
        if (this.storyClosed && this.closedBy === 'source' && this.paragraphsAtClose <= 1 && isParagraph(line)) this.storyClosed = false;
        if (this.storyClosed) this.decide(i, 'boilerplate', 'after-story');
        else if (this.isTitleCopy(line)) this.decide(i, 'boilerplate', 'title-copy');
        else this.decide(i, 'body', isParagraph(line) ? 'paragraph' : line.bullet ? 'story-list' : 'short-line');
        return;
      case 'tags':
        if (line.words <= 6 && !isParagraph(line)) {
          this.decide(i, 'tags', 'tags-list');
          this.tags.push({ line: i, kind: 'list' });
          return;
        }
        this.zone = this.back();
        this.text(i);
        return;
      case 'section':
        this.sectionText(i);
        return;
      case 'box':
        // A poll's question and options, a widget's values: short lines under its label
        // (in the header, only very short ones: a headline may follow).
        if (!isParagraph(line) && line.words <= (this.storyStarted ? this.box.maxWords : HEADER_BOX_MAX_WORDS)) {
          this.decide(i, 'boilerplate', this.box.rule);
          return;
        }
        this.zone = this.back();
        this.text(i);
        return;
    }
  }

  private sectionText(i: number): void {
    const line = this.lines[i]!;
    const s = this.current!;
    const sIdx = s.index;
    const blanks = this.blankRun;
    this.blankRun = 0;
    if (s.mode === 'embedded') {
      const item = s.items.length - 1;
      s.items[item]!.body.push(i);
      this.decide(i, 'related', 'embedded-body', { section: sIdx, item, role: 'body' });
      return;
    }
    // A tight list ends at the first blank line once its rhythm is known.
    if (s.items.length >= 2 && s.style === 'tight' && blanks > 0) return this.leaveSection(i);
    if (isSectionParagraph(line) || (s.items.length > 0 && isParagraph(line) && !line.bullet && line.words >= 12 && PERIOD_END.test(coreEnd(line)))) {
      // A teaser: a short summary right under a headline of a related list, about it. The list
      // goes on. ("Read also" headlines are followed by embedded articles or the story instead.)
      const list = s.kind !== 'read-also' && !s.inline && s.items.length > 0;
      if (list && blanks === 0 && this.lastItemLine === i - 1 && this.isTeaser(line, s.items[s.items.length - 1]!.headline)) {
        this.decide(i, 'boilerplate', 'teaser');
        return;
      }
      if (s.items.length === 1 && s.kind !== 'related' && s.kind !== 'most-read' && this.embeds(i, s)) {
        s.mode = 'embedded';
        s.items[0]!.body.push(i);
        this.decide(i, 'related', 'embedded-body', { section: sIdx, item: 0, role: 'body' });
        return;
      }
      return this.leaveSection(i);
    }
    // Under a "read also" marker, a line after a blank that is not a bullet is
    // the story going on, not another headline (on pages with a blank line
    // between all lines, `assemble` has already looked through those).
    if (s.kind === 'read-also' && !s.inline && s.items.length > 0 && blanks > 0 && !line.bullet) return this.leaveSection(i);
    // The first line under a label is a headline even when short (an opinion column's `الاقتصاد أولا`).
    if ((line.bullet && line.words >= 2) || line.words >= 4 || (s.items.length === 0 && line.words >= 2)) {
      if (s.items.length === 1 && s.style === 'unknown') s.style = blanks > 0 ? 'spaced' : 'tight';
      s.items.push({ headline: line.content.trim(), line: i, body: [] });
      this.lastItemLine = i;
      this.decide(i, 'related', line.bullet ? 'bullet-item' : 'headline-item', { section: sIdx, item: s.items.length - 1, role: 'headline' });
      return;
    }
    // Author names and counters under headlines.
    this.decide(i, 'boilerplate', 'section-meta');
    this.sectionMeta.push(i);
  }

  private leaveSection(i: number): void {
    const s = this.current;
    // The story goes on under a list in its middle: a lone short line right
    // above (no author under every headline) was the story's subheading.
    const meta = this.sectionMeta;
    if (this.storyStarted && !this.storyClosed && meta.length === 1 && !this.cues[meta[0]!] && this.lastNonBlank(i) === meta[0]) {
      this.decide(meta[0]!, 'body', 'short-line');
    }
    this.closeSection();
    // Before the story, a section label with a single headline under it is a
    // navigation label above the page's own headline: give the line back to the header.
    if (!this.storyStarted && s && s.kind !== 'read-also' && !s.inline && s.items.length === 1 && s === this.sections[this.sections.length - 1]) {
      this.sections.pop();
      this.decide(s.line, 'boilerplate', 'header-label');
      const item = s.items[0]!.line;
      this.decisions[item] = null;
      this.head.push(item);
      this.head.sort((a, b) => a - b);
    }
    this.zone = this.back();
    this.text(i);
  }

  /** Index of the last non-blank line before line `i`, or -1. */
  private lastNonBlank(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (!this.lines[k]!.blank) return k;
    return -1;
  }

  private openSection(kind: RelatedKind, label: string, line: number, inline: boolean): number {
    this.sectionMeta = [];
    this.sections.push({ index: this.sections.length, kind, label, line, inline, items: [], mode: 'list', style: 'unknown' });
    this.current = this.sections[this.sections.length - 1]!;
    this.blankRun = 0;
    return this.sections.length - 1;
  }

  private closeSection(): void {
    if (this.current) {
      this.current = null;
      if (this.zone === 'section') this.zone = this.back();
    }
  }

  /** Source and tag lines end the story: later unmarked text is page furniture. */
  private closeStory(by: 'source' | 'other' = 'other'): void {
    if (this.storyStarted && !this.storyClosed) {
      this.storyClosed = true;
      this.closedBy = by;
      this.paragraphsAtClose = this.decisions.filter((d) => d?.type === 'body' && d.rule === 'paragraph').length;
    }
    this.zone = this.back();
  }

  /**
   * Does the paragraph at i begin an article embedded under a "read also"
   * headline, or does the story go on? Embedded when the story already ended,
   * or when the paragraphs run to the next marker or the end without reaching
   * the story's own source or tag lines, and they speak of the headline.
   */
  private embeds(i: number, s: SectionDraft): boolean {
    if (this.storyClosed) return true;
    if (s.inline) return false;
    let marker = false;
    let paragraphs = 0;
    for (let k = i; k < this.lines.length; k++) {
      const cue = this.cues[k];
      if (!cue) {
        if (!this.lines[k]!.blank && isParagraph(this.lines[k]!)) paragraphs++;
        continue;
      }
      // A one-line "read also" inside the story does not end it: look past it.
      if (cue.group === 'inline') continue;
      if (cue.group === 'marker') {
        marker = true;
        break;
      }
      if (cue.group === 'chrome' && cue.end) break;
      if (cue.group === 'source' || cue.group === 'tags' || cue.group === 'hashtags' || cue.group === 'tags-label' || cue.group === 'agency') return false;
    }
    // A paragraph that opens like a continuation (`وأضاف`, `من جهته`) and runs on to
    // the end of the page, or for long, is the story going on.
    if (this.continues(this.lines[i]!) && (!marker || paragraphs >= 4)) return false;
    // It speaks of the headline: two of its words, or one that the page's own
    // headline does not share (a word as common as جديد is in many stories).
    const text = this.lines[i]!.text;
    const shared = this.sharedWords(s.items[0]!.headline, text);
    if (shared >= 2) return true;
    return shared === 1 && (this.title < 0 || this.sharedWords(this.lines[this.title]!.text, text) === 0);
  }

  /** A short paragraph that sums up the headline above it, and does not open like the story going on. */
  private isTeaser(line: Line, headline: string): boolean {
    return line.words <= TEASER_MAX_WORDS && !this.continues(line) && this.sharesWords(headline, line.text);
  }

  /** Does the line open with a word that continues a story (`وأضاف`, `من جهته`)? */
  private continues(line: Line): boolean {
    const w = line.keyWords;
    return this.ctx.cues.continuations.some((c) => c.length <= w.length && c.every((x, k) => w[k] === x));
  }

  /** Do two texts share a content word (three letters or more)? */
  private sharesWords(a: string, b: string): boolean {
    return this.sharedWords(a, b) > 0;
  }

  /** How many content words (three letters or more, stemmed) of `a` are in `b`. */
  private sharedWords(a: string, b: string): number {
    const words = (t: string) => new Set(this.ctx.folder.key(t).split(' ').filter((w) => w.length >= 3).map(stem));
    const wb = words(b);
    let n = 0;
    for (const w of words(a)) if (wb.has(w)) n++;
    return n;
  }

  /** The story begins: decide what the header lines were. */
  private startStory(): void {
    this.storyStarted = true;
    this.zone = 'story';
    this.resolveHead(false);
  }

  private resolveHead(noStory: boolean): void {
    const head = this.head;
    this.head = [];
    const title = this.withoutSiteName(head, this.chooseTitle(head));
    this.title = title;
    for (const h of head) {
      const line = this.lines[h]!;
      if (h === title) this.decide(h, 'title', 'title');
      else if (this.isTitleCopy(line)) this.decide(h, 'boilerplate', 'title-copy');
      else if (title >= 0 && h < title) {
        // Lines of a list of other stories' headlines are never the story's kicker.
        if (this.isKicker(h, title) && !this.headlineList.has(h)) this.decide(h, 'body', 'kicker');
        else this.decide(h, 'boilerplate', 'header-line');
      } else if (noStory ? line.words >= 3 : line.words >= 6 || coreEnd(line).endsWith(':')) {
        this.decide(h, 'body', noStory ? 'short-line' : 'deck');
      } else if (title >= 0 && line.bullet && line.words >= 3) {
        // Highlight bullets under the headline belong to the story.
        this.decide(h, 'body', 'highlight');
      } else this.decide(h, 'boilerplate', 'header-line');
    }
  }

  /**
   * The page's `<title>` often comes first, as the headline plus the site's
   * name (`العنوان | اسم الموقع`): when the header also has the headline alone,
   * that line is the title.
   */
  private withoutSiteName(head: readonly number[], title: number): number {
    if (title < 0) return title;
    // The bare headline must look like one itself (a section label `مصر` is not the headline of `مصر - السودان: ...`).
    const bare = head.find((h) => h !== title && titleShaped(this.lines[h]!, 4) && withSiteName(this.lines[title]!, this.lines[h]!));
    return bare ?? title;
  }

  /** Is the line a second copy of the headline, perhaps with the site's name after it? */
  private isTitleCopy(line: Line): boolean {
    if (this.title < 0) return false;
    const title = this.lines[this.title]!;
    return line !== title && ((line.words === title.words && line.key === title.key) || withSiteName(line, title));
  }


  /** A line above the headline that belongs to the story: long, a lead-in ending with a colon, or opening with a kicker word. */
  private isKicker(h: number, title: number): boolean {
    const line = this.lines[h]!;
    if (title - h > 3) return false;
    if (line.words >= 5 || coreEnd(line).endsWith(':')) return true;
    return line.words >= 3 && this.ctx.cues.kickerStarts.has(line.keyWords[0] ?? '');
  }

  /**
   * The headline among the header lines: the first title-shaped line of four
   * words or more, or of three followed by a date or byline (a kicker above
   * another such line is passed over). Lines above the first byline are
   * preferred: bylines sit under headlines. Else a bulleted title-shaped line.
   */
  private chooseTitle(head: readonly number[]): number {
    const lines = this.lines;
    const nextCue = (h: number) => {
      let k = h + 1;
      while (k < lines.length && lines[k]!.blank) k++;
      return this.cues[k];
    };
    const beforeMeta = (h: number) => {
      const cue = nextCue(h);
      return !!cue && (cue.group === 'date' || cue.group === 'byline');
    };
    const shaped = head.filter((h) => !lines[h]!.bullet && (titleShaped(lines[h]!, 4) || (titleShaped(lines[h]!, 3) && beforeMeta(h))));
    const eligible = withoutHeadlineLists(shaped, beforeMeta);
    const kept = new Set(eligible);
    this.headlineList = new Set(shaped.filter((h) => !kept.has(h)));
    const firstByline = this.cues.findIndex((c, k) => c?.group === 'byline' && this.decisions[k]?.type === 'byline');
    const ordered = firstByline >= 0 ? [...eligible.filter((h) => h < firstByline), ...eligible.filter((h) => h > firstByline)] : eligible;
    // Right above: with nothing but blank lines between.
    const rightAbove = (h: number, next: number) => {
      for (let k = h + 1; k < next; k++) if (!lines[k]!.blank) return false;
      return true;
    };
    for (const h of ordered) {
      const next = eligible.find((x) => x > h);
      if (next === undefined || !rightAbove(h, next)) return h;
      // A kicker: opens with a kicker word right above the headline, or exclaims
      // or asks right above a headline that does not.
      if (this.ctx.cues.kickerStarts.has(lines[h]!.keyWords[0] ?? '')) continue;
      if (QUESTION_END.test(coreEnd(lines[h]!)) && !QUESTION_END.test(coreEnd(lines[next]!))) continue;
      // An overline: a long line touching a much shorter headline under it
      // (five words at least: a shorter line may be a name).
      const [over, under] = [lines[h]!.words, lines[next]!.words];
      if (next === h + 1 && over >= OVERLINE_MIN_WORDS && over >= 1.5 * under && under >= 5 && !beforeMeta(h)) continue;
      return h;
    }
    return head.find((h) => lines[h]!.bullet && titleShaped(lines[h]!, 4)) ?? -1;
  }

  /**
   * Some scrapers append the headline after the story. With no headline in the
   * header, a headline-shaped line that is the story's last body line, right
   * after a paragraph, is the title.
   */
  private titleAfterStory(): void {
    const d = this.decisions;
    const last = this.previousBody(d.length);
    if (last < 0 || d[last]!.rule !== 'short-line') return;
    const line = this.lines[last]!;
    // Only with no headline in the header, or only the page's title with the site's name.
    const pageTitle = this.title >= 0 && withSiteName(this.lines[this.title]!, line) ? this.title : -1;
    if (this.title >= 0 && pageTitle < 0) return;
    if (!titleShaped(line, 4) || line.bullet || this.ctx.cues.closing.has(line.key) || this.continues(line)) return;
    // Right after a paragraph: not the end of a run of short lines (a price list).
    const prev = this.previousBody(last);
    if (prev < 0 || d[prev]!.rule !== 'paragraph') return;
    if (pageTitle >= 0) this.decide(pageTitle, 'boilerplate', 'title-copy');
    this.decide(last, 'title', 'title-after-story');
    this.title = last;
  }

  /** Index of the last body line before line `i`, or -1. */
  private previousBody(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (this.decisions[k]?.type === 'body') return k;
    return -1;
  }

  /**
   * Short lines after the story's last paragraph (an author's name, the
   * site's name, a menu) are furniture, unless they are a closing formula.
   */
  private trimStoryTail(): void {
    const d = this.decisions;
    let trimmed = 0;
    for (let i = d.length - 1; i >= 0; i--) {
      const dec = d[i];
      if (!dec) continue;
      if (dec.type !== 'body') {
        if (dec.type === 'related' || dec.type === 'boilerplate' || dec.type === 'date' || dec.type === 'byline') continue;
        if (trimmed === 0) continue;
        break;
      }
      const line = this.lines[i]!;
      // `* كاتب وأكاديمي ...` under a column: the author's note, unless it ends a list of such lines.
      if (trimmed === 0 && line.bullet?.marker === '*' && line.words <= AUTHOR_NOTE_MAX_WORDS && !this.lines[this.previousBody(i)]?.bullet) {
        this.decide(i, 'boilerplate', 'author-note');
        trimmed++;
        continue;
      }
      const short = line.words <= 4 && !line.bullet && !/\p{N}/u.test(line.text) && !/[.!?؟:]$/u.test(coreEnd(line));
      if (!short || this.ctx.cues.closing.has(line.key) || dec.rule === 'kicker' || dec.rule === 'deck') break;
      if (!d.some((x, k) => k < i && x?.type === 'body' && x.rule === 'paragraph')) break;
      this.decide(i, 'boilerplate', 'story-tail');
      trimmed++;
    }
  }
}

/** Light stemming for word overlap: strips the article and one-letter clitics. */
function stem(w: string): string {
  return w.replace(/^(وال|فال|بال|كال|لل|ال|و|ف|ب|ل)(?=\S{3,})/u, '').replace(/(ات|ون|ين|ه|ي)$/u, '');
}

/**
 * Assembles a page. Some scrapers put a blank line between every two lines of
 * a page, so that blank lines no longer tell a list from the story around it.
 * On such a page (nearly no two lines touch), one blank line of every gap is
 * looked through: the page is assembled as if it had been saved without them,
 * and the result is mapped back to the real line numbers.
 */
export function assemble(lines: readonly Line[], cues: readonly (Cue | null)[], ctx: ClassifyContext): Assembly {
  const keep = spacedView(lines);
  if (!keep) return new Assembler(lines, cues, ctx).run();
  const a = new Assembler(
    keep.map((k) => lines[k]!),
    keep.map((k) => cues[k] ?? null),
    ctx,
  ).run();
  const at = (v: number) => keep[v]!;
  const decisions: (Decision | null)[] = lines.map(() => null);
  a.decisions.forEach((d, v) => (decisions[at(v)] = d));
  for (const s of a.sections) {
    s.line = at(s.line);
    for (const item of s.items) {
      item.line = at(item.line);
      item.body = item.body.map(at);
    }
  }
  return { decisions, sections: a.sections, title: a.title >= 0 ? at(a.title) : -1, tags: a.tags.map((t) => ({ ...t, line: at(t.line) })) };
}

/** A page is spaced when at most this share of its neighbouring lines touch (no blank line between). */
const SPACED_MAX_TOUCHING = 0.05;

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
  if (pairs < 4 || touching > pairs * SPACED_MAX_TOUCHING) return null;
  const keep: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    // The first blank line after a non-blank one goes.
    if (lines[k]!.blank && k > 0 && !lines[k - 1]!.blank) continue;
    keep.push(k);
  }
  return keep;
}
