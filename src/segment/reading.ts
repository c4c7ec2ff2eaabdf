/**
 * The reading: the state a reader keeps while going down a page (where am I:
 * header, story, a related list, a tag list, a box), and the decisions made so
 * far. The passes in assemble.ts read and change one `Reading`; nothing else
 * holds state.
 */
import type { BlockType, RelatedKind } from '../model/article.js';
import { opensWithContinuation, type ClassifyContext, type Cue } from './classify.js';
import type { ChromeBox } from './cues.js';
import { LIMITS as L } from './limits.js';
import type { Line } from './lines.js';
import type { RuleId } from './rules.js';
import { mayBeRow, tableRows } from './tables.js';
import { charClass, hasDigit, trimEndWhere } from './text.js';

/**
 * What a body line is, for the passes after the walk: a story paragraph, a
 * short story line, or a header line given to the story.
 */
export type BodyShape = 'paragraph' | 'short' | 'header';

/** Where a line went, and why. */
export interface Decision {
  type: BlockType;
  /** Id of the rule that decided (a cue id such as `related-marker`, or a layout rule such as `deck`). */
  rule: RuleId;
  /** For body lines: their shape (see `BODY_SHAPES`). */
  shape?: BodyShape;
  /** For related lines: the section and item the line belongs to. */
  section?: number;
  item?: number;
  role?: 'label' | 'headline' | 'body';
}

// The shape each body rule gives its line. Columns: rule, shape.
const BODY_SHAPES: Partial<Record<RuleId, BodyShape>> = {
  // Sentence-shaped lines of the story: they count as the story having begun.
  paragraph: 'paragraph',
  // Short lines inside the story: the headline may be one appended after it.
  'short-line': 'short',
  'timeline-date': 'short',
  'listed-date': 'short',
  'table-row': 'short',
  // Header lines given to the story: the tail of the story stops at them.
  kicker: 'header',
  deck: 'header',
};

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
  /**
   * Embedded although the story's own tags or source lie ahead: each later
   * paragraph must still speak of the item more than of the story.
   */
  tentative?: boolean;
  /** The story's paragraphs above the label, looked up once for a tentative article. */
  storyAbove?: number[];
  /** The story's last body line above the label (-1 for none), looked up once. */
  storyBefore?: number;
  /** The first blank line under an item's headline (`from`), looked for once as its paragraphs are asked in turn; -1 until found (`to`: where the look stopped). */
  touching?: { from: number; to: number; blank: number };
  /** The line of the last item's read-more link, if it has one: the item's text ended there. */
  linkedAt?: number;
  /** Under a link to the site's previous or next story (see `RelatedMarkerGroup`): a paragraph under its headline is that story's. */
  afterStory?: true;
  /** Rhythm of the list, set by the gap between its first two items. */
  style: 'unknown' | 'tight' | 'spaced';
  /** Its section-meta lines with no cue (names, short lines under headlines): the reading's `sectionMeta` while it is open. */
  meta: number[];
}

export interface Assembly {
  /** One decision per line index; null for blank lines. */
  decisions: (Decision | null)[];
  sections: SectionDraft[];
  /** Index of the title line, or -1. */
  title: number;
  /** Lines holding tags, in order: a labelled tag line, one tag a line, or hashtags. */
  tags: { line: number; kind: 'line' | 'list' | 'hashtags' }[];
  /** Paragraphs read joined from pieces on several lines: first line -> every line of it. */
  joined?: ReadonlyMap<number, readonly number[]>;
}

/** Where the reader is: the header, the story, a related list, a tag list, or a box under a label. */
export type Zone = 'head' | 'story' | 'section' | 'tags' | 'source' | 'box';

// Sentence-final punctuation, for telling paragraphs from headlines.
export const PERIOD_END = /(?:^|[^.])\.$/u;
/** A line that is one quotation whole (`«...»`, `"..."`): a pull quote or a quoted headline, closed however its last word reads. */
export const QUOTED_WHOLE = /^\s*(?:«[^«»]*»|"[^"]*"|“[^“”]*”)\s*$/u;
export const QUESTION_END = /[!?؟]$/u;
/** A line that asks: a question mark, Latin or Arabic, at its end (an exclamation cries, it does not ask). */
export const ASKING_END = /[?؟]$/u;
const TRAILING_QUOTE = charClass(/[\s"'»«”“’)\]]/u);
// Clause punctuation inside a line; `..` (a headline's pause) does not count.
export const CLAUSE_MARK = /[،,؛;]|[^.]\.\s/u;

/** The text a line ends with, closing quotes and brackets aside. */
/**
 * Shaped like a person's name: two words at least and at most `maxWords`, no
 * digit, no punctuation at its end (an author over a column or a headline).
 */
export function nameShaped(line: Line, maxWords: number): boolean {
  return line.words >= L.authorNameMinWords && line.words <= maxWords && !hasDigit(line.text) && !NAME_END.test(coreEnd(line));
}
const NAME_END = /[.!؟?:،,]$/u;

/**
 * A masthead: a publication word and a name, two to `siteMastheadMaxWords`
 * words with no end punctuation (`جريدة الأفق`, `صحيفة الوطن الإلكترونية`).
 */
export function mastheadName(line: Line, publicationWords: ReadonlySet<string>): boolean {
  return line.words >= 2 && line.words <= L.siteMastheadMaxWords && publicationWords.has(line.firstKeyWord) && !NAME_END.test(coreEnd(line));
}

/** An outlet's name alone: its masthead (`صحيفة الوطن الإلكترونية`), or a short name ending with a site's word (`الأفق نيوز`). */
export function outletName(line: Line, cues: { publicationWords: ReadonlySet<string>; siteNameTails: ReadonlySet<string> }): boolean {
  if (mastheadName(line, cues.publicationWords)) return true;
  const words = line.keyWords;
  return words.length >= 2 && words.length <= L.siteMastheadMaxWords && cues.siteNameTails.has(words[words.length - 1]!);
}

/** A few words opening with a kicker word, a preposition or a circumstance (`بحضور وزير الإسكان`): a kicker's or a deck's shape. */
export function opensLikeKicker(line: Line, kickerStarts: ReadonlySet<string>): boolean {
  return line.words >= L.kickerWithCueMinWords && kickerStarts.has(line.firstKeyWord);
}

/** How many words two sets share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n;
}

export function coreEnd(line: Line): string {
  return trimEndWhere(line.text, TRAILING_QUOTE);
}

/** A text the site cut short: two dots or more, or the ellipsis character, at its end. */
const ELLIPSIS_END = /(?:\.\.|…)$/u;

/**
 * Does the line end cut short: an ellipsis at its end, or one followed only by
 * the link to the rest (`... اقرأ المزيد`, `… التفاصيل`: a teaser and its link
 * saved as one line)?
 */
export function endsCut(r: Reading, line: Line): boolean {
  const end = coreEnd(line);
  if (ELLIPSIS_END.test(end)) return true;
  const at = Math.max(end.lastIndexOf('..'), end.lastIndexOf('…'));
  return at > 0 && r.ctx.cues.linkTexts.has(r.ctx.folder.key(end.slice(at)));
}

/** A story paragraph, as opposed to a headline, kicker or subhead. */
export function isParagraph(line: Line): boolean {
  const w = line.words;
  const end = coreEnd(line);
  if (w >= L.paragraphMinWords) return true;
  if (w >= L.periodParagraphMinWords && (PERIOD_END.test(end) || end.endsWith(':'))) return true;
  if (w >= L.clauseParagraphMinWords && QUESTION_END.test(end)) return true;
  return w >= L.clauseParagraphMinWords && CLAUSE_MARK.test(line.content);
}

/** One page being read: its lines and cues, what has been decided, and where the reader is. */
export class Reading {
  readonly decisions: (Decision | null)[];
  readonly sections: SectionDraft[] = [];
  readonly tags: Assembly['tags'] = [];
  zone: Zone = 'head';
  storyStarted = false;
  storyClosed = false;
  /** What closed the story, and how many paragraphs it had then. */
  closedBy: 'source' | 'weak' | 'other' = 'other';
  /** The line that closed the story (-1 when not known). */
  closedAt = -1;
  paragraphsAtClose = 0;
  /** Story paragraphs placed so far. */
  paragraphs = 0;
  /** Header lines waiting for the story to begin (then the headline is chosen among them). */
  head: number[] = [];
  /** The related section lines are going to. */
  current: SectionDraft | null = null;
  /** A list closed by chrome (a share bar inside it): bullets right after the chrome resume it. */
  resumable: SectionDraft | null = null;
  /** Blank lines since the last line of the current section. */
  blankRun = 0;
  lastItemLine = -1;
  title = -1;
  /** Header lines passed over as a list of other stories' headlines (a ticker). */
  headlineList = new Set<number>();
  /** Header lines passed over for the headline because the first paragraph shares no word with them (a slogan): never a kicker. */
  unspoken = new Set<number>();
  /** Header lines given back from under a box's label (its one headline, see `giveBackLoneItem`), and the box: a box's item, perhaps. */
  fromBox = new Map<number, SectionDraft>();
  /** The box the last box label opened. */
  box: ChromeBox = { rule: 'box', maxWords: 0 };
  /** The folded lines of the open box: an entry seen again is the story taking it up (a table of contents' subheading). */
  boxKeys = new Set<string>();
  /** The open box's question has been read (a poll's: only its answers may follow), and how many answers since. */
  boxAsked = false;
  boxAnswers = 0;

  /** Opens a box under its label: the lines under it are read as its own. */
  openBox(box: ChromeBox): void {
    this.zone = 'box';
    this.box = box;
    this.boxKeys.clear();
    this.boxAsked = false;
    this.boxAnswers = 0;
  }
  /** The section-meta lines (names, counters under headlines) of the current section. */
  sectionMeta: number[] = [];
  /** A caption announced by a caption label (on the next line) or a gallery counter (on the line touching it). */
  captionAfter: { line: number; touching: boolean } | null = null;
  /** The last crumbs of the breadcrumbs seen (folded, headline-long ones), and the line of each: a later line repeating one is the page's headline. */
  readonly crumbs = new Map<string, number>();
  /** The rule the headline was chosen by. */
  titleRule: 'title' | 'title-echo' | 'title-short' | 'title-dated' | 'title-question' | 'title-over-name' | 'title-under-author' | 'title-spoken-short' = 'title';
  /** The author's bare name next to a short headline chosen by it (see chooseTitle); -1 when none. */
  titleAuthor = -1;
  /** Where that name stands: under the headline, or above the author's description over it. */
  titleAuthorRule: 'author-under-title' | 'author-above-title' = 'author-under-title';
  private repeats: Map<string, number> | null = null;
  private repeatLengths: Map<number, number> | null = null;
  private tables: Set<number> | null = null;

  constructor(
    readonly lines: readonly Line[],
    readonly cues: readonly (Cue | null)[],
    readonly ctx: ClassifyContext,
  ) {
    this.decisions = lines.map(() => null);
  }

  decide(i: number, type: BlockType, rule: RuleId, extra?: Partial<Decision>): void {
    const previous = this.decisions[i];
    if (previous?.shape === 'paragraph') this.paragraphs--;
    const d = extra ? { type, rule, ...shapeOf(type, rule), ...extra } : this.plain(type, rule);
    if (d.shape === 'paragraph') this.paragraphs++;
    this.decisions[i] = d;
  }

  /** Is line i a row of one of the page's tables (see tables.ts)? */
  tableRow(i: number): boolean {
    // The page's tables are looked for once a line could be a row.
    return mayBeRow(this.lines[i]!) && (this.tables ??= tableRows(this.lines)).has(i);
  }

  /** Takes a decision back: the line waits in the header again. */
  undecide(i: number): void {
    if (this.decisions[i]?.shape === 'paragraph') this.paragraphs--;
    this.decisions[i] = null;
  }

  /** Takes lines back into the header, their decisions undone; the header stays in page order. */
  toHead(lines: Iterable<number>): void {
    for (const k of lines) {
      this.undecide(k);
      this.head.push(k);
    }
    this.head.sort((a, b) => a - b);
  }

  // Decisions without section data are shared, one object per (type, rule).
  private readonly plainDecisions = new Map<string, Decision>();
  private plain(type: BlockType, rule: RuleId): Decision {
    const k = type + ' ' + rule;
    let d = this.plainDecisions.get(k);
    if (!d) this.plainDecisions.set(k, (d = { type, rule, ...shapeOf(type, rule) }));
    return d;
  }

  /**
   * Is line i printed more than once on the page (a caption repeated under
   * each copy of a picture, a label)? Lines of four to thirty words only.
   */
  repeated(i: number): boolean {
    const line = this.lines[i]!;
    if (line.words < L.repeatedLineMinWords || line.words > L.repeatedLineMaxWords) return false;
    // Lines of the same key have keys of the same length: most lines have a length of their own, and are
    // told so without hashing every key of the page.
    if (!this.repeatLengths) {
      this.repeatLengths = new Map();
      for (const l of this.lines) {
        if (l.blank || l.words < L.repeatedLineMinWords || l.words > L.repeatedLineMaxWords) continue;
        this.repeatLengths.set(l.key.length, (this.repeatLengths.get(l.key.length) ?? 0) + 1);
      }
    }
    if ((this.repeatLengths.get(line.key.length) ?? 0) < 2) return false;
    if (!this.repeats) {
      // Keyed by the folded text itself: the engine's own string hash, cached on the string.
      this.repeats = new Map();
      for (const l of this.lines) {
        if (l.blank || l.words < L.repeatedLineMinWords || l.words > L.repeatedLineMaxWords) continue;
        this.repeats.set(l.key, (this.repeats.get(l.key) ?? 0) + 1);
      }
    }
    return (this.repeats.get(line.key) ?? 0) > 1;
  }

  private itemKeys: { section: SectionDraft; keys: Set<string> } | null = null;

  /** Has the section a headline with this folded key already? (Remembers it if not.) */
  itemSeen(s: SectionDraft, key: string): boolean {
    if (this.itemKeys?.section !== s) this.itemKeys = { section: s, keys: new Set(s.items.map((it) => this.ctx.folder.key(it.headline))) };
    if (this.itemKeys.keys.has(key)) return true;
    this.itemKeys.keys.add(key);
    return false;
  }

  /** The zone to go back to after a list or a box. */
  back(): Zone {
    return this.storyStarted ? 'story' : 'head';
  }

  /** Index of the last non-blank line before line `i`, or -1. */
  previousNonBlank(i: number): number {
    let k = i - 1;
    while (k >= 0 && this.lines[k]!.blank) k--;
    return k;
  }

  /** Index of the first non-blank line after line `i`, or the number of lines. */
  nextNonBlank(i: number): number {
    let k = i + 1;
    while (k < this.lines.length && this.lines[k]!.blank) k++;
    return k;
  }

  /**
   * Index of the first line after line `i` that is neither blank nor the article's furniture (a view counter,
   * share buttons, a reading time, a caption between a headline and its date), or the number of lines. The
   * site's breadcrumb is no article's furniture: the look stops there.
   */
  nextPastFurniture(i: number): number {
    let k = this.nextNonBlank(i);
    for (let cue = this.cues[k]; cue?.group === 'chrome' && !cue.trail; cue = this.cues[k]) k = this.nextNonBlank(k);
    return k;
  }

  /** Index of the last non-blank line before line `i`, or -1. */
  lastNonBlank(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (!this.lines[k]!.blank) return k;
    return -1;
  }

  /** Index of the story's last paragraph, or -1. */
  lastParagraph(): number {
    let k = this.decisions.length - 1;
    while (k >= 0 && this.decisions[k]?.shape !== 'paragraph') k--;
    return k;
  }

  /** Index of the last body line before line `i`, or -1. */
  previousBody(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (this.decisions[k]?.type === 'body') return k;
    return -1;
  }

  /** The nearest line under line i decided the story's, or the page's length when none. */
  nextBody(i: number): number {
    for (let k = i + 1; k < this.lines.length; k++) if (this.decisions[k]?.type === 'body') return k;
    return this.lines.length;
  }

  /** Does the line open with a word that continues a story (`وأضاف`, `من جهته`)? */
  continues(line: Line): boolean {
    return opensWithContinuation(line.keyWords, this.ctx.cues);
  }

  /**
   * The folded key of line i between two spaces, for finding a run of words in
   * it; kept, so that a long paragraph asked about by many short lines near it
   * is folded once (a long line gives up its key after the line rules).
   */
  spacedKey(i: number): string {
    let key = this.spacedKeys.get(i);
    if (key === undefined) this.spacedKeys.set(i, (key = ` ${this.lines[i]!.key} `));
    return key;
  }
  private readonly spacedKeys = new Map<number, string>();

  /** How many content words (three letters or more, stemmed) of `a` are in `b`. */
  sharedWords(a: string, b: string): number {
    return overlap(this.contentWords(a), this.contentWords(b));
  }

  /** The content words of a text (three letters or more, stemmed), as `sharedWords` counts them. */
  contentWords(t: string): Set<string> {
    return this.contentWordsOfKey(this.ctx.folder.key(t));
  }

  private contentWordsOfKey(key: string): Set<string> {
    return new Set(key.split(' ').filter((w) => w.length >= L.contentWordMinLetters).map((w) => this.ctx.cues.stem(w)));
  }

  /**
   * The content words of line i, kept: a paragraph weighed against many others
   * (an embedded article's against the story's last paragraphs) is folded once.
   */
  lineWords(i: number): Set<string> {
    let words = this.wordSets.get(i);
    // (From the line's own key: the key of its text, folded once already.)
    if (words === undefined) this.wordSets.set(i, (words = this.contentWordsOfKey(this.lines[i]!.key)));
    return words;
  }
  private readonly wordSets = new Map<number, Set<string>>();

  /**
   * The content words of the story's opening: line `first` and the next line of text, as `sharedWords` counts
   * them in the two joined. Found once for a reading: the header asks of it for every line of a ticker.
   */
  openingWords(first: number): ReadonlySet<string> {
    if (this.opening?.first !== first) {
      const words = new Set(this.lineWords(first));
      const next = this.nextNonBlank(first);
      if (next < this.lines.length) for (const w of this.lineWords(next)) words.add(w);
      this.opening = { first, words };
    }
    return this.opening.words;
  }
  private opening: { first: number; words: Set<string> } | undefined;

  /** Words sets a and b share, function words (`عبر`, `خلال`, `التي`) aside. */
  topicOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let n = 0;
    for (const w of small) if (large.has(w) && !this.ctx.cues.functionWords.has(w)) n++;
    return n;
  }

  openSection(kind: RelatedKind, label: string, line: number, inline: boolean, afterStory = false): number {
    this.sectionMeta = [];
    this.sections.push({ index: this.sections.length, kind, label, line, inline, items: [], mode: 'list', style: 'unknown', meta: this.sectionMeta, ...(afterStory ? { afterStory } : {}) });
    this.current = this.sections[this.sections.length - 1]!;
    this.blankRun = 0;
    return this.sections.length - 1;
  }

  closeSection(): void {
    if (this.current) {
      this.current = null;
      if (this.zone === 'section') this.zone = this.back();
    }
  }

  /** Source and tag lines end the story: later unmarked text is page furniture. */
  closeStory(by: 'source' | 'weak' | 'other' = 'other', at = -1): void {
    if (this.storyStarted && !this.storyClosed) {
      this.storyClosed = true;
      this.closedBy = by;
      this.closedAt = at;
      this.paragraphsAtClose = this.paragraphs;
    }
    this.zone = this.back();
  }

  result(): Assembly {
    return { decisions: this.decisions, sections: this.sections, title: this.title, tags: this.tags };
  }
}

function shapeOf(type: BlockType, rule: RuleId): { shape?: BodyShape } {
  const shape = type === 'body' ? BODY_SHAPES[rule] : undefined;
  return shape ? { shape } : {};
}
