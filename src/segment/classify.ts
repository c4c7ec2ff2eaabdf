/**
 * Line rules: what a line says about itself, before its neighbours are
 * considered. Rules run in the order of `LINE_RULES`; the first that matches
 * gives the line its cue. Lines no rule claims are plain text, placed by
 * `assemble.ts`.
 */
import { ARABIC_STOPWORDS } from '../corpus/stopwords.js';
import { AGENCY_TABLE } from '../meta/agencies.js';
import type { RelatedKind } from '../model/article.js';
import * as C from './cues.js';
import { LIMITS as L } from './limits.js';
import * as M from './markers.js';
import { contentOf, countWords, makeLine, type KeyFolder, type Line } from './lines.js';
import type { RuleId } from './rules.js';
import { charClass, DIGIT, hasDigit, hasLetter, hasWordChar, LETTERS_ONLY, trimEndWhere, withSpelledOut } from './text.js';

/**
 * What a line rule found. `rule` is the id shown by `inspect`; `group` says
 * what the reading does with the line (see `CUE_EFFECTS` in reading.ts).
 */
export type Cue =
  /** `afterStory`: a link to the site's previous or next story (see `RelatedMarkerGroup`). */
  | { group: 'marker'; rule: RuleId; kind: RelatedKind; label: string; itemLink?: true; overHeadlines?: true; announced?: true; afterStory?: true }
  | { group: 'inline'; rule: RuleId; kind: RelatedKind; label: string; headline: string; skip: number; strong: boolean; afterStory?: true }
  | { group: 'source'; rule: RuleId; value: string; skip: number; dated?: true }
  | { group: 'agency'; rule: RuleId; value: string }
  /** `glued`: the label's last word runs into the first tag (`كلمات دلاليةالذهب`); `skip` counts the words before it. */
  | { group: 'tags'; rule: RuleId; value: string; skip: number; glued?: string }
  | { group: 'tags-label'; rule: RuleId }
  | { group: 'source-label'; rule: RuleId }
  | { group: 'hashtags'; rule: RuleId; tags: string[] }
  /** `afterDash`: the name is what follows the line's one dash (`العربية.نت - محمد الشامي`), in any profile's text. */
  | { group: 'byline'; rule: RuleId; value: string; strong: boolean; skip: number; afterDash?: true }
  /**
   * `beside`: a name or a label beside the date (`سامر يوسف 06 ديسمبر 2026`), the page's meta, a headline only when the page has no other;
   * `author`: that name a person's (see `authorBesideDate`), the page's byline when it has no other.
   */
  | { group: 'date'; rule: RuleId; timeless?: true; headed?: true; clockOnly?: true; beside?: true; author?: true }
  | { group: 'dateline'; rule: RuleId; value: string; strong: boolean }
  | ChromeCue
  /** `figures`: a widget's reading (the weather), which after the story stays the story's when the story speaks of it (see `widgetFigures`). */
  | { group: 'head-chrome'; rule: RuleId; figures?: true }
  | { group: 'learned'; rule: 'learned-chrome' };

/**
 * Page chrome. What it does to the reading comes from its phrase group: what it
 * ends (a related list it cuts, or the story too), the box it opens, or the
 * caption it announces (on the next line, or on the line touching it).
 */
export interface ChromeCue {
  group: 'chrome';
  rule: RuleId;
  ends?: C.ChromeEnds;
  box?: C.ChromeBox;
  /** `above`: the line touching it from above is the picture's caption (a credit under its caption). */
  caption?: 'next' | 'touching' | 'above';
  /** A masthead's title (`رئيس مجلس الإدارة`): the name under it is who holds it, not the article's author. */
  holder?: true;
  /** A breadcrumb: the page's place in the site, over its headline. */
  trail?: true;
  /** A breadcrumb's last crumb, folded: the page's own headline, when a later line repeats it. */
  echo?: string;
  /** A link's text standing alone (`التفاصيل`): the line above leads on there. */
  link?: true;
  /** A lone small number: the rank of the list item under it. */
  rank?: true;
  /** A list's own end mark: the list is over for good, and bullets under it do not resume it. */
  final?: true;
  /** A comment box's label: the dates under it are readers', not the page's. */
  readers?: true;
  /** A poll's button: the question and answers right above it are the poll's. */
  vote?: true;
}

/** A phrase folded into key words, with the data that came with it. */
interface Phrase<T> {
  words: string[];
  data: T;
}

const NONE: readonly never[] = Object.freeze([]);

/** A node of the phrase trie: the phrases ending here (in table order), and the words that go on. */
interface TrieNode<T> {
  ends: Phrase<T>[] | null;
  next: Map<string, TrieNode<T>> | null;
}

/** Folds a table's phrase into key words, and finds its first (cheaply: the rest may never be needed). */
export interface PhraseFold {
  words(text: string): string[];
  first(text: string): string | undefined;
}

/** The phrases opening with one word, in table order: as written (folded when the branch is built) or as words. */
interface Bucket<T> {
  phrases: (string | string[])[];
  data: T[];
  /** The branch of these phrases once a line has opened with their first word. */
  built: TrieNode<T> | null;
}

/**
 * Phrases in a trie of their words: a line is looked up word by word, never
 * scanned against every phrase (a family of hundreds of phrases opening with
 * `قد` costs one step a word). The branch under a first word is folded and
 * built the first time a line opens with that word: a parser that reads one
 * page builds a few branches, not the thousands of nodes of every table.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Bucket<T>>();

  constructor(private readonly fold: PhraseFold) {}

  /** Adds phrases as written, all with the same data; a phrase that folds to nothing is left out. */
  add(texts: readonly string[], data: T): this {
    for (const text of texts) {
      const first = this.fold.first(text);
      if (first !== undefined) this.bucket(first, text, data);
    }
    return this;
  }

  /** Adds a phrase already folded into words. */
  addWords(words: string[], data: T): this {
    if (words.length > 0) this.bucket(words[0]!, words, data);
    return this;
  }

  /** The first words of the phrases. */
  firsts(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Does a phrase open with this word? */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Phrases found at word `at` of `words`, longest first (table order among equals). */
  at(words: readonly string[], at = 0): readonly Phrase<T>[] {
    return this.from(words[at] ?? '', words, at);
  }

  /** Phrases opening with `first` read in place of word `at` (a word with its clitic off), going on with the words after it. */
  from(first: string, words: readonly string[], at: number): readonly Phrase<T>[] {
    let node: TrieNode<T> | undefined = this.branch(first);
    let found: Phrase<T>[] | null = null;
    for (let k = at + 1; node; k++) {
      if (node.ends) found = found ? node.ends.concat(found) : node.ends;
      node = k < words.length ? node.next?.get(words[k]!) : undefined;
    }
    return found ?? NONE;
  }

  private bucket(first: string, phrase: string | string[], data: T): void {
    const b = this.byFirst.get(first);
    if (b) {
      b.phrases.push(phrase);
      b.data.push(data);
      // A phrase added after its branch was built: the branch is built again on its next use.
      b.built = null;
    } else this.byFirst.set(first, { phrases: [phrase], data: [data], built: null });
  }

  /** The branch of the phrases opening with `first`, built on first use: one map look-up a line. */
  private branch(first: string): TrieNode<T> | undefined {
    const b = this.byFirst.get(first);
    if (!b) return undefined;
    return (b.built ??= this.build(b));
  }

  private build(b: Bucket<T>): TrieNode<T> {
    const top: TrieNode<T> = { ends: null, next: null };
    b.phrases.forEach((phrase, n) => {
      const words = typeof phrase === 'string' ? this.fold.words(phrase) : phrase;
      let node = top;
      for (let k = 1; k < words.length; k++) {
        // A level's map is made when a word goes under it: most nodes end a phrase and have none.
        const level: Map<string, TrieNode<T>> = (node.next ??= new Map());
        let next = level.get(words[k]!);
        if (!next) level.set(words[k]!, (next = { ends: null, next: null }));
        node = next;
      }
      (node.ends ??= []).push({ words, data: b.data[n]! });
    });
    return top;
  }
}

/** What a chrome phrase carries from its group of the table; `order` breaks ties between groups. */
type ChromePhrase = Pick<C.ChromeGroup, 'rule' | 'mode' | 'maxWords' | 'ends' | 'box' | 'separator' | 'readers' | 'vote' | 'row' | 'trail' | 'link'> & { order: number; with?: string[][] };

/** The tables, folded once. */
export interface CompiledCues {
  related: PhraseIndex<{ kind: RelatedKind; extraWords: number; needsSeparator: boolean; storyOnly: boolean; itemLink: boolean; overHeadlines: boolean; gluedHeadline: boolean; afterStory: boolean }>;
  relatedSuffixes: string[][];
  /** Words marking a related list's end before its label (`نهاية`). */
  listEnds: PhraseIndex<null>;
  /** A screen reader's words around a box of links: its nouns for a list and an item, the words joining their numbers. */
  announced: { lists: Set<string>; joiners: Set<string>; items: Set<string> };
  sourceLabels: PhraseIndex<null>;
  /** Labels naming the source with no separator (`المصدر الجزيرة`), and the words that rule a name out. */
  sourceLabelsBare: PhraseIndex<null>;
  sourceNotNames: Set<string>;
  /** Source labels that stand alone only before a colon (`عن:`). */
  sourceLabelsWithColon: Set<string>;
  /** Lead-ins before a source's name; `naming`: the lead-in's last word is the name's (`عن موقع الأفق`). */
  sourceLeadins: PhraseIndex<{ naming: boolean }>;
  tagLabels: PhraseIndex<{ needsSeparator: boolean; unseparated?: true }>;
  /** The tag labels of two words or more that need no separator, folded: their last word may run into the first tag. */
  tagLabelsGlued: string[][];
  bylines: PhraseIndex<{ needsSeparator: boolean }>;
  honorifics: PhraseIndex<null>;
  /** A desk signing the piece (`المحرر الاقتصادي`), the whole line. */
  deskBylines: Set<string>;
  /** Correspondents' titles (`مراسلنا`), folded, and the words opening where they report from (`في`). */
  reporters: Set<string>;
  reporterPlaceLeads: Set<string>;
  /** What may open a correspondent's credit with no name (`من`), folded into words. */
  reporterCreditOpeners: string[][];
  /** First words of the byline cues that are strong on their own. */
  strongBylines: Set<string>;
  /** Chrome phrases by where they must sit: the whole line (numbers aside), its start, anywhere, its end. */
  chromeExact: PhraseIndex<ChromePhrase>;
  chromePrefix: PhraseIndex<ChromePhrase>;
  chromeContains: PhraseIndex<ChromePhrase>;
  /** The first words of the found-anywhere phrases of two words or more, with a clitic glued to them (see `cliticForms`). */
  chromeGluedFirsts: Set<string>;
  chromeSuffix: PhraseIndex<ChromePhrase>;
  captionSuffixes: string[][];
  captionPrefixes: string[][];
  captionCreditLeads: string[][];
  captionOpeners: string[][];
  /** A writer's portrait, the name after it (`PORTRAIT_OPENERS`), folded. */
  portraitOpeners: PhraseIndex<null>;
  captionLabels: Set<string>;
  captionLabelWords: string[][];
  captionDuring: Set<string>;
  /** Events a person is pictured at, right after the during word (`افتتاح`, `لقاء`). */
  captionEvents: Set<string>;
  /** A picture's kind in one word, a caption alone (`أرشيفية`). */
  captionKindsAlone: Set<string>;
  /** A machine-made picture's words: see `MADE_PICTURE_LEADS`. */
  madePictureLeads: Set<string>;
  madeWords: Set<string>;
  madeByMachine: string[][];
  personTitles: Set<string>;
  relativeTime: Set<string>;
  timeUnits: Set<string>;
  dateWords: Set<string>;
  /** Time-zone words, and the places they name (date words only after a zone word). */
  zoneLeads: Set<string>;
  zonePlaces: Set<string>;
  /** Cities a dateline names before a colon alone (`دبي: ...`), folded whole. */
  datelineCities: Set<string>;
  monthWords: Set<string>;
  /** The word before the name of who posted it, after a date (`نشر في ... بواسطة X`). */
  postedBy: Set<string>;
  /** Words after a label's words that show it names no list (`المزيد من التفاصيل`). */
  markerNotNaming: Set<string>;
  markerNotNamingLeads: Set<string>;
  /** Words joining a name to the date after it (`في`, `بتاريخ`). */
  dateJoiners: Set<string>;
  weekdayWords: Set<string>;
  agencies: string[][];
  /** First words of the agency names, with and without a joining و. */
  agencyFirsts: Set<string>;
  agencyJoiners: Set<string>;
  /** Words joining an outlet to the wires it credits (`مع`), folded. */
  creditJoiners: Set<string>;
  relativeAnchors: Set<string>;
  /** The credit line under an embedded post: `— محمد علي (@m_ali) May 14, 2024`. */
  embedCredit: RegExp;
  /** Leads of an embedded post's credit (`a post shared by`), folded: matched on keys, so harakat or case do not hide them. */
  embedCreditLeads: string[][];
  embedPostedLeads: string[][];
  fieldCode: RegExp;
  /** `محمد اسماعيل - القاهرة - كتب- محمد سامي:`: a byline cue after a dash; group 2 is the name. */
  bylineAfterDash: RegExp;
  /** Source labels that may close a line after a separator (`... - المصدر: X`), and their first words. */
  trailingSourceLabels: PhraseIndex<null>;
  trailingSourceFirsts: Set<string>;
  /** A number glued to its era or time-of-day letter: `1445هـ`, `2024م`, `10ص`. */
  eraNumber: RegExp;
  /** Light stemming for word overlap: strips the article, one-letter clitics and plural or possessive endings. */
  stem: (word: string) => string;
  /** The stems of function words (prepositions, particles, pronouns): shared by any two sentences, they tell nothing of a topic. */
  functionWords: ReadonlySet<string>;
  /** Every table word, with the `HIT` bits it gives a line. */
  wordBits: Map<string, number>;
  /** `wordBits` by the hash of each word (see `HitTable`): a line's hits without splitting its key. */
  hitTable: HitTable;
  closing: Set<string>;
  /** Masthead titles, also with a joining و (`ورئيس التحرير`). */
  mastheadTitles: PhraseIndex<null>;
  /** A paper's description of itself (`يومية سياسية مستقلة`): after its name, a masthead's slogan. */
  paperDescriptions: PhraseIndex<null>;
  publicationWords: Set<string>;
  /** A founding year's words in a motto (`FOUNDING_WORDS`), folded, and the words between them and the year. */
  foundingWords: Set<string>;
  foundingYearWords: Set<string>;
  /** A temperature's units and a weather widget's words, folded (see `weatherReading`). */
  temperatureUnits: Set<string>;
  /** Units that are a temperature's only (`°C`, `مئوية`), as written. */
  degreeUnits: Set<string>;
  weatherWords: Set<string>;
  /** Folded leads of a video's or a gallery's title (`فيديو`, `بالصور`): see `MEDIA_LEADS`. */
  mediaLeads: Set<string>;
  /** A live report's badges opening its headline (`مباشر`, `تغطية مباشرة`): see `LIVE_LEADS`. */
  liveLeads: PhraseIndex<null>;
  /** Folded marks of an interview's turns (`س`, `جواب`): see `opensInterviewTurn`. */
  interviewTurns: Set<string>;
  captionCredits: PhraseIndex<null>;
  /** The rights a copyright sign inside a line names, folded. */
  copyrightWords: ReadonlySet<string>;
  captionCreditFrom: PhraseIndex<null>;
  /** A printed issue's words: what opens its line (`العدد`), and every word it may hold after its number. */
  issueWords: PhraseIndex<null>;
  issueParts: Set<string>;
  organisationHeads: PhraseIndex<null>;
  openEndings: Set<string>;
  /** Folded two-word ends an open word closes (`عن بعد`): see `endsOpen`. */
  closedEndings: Set<string>;
  /** Open endings spelled only with alef maksura (`على`): folded, they meet names written with yeh (`علي`). */
  maqsuraEndings: Set<string>;
  datelineOutletWords: Set<string>;
  /** The names of a site's sections (`محليات`, `اقتصاد`), folded word by word. */
  sectionNames: Set<string>;
  /** The site's own channels (`قناتنا`, `صفحتنا`), folded. */
  ourChannels: Set<string>;
  /** Last words of a site's name after a headline (`نيوز`, `نت`), folded. */
  siteNameTails: Set<string>;
  givenNames: Set<string>;
  /** Given names that are common nouns too (`دعاء`): see `GIVEN_NAMES_ALSO_WORDS`. */
  givenNamesAlsoWords: Set<string>;
  imageFile: RegExp;
  shortcode: RegExp;
  captionShortcodes: Set<string>;
  /** Words of a form's fields and buttons. */
  formFields: Set<string>;
  kickerStarts: Set<string>;
  tickerLabels: PhraseIndex<null>;
  authorRoles: Set<string>;
  /** What a byline says its author is after the name: an author's role, or a newsroom's (`مراسل`). */
  bylineRoles: Set<string>;
  /** Labels of a box of key points under the headline, folded. */
  summaryLabels: Set<string>;
  /** Words that credit a paper named in quotes right after them (`عن «الحياة»`). */
  quotedSourceLeads: Set<string>;
  /** What a credit before a colon and an agency may be of (`الصور: رويترز`). */
  mediaKinds: Set<string>;
  /** Words before wire agencies that credit them (`عن رويترز`). */
  agencyLeads: Set<string>;
  /** Words that place a related headline in a section named in quotes after them (`في "أخبار"`). */
  itemCategoryLeads: Set<string>;
  counters: Set<string>;
  galleryWords: Set<string>;
  /** Currencies and units a widget's figures are counted in (`WIDGET_UNIT_WORDS`), folded. */
  widgetUnits: Set<string>;
  paginationWords: Set<string>;
  /** Words whose own first letter is و (`WAW_ROOT_WORDS`), folded: no conjunction opens them. */
  wawRootWords: Set<string>;
  /** Folded story continuations (`CONTINUATION_STARTS`) by their first word. */
  continuations: Map<string, string[][]>;
  /** The conjunction and a present-tense verb's prefix (`CONJUNCTION_VERB_PREFIXES`), folded. */
  conjunctionVerbPrefixes: string[];
  /** Folded last words of a line announcing a list under it (`LIST_ANNOUNCERS`). */
  listAnnouncers: Set<string>;
  complementizers: Set<string>;
  reportingVerbs: Set<string>;
  sentenceParticles: Set<string>;
  /** Names spelled like a particle once folded (`علي`). */
  namesLikeParticles: Set<string>;
  menuStarts: string[][];
  /** Folded whole first crumbs of a trail (`TRAIL_ROOTS`). */
  trailRoots: Set<string>;
  /** Folded link texts that stand for the rest of a story (`اقرأ المزيد`, `التفاصيل`): the chrome's link phrases and the items' read-more markers. */
  linkTexts: Set<string>;
}

/** Folds the tables (and a user's extra markers) for matching. */
export function compileCues(folder: KeyFolder, extra: M.MarkerExtension = {}): CompiledCues {
  // Folding is local to each character, so a phrase folds word by word; the
  // tables' thousands of phrases share a few hundred words, each folded once.
  const folded = new Map<string, readonly string[]>();
  const token = (t: string): readonly string[] => {
    let ws = folded.get(t);
    if (!ws) folded.set(t, (ws = folder.key(t).split(' ').filter(Boolean)));
    return ws;
  };
  const words = (p: string): string[] => {
    const out: string[] = [];
    for (const t of p.split(' ')) for (const w of token(t)) out.push(w);
    return out;
  };
  const first = (p: string): string | undefined => {
    for (let from = 0; from <= p.length; ) {
      let to = p.indexOf(' ', from);
      if (to < 0) to = p.length;
      const ws = token(p.slice(from, to));
      if (ws.length > 0) return ws[0];
      from = to + 1;
    }
    return undefined;
  };
  const fold: PhraseFold = { words, first };
  const index = <T>() => new PhraseIndex<T>(fold);

  const related = index<{ kind: RelatedKind; extraWords: number; needsSeparator: boolean; storyOnly: boolean; itemLink: boolean; overHeadlines: boolean; gluedHeadline: boolean; afterStory: boolean }>();
  for (const g of M.RELATED_MARKERS) {
    related.add(g.phrases, { kind: g.kind, extraWords: g.extraWords, needsSeparator: g.needsSeparator ?? false, storyOnly: g.storyOnly ?? false, itemLink: g.itemLink ?? false, overHeadlines: g.overHeadlines ?? false, gluedHeadline: g.gluedHeadline ?? false, afterStory: g.afterStory ?? false });
  }
  // A user's phrases join the first group of their kind.
  for (const g of M.RELATED_MARKERS.filter((g, k, all) => !g.needsSeparator && all.findIndex((x) => x.kind === g.kind && !x.needsSeparator) === k)) {
    related.add(extra[g.kind] ?? [], { kind: g.kind, extraWords: g.extraWords, needsSeparator: false, storyOnly: false, itemLink: false, overHeadlines: false, gluedHeadline: false, afterStory: false });
  }
  // Chrome phrases by where they must sit; those found anywhere in a line are folded now, for their anchor words.
  const chrome = { exact: index<ChromePhrase>(), prefix: index<ChromePhrase>(), contains: index<ChromePhrase>(), suffix: index<ChromePhrase>() };
  const anchors: string[] = [];
  const gluedFirsts: string[] = [];
  C.CHROME.forEach((g, order) => {
    const data: ChromePhrase = { rule: g.rule, mode: g.mode, maxWords: g.maxWords, order, ends: g.ends, box: g.box };
    if (g.separator) data.separator = true;
    if (g.readers) data.readers = true;
    if (g.vote) data.vote = true;
    if (g.row) data.row = true;
    if (g.trail) data.trail = true;
    if (g.link) data.link = true;
    if (g.with) data.with = g.with.map(words).filter((w) => w.length > 0);
    if (g.mode === 'exact' || g.mode === 'prefix') {
      chrome[g.mode].add(g.phrases, data);
      return;
    }
    for (const p of g.phrases) {
      const w = words(p);
      if (w.length === 0) continue;
      chrome[g.mode].addWords(w, data);
      const a = anchor(w);
      anchors.push(a);
      // (A first word may come with a clitic glued to it, see `cliticBare`: when it is the anchor, so is each glued form.)
      if (w.length > 1) {
        for (const glued of cliticForms(w[0]!)) {
          gluedFirsts.push(glued);
          if (a === w[0]) anchors.push(glued);
        }
      }
    }
  });
  chrome.exact.add(extra.chrome ?? [], { rule: 'chrome-user' as const, mode: 'exact' as const, maxWords: USER_CHROME_MAX_WORDS, order: C.CHROME.length });

  // A user's agencies (`ID=name`) are agencies for the credit rules too.
  const agencyNames = [...C.AGENCIES, ...AGENCY_TABLE.flatMap((a) => a.names), ...(extra.agencies ?? []).map((e) => e.slice(e.indexOf('=') + 1).trim()).filter(Boolean)];
  const masthead = C.MASTHEAD_TITLES.map(words).filter((w) => w.length > 0).flatMap((w) => [w, ...C.AGENCY_JOINERS.map((j) => [j + w[0], ...w.slice(1)])]);
  const stem = stemmer();
  const cues: CompiledCues = {
    related,
    relatedSuffixes: M.RELATED_SUFFIXES.map(words),
    listEnds: index<null>().add(M.LIST_ENDS, null),
    announced: {
      lists: new Set(M.LIST_ANNOUNCEMENT.lists.flatMap(words)),
      joiners: new Set(M.LIST_ANNOUNCEMENT.joiners.flatMap(words)),
      items: new Set(M.LIST_ANNOUNCEMENT.items.flatMap(words)),
    },
    sourceLabels: index<null>().add([...M.SOURCE_LABELS, ...(extra.source ?? [])], null),
    sourceLabelsBare: index<null>().add(M.SOURCE_LABELS_UNSEPARATED, null),
    sourceNotNames: new Set(M.SOURCE_NOT_NAMES.flatMap(words)),
    sourceLabelsWithColon: new Set(M.SOURCE_LABELS_ALONE_WITH_COLON.map((p) => words(p).join(' '))),
    sourceLeadins: index<{ naming: boolean }>().add(M.SOURCE_LEADINS, { naming: false }).add(M.SOURCE_LEADINS_NAMING, { naming: true }),
    tagLabels: index<{ needsSeparator: boolean; unseparated?: true }>()
      .add(M.TAG_LABELS_UNSEPARATED, { needsSeparator: false, unseparated: true })
      .add([...M.TAG_LABELS, ...(extra.tags ?? [])], { needsSeparator: false })
      .add(M.TAG_LABELS_WITH_SEPARATOR, { needsSeparator: true }),
    tagLabelsGlued: M.TAG_LABELS_UNSEPARATED.map(words).filter((w) => w.length > 1),
    bylines: index<{ needsSeparator: boolean }>()
      .add([...M.BYLINE_CUES, ...(extra.byline ?? [])], { needsSeparator: false })
      .add(M.BYLINE_CUES_WITH_SEPARATOR, { needsSeparator: true }),
    honorifics: index<null>().add(M.NAME_HONORIFICS, null),
    deskBylines: new Set(M.DESK_BYLINES.map((p) => words(p).join(' '))),
    reporters: new Set(M.REPORTER_CUES.map((p) => words(p).join(' '))),
    reporterPlaceLeads: new Set(M.REPORTER_PLACE_LEADS.flatMap(words)),
    reporterCreditOpeners: M.REPORTER_CREDIT_OPENERS.map(words),
    strongBylines: new Set(M.BYLINE_CUES_STRONG.map((p) => folder.key(p))),
    chromeExact: chrome.exact,
    chromePrefix: chrome.prefix,
    chromeContains: chrome.contains,
    chromeGluedFirsts: new Set(gluedFirsts),
    chromeSuffix: chrome.suffix,
    captionSuffixes: C.CAPTION_SUFFIXES.map(words),
    captionPrefixes: C.CAPTION_PREFIXES.map(words),
    captionCreditLeads: C.CAPTION_CREDIT_LEADS.map(words),
    captionOpeners: C.CAPTION_OPENERS.map(words),
    portraitOpeners: index<null>().add(C.PORTRAIT_OPENERS, null),
    captionLabels: new Set(C.CAPTION_LABELS.map((p) => folder.key(p))),
    captionLabelWords: C.CAPTION_LABELS.map(words),
    captionDuring: new Set(C.CAPTION_DURING.flatMap(words)),
    captionEvents: new Set(C.CAPTION_EVENTS.flatMap(words)),
    captionKindsAlone: new Set(C.CAPTION_KINDS_ALONE.flatMap(words)),
    madePictureLeads: new Set(C.MADE_PICTURE_LEADS.flatMap(words)),
    madeWords: new Set(C.MADE_WORDS.flatMap(words)),
    madeByMachine: C.MADE_BY_MACHINE.map(words),
    personTitles: new Set(C.PERSON_TITLES.flatMap(words)),
    summaryLabels: new Set(C.SUMMARY_LABELS.map((p) => folder.key(p))),
    quotedSourceLeads: new Set(C.QUOTED_SOURCE_LEADS.flatMap(words)),
    itemCategoryLeads: new Set(C.ITEM_CATEGORY_LEADS.flatMap(words)),
    agencyLeads: new Set(M.AGENCY_LEADS.flatMap(words)),
    mediaKinds: new Set(C.MEDIA_KINDS.flatMap(words)),
    relativeTime: new Set(C.RELATIVE_TIME_WORDS.flatMap(words)),
    timeUnits: new Set(C.TIME_UNITS.flatMap(words)),
    dateWords: new Set([...C.MONTH_WORDS, ...C.WEEKDAY_WORDS, ...C.DATE_FILLER_WORDS, ...C.TIME_UNITS, ...C.ZONE_LEADS].flatMap(words)),
    zoneLeads: new Set(C.ZONE_LEADS.flatMap(words)),
    zonePlaces: new Set(C.ZONE_PLACES.flatMap(words)),
    datelineCities: new Set(C.DATELINE_CITIES.map((c) => folder.key(c))),
    markerNotNaming: new Set(M.MARKER_NOT_NAMING.flatMap(words)),
    markerNotNamingLeads: new Set(M.MARKER_NOT_NAMING_LEADS.flatMap(words)),
    postedBy: new Set(M.POSTED_BY.flatMap(words)),
    monthWords: new Set([...C.MONTH_WORDS, ...C.WEEKDAY_WORDS].flatMap(words).filter((w) => w.length > 2)),
    dateJoiners: new Set(C.DATE_JOINERS.flatMap(words)),
    weekdayWords: new Set(C.WEEKDAY_WORDS.flatMap(words).filter((w) => w.length > 2)),
    agencies: agencyNames.flatMap((n) => withSpelledOut(words(n))),
    agencyFirsts: new Set([...C.AGENCY_JOINERS, ...agencyNames.flatMap((n) => withSpelledOut(words(n))).flatMap((a) => [a[0]!, ...C.AGENCY_JOINERS.map((j) => j + a[0])])]),
    agencyJoiners: new Set(C.AGENCY_JOINERS),
    creditJoiners: new Set(C.CREDIT_JOINERS.flatMap(words)),
    relativeAnchors: new Set(C.RELATIVE_ANCHORS.flatMap(words)),
    embedCredit: /^(?:[—–]|-{1,2})\s*[^()\n]{1,80}\(@[A-Za-z0-9_.]{1,30}\)/u,
    embedCreditLeads: C.EMBED_CREDIT_LEADS.map(words),
    embedPostedLeads: C.EMBED_POSTED_LEADS.map(words),
    fieldCode: new RegExp(`\\b(?:${alternation(C.FIELD_CODES)})\\b`),
    bylineAfterDash: new RegExp(`[-–—]\\s*(${markedAlternation(M.BYLINE_CUES_AFTER_DASH)})\\s*[-–—:/]\\s*(.+)$`, 'u'),
    trailingSourceLabels: index<null>().add(M.TRAILING_SOURCE_LABELS, null),
    trailingSourceFirsts: new Set(M.TRAILING_SOURCE_LABELS.map((p) => words(p)[0]!)),
    eraNumber: new RegExp(`^[${DIGIT}]{1,4}(?:${alternation(C.ERA_SUFFIXES)})$`, 'u'),
    stem,
    functionWords: new Set([...Array.from(ARABIC_STOPWORDS, stem), ...C.NEWS_FILLER_WORDS.flatMap(words).map(stem)]),
    wordBits: new Map(),
    hitTable: new HitTable(new Map()),
    closing: new Set(C.CLOSING_FORMULAS.map((p) => folder.key(p))),
    mastheadTitles: masthead.reduce((x, w) => x.addWords(w, null), index<null>()),
    paperDescriptions: index<null>().add(C.PAPER_DESCRIPTIONS, null),
    publicationWords: new Set(C.PUBLICATION_WORDS.flatMap(words)),
    foundingWords: new Set(C.FOUNDING_WORDS.flatMap(words)),
    foundingYearWords: new Set(C.FOUNDING_YEAR_WORDS.flatMap(words)),
    interviewTurns: new Set(C.INTERVIEW_TURNS.flatMap(words)),
    mediaLeads: new Set(M.MEDIA_LEADS.map((p) => words(p).join(' '))),
    liveLeads: index<null>().add(C.LIVE_LEADS, null),
    temperatureUnits: new Set([...C.TEMPERATURE_UNITS, ...C.TEMPERATURE_UNITS.filter((u) => ARABIC_WORDS.test(u)).flatMap(words)]),
    degreeUnits: new Set([...C.DEGREE_UNITS, ...C.DEGREE_UNITS.filter((u) => ARABIC_WORDS.test(u)).flatMap(words)]),
    weatherWords: new Set(C.WEATHER_WORDS.flatMap(words)),
    captionCredits: index<null>().add(C.CAPTION_CREDITS, null),
    copyrightWords: new Set(C.COPYRIGHT_WORDS.map((w) => folder.key(w))),
    captionCreditFrom: index<null>().add(C.CAPTION_CREDIT_FROM, null),
    issueWords: index<null>().add(C.ISSUE_WORDS, null),
    issueParts: new Set([...C.ISSUE_WORDS, ...C.ORDINAL_WORDS].flatMap(words)),
    organisationHeads: index<null>().add(C.ORGANISATION_HEADS, null),
    openEndings: new Set(C.OPEN_ENDINGS.flatMap(words)),
    closedEndings: new Set(C.CLOSED_ENDINGS.map((p) => words(p).join(' '))),
    maqsuraEndings: maqsuraOnly(C.OPEN_ENDINGS, folder),
    datelineOutletWords: new Set(C.DATELINE_OUTLET_WORDS.flatMap(words)),
    siteNameTails: new Set(C.SITE_NAME_TAILS.flatMap(words)),
    givenNames: new Set(C.GIVEN_NAMES.flatMap(words)),
    givenNamesAlsoWords: new Set(C.GIVEN_NAMES_ALSO_WORDS.flatMap(words)),
    ourChannels: new Set(C.OUR_CHANNELS.flatMap(words)),
    sectionNames: new Set(C.SECTION_NAMES.flatMap(words)),
    imageFile: new RegExp(`\\.(?:${alternation(C.IMAGE_EXTENSIONS)})(?:\\?\\S*)?$`, 'iu'),
    shortcode: /^\[\/?([a-z_][a-z0-9_-]{0,30})(?:\s[^\]]{0,400})?\]/iu,
    captionShortcodes: new Set(C.CAPTION_SHORTCODES),
    formFields: new Set(C.FORM_FIELDS.flatMap(words)),
    kickerStarts: new Set(C.KICKER_STARTS.flatMap(words)),
    tickerLabels: index<null>().add(C.TICKER_LABELS, null),
    authorRoles: new Set(C.AUTHOR_ROLES.flatMap(words)),
    bylineRoles: new Set([...C.AUTHOR_ROLES, ...C.NEWSROOM_ROLES].flatMap(words)),
    counters: new Set(C.COUNTER_WORDS.flatMap(words)),
    galleryWords: new Set(C.GALLERY_WORDS.flatMap(words)),
    widgetUnits: new Set(C.WIDGET_UNIT_WORDS.flatMap(words)),
    paginationWords: new Set(C.PAGINATION_WORDS.flatMap(words)),
    continuations: byFirstWord(C.CONTINUATION_STARTS.map(words)),
    conjunctionVerbPrefixes: C.CONJUNCTION_VERB_PREFIXES.flatMap(words),
    wawRootWords: new Set(C.WAW_ROOT_WORDS.flatMap(words)),
    listAnnouncers: new Set(C.LIST_ANNOUNCERS.flatMap(words)),
    complementizers: new Set(C.COMPLEMENTIZERS.flatMap(words)),
    reportingVerbs: new Set(C.REPORTING_VERBS.flatMap(words)),
    sentenceParticles: new Set(C.SENTENCE_PARTICLES.flatMap(words)),
    namesLikeParticles: new Set(C.NAMES_LIKE_PARTICLES.flatMap(words)),
    menuStarts: C.MENU_STARTS.map(words),
    trailRoots: new Set(C.TRAIL_ROOTS.map((p) => words(p).join(' '))),
    linkTexts: new Set([...C.CHROME.filter((g) => g.link && g.mode === 'exact'), ...M.RELATED_MARKERS.filter((g) => g.itemLink)].flatMap((g) => g.phrases.map((p) => words(p).join(' ')))),
  };
  const mark = (ws: Iterable<string>, bit: number) => {
    for (const w of ws) cues.wordBits.set(w, (cues.wordBits.get(w) ?? 0) | bit);
  };
  mark(cues.related.firsts(), HIT.relatedFirst);
  // A label may be glued to a joining و (`واقرأ أيضا`): see `relatedMarker`.
  mark([...cues.related.firsts()].flatMap((w) => M.MARKER_JOINERS.map((j) => j + w)), HIT.relatedFirst);
  mark(cues.relatedSuffixes.map((w) => w[w.length - 1]!), HIT.relatedLast);
  mark(cues.listEnds.firsts(), HIT.relatedFirst);
  mark(cues.announced.lists, HIT.relatedFirst);
  mark(cues.announced.items, HIT.relatedFirst);
  mark(cues.tagLabels.firsts(), HIT.tagsFirst);
  mark(cues.sourceLabels.firsts(), HIT.sourceFirst);
  mark(cues.sourceLeadins.firsts(), HIT.sourceFirst);
  mark(cues.agencyFirsts, HIT.sourceFirst);
  mark(cues.agencyLeads, HIT.sourceFirst);
  mark(cues.trailingSourceFirsts, HIT.trailingSource);
  mark(cues.bylines.firsts(), HIT.bylineFirst);
  mark(cues.honorifics.firsts(), HIT.bylineFirst);
  mark([...cues.deskBylines].map((p) => p.split(' ')[0]!), HIT.bylineFirst);
  mark(M.BYLINE_CUES_AFTER_DASH.flatMap(words), HIT.bylineDash);
  mark(cues.postedBy, HIT.bylineDash);
  mark(cues.chromeExact.firsts(), HIT.chromeStart);
  mark(cues.chromePrefix.firsts(), HIT.chromeStart);
  mark(anchors, HIT.chrome);
  mark(masthead.map(anchor), HIT.masthead);
  mark(cues.captionPrefixes.map((w) => w[0]!), HIT.captionFirst);
  mark(cues.captionCreditLeads.map((w) => w[0]!), HIT.captionFirst);
  mark(cues.captionDuring, HIT.captionDuring);
  mark(cues.bylineRoles, HIT.role);
  mark(cues.creditJoiners, HIT.creditJoiner);
  mark(cues.captionOpeners.map((w) => w[0]!), HIT.captionFirst);
  mark(cues.portraitOpeners.firsts(), HIT.captionFirst);
  mark(cues.mediaKinds, HIT.captionFirst);
  mark(cues.madePictureLeads, HIT.captionFirst);
  mark([...cues.captionLabels].map((k) => k.split(' ')[0]!), HIT.captionFirst);
  mark(cues.captionSuffixes.map((w) => w[w.length - 1]!), HIT.captionLast);
  mark(cues.captionKindsAlone, HIT.captionLast);
  mark(cues.menuStarts.map((w) => w[0]!), HIT.menuFirst);
  mark([...cues.trailRoots].map((p) => p.split(' ')[0]!), HIT.menuFirst);
  mark(cues.monthWords, HIT.date);
  mark(cues.relativeAnchors, HIT.date);
  mark(cues.relativeTime, HIT.date);
  cues.hitTable = new HitTable(cues.wordBits);
  return cues;
}

/**
 * `wordBits` in an open-addressed table keyed by a 32-bit hash of each word,
 * so that a line's folded key is looked up word by word in one pass over its
 * characters, with no word split out as a string. Two words with one hash
 * share their bits: a hit is only a filter, and every rule it lets run checks
 * its phrases word for word (a false hit costs a rule call, never a cue).
 */
export class HitTable {
  private readonly hashes: Int32Array;
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(words: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < words.size * 4) size <<= 1;
    this.hashes = new Int32Array(size);
    this.bits = new Int32Array(size);
    this.mask = size - 1;
    for (const [w, b] of words) {
      const h = wordHash(w, 0, w.length);
      let k = h & this.mask;
      while (this.hashes[k] !== 0 && this.hashes[k] !== h) k = (k + 1) & this.mask;
      this.hashes[k] = h;
      this.bits[k]! |= b;
    }
  }

  /** The bits of the word with this hash (0 when no table word has it). */
  get(h: number): number {
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const x = this.hashes[k]!;
      if (x === h) return this.bits[k]!;
      if (x === 0) return 0;
    }
  }
}

/** FNV-1a over the code units of s[from, to), never 0 (0 marks an empty slot). */
function wordHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h === 0 ? 1 : h;
}

/** Folded forms that only words ending in alef maksura (U+0649) give: `على` folds to `علي`, which is also a name. */
function maqsuraOnly(list: readonly string[], folder: KeyFolder): Set<string> {
  const maqsura = new Set<string>();
  const other = new Set<string>();
  for (const w of list) (w.endsWith('\u0649') ? maqsura : other).add(folder.key(w));
  for (const k of other) maqsura.delete(k);
  return maqsura;
}

/**
 * Can a line ending so not end a sentence (a preposition, a conjunction)? `key`
 * is the line's folded key; `text` the line as written, so that a name written
 * with yeh (`محمد علي`) is not read as `على`.
 */
export function endsOpen(key: string, text: string, cues: CompiledCues): boolean {
  const cut = key.lastIndexOf(' ');
  const folded = key.slice(cut + 1);
  if (!cues.openEndings.has(folded)) return false;
  // (Closed by the word before it: `التعلم عن بعد`, `أم لا`.)
  if (cut > 0 && cues.closedEndings.has(key.slice(key.lastIndexOf(' ', cut - 1) + 1))) return false;
  if (!cues.maqsuraEndings.has(folded)) return true;
  // The last letter as written, harakat, tatweel and closing punctuation aside.
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0649) return true;
    if (c === 0x064a) return false;
  }
  return true;
}

/** Strips a clitic or the article when three letters stay, then a plural or possessive ending. */
function stemmer(): (word: string) => string {
  const prefix = new RegExp(`^(?:${alternation([...C.ARTICLE_FORMS, C.DEFINITE_ARTICLE, ...C.STEMMED_CLITICS])})(?=\\S{3,})`, 'u');
  const suffix = new RegExp(`(?:${alternation(C.STEM_SUFFIXES)})$`, 'u');
  // Stems are remembered: a page, and the pages after it, use the same words again and again, and a look-up
  // costs less than the two replacements. Emptied when full, so the memory stays bounded.
  const stems = new Map<string, string>();
  return (w) => {
    // (A longer word may be a view into the whole line it was split from, which the map would keep alive.)
    if (w.length > STEM_REMEMBERED_MAX_LENGTH) return w.replace(prefix, '').replace(suffix, '');
    let stem = stems.get(w);
    if (stem === undefined) {
      if (stems.size >= STEMS_REMEMBERED) stems.clear();
      stems.set(w, (stem = w.replace(prefix, '').replace(suffix, '')));
    }
    return stem;
  };
}

/** Stems one parser remembers at most: a language's running vocabulary, a few megabytes. */
const STEMS_REMEMBERED = 50_000;
/** Words up to this length are remembered: V8 copies a piece this short out of the string it was cut from. */
const STEM_REMEMBERED_MAX_LENGTH = 12;

/** Phrases as a regular-expression alternation, longest first, each escaped. */
function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/**
 * Like `alternation`, for Arabic phrases matched in text as written: harakat
 * and tatweel may follow any letter (`كَتَبَ`). Each mark class is a bounded
 * run after one letter, so the pattern stays linear.
 */
function markedAlternation(list: readonly string[]): string {
  const marks = '[\\u064b-\\u065f\\u0670\\u0640]{0,3}';
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => [...p].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (/[\u0621-\u064a]/u.test(ch) ? marks : '')).join(''))
    .join('|');
}

/** The longest line a user's chrome phrase may stand on, in words. */
const USER_CHROME_MAX_WORDS = 40;

const startsWithWords = (hay: readonly string[], needle: readonly string[]): boolean =>
  needle.length <= hay.length && needle.every((w, k) => hay[k] === w);
/** Does a run of folded words open with a story's continuation (`وأضاف`, `من جهته`)? One look-up for its first word. */
export function opensWithContinuation(words: readonly string[], cues: CompiledCues): boolean {
  const phrases = cues.continuations.get(words[0] ?? '');
  return phrases !== undefined && phrases.some((c) => startsWithWords(words, c));
}

/**
 * Is a line's first folded word the conjunction glued to a present-tense verb (`ويمنح`, `وتقول`, `ويشهد`):
 * a sentence going on from the one above, whatever the verb? (Not a word whose own first letter is و.)
 */
export function opensWithConjunctionVerb(first: string, cues: CompiledCues): boolean {
  return first.length >= L.conjunctionVerbMinLetters && !cues.wawRootWords.has(first) && cues.conjunctionVerbPrefixes.some((p) => first.startsWith(p));
}

/** Phrases of folded words grouped by their first word (a phrase that folds to nothing is left out). */
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) if (p.length > 0) map.set(p[0]!, [...(map.get(p[0]!) ?? []), p]);
  return map;
}
const endsWithWords = (hay: readonly string[], needle: readonly string[]): boolean =>
  needle.length <= hay.length && needle.every((w, k) => hay[hay.length - needle.length + k] === w);
function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  for (let k = 0; k + needle.length <= hay.length; k++) if (needle.every((w, m) => hay[k + m] === w)) return true;
  return false;
}

/** Characters that separate a label from its value: `:`, dashes, `|`, `/`, `»`, arrows (`←`, `>>`, `›`), dots. */
const SEPARATOR = /^[\s:：\-–—ـ|/»«.،,؛;←→⟵⟶⇐⇒⬅➡›‹<>]+/u;
/** A Latin word with a comma glued to it (`Author,`), and text opening with an Arabic letter after spaces. */
const LATIN_FIELD = /^[A-Za-z]{2,20},$/;
const ARABIC_START = /^\s{0,4}[\u0621-\u064a]/u;
// (A tatweel counts as a dash: `كتب ـ محمد سامي` is typed with the Arabic keyboard's own dash.)
const SEPARATOR_CHARS = /[:：\-–—ـ|/»←→⟵⟶⇐⇒⬅➡›‹<>]/u;

/**
 * Splits `text` after the first `count` folded words: returns the text up to
 * the end of those words and any separator after them, and the rest.
 */
export function splitAfterWords(text: string, count: number, folder: KeyFolder): { head: string; rest: string; separated: boolean } {
  if (count <= 0) return { head: '', rest: text.trim(), separated: false };
  const re = /\S+/g;
  let seen = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const k = folder.key(m[0]);
    const n = k ? k.split(' ').length : 0;
    seen += n;
    if (seen > count) {
      // The phrase ends inside this token, at punctuation with no space after
      // it (`الصورة،Getty`): split there.
      const at = gluedSplit(m[0], count - (seen - n), folder);
      if (at > 0) return { head: text.slice(0, m.index + at).trim(), rest: text.slice(m.index + at).trim(), separated: true };
    }
    if (seen >= count) {
      let end = m.index + m[0].length;
      // A separator glued to the last word (`أيضاً:`) belongs to the head already.
      const glued = SEPARATOR_CHARS.test(m[0].slice(-1)) || /\.\.$/.test(m[0]);
      const after = text.slice(end);
      const sep = SEPARATOR.exec(after);
      if (sep) end += sep[0].length;
      const head = text.slice(0, end).trim();
      const rest = text.slice(end).trim();
      // (A comma after a Latin word with Arabic after it, `Author, سامي يوسف`, is a field's separator: a template's label
      // over an Arabic value. In Arabic, `الكاتب، الذي ...` goes on as a sentence.)
      const latinField = LATIN_FIELD.test(m[0]) && ARABIC_START.test(after);
      return { head, rest, separated: glued || latinField || (sep !== null && SEPARATOR_CHARS.test(sep[0])) || (sep !== null && /\.\./.test(sep[0])) };
    }
  }
  return { head: text.trim(), rest: '', separated: false };
}

/**
 * Where, inside one token, its first `words` key words end at a punctuation
 * mark; 0 if they do not. Only the token's first 64 characters are looked at:
 * the words belong to a marker phrase, which is short.
 */
function gluedSplit(token: string, words: number, folder: KeyFolder): number {
  const end = Math.min(token.length - 1, L.gluedPhraseMaxChars);
  for (let j = 1; j < end; j++) {
    if (!SEPARATOR.test(token[j]!)) continue;
    const head = folder.key(token.slice(0, j));
    const n = head ? head.split(' ').length : 0;
    if (n === words) return j + 1;
    if (n > words) return 0;
  }
  return 0;
}

/** Context the line rules read: the compiled tables and the folder. */
export interface ClassifyContext {
  cues: CompiledCues;
  folder: KeyFolder;
}

/** What the rules know of the page as a whole. */
export interface PageFacts {
  /** Most lines hold Arabic: a short Latin line is then a button or a label. */
  arabic: boolean;
  /** The page spaces its prose wide (two spaces or more between words): a wide gap then tells no menu (see `gappedMenu`). */
  looseSpacing?: boolean;
}

/** A wide gap between two words: two blanks or more, or a tab. Linear: one run of blanks between two marks. */
const INNER_WIDE_GAP = /\S(?:[ \t\u00a0]{2,}|\t)\S/u;
/** A sentence's punctuation: no menu has it. */
const SENTENCE_PUNCTUATION = /[.،,:؛;!?؟]/u;

/** What the rules know of the whole page (see `PageFacts`), from its lines. */
export function pageFacts(lines: readonly Line[]): PageFacts {
  return new LinesFacts(lines);
}

/** Page facts read from the lines; the spacing only when a rule asks (a line with a wide gap in it). */
class LinesFacts implements PageFacts {
  readonly arabic: boolean;
  private loose: boolean | undefined;

  constructor(private readonly lines: readonly Line[]) {
    let visible = 0;
    let arabic = 0;
    for (const l of lines) {
      if (l.blank) continue;
      visible++;
      if (l.arabic) arabic++;
    }
    this.arabic = visible > 0 && arabic / visible >= L.arabicPageShare;
  }

  get looseSpacing(): boolean {
    if (this.loose !== undefined) return this.loose;
    let prose = 0;
    let wide = 0;
    for (const l of this.lines) {
      // (Prose: punctuated lines of a few words, which no menu is, so a menu never counts itself.)
      if (l.blank || l.words < L.spacingProseMinWords || !SENTENCE_PUNCTUATION.test(l.raw)) continue;
      prose++;
      if (mayHoldWideGap(l) && INNER_WIDE_GAP.test(l.raw)) wide++;
    }
    // Half the prose lines with a wide gap: the page's own spacing, not a scraper's join.
    return (this.loose = prose > 0 && wide >= prose * L.looseSpacingShare);
  }
}

/**
 * Which phrase tables a line touches, as bits: from one pass over its folded
 * words against `wordBits` (see `tableHits`). A rule that needs a phrase of
 * its table is not run on a line that touches none.
 */
export const HIT = {
  /** The first word opens a related-list marker. */
  relatedFirst: 1 << 0,
  /** The last word ends a related-list suffix (`... ذات صلة`). */
  relatedLast: 1 << 1,
  /** The first word opens a tag label. */
  tagsFirst: 1 << 2,
  /** The first word opens a source label, a lead-in or an agency name. */
  sourceFirst: 1 << 3,
  /** A word opens a source label that may close a line (`... - المصدر: X`). */
  trailingSource: 1 << 4,
  /** The first word opens a byline cue or an honorific. */
  bylineFirst: 1 << 5,
  /** A word is a byline cue that may stand inside the line: after a dash (`القاهرة - كتب:`), or after a date (`... بواسطة X`). */
  bylineDash: 1 << 6,
  /** A word anchors a chrome phrase that may sit anywhere (its longest word). */
  chrome: 1 << 7,
  /** A word anchors a masthead title (its longest word). */
  masthead: 1 << 8,
  /** The first word opens a caption prefix or label. */
  captionFirst: 1 << 9,
  /** The last word ends a caption suffix. */
  captionLast: 1 << 10,
  /** A word names a month or a weekday, or says how long ago (`منذ`, `قبل`). */
  date: 1 << 11,
  /** The first word opens a menu (`الرئيسية`). */
  menuFirst: 1 << 12,
  /** The first word that is not a number opens a chrome phrase that must open the line. */
  chromeStart: 1 << 13,
  /** The key holds a digit (no table: a fact of the line, exact). */
  digit: 1 << 14,
  /** A word says what a pictured person was doing (`خلال`, `أثناء`). */
  captionDuring: 1 << 15,
  /** A word names what a byline's author is (`مراسل`, `كاتب`): a name and a role may share the line. */
  role: 1 << 16,
  /** A word joins an outlet to the wires it credits (`مع`). */
  creditJoiner: 1 << 17,
} as const;
const FIRST_HITS = HIT.relatedFirst | HIT.tagsFirst | HIT.sourceFirst | HIT.bylineFirst | HIT.captionFirst | HIT.menuFirst;
const LAST_HITS = HIT.relatedLast | HIT.captionLast;
const ANY_HITS = HIT.trailingSource | HIT.bylineDash | HIT.chrome | HIT.masthead | HIT.date | HIT.captionDuring | HIT.role | HIT.creditJoiner;

/**
 * `tableHits` of a folded key (words separated by single spaces), read in one
 * pass over its characters against `hitTable`: no word is split out. The same
 * bits, or more where two words share a hash (see `HitTable`).
 */
export function tableHitsOfKey(key: string, cues: CompiledCues): number {
  const n = key.length;
  if (n === 0) return 0;
  const table = cues.hitTable;
  let words = 0;
  let first = 0;
  let any = 0;
  let opening = -1;
  let last = 0;
  let h = 0x811c9dc5 | 0;
  let digits = true;
  let sawDigit = false;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? key.charCodeAt(k) : 0x20;
    if (c !== 0x20) {
      h = Math.imul(h ^ c, 0x01000193);
      if (c < 0x30 || c > 0x39) digits = false;
      else sawDigit = true;
      continue;
    }
    const bits = table.get(h === 0 ? 1 : h);
    if (words === 0) first = bits;
    any |= bits;
    // Exact chrome phrases match with numbers aside: the opening word is the first that is not a number.
    if (opening < 0 && !digits) opening = bits;
    last = bits;
    words++;
    h = 0x811c9dc5 | 0;
    digits = true;
  }
  const digit = sawDigit ? HIT.digit : 0;
  if (words > MAX_CHROME_WORDS) return (first & FIRST_HITS) | digit;
  if (opening < 0) opening = last;
  return (any & ANY_HITS) | (first & FIRST_HITS) | (opening & HIT.chromeStart) | (last & LAST_HITS) | digit;
}

/**
 * The tables a line's words touch (see `HIT`): one map look-up a word. A line
 * longer than any chrome line is only looked at for its first word (a tag label).
 * The plain statement of what `tableHitsOfKey` computes in one pass: the tests
 * hold the two equal.
 */
export function tableHits(words: readonly string[], cues: CompiledCues): number {
  const n = words.length;
  if (n === 0) return 0;
  const bits = cues.wordBits;
  const first = bits.get(words[0]!) ?? 0;
  const digit = words.some(hasDigitAscii) ? HIT.digit : 0;
  if (n > MAX_CHROME_WORDS) return (first & FIRST_HITS) | digit;
  let any = first;
  for (let k = 1; k < n; k++) any |= bits.get(words[k]!) ?? 0;
  // Exact chrome phrases match with numbers aside (`12 تعليقا`): their first word is the first that is not a number.
  let start = 0;
  while (start < n - 1 && isNumber(words[start]!)) start++;
  const opening = start === 0 ? first : (bits.get(words[start]!) ?? 0);
  return (any & ANY_HITS) | (first & FIRST_HITS) | (opening & HIT.chromeStart) | ((bits.get(words[n - 1]!) ?? 0) & LAST_HITS) | digit;
}

/** Does a folded word hold a digit (keys spell every digit in ASCII)? */
function hasDigitAscii(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * A word with the clitic glued to it taken off (`بملفات` → `ملفات`, `للخصوصية` → `الخصوصية`), or null
 * when it has none. ك stays on (`كلمة`); a stem shorter than three letters is no word of a phrase.
 */
export function cliticBare(word: string): string | null {
  if (word.startsWith(C.LAM_ARTICLE) && word.length >= C.LAM_ARTICLE.length + 3) return C.DEFINITE_ARTICLE + word.slice(C.LAM_ARTICLE.length);
  return word.length >= 4 && C.STEMMED_CLITICS.includes(word[0]!) ? word.slice(1) : null;
}

/** The forms `cliticBare` takes back to a word: each clitic glued to it, and لل for its article (`بملفات`, `للخصوصية`). */
function cliticForms(word: string): string[] {
  const forms = C.STEMMED_CLITICS.map((c) => c + word);
  if (word.startsWith(C.DEFINITE_ARTICLE)) forms.push(C.LAM_ARTICLE + word.slice(C.DEFINITE_ARTICLE.length));
  return forms.filter((f) => cliticBare(f) === word);
}

/** The word a phrase is looked for by: its longest, the least common in a story. */
function anchor(words: readonly string[]): string {
  let best = words[0]!;
  for (const w of words) if (w.length > best.length) best = w;
  return best;
}

type LineRule = (line: Line, ctx: ClassifyContext, page: PageFacts, hits: number) => Cue | null;

function relatedMarker(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  if (!(hits & (HIT.relatedFirst | HIT.relatedLast))) return null;
  let words = line.contentKeyWords;
  if (words.length === 0 || words.length > L.paragraphWords) return null;
  const announced = words.length <= LIST_ANNOUNCEMENT_MAX_WORDS ? listAnnouncement(line, words, ctx.cues) : null;
  if (announced) return announced;
  let found = ctx.cues.related.at(words);
  // `واقرأ أيضا`: the label glued to a joining و is read without it.
  const joiner = found.length === 0 ? M.MARKER_JOINERS.find((j) => words[0]!.length > j.length + 1 && words[0]!.startsWith(j)) : undefined;
  if (joiner) {
    words = [words[0]!.slice(joiner.length), ...words.slice(1)];
    found = ctx.cues.related.at(words);
  }
  const end = found.length === 0 ? listEnd(words, ctx.cues) : null;
  if (end) return end;
  for (const p of found) {
    const extra = words.length - p.words.length;
    const after = p.data.afterStory ? ({ afterStory: true } as const) : {};
    // `اقرأ المزيد حول: الموازنة، البرلمان`: a longer tag label before a separator, read by the tag rule.
    if (extra > 0 && labelsTags(line, words, ctx)) return null;
    // A link that counts only inside the story is weak, and never a label on its own.
    const strong = !p.data.storyOnly;
    if (extra === 0) {
      if (!strong) return null;
      const label = line.content.trim();
      if (p.data.overHeadlines) return { group: 'marker', rule: 'related-marker', kind: p.data.kind, label, overHeadlines: true };
      return p.data.itemLink ? { group: 'marker', rule: 'related-marker', kind: p.data.kind, label, itemLink: true } : { group: 'marker', rule: 'related-marker', kind: p.data.kind, label, ...after };
    }
    // (A menu's name is a label alone on its line, never a lead-in.)
    if (p.data.overHeadlines) continue;
    const { head, rest, separated } = splitAfterWords(line.content, p.words.length, ctx.folder);
    const skip = p.words.length;
    // `اقرأ أيضا في المدار: ...`, `اقرأ أيضا على موقعنا: ...`: the word or two naming where to read (a section, a
    // site) belong to the label, the separator after them; the first separator ends the label.
    // (A separator before the phrase's last word, `اقرأ أيضا: في ...`: the shorter label, and a headline opening with it.)
    if (p.data.extraWords > 0 && skip > 1 && splitAfterWords(line.content, skip - 1, ctx.folder).separated) continue;
    for (let more = 1; !separated && more <= p.data.extraWords && skip + more < words.length; more++) {
      const named = splitAfterWords(line.content, skip + more, ctx.folder);
      if (!named.separated) continue;
      if (countWords(named.rest, ctx.folder) >= L.inlineHeadlineMinWords) {
        return { group: 'inline', rule: 'inline-related', kind: p.data.kind, label: named.head, headline: unwrapped(line.content, named.rest), skip: skip + more, strong, ...after };
      }
      break;
    }
    // `شاهد أيضا على قناتنا في يوتيوب`: with no separator, the words after the label name the site's own
    // channel, not a story (after a separator they are a headline, whatever it holds).
    if (!separated && namesOurChannel(words, p.words.length, ctx.cues)) return null;
    const restWords = rest.split(/\s+/).filter(Boolean).length;
    // A weak link's words naming only a wire or a picture's maker (`فيديو: أ ف ب`) are a credit, not a headline.
    if (!strong && creditOnly(words.slice(skip), ctx.cues)) return null;
    if (separated && restWords >= L.inlineHeadlineMinWords) return { group: 'inline', rule: 'inline-related', kind: p.data.kind, label: head, headline: unwrapped(line.content, rest), skip, strong, ...after };
    if (p.data.needsSeparator) return null;
    const notNaming = namesNoStory(words, skip, ctx.cues);
    if (extra <= p.data.extraWords && !separated && !notNaming) return { group: 'marker', rule: 'related-marker', kind: p.data.kind, label: line.content.trim() };
    // With no separator, a sentence after the words (clauses, a full stop) is the story addressing its reader:
    // `اقرأ أيضا ما كتبه الباحث في كتابه، تجد أن القصة أعمق.` So is one opening with a complementizer after a
    // label speaking to the reader (`قد يهمك أن تعرف ...`).
    const glued = p.data.kind === 'read-also' || (p.data.gluedHeadline && !ctx.cues.complementizers.has(words[skip]!));
    if (glued && restWords >= L.unseparatedReadAlsoMinWords && !notNaming && !(line.last === '.' && CLAUSE_COMMA.test(rest))) {
      return { group: 'inline', rule: 'inline-related', kind: p.data.kind, label: head, headline: unwrapped(line.content, rest), skip, strong };
    }
    return null;
  }
  if (words.length <= M.RELATED_SUFFIX_MAX_WORDS && ctx.cues.relatedSuffixes.some((s) => words.length > s.length && endsWithWords(words, s))) {
    return { group: 'marker', rule: 'related-marker', kind: 'related', label: line.content.trim() };
  }
  return null;
}

/** Brackets that wrap a whole read-also line, `(اقرأ أيضا: ...)`, `[...]`, `«...»`: opening and closing. */
const WRAPPING_BRACKETS: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']'], ['«', '»'], ['{', '}']]);

/** The headline without the closing bracket of brackets wrapping the whole line (`(اقرأ أيضا: ...)`). */
function unwrapped(content: string, headline: string): string {
  const close = WRAPPING_BRACKETS.get(content.trimStart()[0] ?? '');
  if (close === undefined || !headline.endsWith(close)) return headline;
  const open = content.trimStart()[0]!;
  // (Only a closing bracket the headline did not open: `... (صور)` keeps its own.)
  let depth = 0;
  for (const c of headline) depth += c === open ? 1 : c === close ? -1 : 0;
  return depth < 0 ? headline.slice(0, -1).trimEnd() : headline;
}

/**
 * `نهاية قصص مقترحة`: an end word and a whole related label after it close the list. A one-word
 * end word alone on its line (`نهاية`) is the same mark with the label left out: Arabic needs a
 * noun after it in a sentence, so alone it is a box's closing label, never the story's words.
 */
function listEnd(words: readonly string[], cues: CompiledCues): Cue | null {
  for (const end of cues.listEnds.at(words)) {
    const n = end.words.length;
    // `نهاية`, `نهاية قصص مقترحة`, and a screen reader's `نهاية القائمة` (`end of list`).
    const alone = n === 1 && words.length === 1;
    const list = words.length === n + 1 && cues.announced.lists.has(words[n]!);
    if (alone || list || cues.related.at(words, n).some((p) => n + p.words.length === words.length)) return { group: 'chrome', rule: 'list-end', ends: 'list', final: true };
  }
  return null;
}

/** A screen reader's announcement has at most this many words (`قائمة من 4 عناصر`, `list 2 of 4`). */
const LIST_ANNOUNCEMENT_MAX_WORDS = 4;
/** A count in an announcement: one to three digits, Western or Arabic-Indic. */
const COUNT = /^[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}$/u;

/**
 * A screen reader's words saved as a line (see `LIST_ANNOUNCEMENT`): `list of 4 items` opens a related list,
 * `list 2 of 4` numbers one of its links (furniture inside the list, which goes on under it).
 */
function listAnnouncement(line: Line, words: readonly string[], cues: CompiledCues): Cue | null {
  const { lists, joiners, items } = cues.announced;
  const [a, b, c, d] = words;
  // `list of 4 items`, `قائمة من 4 عناصر`, `list of 4`: the box opens.
  if (lists.has(a!) && joiners.has(b ?? '') && COUNT.test(c ?? '') && (d === undefined || items.has(d))) {
    return { group: 'marker', rule: 'list-announcement', kind: 'related', label: line.content.trim(), announced: true };
  }
  // `list 2 of 4`, `عنصر 2 من 4`: one link's number.
  if (words.length === 4 && (lists.has(a!) || items.has(a!)) && COUNT.test(b!) && joiners.has(c!) && COUNT.test(d!)) return furniture('list-item-number');
  return null;
}

/**
 * Do the words right after a label, with no separator, say the line names no story: `المزيد من التفاصيل لاحقا`
 * (more details later), `اقرأ المزيد من التفاصيل في البيان.` (a preposition, then the details)?
 */
function namesNoStory(words: readonly string[], at: number, cues: CompiledCues): boolean {
  const w = words[at];
  if (w === undefined) return false;
  return cues.markerNotNaming.has(w) || (cues.markerNotNamingLeads.has(w) && cues.markerNotNaming.has(words[at + 1] ?? ''));
}

/** Does one of the few words from `from` on name the site's own channel (`على قناتنا`, `لقناتنا`: a clitic before it)? */
function namesOurChannel(words: readonly string[], from: number, cues: CompiledCues): boolean {
  for (let k = from; k < Math.min(words.length, from + L.ourChannelMaxWordsAfterLabel); k++) {
    const w = words[k]!;
    if (cues.ourChannels.has(w) || (C.CLITICS.includes(w[0]!) && cues.ourChannels.has(w.slice(1)))) return true;
  }
  return false;
}

/**
 * Does the line open with a tag label that needs a separator (`اقرأ المزيد عن`), with one after it and
 * tags after that (each a few words: a headline after `المزيد عن:` is a link to a story)?
 */
function labelsTags(line: Line, words: readonly string[], ctx: ClassifyContext): boolean {
  return ctx.cues.tagLabels.at(words).some((p) => {
    if (!p.data.needsSeparator) return false;
    const { rest, separated } = splitAfterWords(line.content, p.words.length, ctx.folder);
    return separated && rest.split(/[،,؛;|]/u).every((t) => countWords(t, ctx.folder) <= L.labelledTagMaxWords);
  });
}

const CLAUSE_COMMA = /[،,]/u;

/**
 * `المصدر الجزيرة`: a source label, then a name of a few words with nothing
 * between them, the whole line. Not a person described (`المصدر الأمني`, a
 * definite word ending in ي; `المصدر نفسه`), no particle of a sentence and no
 * end punctuation (`المصدر أكد ذلك.` opens a sentence).
 */
function unseparatedSource(line: Line, words: readonly string[], ctx: ClassifyContext): Cue | null {
  if (line.words !== words.length || /[.!؟?:،,]$/u.test(line.last)) return null;
  for (const p of ctx.cues.sourceLabelsBare.at(words)) {
    const name = words.slice(p.words.length);
    if (name.length === 0 || name.length > L.unseparatedSourceMaxWords) continue;
    if (name.some((w) => ctx.cues.sentenceParticles.has(w) || ctx.cues.sourceNotNames.has(w))) continue;
    if (name.length === 1 && name[0]!.startsWith('ال') && name[0]!.endsWith('ي')) continue;
    const { rest } = splitAfterWords(line.content, p.words.length, ctx.folder);
    if (rest) return { group: 'source', rule: 'source-line', value: cleanValue(rest), skip: p.words.length };
  }
  return null;
}

function tagsLine(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  if (!(hits & HIT.tagsFirst) && !line.content.trimStart().startsWith('#')) return null;
  const words = line.contentKeyWords;
  if (words.length === 0) return null;
  // A line of hashtags: `#تونس #سويسرا #التكتل`.
  const tokens = line.content.trimStart().startsWith('#') ? line.content.split(/\s+/).filter(Boolean) : [];
  const hashed = tokens.filter((t) => t.startsWith('#') && t.length > 1);
  if (hashed.length > 0 && tokens[0]!.startsWith('#') && hashed.length / tokens.length >= 0.6) {
    return { group: 'hashtags', rule: 'hashtags', tags: hashed.map((t) => trimEndWhere(t.slice(1).replace(/_/g, ' '), TAG_TAIL).trim()).filter(Boolean) };
  }
  for (const p of ctx.cues.tagLabels.at(words)) {
    if (words.length === p.words.length) {
      if (p.data.needsSeparator) continue;
      return { group: 'tags-label', rule: 'tags-label' };
    }
    const { rest, separated } = splitAfterWords(line.content, p.words.length, ctx.folder);
    // (A hashtag right after the label, `هاشتاغ #الذهب #النفط`, separates it as a colon would.)
    if ((separated || rest.startsWith('#')) && rest) return { group: 'tags', rule: 'tags-line', value: rest, skip: p.words.length };
    // `كلمات دلالية الذهب النفط`: a label no sentence opens with, the tags glued on; a sentence would end with a period.
    // (A subheading opening with the same words reads on with a particle: `الكلمات المفتاحية في محركات البحث`.)
    if (p.data.unseparated && rest && !/[.!?؟]$/u.test(rest.trim()) && particles(words.slice(p.words.length), ctx.cues) === 0) {
      return { group: 'tags', rule: 'tags-line', value: rest, skip: p.words.length };
    }
    return null;
  }
  return gluedTagLabel(line, words, ctx);
}

/**
 * A tag label of two words or more whose last word runs into the first tag, the space between them lost where the
 * page set them apart (`كلمات دلاليةالذهب النفط`): the tags after it. No word of a sentence opens so.
 */
function gluedTagLabel(line: Line, words: readonly string[], ctx: ClassifyContext): Cue | null {
  for (const label of ctx.cues.tagLabelsGlued) {
    const n = label.length;
    const last = label[n - 1]!;
    const word = words[n - 1];
    if (words.length < n || !word || word.length < last.length + L.gluedTagMinLetters || !word.startsWith(last)) continue;
    if (!label.slice(0, -1).every((w, k) => words[k] === w)) continue;
    const { rest } = splitAfterWords(line.content, n - 1, ctx.folder);
    const cut = afterGluedWord(rest, last, ctx.folder);
    const value = cut > 0 ? rest.slice(cut).trim() : '';
    if (value && !/[.!?؟]$/u.test(value)) return { group: 'tags', rule: 'tags-line', value, skip: n - 1, glued: last };
  }
  return null;
}

/** Where, in `text`, the shortest opening that folds to `word` ends (the glued word's end); -1 when none does within a few letters. */
export function afterGluedWord(text: string, word: string, folder: KeyFolder): number {
  for (let k = word.length; k <= Math.min(text.length, word.length + L.gluedWordMarksMax); k++) {
    if (folder.key(text.slice(0, k)) === word) return k;
  }
  return -1;
}

function sourceLine(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  // An outlet credited with the wires: `الجزيرة نت + وكالات`, `المصدر + رويترز`.
  if (line.words <= L.agencyLineMaxWords && (line.content.includes('+') || hits & HIT.creditJoiner) && withAgencies(line.content, ctx)) {
    return { group: 'agency', rule: 'agency-credit', value: cleanValue(stripBrackets(line.content)) };
  }
  // Editors' initials, then the wires in brackets: `م.ع.ح/ ع.ج.م (د ب أ، رويترز)`.
  if (line.words <= L.agencyLineMaxWords && line.last === ')' && line.content.includes('/')) {
    const initialed = INITIALS_THEN_CREDIT.exec(line.content.trim());
    const credit = initialed && initialsOnly(initialed[1]!, ctx) ? ctx.folder.key(initialed[2]!).split(' ').filter(Boolean) : [];
    if (initialed && isAgencyList(credit, ctx.cues)) return { group: 'agency', rule: 'agency-credit', value: cleanValue(initialed[2]!) };
  }
  // A paper named in quotes after `عن` (`عن «الشرق الأوسط»`): the piece is taken from it.
  if (line.words <= L.quotedSourceMaxWords) {
    const m = QUOTED_NAME.exec(line.content.trim());
    if (m && ctx.cues.quotedSourceLeads.has(line.contentKeyWords[0] ?? '')) return { group: 'source', rule: 'source-leadin', value: m[1]!.trim(), skip: 1 };
  }
  if (!(hits & (HIT.sourceFirst | HIT.trailingSource))) return null;
  const words = line.contentKeyWords;
  if (words.length === 0 || words.length > L.sourceLineMaxWords) return null;
  for (const p of ctx.cues.sourceLabels.at(words)) {
    // The label alone, its value on the next line (`المصدر:` / `الجزيرة نت`).
    if (words.length === p.words.length) {
      const colon = !ctx.cues.sourceLabelsWithColon.has(words.join(' ')) || /[:：]\s*$/u.test(line.content);
      if (line.words === words.length && colon) return { group: 'source-label', rule: 'source-label' };
      continue;
    }
    const { rest, separated } = splitAfterWords(line.content, p.words.length, ctx.folder);
    if (separated && rest) return { group: 'source', rule: 'source-line', value: cleanValue(rest), skip: p.words.length };
  }
  const bare = unseparatedSource(line, words, ctx);
  if (bare) return bare;
  for (const p of ctx.cues.sourceLeadins.at(words)) {
    if (words.length === p.words.length || words.length > L.sourceLeadinMaxWords) continue;
    const skip = p.data.naming ? p.words.length - 1 : p.words.length;
    const { rest } = splitAfterWords(line.content, skip, ctx.folder);
    if (rest) return { group: 'source', rule: 'source-leadin', value: cleanValue(rest), skip };
  }
  if (words.length <= L.agencyLineMaxWords && isAgencyList(words, ctx.cues)) {
    return { group: 'agency', rule: 'agency-credit', value: cleanValue(stripBrackets(line.content)) };
  }
  // `عن` before wire agencies only (`عن رويترز`, `(عن أ ف ب)`): the agencies credited.
  if (words.length > 1 && words.length <= L.agencyLineMaxWords && ctx.cues.agencyLeads.has(words[0]!) && isAgencyList(words.slice(1), ctx.cues)) {
    const { rest } = splitAfterWords(stripBrackets(line.content), 1, ctx.folder);
    if (rest) return { group: 'agency', rule: 'agency-credit', value: cleanValue(stripBrackets(rest)) };
  }
  // A meta line ending with the attribution: `آخر تحديث 2023-03-28 - المصدر: اخبار العراق`.
  const trailing = trailingSource(line.content, ctx, words);
  if (trailing) {
    const cue: Cue = { group: 'source', rule: 'source-line', value: trailing.value, skip: -1 };
    // The part before it may be the page's date: then the line is header meta too.
    const head = line.content.slice(0, trailing.at).trim();
    if (head && dateLine(makeLine(0, head, head, ctx.folder), ctx)) cue.dated = true;
    return cue;
  }
  return null;
}

/** A word, then a name in quotes and nothing more: `عن «الشرق الأوسط»`, `عن "الحياة".` */
const QUOTED_NAME = /^\S+\s*[«"“]([^«»"“”\n]{1,60})[»"”][\s.]*$/u;
/** The marks a quoted name closes with. */
const QUOTE_CLOSERS = '»"”';

/** Separators a trailing source may follow, and the bracket that may open it: `... الخليج. (المصدر: X)`. */
const TRAILING_SEPARATORS = /[-–—|(]/gu;

/**
 * `... - المصدر: X` or `... (المصدر: X)` at the end of a line (a meta line, or a story's last
 * paragraph): the source X, and where its separator is. The label is matched
 * folded, so harakat and spelling do not matter; the value is a name (no
 * clause inside, at most `trailingSourceMaxChars`).
 */
export function trailingSource(text: string, ctx: ClassifyContext, words?: readonly string[]): { value: string; at: number } | null {
  // Only a line that holds a label's first word at all is searched.
  if (words && !words.some((w) => ctx.cues.trailingSourceFirsts.has(w))) return null;
  const seps: number[] = [];
  for (const m of text.matchAll(TRAILING_SEPARATORS)) seps.push(m.index);
  for (let k = seps.length - 1; k >= 0 && k >= seps.length - L.trailingSourceSeparators; k--) {
    const tail = text.slice(seps[k]! + 1);
    if (tail.length > L.trailingSourceMaxChars + L.trailingSourceLabelChars) continue;
    const words = ctx.folder.key(tail).split(' ').filter(Boolean);
    for (const p of ctx.cues.trailingSourceLabels.at(words)) {
      if (words.length === p.words.length) continue;
      const { rest, separated } = splitAfterWords(tail, p.words.length, ctx.folder);
      const value = cleanValue(trimEndWhere(rest, (c) => c === '.' || c === ' '));
      if (separated && value.length >= 2 && value.length <= L.trailingSourceMaxChars && !/[.،\n]/u.test(value)) return { value, at: seps[k]! };
    }
  }
  return null;
}

/** Is the line only agency names (optionally joined with و)? */
export function isAgencyList(words: readonly string[], cues: CompiledCues): boolean {
  const first = words[0];
  if (first === undefined || !cues.agencyFirsts.has(first)) return false;
  const agencies = cues.agencies;
  let k = 0;
  let found = 0;
  outer: while (k < words.length) {
    for (const a of agencies) {
      const w = words.slice(k, k + a.length);
      if (w.length === a.length && a.every((x, m) => w[m] === x || (m === 0 && joined(w[m]!, x, cues)))) {
        k += a.length;
        found++;
        continue outer;
      }
    }
    // A joining word between names; looked at after the names, as one opens with it (`و م ع`).
    if (cues.agencyJoiners.has(words[k]!)) {
      k++;
      continue;
    }
    return false;
  }
  return found > 0;
}

/** Parts joined by `+`, each a name of a few words, one of them agencies (`الجزيرة نت + وكالات`). */
function withAgencies(text: string, ctx: ClassifyContext): boolean {
  const parts = splitCredit(stripBrackets(text), ctx);
  if (parts.length < 2 || parts.length > L.creditPartsMax) return false;
  let agencies = 0;
  for (const p of parts) {
    const words = ctx.folder.key(p).split(' ').filter(Boolean);
    // A name, not a clause: no sentence marks (a dot only inside a name, `العربية.نت`), no number but the
    // one or two digits of a name (`فرانس 24`, `فرانس24`).
    if (words.length === 0 || words.length > L.creditPartMaxWords || /[!?؟:،,]|\.(?:\s|$)/u.test(p) || (hasDigit(p) && !NAME_DIGITS.test(p))) return false;
    if (isAgencyList(words, ctx.cues)) agencies++;
  }
  return agencies > 0;
}

/** A name whose only digits are one or two, alone or glued to its letters (`فرانس 24`, `فرانس24`). */
const NAME_DIGITS = /^[^\d\u0660-\u0669\u06f0-\u06f9]*[\d\u0660-\u0669\u06f0-\u06f9]{1,2}[^\d\u0660-\u0669\u06f0-\u06f9]*$/u;

/** A credit's parts between its joiners: at a `+` wherever it stands, at a joining word between spaces. */
function splitCredit(text: string, ctx: ClassifyContext): string[] {
  const parts: string[] = [];
  let part: string[] = [];
  for (const token of text.replace(/\+/gu, ' + ').split(/\s+/u)) {
    if (token === '+' || ctx.cues.creditJoiners.has(ctx.folder.key(token))) {
      parts.push(part.join(' '));
      part = [];
    } else if (token) part.push(token);
  }
  parts.push(part.join(' '));
  return parts;
}

/** Is `word` the agency word `first` with a joining و glued to it? */
function joined(word: string, first: string, cues: CompiledCues): boolean {
  return word.length === first.length + 1 && word.endsWith(first) && cues.agencyJoiners.has(word[0]!);
}

const VALUE_HEAD = charClass(/[\s:：\-–—|/»«.،,]/u);
const VALUE_TAIL = charClass(/[\s:：\-–—|/»«،,]/u);
const SEPARATOR_TAIL = charClass(/[\s:：\-–—|/،,]/u);
const TAG_TAIL = charClass(/[.,،؛:]/u);
const OPEN_BRACKET = charClass(/[\s(（[]/u);
const CLOSE_BRACKET = charClass(/[\s)）\]]/u);

/** Trims separators and brackets around a field value. */
export function cleanValue(s: string): string {
  let start = 0;
  while (start < s.length && VALUE_HEAD(s[start]!)) start++;
  let value = trimEndWhere(s.slice(start), VALUE_TAIL).trim();
  // A bracket closed at the end but opened before the value began: `(المصدر: رويترز)`.
  while (value && CLOSE_BRACKET(value[value.length - 1]!) && !/[(（[]/u.test(value)) value = trimEndWhere(value.slice(0, -1), VALUE_TAIL).trim();
  // A closing quote whose opening quote is in the value stays: `القاهرة - «الأفق»`.
  if (value.includes('«') && !value.includes('»') && trimEndWhere(s, SEPARATOR_TAIL).endsWith('»')) value += '»';
  return value;
}

/** Removes the brackets around a credit line, `(أ ف ب، رويترز)`; a bracket closing inside it stays: `وكالة الأنباء السعودية (واس)`. */
export function stripBrackets(s: string): string {
  const text = s.trim();
  let start = 0;
  while (start < text.length && OPEN_BRACKET(text[start]!)) start++;
  let end = text.length;
  while (end > start && text.length - end < start && CLOSE_BRACKET(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** A byline's name without the date that may follow it: `سامي يوسف - 15 مايو 2024` gives `سامي يوسف`. */
export function nameWithoutDate(value: string, ctx: ClassifyContext): string {
  if (value.length > L.bylineDateSearchMaxChars) return value;
  // Boundaries from the left, the first whose tail reads as a date (which may hold dashes itself:
  // `19-05-2024`): a spaced dash or bar, a comma, or a plain space (`سلمى الحداد 19 مايو 2024`,
  // `X في 19 مايو 2024`), where the date must open with a number, a month or a weekday.
  const boundaries = /\s[-–—|]\s*|\s*[،,]\s*|\s+/gu;
  for (let m = boundaries.exec(value); m; m = boundaries.exec(value)) {
    const tail = value.slice(m.index + m[0].length).trim();
    if (m[0].trim() === '') {
      const first = ctx.folder.key(tail.split(/\s/u, 1)[0]!);
      if (!/^\d/u.test(first) && !ctx.cues.monthWords.has(first)) continue;
    }
    if (!tail || !dateLine(makeLine(0, tail, tail, ctx.folder), ctx)) continue;
    // The name, without a word joining it to the date (`في`, `بتاريخ`).
    const head = value.slice(0, m.index).trim().split(/\s+/u);
    if (head.length > 1 && ctx.cues.dateJoiners.has(ctx.folder.key(head[head.length - 1]!))) head.pop();
    const name = head.join(' ');
    if (name) return cleanValue(name);
  }
  return value;
}

/** A name after a writing hand or a pen (`✍️ أحمد سالم`): the author, a date after it aside; a note (`🖊️ ملاحظة: ...`) is none. */
function penByline(line: Line, ctx: ClassifyContext): Cue | null {
  const name = nameWithoutDate(cleanValue(line.content), ctx);
  const words = countWords(name, ctx.folder);
  if (words === 0 || words > L.penNameMaxWords || /[.!?؟:،,]/u.test(name)) return null;
  return { group: 'byline', rule: 'byline', value: name, strong: true, skip: 0 };
}

function byline(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  // An embedded post's credit names who posted it (`Posted by X on ...`): the post's, not the story's author.
  if (hits & HIT.bylineFirst && line.words <= L.embedCreditMaxWords && postedCredit(line, ctx)) return furniture('embed-credit');
  const cue = cueByline(line, ctx, hits);
  if (cue) return cue;
  if (line.bullet && C.PEN_MARKS.includes(line.bullet.marker.replace(/\ufe0f/gu, ''))) return penByline(line, ctx);
  if (line.latin && line.words <= L.nameRoleMaxWords) {
    const handled = nameAndHandle(line, ctx);
    if (handled) return handled;
  }
  return hits & HIT.role && line.words >= L.nameRoleMinWords && line.words <= L.nameRoleMaxWords ? nameAndRole(line, ctx) : null;
}

/** An account's handle closing a line, after a space: `@laila_najjar`. */
const HANDLE_END = /\s@[A-Za-z0-9_.]{2,30}$/u;
// Separators a site may print between a name, its role and its handle.
const HANDLE_SEPARATOR = /[،,|\-–—]/u;
const HANDLE_SEPARATORS = new RegExp(HANDLE_SEPARATOR.source, 'gu');

/**
 * An author's name, what the author is or a separator, then the author's
 * account (`ليلى النجار صحافية @laila_najjar`, `سامر يوسف | @samer`): a
 * byline. The name is two to six words holding no particle; after it, only
 * the words of a role. (With neither a role nor a separator, the words before
 * an account are as often a call to follow it.) Weak: the header alone takes it.
 */
function nameAndHandle(line: Line, ctx: ClassifyContext): Cue | null {
  const t = line.content.trim();
  const m = HANDLE_END.exec(t);
  if (!m || hasDigit(t.slice(0, m.index))) return null;
  const separated = HANDLE_SEPARATOR.test(t.slice(0, m.index));
  const written = t.slice(0, m.index).replace(HANDLE_SEPARATORS, ' ').trim();
  const tokens = written.split(/\s+/u);
  const words = tokens.map((w) => ctx.folder.key(w));
  // (One written word, one folded word: a name holds no punctuation.)
  if (words.some((w) => w === '' || w.includes(' '))) return null;
  let name = words.findIndex((w) => ctx.cues.bylineRoles.has(w));
  if (name < 0) {
    if (!separated) return null;
    name = words.length;
  }
  if (name < L.nameRoleNameMinWords || name > L.bylineNameMaxWords) return null;
  if (particleInName(words.slice(0, name), written, ctx.cues, ctx.cues.kickerStarts)) return null;
  return { group: 'byline', rule: 'byline-handle', value: tokens.slice(0, name).join(' '), strong: false, skip: 0 };
}

/** Between a name and what its bearer is: a comma, a bar, or a spaced dash. */
const NAME_ROLE_SEPARATOR = /\s*[،,|]\s*|\s+[-–—]\s+/u;

/**
 * A name, a comma, bar or dash, then what the author is (`سامي يوسف، مراسل
 * الأفق في القاهرة`, `ريم منصور | صحفية`): a byline. Weak: in a story such a
 * line is a list's entry.
 */
function nameAndRole(line: Line, ctx: ClassifyContext): Cue | null {
  const t = line.content.trim();
  if (/[.!؟?:]$/u.test(t) || hasDigit(t)) return null;
  const m = NAME_ROLE_SEPARATOR.exec(t);
  if (!m || m.index === 0) return null;
  const name = t.slice(0, m.index);
  // A label and its value before the separator are no name (`المدير العام: ناصر الخطيب | مدير التحرير: ...`, a masthead).
  if (/[:：]/u.test(name)) return null;
  const nameWords = ctx.folder.key(name).split(' ').filter(Boolean);
  if (nameWords.length < L.nameRoleNameMinWords || nameWords.length > L.bylineNameMaxWords) return null;
  // A caption's label before the comma is no name (`التعليق على الصورة، رئيس البلدية خلال ...`).
  if (ctx.cues.captionLabels.has(nameWords.join(' '))) return null;
  // A name holds no particle (`في الأسواق، خبير ...` is a sentence's piece) and opens with no kicker's word.
  if (particleInName(nameWords, name, ctx.cues, ctx.cues.kickerStarts)) return null;
  const role = ctx.folder.key(t.slice(m.index + m[0].length)).split(' ').filter(Boolean);
  if (role.length === 0 || !ctx.cues.bylineRoles.has(role[0]!)) return null;
  return { group: 'byline', rule: 'byline-role', value: cleanValue(name), strong: false, skip: 0 };
}

/** A byline cue and the name after it, or the date and who posted it, or an honorific and a name. */
/** Does a byline cue name the author even inside the story: its first word (`بقلم`), or the whole cue (`تم النشر بواسطة`)? */
function strongCue(words: readonly string[], cues: CompiledCues): boolean {
  return cues.strongBylines.has(words[0]!) || (words.length > 1 && cues.strongBylines.has(words.join(' ')));
}

function cueByline(line: Line, ctx: ClassifyContext, hits: number): Cue | null {
  if (!(hits & (HIT.bylineFirst | HIT.bylineDash))) return null;
  const words = line.contentKeyWords;
  if (words.length === 0 || words.length > L.bylineMaxWords) return null;
  // A name never ends with a preposition or a conjunction: such a line was cut in mid-sentence.
  if (endsOpen(line.contentKey, line.content, ctx.cues)) return null;
  for (const p of ctx.cues.bylines.at(words)) {
    const { rest, separated } = splitAfterWords(line.content, p.words.length, ctx.folder);
    const restWords = words.length - p.words.length;
    const skip = p.words.length;
    // `الكاتب صحفي ومحلل سياسي`: the cue names a role, not a name: an author's description.
    if (restWords > 0 && ctx.cues.authorRoles.has(words[skip]!)) return null;
    // A cue alone, the name on the next line (`كتب`); not one that also names a kind of piece (`حوار`, `تقرير` over a headline).
    if (restWords === 0) return !p.data.needsSeparator && words.length <= L.bylineLabelMaxWords ? { group: 'byline', rule: 'byline-label', value: '', strong: true, skip } : null;
    const nameMax = separated ? L.bylineNameMaxWords : L.bylineUnseparatedNameMaxWords;
    if (restWords > nameMax && (separated || !p.data.needsSeparator)) {
      // A name, then the line's date: `بقلم: سلمى الحداد | آخر تحديث: 14 فبراير 2024`, `بواسطة X في 19 مايو 2024`.
      const value = cleanValue(rest);
      const name = nameWithoutDate(value, ctx);
      if (name === value || countWords(name, ctx.folder) > nameMax) return null;
      return { group: 'byline', rule: 'byline', value: name, strong: separated || strongCue(p.words, ctx.cues), skip };
    }
    if (!separated && ctx.cues.reporters.has(p.words.join(' '))) {
      const credit = reporterCredit(line.content, skip, ctx);
      if (credit > 0) return { group: 'byline', rule: 'byline', value: cleanValue(splitAfterWords(line.content, credit, ctx.folder).rest), strong: false, skip: credit };
    }
    if (restWords > L.bylineNameMaxWords) return null;
    if (separated) return { group: 'byline', rule: 'byline', value: nameWithoutDate(cleanValue(rest), ctx), strong: true, skip };
    if (!p.data.needsSeparator && restWords <= L.bylineUnseparatedNameMaxWords) {
      const strong = strongCue(p.words, ctx.cues);
      return { group: 'byline', rule: 'byline', value: nameWithoutDate(cleanValue(rest), ctx), strong, skip };
    }
  }
  // A desk signing the piece, the whole line: `المحرر الاقتصادي`.
  if (words.length <= L.deskBylineMaxWords && ctx.cues.deskBylines.has(words.join(' '))) return { group: 'byline', rule: 'byline', value: cleanValue(line.content), strong: true, skip: 0 };
  // A date, then who posted it: `نشر في 12 مارس 2031 بواسطة سامي يوسف` (a blog theme's line, the date first).
  const by = words.findIndex((w, k) => k > 0 && ctx.cues.postedBy.has(w));
  if (by > 0 && words.length - by - 1 >= 1 && words.length - by - 1 <= L.bylineNameMaxWords) {
    const { head, rest } = splitAfterWords(line.content, by, ctx.folder);
    const name = cleanValue(splitAfterWords(rest, 1, ctx.folder).rest);
    if (name && dateLine(makeLine(0, head, head, ctx.folder), ctx)) return { group: 'byline', rule: 'byline', value: name, strong: true, skip: by + 1 };
  }
  const m = ctx.cues.bylineAfterDash.exec(line.content);
  if (m && words.length <= L.bylineAfterDashMaxWords) return { group: 'byline', rule: 'byline', value: cleanValue(m[2]!), strong: true, skip: -1 };
  // A name under an honorific (`د. خالد العمري`): weak, so only the header takes it.
  if (words.length >= L.honorificNameMinWords && words.length <= L.honorificNameMaxWords && !/[.!؟?:،]$/u.test(line.content.trim())) {
    for (const p of ctx.cues.honorifics.at(words)) {
      // (A name's words run longer than a letter: `أ+ أ-` is a row of buttons.)
      if (words.length > p.words.length && words.slice(p.words.length).some((w) => w.length > 1)) return { group: 'byline', rule: 'byline-honorific', value: cleanValue(line.content), strong: false, skip: 0 };
    }
  }
  return null;
}

/**
 * Does a name's folded words hold a particle of a sentence (`في`, `التي`), or open with a word of `firstAlso`?
 * A name has none. `علي` is the name Ali after the name's first word, or first when `written` has it with a
 * yeh (`على` is the preposition).
 */
export function particleInName(words: readonly string[], written: string, cues: CompiledCues, firstAlso?: ReadonlySet<string>): boolean {
  return words.some((w, k) => (cues.sentenceParticles.has(w) || (k === 0 && firstAlso?.has(w))) && !(cues.namesLikeParticles.has(w) && (k > 0 || !written.trimStart().startsWith('على'))));
}

/**
 * A correspondent's credit with where they report from, a dash, then the name
 * (`مراسلنا في القاهرة - أحمد نبيل`, `مراسل الأفق في بغداد – ريم منصور`): the
 * key words before the name (0 when the line is not one). The place opens with
 * in/from/to within its first words; the name is a few words holding no particle
 * nor reporting verb. Only a dash: after a colon a headline quotes its reporter
 * (`مراسلنا في غزة: القصف مستمر`). Weak, so the header alone takes it.
 */
function reporterCredit(content: string, skip: number, ctx: ClassifyContext): number {
  const { rest } = splitAfterWords(content, skip, ctx.folder);
  const dash = SPACED_DASH.exec(rest);
  if (!dash) return 0;
  const place = ctx.folder.key(rest.slice(0, dash.index)).split(' ').filter(Boolean);
  const written = rest.slice(dash.index + dash[0].length);
  const name = ctx.folder.key(written).split(' ').filter(Boolean);
  if (place.length === 0 || place.length > L.reporterPlaceMaxWords || name.length === 0 || name.length > L.bylineUnseparatedNameMaxWords) return 0;
  if (!place.slice(0, L.reporterPlaceLeadAt + 1).some((w) => ctx.cues.reporterPlaceLeads.has(w))) return 0;
  const c = ctx.cues;
  if (particleInName(name, written, c) || name.some((w) => isNumber(w) || c.reportingVerbs.has(w)) || /[.!؟?:]$/u.test(rest.trim())) return 0;
  return skip + place.length;
}

/**
 * A writer's portrait, then the name alone (`صورة الكاتبة هدى علي`, `صورة شخصية لسامر يوسف`): the
 * opener, then one to four words with no particle, digit or final punctuation.
 */
function portrait(line: Line, words: readonly string[], ctx: ClassifyContext): boolean {
  if (/[.!?؟:،]$/u.test(line.last) || hasDigit(line.content)) return false;
  const c = ctx.cues;
  return c.portraitOpeners.at(words).some((p) => {
    const name = words.length - p.words.length;
    return name >= 1 && name <= L.bylineUnseparatedNameMaxWords && !particleInName(words.slice(p.words.length), splitAfterWords(line.content, p.words.length, ctx.folder).rest, c);
  });
}

/**
 * The fewest words the key of a line's content can have: every visible word
 * gives one key word or more, and a numbered bullet (`1.`) is a visible word
 * the content leaves out.
 */
function fewestKeyWords(line: Line): number {
  return line.bullet ? line.words - 1 : line.words;
}

/** A word a date line is made of: a number, a number with its era, or a date word. */
function isDateWord(w: string, cues: CompiledCues): boolean {
  return isNumber(w) || cues.eraNumber.test(w) || cues.dateWords.has(w);
}

/** All ASCII digits (keys carry digits folded to ASCII). */
/** Can four ASCII digits (keys fold every digit to ASCII) be a year, Hijri or Gregorian (`1452`, `2031`)? */
function plausibleYear(w: string): boolean {
  const y = Number(w);
  return y >= L.yearMin && y <= L.yearMax;
}

function isNumber(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A relative-time word next to a unit of time, a number allowed between: `منذ 3 ساعات`, `قبل يومين`, `2 hours ago`. */
function relativeTime(words: readonly string[], cues: CompiledCues): boolean {
  const unit = (k: number) => k >= 0 && k < words.length && cues.timeUnits.has(words[k]!);
  for (let k = 0; k < words.length; k++) {
    if (!cues.relativeTime.has(words[k]!)) continue;
    if (unit(k + 1) || (isNumber(words[k + 1] ?? '') && unit(k + 2)) || unit(k - 1)) return true;
  }
  return false;
}

/** A clock time, `10:45`, `١٠:٤٥` or `10h45` (the key has no colons, so the text is read). */
const CLOCK_TIME = /[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}:[0-9\u0660-\u0669\u06f0-\u06f9]{2}|\b[0-9]{1,2}h[0-9]{2}\b/u;

/** A media player's position and length, `00:00 / 03:12`, or its position alone at the start, `00:00`: no time of day. */
const PLAYER_TIME = new RegExp(`^[0٠۰]?[0٠۰]:[0٠۰]{2}(?:\\s*/\\s*[${DIGIT}]{1,2}:[${DIGIT}]{2}(?::[${DIGIT}]{2})?)?$`, 'u');

/** A folded word of tatweel only. */
const TATWEEL_ONLY = /^\u0640+$/;
/** A number with a decimal part (`4.2`, `3٫5`), not a part of a dotted date (`14.05.2031`): a rating or a figure. */
const DECIMAL_NUMBER = new RegExp(`(?:^|[^${DIGIT}.٫])[${DIGIT}]{1,3}[.٫][${DIGIT}]{1,2}(?![.٫]?[${DIGIT}])`, 'u');

function dateLine(line: Line, ctx: ClassifyContext, _page?: PageFacts, hits?: number): Cue | null {
  // A date holds a number, a month or weekday, or a word of relative time.
  const bits = hits ?? tableHitsOfKey(line.contentKey, ctx.cues);
  if (!(bits & (HIT.date | HIT.digit))) return null;
  // A long line is ruled out before its words are split (see `fewestKeyWords`).
  if (fewestKeyWords(line) > L.dateLineMaxWords) return null;
  // A copyright notice's year is not the article's date (`© 2026 الموقع`).
  if (copyrightSigned(line, ctx)) return null;
  let words = line.contentKeyWords;
  // A tatweel standing alone is a dash typed with the Arabic keyboard (`19 ـ 11 ـ 2031`), not a word of the line.
  if (line.contentKey.includes('\u0640')) words = words.filter((w) => !TATWEEL_ONLY.test(w));
  if (words.length === 0 || words.length > L.dateLineMaxWords) return null;
  if (words.length <= 4 && PLAYER_TIME.test(line.content.trim())) return null;
  const { monthWords, relativeAnchors, dateWords, eraNumber, zoneLeads, zonePlaces } = ctx.cues;
  const relative = relativeTime(words, ctx.cues);
  if (!relative && !(bits & HIT.digit) && !words.some((w) => monthWords.has(w) || relativeAnchors.has(w))) return null;
  let dateish = 0;
  let anchor = false;
  let numbers = 0;
  let twoDigits = false;
  let zone = false;
  // A counter's words beside the date (`منذ ساعتين | 2.3 ألف مشاهدة`) neither make nor unmake it.
  let counted = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (ctx.cues.counters.has(w) && !dateWords.has(w)) {
      counted++;
      continue;
    }
    // A place is a date word in the zone it names (`بتوقيت مكة المكرمة`), or after a
    // line that is all date so far (a masthead's `الجمعة 19 أبريل 2024 أبوظبي`).
    if (zonePlaces.has(w) && (zone || dateish === k)) {
      dateish++;
      continue;
    }
    zone = zoneLeads.has(w);
    if (isNumber(w)) {
      dateish++;
      numbers++;
      // A year anchors a date; two-digit parts only as day, month and year together
      // (`14/05/24`), not alone (`1 / 10` is a gallery counter). Four digits no year can be (`العدد 8291`) are a number.
      if (w.length === 4) anchor ||= plausibleYear(w);
      else if (w.length === 2) twoDigits = true;
    } else if (eraNumber.test(w)) {
      dateish++;
      anchor = true;
    } else if (dateWords.has(w)) {
      dateish++;
      if (monthWords.has(w) || relativeAnchors.has(w)) anchor = true;
    }
  }
  // (Not with a decimal number among them: `4.2 من 5 (38 صوتا)` is a rating.)
  if (twoDigits && numbers >= 3 && !DECIMAL_NUMBER.test(line.content)) anchor = true;
  const time = CLOCK_TIME.test(line.content);
  // (Beside a counter, one number alone is the count, not a year: `عدد المشاهدات: 1520`.)
  const counterOnly = counted > 0 && numbers <= 1 && !time && !relative && !words.some((w) => monthWords.has(w) || relativeAnchors.has(w));
  // (A full stop after words no date holds ends a sentence: `الجمعة 5 ديسمبر كانت آخر أيام المعرض.`)
  const sentence = line.last === '.' && dateish + counted < words.length;
  if ((anchor || time || relative) && !counterOnly && !sentence && dateish / (words.length - counted) >= L.dateWordShare && (time || relative || words.some((w) => hasDigit(w) || relativeAnchors.has(w)))) {
    // A calendar date with no time of day, weekday or relative word may head an entry of a timeline (see `timelineDates`).
    const timeless = !time && !relative && !words.some((w) => ctx.cues.weekdayWords.has(w));
    const cue: Cue = timeless ? { group: 'date', rule: 'date-line', timeless } : { group: 'date', rule: 'date-line' };
    // A time of day and no day (`14:05`, `10:45 صباحا`): in a story, a live report's entry or a player's time.
    if (time && !anchor && !relative && cue.group === 'date') cue.clockOnly = true;
    // Two words that say what the line is about before its date (`أسعار العملات اليوم الاثنين 11 ديسمبر`):
    // a headline dated in its own words, when the header has no other (not a masthead: `جريدة الأفق ...`).
    if (words.length >= L.datedHeadlineMinWords && !time && !isDateWord(words[0]!, ctx.cues) && !isDateWord(words[1]!, ctx.cues) && !ctx.cues.zonePlaces.has(words[0]!) && !ctx.cues.publicationWords.has(words[0]!)) cue.headed = true;
    return cue;
  }
  // The paper's name, then the date of the day (`جريدة الأفق الاثنين 11 ديسمبر 2028`): a masthead's date.
  if (ctx.cues.publicationWords.has(words[0]!) && (anchor || time)) {
    for (let start = 2; start <= L.mastheadDateNameMaxWords + 1 && start < words.length; start++) {
      if (words.slice(start).every((w) => isDateWord(w, ctx.cues) || zonePlaces.has(w))) return { group: 'date', rule: 'date-line' };
    }
  }
  return null;
}

/** A rank of a list: one or two digits, perhaps with a dot or bracket (`1`, `2.`, `(3)`). */
const RANK = new RegExp(`^\\(?[${DIGIT}]{1,2}[.)\\-]?$`, 'u');

/** A chrome line that ends nothing (captions, counters, markup, stray lines). */
const furniture = (rule: RuleId): Cue => ({ group: 'chrome', rule });

/** The words without their numbers, nor the counter or gallery word a number counts (`12 صورة`). */
function withoutCounts(words: readonly string[], cues: CompiledCues): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!isNumber(words[k]!)) out.push(words[k]!);
    else if (k + 1 < words.length && (cues.counters.has(words[k + 1]!) || cues.galleryWords.has(words[k + 1]!))) k++;
  }
  return out;
}

function chrome(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  // Only a line touching the chrome table, or a short one with a number (a counter), or a copyright footer.
  // (Too many words for a counter, or for any chrome phrase, rule a line out before its words are split.)
  const touches = (hits & (HIT.chrome | HIT.chromeStart)) !== 0;
  // A short label, a colon and a telephone number (`للتواصل مع المكتب الإعلامي: 065-1234567`): how to reach the office.
  if (hits & HIT.digit && line.words <= L.contactLineMaxWords && phoneAfterColon(line.content)) return furniture('contact-line');
  if (!touches && !(fewestKeyWords(line) <= L.counterMaxWords && hits & HIT.digit) && !copyrightSigned(line, ctx)) return null;
  if (fewestKeyWords(line) > MAX_CHROME_WORDS) return null;
  const words = line.contentKeyWords;
  const n = words.length;
  if (n === 0 || n > MAX_CHROME_WORDS) return null;
  if (!touches && !(n <= L.counterMaxWords && (hits & HIT.digit) !== 0)) {
    return n <= L.copyrightMaxWords && copyrightSigned(line, ctx) ? copyrightCue(words, hits, ctx) : null;
  }
  // A gallery's position, `2 من 8`, `2 / 8`: the picture's caption touches it.
  if (n <= 3 && galleryPosition(line)) return { group: 'chrome', rule: 'gallery-counter', caption: 'touching' };
  // Exact phrases match with counts aside: `التعليقات (0)`, `مشاركة 12`.
  const wordsNoNumbers = hits & HIT.digit ? words.filter((w) => !isNumber(w)) : words;
  // (A comment box's label with its count is that label, read by the exact phrases below.)
  if (n <= L.counterMaxWords && wordsNoNumbers.length < n && wordsNoNumbers.length > 0 && !commentsLabel(wordsNoNumbers, ctx.cues)) {
    const { counters, galleryWords } = ctx.cues;
    if (wordsNoNumbers.every((w) => counters.has(w))) return furniture('counter-line');
    if (wordsNoNumbers.every((w) => counters.has(w) || galleryWords.has(w))) {
      // A picture's place in the gallery (`الصورة 3 من 12`, `الصورة 3`) has its caption touching it; the album's count
      // of pictures, its one number first (`5 صور`, `12 صورة`), is a badge, and the paragraph under it the story's.
      if (n - wordsNoNumbers.length < 2 && isNumber(words[0]!)) return furniture('gallery-counter');
      return { group: 'chrome', rule: 'gallery-counter', caption: 'touching' };
    }
    const { paginationWords } = ctx.cues;
    if (wordsNoNumbers.every((w) => counters.has(w) || paginationWords.has(w)) && wordsNoNumbers.some((w) => paginationWords.has(w))) return furniture('pagination');
  }
  // A footer that opens with a copyright sign: `© 2024 اسم الموقع`.
  if (n <= L.copyrightMaxWords && copyrightSigned(line, ctx)) return copyrightCue(words, hits, ctx);
  // Every phrase found anywhere in the line, checked against its mode; the longest wins.
  let best: Phrase<ChromePhrase> | null = null;
  // (`size`: the words the phrase must cover; an exact one covers the line's with counts aside.)
  const consider = (p: typeof best, fits: boolean, size = n) => {
    if (!p || !fits || size > p.data.maxWords) return;
    if (!best || p.words.length > best.words.length || (p.words.length === best.words.length && p.data.order < best.data.order)) best = p;
  };
  // A phrase that needs a second one (a platform and an invitation) is checked for it last.
  const withFound = (p: Phrase<ChromePhrase>) => !p.data.with || p.data.with.some((w) => containsWords(words, w));
  const { chromeExact, chromePrefix, chromeContains, chromeSuffix } = ctx.cues;
  // (And with what they count: `ألبوم الصور (12 صورة)`, `التعليقات (3 تعليقات)`.)
  // (A count of the label's own unit before it, `3 تعليقات`, leaves the label.)
  const counted = hits & HIT.digit ? withoutCounts(words, ctx.cues) : words;
  const labelWords = counted.length > 0 ? counted : wordsNoNumbers;
  for (const p of chromeExact.at(labelWords)) consider(p, p.words.length === labelWords.length && withFound(p), labelWords.length);
  for (const p of chromePrefix.at(words)) consider(p, withFound(p) && (!p.data.separator || splitAfterWords(line.content, p.words.length, ctx.folder).separated));
  // Inside a line that reports speech (`وأكد أن جميع الحقوق محفوظة ...`), a phrase after its opening is what was said;
  // inside a sentence going on from the one above (`وظلت التعليقات مغلقة ...`), no phrase ends the story.
  const said = reportedFrom(words, ctx.cues);
  const goesOn = opensWithConjunction(words, ctx.cues);
  const inLine = (p: Phrase<ChromePhrase>) => !(goesOn && p.data.ends === 'story') && withFound(p);
  for (let k = 0; k < n; k++) {
    if (k > said) break;
    for (const p of chromeContains.at(words, k)) consider(p, k === 0 ? withFound(p) : inLine(p));
    // (A phrase of two words or more with a clitic glued to its first: `لملفات تعريف الارتباط`.)
    if (ctx.cues.chromeGluedFirsts.has(words[k]!)) {
      for (const p of chromeContains.from(cliticBare(words[k]!)!, words, k)) consider(p, p.words.length > 1 && (k === 0 ? withFound(p) : inLine(p)));
    }
    for (const p of chromeSuffix.at(words, k)) consider(p, k + p.words.length === n && (k === 0 ? withFound(p) : inLine(p)));
  }
  best ??= buttonRow(wordsNoNumbers, chromeExact, () => (hits & HIT.digit ? null : clauseBreaks(line.content, n, ctx.folder)));
  if (!best) return null;
  const { rule, ends, box, readers, vote, trail, link } = (best as Phrase<ChromePhrase>).data;
  const cue: ChromeCue = { group: 'chrome', rule };
  if (ends) cue.ends = ends;
  if (box) cue.box = box;
  if (readers) cue.readers = true;
  if (vote) cue.vote = true;
  if (trail) cue.trail = true;
  if (link) cue.link = true;
  return cue;
}

/**
 * A row of buttons saved on one line (`فيسبوك تويتر واتساب`, `تكبير الخط تصغير
 * الخط`): two or more phrases of the row groups, end to end, make up the whole
 * line. Read as its first button. Each word is reached once (a walk over the
 * line's positions, longest phrase first at each).
 *
 * Between punctuation (`breaks`: the word counts where a comma, full stop, bar
 * or spaced dash sits, read when a phrase opens the line), a phrase of two words or more of any group is a piece
 * too: `لا توجد تعليقات بعد، كن أول من يعلق` is two notices, each whole.
 */
function buttonRow(words: readonly string[], exact: PhraseIndex<ChromePhrase>, clauses: () => ReadonlySet<number> | null): Phrase<ChromePhrase> | null {
  const n = words.length;
  if (n < 2 || n > L.buttonRowMaxWords) return null;
  // (No phrase opening the line, no row: the punctuation is read only when one does.)
  if (exact.at(words, 0).length === 0) return null;
  const breaks = clauses();
  // pieces[k]: the fewest buttons that cover words[0..k), or 0 when none do.
  const pieces = new Array<number>(n + 1).fill(0);
  let first: Phrase<ChromePhrase> | null = null;
  for (let k = 0; k < n; k++) {
    if (k > 0 && pieces[k] === 0) continue;
    const clause = breaks !== null && (k === 0 || breaks.has(k));
    for (const p of exact.at(words, k)) {
      const to = k + p.words.length;
      if (!p.data.row && !(clause && p.words.length >= 2 && (to === n || breaks!.has(to)))) continue;
      if (k === 0) first ??= p;
      if (pieces[to] === 0 || pieces[to]! > pieces[k]! + 1) pieces[to] = pieces[k]! + 1;
    }
  }
  return pieces[n]! >= 2 ? first : null;
}

/** Clause punctuation between the words of a line: commas, full stops, marks, bars, bullets, and dashes or slashes with spaces. */
const CLAUSE_BREAK = /[\u060c,.!\u061f?\u061b;|\u2022\u00b7]+|\s[-\u2013\u2014/]+\s/u;

/**
 * The word counts of `text`'s key (`n` words) after which clause punctuation
 * sits, or null when it has none (or its pieces do not add up to the key's words).
 */
function clauseBreaks(text: string, n: number, folder: KeyFolder): Set<number> | null {
  if (!CLAUSE_BREAK.test(text)) return null;
  const breaks = new Set<number>();
  let seen = 0;
  for (const piece of text.split(CLAUSE_BREAK)) {
    const key = folder.key(piece);
    if (key === '') continue;
    seen += key.split(' ').length;
    breaks.add(seen);
  }
  breaks.delete(seen);
  return seen === n && breaks.size > 0 ? breaks : null;
}

/** Words that name wire agencies only, or a picture's maker only (`أ ف ب`, `Getty Images`). */
function creditOnly(words: readonly string[], cues: CompiledCues): boolean {
  return words.length > 0 && (isAgencyList(words, cues) || cues.captionCredits.at(words).some((p) => p.words.length === words.length));
}

/** `تعليقات (2)` with its count set aside: a comment box's label, the comments under it readers'. */
function commentsLabel(words: readonly string[], cues: CompiledCues): boolean {
  return cues.chromeExact.at(words).some((p) => p.data.readers && p.words.length === words.length);
}

/** `2 من 8`, `2 / 8` (on keys: digits in ASCII, harakat folded): a position no further than the count. */
function galleryPosition(line: Line): boolean {
  const w = line.keyWords;
  const joined = w.length === 3 ? w[1] === 'من' || w[1] === 'of' : w.length === 2 && line.text.includes('/');
  if (!joined) return false;
  const [at, of] = [w[0]!, w[w.length - 1]!];
  if (!isNumber(at) || !isNumber(of) || at.length > 3 || of.length > 3) return false;
  return +at >= 1 && +at <= +of;
}

/**
 * Where reported speech begins in a line: its start when it opens with a
 * story's continuation (`وأكد`, `من جهته`); in a line opening with a reporting
 * verb or a conjunction, the first complementizer (`أن`, `إنه`); else nowhere
 * (the line's length).
 */
function reportedFrom(words: readonly string[], cues: CompiledCues): number {
  if (words.length === 0) return 0;
  if (opensWithContinuation(words, cues)) return 0;
  const first = words[0]!;
  if (!cues.reportingVerbs.has(first) && !opensWithConjunction(words, cues)) return words.length;
  for (let k = 1; k < words.length; k++) if (cues.complementizers.has(words[k]!)) return k;
  return words.length;
}

/** How many particles of a sentence (`في`, `على`, `التي`) the words hold. */
function particles(words: readonly string[], cues: CompiledCues): number {
  let n = 0;
  for (const w of words) if (cues.sentenceParticles.has(w)) n++;
  return n;
}

/**
 * A conjunction opening the line (`وظلت`, `وشهدت`): a sentence going on from the one above. Not a word whose
 * own first letter is و (`وافق`, `وزير`, `وسط`: `WAW_ROOT_WORDS`).
 */
export function opensWithConjunction(words: readonly string[], cues: CompiledCues): boolean {
  const first = words[0] ?? '';
  return first.length > 3 && first.charCodeAt(0) === 0x648 && !cues.wawRootWords.has(first);
}

/**
 * A copyright notice by its sign: opening the line (`© 2024 اسم الموقع`), or
 * inside a short line that holds a year or names the rights (`حقوق النشر ©
 * 2026 الموقع`).
 */
function copyrightSigned(line: Line, ctx: ClassifyContext): boolean {
  if (opensWithCopyright(line)) return true;
  if (line.words > L.copyrightInsideMaxWords || !line.content.includes('\u00a9')) return false;
  return hasDigit(line.content) || line.contentKeyWords.some((w) => ctx.cues.copyrightWords.has(w));
}

/**
 * The cue of a line a copyright sign marks: a picture's maker alone after it,
 * no year (`© Getty Images`, `© شاترستوك`), is that picture's credit and the
 * story goes on under it; anything else is the page's footer, and the story is over.
 */
function copyrightCue(words: readonly string[], hits: number, ctx: ClassifyContext): Cue {
  // (`(c)` folds to the word `c`.)
  const named = words[0] === 'c' ? words.slice(1) : words;
  if (!(hits & HIT.digit) && named.length > 0 && ctx.cues.captionCredits.at(named).some((p) => p.words.length === named.length)) return { group: 'chrome', rule: 'photo-credit', caption: 'above' };
  return { group: 'chrome', rule: 'chrome-copyright', ends: 'story' };
}

/** Is the folded word a section's name (`اقتصاد`, `والرياضة`: a glued و taken off)? */
export function isSectionName(word: string, cues: CompiledCues): boolean {
  return cues.sectionNames.has(word) || (word.startsWith(C.CLITICS[0]!) && cues.sectionNames.has(word.slice(1)));
}

/** A section's name alone on a line (`رياضة`, `أخبار محلية`, `عربي ودولي`): a few words, each a section's name. */
export function sectionNameLine(line: Line, cues: CompiledCues): boolean {
  const words = line.keyWords;
  return words.length > 0 && line.words <= L.sectionNameMaxWords && words.every((w) => isSectionName(w, cues));
}

function opensWithCopyright(line: Line): boolean {
  const opening = line.content.trimStart();
  return C.COPYRIGHT_SIGNS.some((sign) => opening.startsWith(sign));
}

/** No chrome phrase allows a longer line. */
const MAX_CHROME_WORDS = C.CHROME.reduce((max, g) => Math.max(max, g.maxWords), USER_CHROME_MAX_WORDS);

/**
 * The paper's masthead: a line of its board and editor titles with their
 * names, or the paper's name before them (`جريدة النهار رئيس مجلس الإدارة
 * ورئيس التحرير ...`). A headline may name an editor too (`رئيس التحرير
 * يستقيل من منصبه بعد ...`): one title followed by more than a name is left alone.
 */
function masthead(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  if (!(hits & HIT.masthead) || fewestKeyWords(line) > L.mastheadMaxWords) return null;
  const words = line.contentKeyWords;
  const n = words.length;
  if (n === 0 || n > L.mastheadMaxWords) return null;
  let titles = 0;
  let titleWords = 0;
  let firstAt = -1;
  let endsWithTitle = false;
  for (let k = 0; k < n; ) {
    const found = ctx.cues.mastheadTitles.at(words, k)[0];
    if (!found) {
      k++;
      continue;
    }
    if (firstAt < 0) firstAt = k;
    titles++;
    titleWords += found.words.length;
    k += found.words.length;
    endsWithTitle = k === n;
  }
  if (titles === 0) return null;
  const rest = n - titleWords;
  const opensWithTitle = firstAt === 0 && rest <= L.mastheadNameMaxWords;
  const afterPublication = ctx.cues.publicationWords.has(words[0]!) && firstAt > 0;
  // Another role of the same person, then the board's title joined by و (`رئيس الحزب ورئيس مجلس الإدارة`): the role
  // opens as a title does, no sentence is in it, the board's title closes the line.
  const twoRoles = endsWithTitle && firstAt > 0 && firstAt <= L.mastheadNameMaxWords && ctx.cues.mastheadTitles.opens(words[0]!) && C.AGENCY_JOINERS.some((j) => words[firstAt]!.startsWith(j)) && particles(words.slice(0, firstAt), ctx.cues) === 0;
  return titles >= 2 || opensWithTitle || afterPublication || twoRoles ? { group: 'chrome', rule: 'chrome-masthead', holder: true } : null;
}

/** Media and markup leftovers: URLs, markdown images, Word field codes, e-mail addresses. */
function markup(line: Line, ctx: ClassifyContext): Cue | null {
  const t = line.content.trim();
  // Every shape below holds a Latin letter or an `@` (`Line.latin`, found as its words were counted), or opens with
  // `!`, `<` or `[`: the Arabic lines are ruled out with no scan of their own.
  const first = t.charCodeAt(0);
  if (first !== 0x21 && first !== 0x3c && first !== 0x5b && !line.latin) return null;
  if (line.words <= L.embedCreditMaxWords && isEmbedCredit(line, ctx)) return furniture('embed-credit');
  if (/^!\[[^\]]*\]\(/.test(t) || /^<\/?[a-z][^>]*>$/i.test(t)) return furniture('markup-line');
  // WordPress shortcodes: `[caption id="..."]<img ...> نص[/caption]` is a caption, `[gallery ids="1,2"]` markup.
  const code = t.charCodeAt(0) === 0x5b ? ctx.cues.shortcode.exec(t) : null;
  if (code) return furniture(ctx.cues.captionShortcodes.has(code[1]!.toLowerCase()) || /\[\/(?:wp_)?caption\]/iu.test(t) ? 'caption' : 'shortcode');
  if (line.words <= L.imageFileMaxWords && ctx.cues.imageFile.test(t)) return furniture('image-file');
  if (ctx.cues.fieldCode.test(t)) return furniture('field-code');
  if (line.words <= L.urlLineMaxWords && /(https?:\/\/|www\.)\S+/i.test(t) && t.replace(/(https?:\/\/|www\.)\S+/gi, '').replace(/[\s\p{P}]/gu, '').length < L.urlLineMaxLabelChars) {
    return furniture('url-line');
  }
  if (line.words <= L.emailLineMaxWords && t.length <= L.emailLineMaxChars && /^\S+@\S+\.\S+$/.test(t)) return furniture('url-line');
  // A contact line: a short label, a separator, an address (`للتواصل مع فريق التحقيقات: x@site.com`).
  if (line.words <= L.contactLineMaxWords && t.includes('@') && CONTACT_LINE.test(t)) return furniture('contact-line');
  return null;
}


/**
 * Does the line end with a telephone number after a colon: seven digits at least, in groups or opening with
 * `0` or `+` (a figure in a story is written with commas or words: `10,500,000`, `عشرة ملايين`)?
 */
function phoneAfterColon(t: string): boolean {
  const colon = Math.max(t.lastIndexOf(':'), t.lastIndexOf('：'));
  if (colon <= 0) return false;
  const tail = t.slice(colon + 1).trim();
  if (!PHONE.test(tail)) return false;
  let digits = 0;
  for (let k = 0; k < tail.length; k++) if (DIGIT_CHAR.test(tail[k]!)) digits++;
  return digits >= L.phoneMinDigits && (/^[+0٠۰(]/u.test(tail) || /\d[\s\-–/]\d|[٠-٩۰-۹][\s\-–/][٠-٩۰-۹]/u.test(tail));
}
/** A telephone number's characters only: digits of any script, spaces, dashes, slashes, brackets and a plus. */
const PHONE = /^\+?[\d٠-٩۰-۹()][\d٠-٩۰-۹()\s\-–/]*$/u;
const DIGIT_CHAR = /[\d٠-٩۰-۹]/u;

/** A separator, then an e-mail address ending the line. Linear: one run of non-spaces each. */
const CONTACT_LINE = /[:：\-–—]\s*[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** A doing with a pronoun attached (`ترؤسه`, `جولتها`, `لقائهم`): the word after a during word, as written (teh marbuta is no pronoun). */
const WITH_PRONOUN = /(?:ه|ها|هم|هما)$/u;

/**
 * A person named by the article or a title (one to three words, none a verb in the present tense:
 * `يستقبل`) right before a during word (`خلال`, `أثناء`, `لدى`), and the doing after it with its
 * pronoun (`ترؤسه`).
 */
function personPictured(line: Line, words: readonly string[], cues: CompiledCues): boolean {
  if (!words[0]!.startsWith('ال') && !cues.personTitles.has(words[0]!)) return false;
  for (let k = 1; k <= L.captionPersonMaxWords && k < words.length - 1; k++) {
    if (!cues.captionDuring.has(words[k]!)) continue;
    if (words.slice(0, k).some((w) => presentTense(w) || cues.sentenceParticles.has(w))) return false;
    // The written word after the during word: the k+1th of the line's own words. Or the event the
    // person was pictured at, named with no pronoun (`الوزير خلال افتتاح المعرض`), a colon nowhere.
    const written = line.content.trim().split(/\s+/u)[k + 1] ?? '';
    return WITH_PRONOUN.test(trimEndWhere(written, CLOSE_BRACKET)) || (cues.captionEvents.has(words[k + 1]!) && !line.content.includes(':'));
  }
  return false;
}

/**
 * A picture's word opening the line, a word of making among the next few, and the machine closing it (see
 * `MADE_PICTURE_LEADS`): `صورة تعبيرية مولدة بالذكاء الاصطناعي`. Folded words; a clitic glued to the machine's
 * first word (`بالذكاء`) is taken off.
 */
function madeByMachine(words: readonly string[], cues: CompiledCues): boolean {
  if (words.length < 3 || !cues.madePictureLeads.has(words[0]!)) return false;
  const made = words.findIndex((w, k) => k > 0 && k <= L.madeWordReach && cues.madeWords.has(w));
  if (made < 0) return false;
  return cues.madeByMachine.some((m) => m.length < words.length - made && m.every((w, k) => {
    const at = words[words.length - m.length + k]!;
    return at === w || (k === 0 && cliticBare(at) === w);
  }));
}

/** A camera's or a picture's mark alone on its line (its presentation selector aside). */
function pictureMarkAlone(text: string): boolean {
  const t = text.trim();
  return C.PICTURE_MARKS.some((m) => t.startsWith(m) && t.length <= m.length + 1);
}

/** Opens like a verb in the present tense: a prefix letter (ي ت ن, or alef folded from أ) on three letters or more, not the article. */
function presentTense(w: string): boolean {
  return w.length >= 4 && 'يتنا'.includes(w[0]!) && !w.startsWith('ال');
}

function caption(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  // Under a camera's mark (its line's bullet), whatever it says: the mark is no word, so no table hit tells of
  // it. The mark alone on its line (a line of no words) labels the caption under it.
  if (line.bullet ? C.PICTURE_MARKS.includes(line.bullet.marker) && line.words <= L.captionMaxWords : line.words === 0 && pictureMarkAlone(line.text)) {
    return line.words === 0 ? { group: 'chrome', rule: 'caption-label', caption: 'next' } : furniture('caption');
  }
  if (!(hits & (HIT.captionFirst | HIT.captionLast | HIT.captionDuring))) return null;
  // (A during word alone, common in paragraphs, asks only about lines a caption's length: their words are split then.)
  if (line.words > (hits & (HIT.captionFirst | HIT.captionLast) ? L.labelledCaptionMaxWords : L.captionMaxWords)) return null;
  const words = line.contentKeyWords;
  if (words.length === 0 || words.length > L.labelledCaptionMaxWords) return null;
  // A caption after its label and a separator, on one line (`التعليق على الصورة، فرق الإنقاذ ...`): a comma is one here.
  for (const p of ctx.cues.captionLabelWords) {
    if (words.length <= p.length || !startsWithWords(words, p)) continue;
    const { head, separated } = splitAfterWords(line.content, p.length, ctx.folder);
    if (separated || /[،,]$/u.test(head)) return furniture('caption');
  }
  if (words.length > L.captionMaxWords) return null;
  if (words.length <= L.captionLabelMaxWords && ctx.cues.captionLabels.has(line.contentKey)) return { group: 'chrome', rule: 'caption-label', caption: 'next' };
  if (ctx.cues.captionSuffixes.some((s) => endsWithWords(words, s) && (words.length > s.length || s.length >= 2))) return furniture('caption');
  if (words.length === 1 && ctx.cues.captionKindsAlone.has(words[0]!)) return furniture('caption');
  // A picture described (`جانب من الاجتماع الوزاري`): no sentence ends in it.
  if (ctx.cues.captionOpeners.some((o) => startsWithWords(words, o) && words.length > o.length) && !/[.!?؟:]$/u.test(line.last)) return furniture('caption');
  // A writer's portrait and the name: `صورة الكاتبة هدى علي`.
  if (portrait(line, words, ctx)) return furniture('caption');
  // A picture a machine made, said under it: `صورة مولدة بالذكاء الاصطناعي`.
  if (madeByMachine(words, ctx.cues)) return furniture('caption');
  // A person and what they were doing when pictured, no verb before it: `رئيس الوزراء خلال ترؤسه اجتماع المجلس`.
  // (Not a line cut in mid-sentence: `وافق مجلس الوزراء خلال اجتماعه الأسبوعي على` is a paragraph's first piece.)
  if (personPictured(line, words, ctx.cues) && !/[.!?؟:،]$/u.test(line.last) && !endsOpen(line.contentKey, line.content, ctx.cues)) return furniture('caption');
  // A credit lead and a few words, with or without a separator: `مصدر الصورة Reuters`.
  if (ctx.cues.captionCreditLeads.some((p) => startsWithWords(words, p) && words.length > p.length && words.length - p.length <= L.creditLeadMaxWords)) return furniture('caption');
  // A bracketed credit for a picture: `(صورة: أرشيف)`; for a map, a chart or a video, its kind before a colon: `(خريطة: جوجل)`.
  if (/^\(.*\)$/u.test(line.content.trim())) {
    if (ctx.cues.captionPrefixes.some((p) => startsWithWords(words, p))) return furniture('caption');
    if (ctx.cues.mediaKinds.has(words[0] ?? '') && words.length <= L.creditLeadMaxWords + 1 && /^\(\s*[^\s:()]+\s*:/u.test(line.content.trim())) return furniture('caption');
  }
  for (const p of ctx.cues.captionPrefixes) {
    if (startsWithWords(words, p) && words.length > p.length) {
      const { separated } = splitAfterWords(line.content, p.length, ctx.folder);
      if (separated) return furniture('caption');
    }
  }
  return null;
}

/** The longest credit after a dash, in characters. */
const CREDIT_MAX_CHARS = 40;

/**
 * A caption's text and its credit: the credit in the last brackets closing the
 * line, or after the last spaced dash, bar, slash or copyright sign near its end. Null when
 * there is none, or when a sentence ends before it (a paragraph, not a caption).
 */
export function creditSplit(content: string): { before: string; credit: string; copyright: boolean } | null {
  let t = content.trim();
  // A caption in brackets whole (`(الرئيس خلال الاجتماع - تصوير: أحمد علي)`): its credit is inside them.
  if (t.startsWith('(') && t.endsWith(')') && t.indexOf('(', 1) < 0) t = t.slice(1, -1).trim();
  let at = -1;
  if (t.endsWith(')')) at = t.lastIndexOf('(');
  else {
    for (let k = t.length - 1; k > 0 && t.length - k <= CREDIT_MAX_CHARS + 1; k--) {
      const c = t.charCodeAt(k);
      if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7c || c === 0x2f || c === 0xa9) {
        if (t.charCodeAt(k - 1) === 0x20) at = k;
        break;
      }
    }
  }
  if (at <= 0) return null;
  const before = t.slice(0, at);
  if (/[.!?؟:;؛]\s*$/u.test(before)) return null;
  return { before, credit: t.slice(at + 1, t.endsWith(')') ? -1 : undefined), copyright: t.charCodeAt(at) === 0xa9 };
}

/** The text before the line's last full stop and the credit after it (a few words), or null. */
function creditAfterStop(content: string): { before: string; credit: string; copyright: boolean } | null {
  const t = content.trim();
  const at = t.lastIndexOf('. ');
  if (at <= 0 || t.length - at > CREDIT_MAX_CHARS + 2) return null;
  return { before: t.slice(0, at), credit: t.slice(at + 2), copyright: false };
}

/**
 * Is the line a photo credit alone in brackets (`(مواقع التواصل)`, `(من صفحته على فيسبوك)`): a credit of the
 * caption table whole, or its first two words and more, after a word that leads it? A bracketed line of other
 * words (`(تفاصيل)`, a quoted aside) is not one.
 */
function bracketedCreditAlone(line: Line, ctx: ClassifyContext): boolean {
  const t = line.content.trim();
  if (line.words === 0 || line.words > L.creditLeadMaxWords + 2 || t[0] !== '(' || t[t.length - 1] !== ')') return false;
  const inner = t.slice(1, -1);
  if (inner.includes('(') || inner.includes(')')) return false;
  const allWords = ctx.folder.key(inner).split(' ').filter(Boolean);
  const from = ctx.cues.captionCreditFrom.at(allWords)[0]?.words.length ?? 0;
  const creditWords = from > 0 && from < allWords.length ? allWords.slice(from) : allWords;
  return creditWords.length > 0 && ctx.cues.captionCredits.at(creditWords).some((p) => p.words.length === creditWords.length || p.words.length >= 2);
}

/** Letters of the Arabic script, and of the Latin one, as a caption and its credit are written. */
const ARABIC_LETTER_CHAR = /[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]/u;
const LATIN_LETTER_CHAR = /[A-Za-z\u00c0-\u024f]/u;

/**
 * A caption and a photo credit in Latin letters glued together with no separator, the credit first or
 * last: `AFP/Getty Images مزارع يشرب الماء`, `جانب من المعرض Reuters`. The change of script is the only
 * seam: the credit holds no Arabic letter, the caption no Latin one. Null when the line is not so.
 */
function latinCreditSplit(content: string): { before: string; credit: string } | null {
  const t = content.trim();
  const first = t.search(ARABIC_LETTER_CHAR);
  if (first > 0) {
    const credit = t.slice(0, first);
    const before = t.slice(first);
    if (LATIN_LETTER_CHAR.test(credit) && !LATIN_LETTER_CHAR.test(before)) return { before, credit };
  }
  let end = t.length;
  while (end > 0 && !ARABIC_LETTER_CHAR.test(t[end - 1]!)) end--;
  if (end > 0 && end < t.length) {
    const credit = t.slice(end);
    const before = t.slice(0, end);
    if (LATIN_LETTER_CHAR.test(credit) && !LATIN_LETTER_CHAR.test(before)) return { before, credit };
  }
  return null;
}

/**
 * A caption glued to its credit in Latin letters (see `latinCreditSplit`): the credit a few words naming a
 * photo agency or a wire (`Stefano Rossi/Getty Images`, `EPA`), the caption a few words of its own, with no
 * sentence end and not opening like the story going on. A wire's name alone asks for a longer caption, as
 * a credit after a dash does.
 */
function latinCreditedCaption(line: Line, ctx: ClassifyContext): boolean {
  const split = latinCreditSplit(line.content);
  if (!split) return false;
  const credit = ctx.folder.key(split.credit).split(' ').filter(Boolean);
  if (credit.length === 0 || credit.length > L.latinCreditMaxWords) return false;
  // (A credit of two letters, `AP`, names a photo only alone: inside a longer run it may be anything's initials.)
  let photo = false;
  for (let k = 0; k < credit.length && !photo; k++) {
    photo = ctx.cues.captionCredits.at(credit, k).some((p) => p.words.length === credit.length || p.words.join('').length > 2);
  }
  if (!photo && !isAgencyList(credit, ctx.cues)) return false;
  const before = split.before.trim();
  if (/[.!?؟:;؛،,]$/u.test(before) || countWords(before, ctx.folder) < (photo ? L.creditCaptionMinWords : L.agencyCaptionMinWords)) return false;
  return !opensWithContinuation(ctx.folder.key(before).split(' ').filter(Boolean), ctx.cues);
}

/**
 * A caption that ends with its photo credit, in brackets or after a dash:
 * `الروائي كمال داود (حسابه بالإعلام الاجتماعي)`, `الرئيس خلال المؤتمر - رويترز`.
 * What comes before the credit describes a picture: no sentence ends there,
 * and it does not open like the story going on.
 */
function creditedCaption(line: Line, ctx: ClassifyContext): Cue | null {
  // A photo credit alone in brackets, split off onto a line of its own under its caption: `(حسابه بالإعلام الاجتماعي)`,
  // `(غيتي)`. The short line touching it from above is that caption.
  if (bracketedCreditAlone(line, ctx)) return { group: 'chrome', rule: 'photo-credit', caption: 'above' };
  // (Two words at least: a picture's word and its credit, `صورة (غيتي)`.)
  if (line.words < 2 || line.words > L.creditedCaptionMaxWords) return null;
  // A caption ends with its credit: a closing bracket or a word, not a sentence's period.
  const last = line.last;
  if (last !== ')' && !hasWordChar(last)) return null;
  const bracketedOrDashed = creditSplit(line.content);
  if (!bracketedOrDashed && latinCreditedCaption(line, ctx)) return furniture('caption');
  // After the caption's full stop, only a credit led by a picture word and a colon (`... الاجتماع. تصوير: أحمد علي`).
  const split = bracketedOrDashed ?? creditAfterStop(line.content);
  if (!split) return null;
  const { before, credit, copyright } = split;
  const allWords = ctx.folder.key(credit).split(' ').filter(Boolean);
  // What the credit names, after a word that leads it (`من حسابه على إنستغرام`).
  const from = ctx.cues.captionCreditFrom.at(allWords)[0]?.words.length ?? 0;
  const creditWords = from > 0 && from < allWords.length ? allWords.slice(from) : allWords;
  if (creditWords.length === 0) return null;
  const agency = isAgencyList(creditWords, ctx.cues);
  // (A copyright sign before a name, `... © الأفق`, is a credit whoever it names: no sentence of a story claims one.)
  const photo = !agency && (copyright || ctx.cues.captionCredits.at(creditWords).some((p) => p.words.length === creditWords.length || p.words.length >= 2));
  // A credit led by a picture word and naming its maker, in brackets or after a colon: `(الصورة من فريق البحث)`,
  // `- تصوير: أحمد علي`.
  const led =
    !agency &&
    !photo &&
    ctx.cues.captionPrefixes.some(
      (p) => startsWithWords(creditWords, p) && creditWords.length > p.length && creditWords.length - p.length <= L.creditLeadMaxWords && (line.last === ')' || splitAfterWords(credit, p.length, ctx.folder).separated),
    );
  if ((!agency && !photo && !led) || (!bracketedOrDashed && !led)) return null;
  // (A picture's word alone before its credit is a caption too: `صورة (أ ف ب)`.)
  const pictureOnly = (agency || photo) && ctx.cues.captionPrefixes.some((p) => p.length === 1 && p[0] === ctx.folder.key(before));
  if (!pictureOnly && countWords(before, ctx.folder) < (agency ? L.agencyCaptionMinWords : L.creditCaptionMinWords)) return null;
  const words = line.contentKeyWords;
  if (opensWithContinuation(words, ctx.cues)) return null;
  return furniture('caption');
}

/** A breaking-news ticker item: a ticker label, a separator, then a headline (`عاجل | انقطاع الكهرباء في ...`). */
export function isTickerItem(line: Line, ctx: ClassifyContext): boolean {
  // (Asked of long lines after the line rules too: the key is split only when its first word opens a label.)
  if (!ctx.cues.tickerLabels.opens(line.firstKeyWord)) return false;
  const words = line.keyWords;
  for (const p of ctx.cues.tickerLabels.at(words)) {
    if (words.length - p.words.length >= L.titleMinWords && splitAfterWords(line.content, p.words.length, ctx.folder).separated) return true;
  }
  return false;
}

/** Breadcrumbs, menus that repeat a site name, and `Site – Slogan – Tagline` mastheads. */
/** No words: what a line with sentence punctuation offers the menu check. */
const NO_WORDS: readonly string[] = Object.freeze([]);

function navigation(line: Line, ctx: ClassifyContext, page: PageFacts, hits: number): Cue | null {
  const t = line.content;
  // A section named in quotes after في, alone on its line: a category link under a related headline.
  if (line.words <= L.itemCategoryMaxWords && line.last !== '' && QUOTE_CLOSERS.includes(line.last) && QUOTED_NAME.test(t.trim()) && ctx.cues.itemCategoryLeads.has(line.contentKeyWords[0] ?? '')) {
    return furniture('item-category');
  }
  if (line.words <= L.breadcrumbMaxWords && /\s[»›>]\s/.test(t) && !t.includes('«')) return breadcrumb(t, /\s[»›>]\s/u, ctx);
  const home = (hits & HIT.menuFirst) !== 0 && ctx.cues.menuStarts.some((m) => startsWithWords(line.keyWords, m));
  // A trail from the home page or a root of the sections: `الصفحة الرئيسية - أخبار - العنوان` (its last crumb may
  // be a whole headline), `الأخبار / رياضة`.
  if ((hits & HIT.menuFirst) !== 0 && NAV_SEPARATOR.test(t)) {
    const first = ctx.folder.key(t.split(NAV_SEPARATOR)[0]!);
    if (ctx.cues.trailRoots.has(first) || ctx.cues.menuStarts.some((m) => m.join(' ') === first)) return breadcrumb(t, NAV_SEPARATOR, ctx);
  }
  if (isNavLine(t, ctx)) return { group: 'head-chrome', rule: 'nav-line' };
  if (line.words <= L.menuMaxWords && gappedMenu(line, ctx) && !page.looseSpacing) return { group: 'head-chrome', rule: 'gapped-menu' };
  // A menu: starts with "home", or repeats a word or a pair of words three times, with no sentence punctuation.
  const w = /[.،,:؛!?؟]/u.test(t) ? NO_WORDS : line.keyWords;
  if (w.length >= L.menuMinWords && w.length <= L.menuMaxWords) {
    if (home) return { group: 'head-chrome', rule: 'menu-line' };
    // Section names and nothing else (a glued و aside): `محليات عربي ودولي اقتصاد رياضة فن` (three may name one section).
    // A longer run may hold one word of a section's own (`أخبار الساعة`), when no particle of a sentence is in it.
    const others = w.length >= L.sectionMenuMinWords ? sectionMenuOthers(w, ctx.cues) : Infinity;
    if (others === 0) return { group: 'head-chrome', rule: 'menu-line' };
    const conjunction = opensWithConjunction(w, ctx.cues);
    const sentenceParticles = particles(w, ctx.cues);
    if (others <= L.sectionMenuOtherWords && w.length >= L.sectionMenuWithOtherMinWords && !conjunction && sentenceParticles === 0) return { group: 'head-chrome', rule: 'menu-line' };
    // Prose repeats words too: a line opening with a conjunction or holding particles of a sentence is none.
    if (conjunction || sentenceParticles >= L.menuMaxParticles) return null;
    // (A pair repeated is a word repeated: a line with no word that often has no such pair, and is told so without counting.)
    if (wordRepeats(w, L.menuRepeats)) {
      const seen = new Map<string, number>();
      const count = (k: string) => {
        const c = (seen.get(k) ?? 0) + 1;
        seen.set(k, c);
        return c;
      };
      for (let k = 0; k < w.length; k++) {
        if (w[k]!.length >= L.menuWordMinLetters && count(w[k]!) >= L.menuRepeats) return { group: 'head-chrome', rule: 'menu-line' };
        if (k + 1 < w.length && count(w[k] + ' ' + w[k + 1]) >= L.menuRepeats) return { group: 'head-chrome', rule: 'menu-line' };
      }
    }
  }
  if (line.words <= L.siteNameMaxWords && (t.match(/\s[–—|]\s/g) ?? []).length >= L.siteNameMinSeparators && !/[.!؟?]$/.test(t.trim())) return { group: 'head-chrome', rule: 'site-name' };
  if (hits & HIT.digit) {
    if (line.words <= L.tickerRowMaxWords && tickerRow(t, ctx)) return { group: 'head-chrome', rule: 'ticker-row' };
    if (line.words <= L.weatherMaxWords && weatherReading(t, ctx)) return { group: 'head-chrome', rule: 'ticker-row', figures: true };
    if (line.words <= L.issueLineMaxWords && issueLine(line.keyWords, ctx.cues)) return { group: 'head-chrome', rule: 'issue-line' };
  }
  return null;
}

/** Does some word stand `times` times among these? Compared in place: a menu's line is short. */
function wordRepeats(words: readonly string[], times: number): boolean {
  for (let a = 0; a + times <= words.length; a++) {
    let n = 1;
    for (let b = a + 1; b < words.length; b++) if (words[b] === words[a] && ++n >= times) return true;
  }
  return false;
}

/** A short word, then a colon, a slash or a dash, opening a line. Linear: a bounded word. */
const TURN_MARK = /^\s*([^\s:：/\-–]{1,6})\s*[:：/\-–]/u;

/** Does the line open with an interview's turn (`س:`, `ج/`, `السؤال -`; see `INTERVIEW_TURNS`)? */
export function opensInterviewTurn(line: Line, ctx: ClassifyContext): boolean {
  const m = TURN_MARK.exec(line.content);
  return m !== null && ctx.cues.interviewTurns.has(ctx.folder.key(m[1]!));
}

/** How many words of a run are no section's name (see `isSectionName`). */
function sectionMenuOthers(words: readonly string[], cues: CompiledCues): number {
  let n = 0;
  for (const w of words) if (!isSectionName(w, cues)) n++;
  return n;
}

/** A gap a scraper leaves between the links it joins: two spaces or more (no-break ones too), or a tab. Linear: one class run. */
const WIDE_GAP = /[ \t\u00a0]{2,}|\t/u;

/**
 * Can the raw line hold a wide gap? Every wide gap holds a tab, a no-break space or two spaces, and the
 * clean text has each of them as one space: a line whose clean text is its raw text has none (most lines:
 * one comparison instead of a scan).
 */
export function mayHoldWideGap(line: Line): boolean {
  const raw = line.raw;
  return raw !== line.text && (raw.includes('  ') || raw.includes('\t') || raw.includes('\u00a0'));
}

/**
 * A menu whose links were joined with wide gaps (`سياسة   اقتصاد   رياضة   من نحن`), as a scraper saves a
 * row of links: four pieces or more between runs of two spaces or tabs, each a few words, and no sentence's
 * punctuation or particles (a sentence typed with double spaces has them). Read from the raw line: the
 * clean text has one space between words.
 */
function gappedMenu(line: Line, ctx: ClassifyContext): boolean {
  if (!mayHoldWideGap(line)) return false;
  const raw = line.raw.trim();
  if (!WIDE_GAP.test(raw) || SENTENCE_PUNCTUATION.test(raw)) return false;
  const pieces = raw.split(WIDE_GAP);
  if (pieces.length < L.gappedMenuMinPieces) return false;
  for (const p of pieces) {
    const n = countWords(p, ctx.folder);
    if (n === 0 || n > L.gappedMenuPieceMaxWords) return false;
  }
  return !opensWithConjunction(line.keyWords, ctx.cues) && particles(line.keyWords, ctx.cues) < L.menuMaxParticles;
}

/** Pieces between bars (`|`, `•`, `·`): the ones a ticker of figures prints between its items. */
const TICKER_SEPARATOR = / +[|•·] +/;

/**
 * A ticker of figures over the page (`القاهرة 22° | الدولار 48.5 جنيه`): two
 * pieces or more between bars, each a few words with a number in it. A
 * headline between bars has a piece with no number (`عاجل | ...`).
 */
function tickerRow(t: string, ctx: ClassifyContext): boolean {
  const pieces = t.split(TICKER_SEPARATOR);
  if (pieces.length < 2) return labelledFigures(t, ctx);
  return pieces.every((p) => hasDigit(p) && countWords(p, ctx.folder) <= L.tickerPieceMaxWords);
}

/** Arabic letters and spaces only: a unit written as a word, folded as the keys are. */
const ARABIC_WORDS = /^[\u0621-\u064a ]+$/u;
/** A temperature's figure, its degree sign perhaps glued (`25`, `-3`, `31°`, `18.5°C`). */
const TEMPERATURE = /^[+\-−]?[0-9٠-٩۰-۹]{1,2}(?:[.,٫][0-9٠-٩۰-۹])?(°[CFم]?)?$/u;

/**
 * A weather widget's reading (`الطقس: 25 درجة مئوية`, `الرياض 31 °C`, `عمان 18° غائم`, `العظمى 30° الصغرى 18°`):
 * a temperature, told by its degree sign, a unit that is only a temperature's (`مئوية`, `°C`) or a weather
 * word beside it (`الحرارة`, `غائم`), and around it only a place's or a label's few words (no particle of
 * a sentence, no sentence's end). A headline about the heat has its verb and particles (`تصل إلى 45 درجة`).
 */
function weatherReading(t: string, ctx: ClassifyContext): boolean {
  const trimmed = t.trim();
  if (/[.!؟?]$/u.test(trimmed)) return false;
  const c = ctx.cues;
  let figure = false;
  let weather = false;
  let other = 0;
  for (const token of trimmed.replace(/:/gu, ' ').split(/\s+/u)) {
    const m = TEMPERATURE.exec(token);
    if (m) {
      figure = true;
      weather ||= m[1] !== undefined;
      continue;
    }
    if (c.temperatureUnits.has(token)) {
      weather ||= c.degreeUnits.has(token);
      continue;
    }
    const key = ctx.folder.key(token);
    if (c.temperatureUnits.has(key)) {
      weather ||= c.degreeUnits.has(key);
      continue;
    }
    if (c.weatherWords.has(key)) weather = true;
    else if (c.sentenceParticles.has(key) || opensWithConjunction([key], c) || ++other > L.tickerLabelMaxWords) return false;
  }
  return figure && weather;
}

/** A figure as a ticker prints it: digits with their marks (`5:12`, `48.5`, `22°`, `+1.2%`). */
const FIGURE = /^[+\-−]?[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,:٫٬%°]*$/u;

/** A time of day as a timetable prints it (`5:12`, `٠٥:١٢`). */
const CLOCK = /^[0-9٠-٩۰-۹]{1,2}:[0-9٠-٩۰-۹]{2}$/u;

/**
 * Labels and their figures with no bars between (`الفجر 5:12 الظهر 11:45
 * العصر 2:50`, `الذهب 3500 الدولار 3.75 اليورو 4.10`): three figures or more,
 * each after a label of one or two words, the line ending on a figure. Two
 * suffice when both are times of day (`الفجر 05:12 الظهر 11:48`: a score or a
 * range has no clock), and no label is a particle (`من 10:00 إلى 14:00` is a range).
 */
function labelledFigures(t: string, ctx: ClassifyContext): boolean {
  const tokens = t.trim().split(/\s+/);
  let figures = 0;
  let clocks = 0;
  let label = 0;
  let particle = false;
  for (const tok of tokens) {
    if (FIGURE.test(tok)) {
      if (label === 0) return false;
      figures++;
      if (CLOCK.test(tok)) clocks++;
      label = 0;
    } else if (++label > L.tickerLabelMaxWords) return false;
    else particle ||= ctx.cues.sentenceParticles.has(ctx.folder.key(tok));
  }
  if (label !== 0) return false;
  return figures >= L.tickerMinFigures || (figures >= L.tickerMinClocks && clocks === figures && !particle);
}

/**
 * A printed paper's issue line (`العدد 4521 - السنة الخامسة عشرة`, `العدد 4521
 * الأربعاء 3 ديسمبر 2026`): an issue word and its number, then only issue
 * words, ordinals, numbers and date words.
 */
function issueLine(words: readonly string[], cues: CompiledCues): boolean {
  const lead = cues.issueWords.at(words)[0];
  if (!lead || !isNumber(words[lead.words.length] ?? '')) return false;
  for (let k = lead.words.length + 1; k < words.length; k++) {
    const w = words[k]!;
    if (!isNumber(w) && !cues.issueParts.has(w) && !cues.dateWords.has(w)) return false;
  }
  return true;
}

/**
 * Spaced separators between crumbs and menu items (the text is `clean`, so
 * spaces are single ASCII spaces: a plain pattern is several times faster than `\\s`).
 */
const NAV_SEPARATOR = / +(?:[-–—|/•·»›>]|::) +/;
const NAV_BARS = / (?:[|•·]|::) /;

/** A breadcrumb, carrying its last crumb: a later line that repeats it is the headline. */
function breadcrumb(t: string, separator: RegExp, ctx: ClassifyContext): ChromeCue {
  const crumbs = t.split(separator);
  const echo = ctx.folder.key(crumbs[crumbs.length - 1]!);
  // (The page begins under its trail: a list of other stories above it is over.)
  return echo ? { group: 'chrome', rule: 'breadcrumb', trail: true, ends: 'list', echo } : { group: 'chrome', rule: 'breadcrumb', trail: true, ends: 'list' };
}

/**
 * Section names between separators: `أخبار عامة - وكالة أنباء المرأة - اخبار
 * الأدب والفن - ...`, `سياسة | اقتصاد | رياضة`. Every part is a few words
 * with no sentence punctuation; dashes and slashes (which datelines and
 * headlines use too) need more parts than bars and dots.
 */
function isNavLine(t: string, ctx: ClassifyContext): boolean {
  // Most lines have no spaced separator at all: one native scan rules them out.
  if (!NAV_SEPARATOR.test(t)) return false;
  const parts = t.trim().split(NAV_SEPARATOR);
  const min = NAV_BARS.test(t) ? L.navMinBarSegments : L.navMinDashSegments;
  if (parts.length < min) return false;
  for (const p of parts) {
    if (/[.،,:؛;!?؟]/u.test(p)) return false;
    const n = countWords(p, ctx.folder);
    if (n === 0 || n > L.navSegmentMaxWords) return false;
  }
  return true;
}

/** Between a dateline's parts: a dash, slash or bar, or a bracket (`تونس (وات)`). */
export const DATELINE_PARTS = /\s*[-–—ـ/|]\s*|\s*[()]\s*/u;

/** A colon with a word after it (not a time's digits). */
const DATELINE_THEN_WORDS = /[:：]\s*[^\s\d]/u;

/**
 * A dateline on its own line: `جدة - واس`, `بغداد / متابعة المدى`,
 * `تونس -(رويترز)-الوسط التونسية:`. Strong when it ends with a colon or names
 * an agency; a weak one only counts before the story starts.
 */
/**
 * A place, a colon and a wire agency (`الجزائر: واج`, `باريس: أ ف ب`): a
 * dateline, certain. Only a known agency after the colon: `دبي: ...` opens
 * headlines and sentences too.
 */
function placeColonAgency(line: Line, t: string, ctx: ClassifyContext): Cue | null {
  if (line.words > L.datelineMaxWords) return null;
  const colon = t.indexOf(':');
  if (colon <= 0) return null;
  const place = t.slice(0, colon).trim();
  const agency = ctx.folder.key(t.slice(colon + 1)).split(' ').filter(Boolean);
  if (!place || agency.length === 0 || place.split(/\s+/u).length > L.datelinePlaceMaxWords || hasDigit(place) || !isAgencyList(agency, ctx.cues)) return null;
  // A picture's, a video's or a map's credit (`الصور: رويترز`): a caption, no place.
  if (ctx.cues.mediaKinds.has(ctx.folder.key(place).split(' ')[0]!)) return furniture('caption');
  return { group: 'dateline', rule: 'dateline-line', value: cleanValue(t), strong: true };
}

/** Does a phrase of `index` start at any of `words`? */
function hasPhrase(words: readonly string[], index: PhraseIndex<unknown>): boolean {
  for (let k = 0; k < words.length; k++) if (index.at(words, k).length > 0) return true;
  return false;
}

function datelineLine(line: Line, ctx: ClassifyContext): Cue | null {
  // A numbered line is a list's item (`1. السوق القديم – حلب`): no dateline is numbered.
  if (line.bullet?.numbered) return null;
  const t = line.content.trim();
  const comma = placeAndOutlet(line, t, ctx);
  if (comma) return comma;
  if (reporterFromPlace(line, t, ctx)) return { group: 'dateline', rule: 'dateline-line', value: cleanValue(t), strong: false };
  const colon = placeColonAgency(line, t, ctx);
  if (colon) return colon;
  if (line.words < L.datelineMinWords || line.words > L.datelineMaxWords || /[.!؟?،]$/.test(t) || !/[-–—ـ/|]/.test(t)) return null;
  // Words after its colon (`إربد - المدار: بدأ المزارعون في`): the story's first words follow the dateline,
  // a paragraph's first piece (a paragraph saved a link at a time), not a dateline alone.
  if (DATELINE_THEN_WORDS.test(t)) return null;
  const parts = t.split(DATELINE_PARTS).map((p) => p.trim()).filter(hasLetter);
  if (parts.length < L.datelineMinParts || parts.length > L.datelineMaxParts) return null;
  const first = parts[0]!.split(/\s+/).length;
  // A place holds no digit: `الأهلي 2 - 0 الزمالك` is a score.
  if (first > L.datelinePlaceMaxWords || hasDigit(parts[0]!) || parts.some((p) => p.split(/\s+/).length > L.datelinePartMaxWords)) return null;
  // An outlet's name, then a slogan holding a particle of a sentence (`موقع الأفق - أخبار على مدار الساعة`):
  // the site's masthead, not a place and an outlet. A section's name, then the outlet's (`أخبار العالم |
  // صحيفة الأفق`): the page's title line; no place opens with the root of the site's sections.
  // An outlet's name, then how the paper describes itself (`جريدة الصباح - يومية سياسية مستقلة`): its masthead too.
  const opening = ctx.folder.key(parts[0]!).split(' ')[0]!;
  // So is an outlet's name, then what it carries in section names (`جريدة الأفق | أخبار ومقالات`): no place's name.
  const described = () => parts.slice(1).some((p) => hasPhrase(ctx.folder.key(p).split(' '), ctx.cues.paperDescriptions));
  const carries = () => parts.slice(1).every((p) => ctx.folder.key(p).split(' ').every((w) => isSectionName(w, ctx.cues)));
  if ((ctx.cues.datelineOutletWords.has(opening) && (particles(line.keyWords, ctx.cues) > 0 || described() || carries())) || ctx.cues.trailRoots.has(opening)) {
    return { group: 'head-chrome', rule: 'site-name' };
  }
  // Certain when it ends like a dateline (`:`, `؛`), or names an agency or an outlet.
  const outlet = parts.slice(1).some((p) => {
    const w = ctx.folder.key(p).split(' ');
    return isAgencyList(w, ctx.cues) || ctx.cues.datelineOutletWords.has(w[0]!);
  });
  const strong = /[:؛]$/u.test(t) || outlet;
  // A place, then only sections' names (`الكويت - اقتصاد`, `دولي - سياسة`): the page's place in the site, a breadcrumb.
  // No outlet is named so; a place then a section is how a site files a page by country and subject.
  if (!strong && carries()) return breadcrumb(t, DATELINE_PARTS, ctx);
  // An outlet, then a person's name (`العربية.نت - محمد الشامي`, `بوابة الأفق - ليلى حسن`): who wrote it for the outlet,
  // a byline. (A place opens a dateline, and an outlet ends it: `دبي - العربية.نت`.)
  if (parts.length === 2 && !/[:؛]$/u.test(t)) {
    const name = outletThenName(parts[0]!, parts[1]!, ctx);
    if (name) return { group: 'byline', rule: 'byline-outlet', value: name, strong: false, skip: 0, afterDash: true };
  }
  // A bar separates sections in menus and breadcrumbs (`منوعات | صحة`): a dateline with one names its agency or outlet.
  if (!strong && t.includes('|')) return null;
  // A date is no outlet: `سامي يوسف - 14 أبريل 2025` is a name beside the date, a date line (see `dateBesideName`).
  if (!strong && parts.slice(1).some((p) => dateLine(makeLine(0, p, p, ctx.folder), ctx)?.group === 'date')) return nameAndDate(line, ctx) ?? { group: 'date', rule: 'date-line' };
  return { group: 'dateline', rule: 'dateline-line', value: cleanValue(t), strong };
}

/**
 * The name after an outlet's (`العربية.نت`, `بوابة الأفق`: a publication word first or a site's word last), when
 * it reads as a person's: two words or more and a few at most, no outlet's, agency's or section's word, no city, no
 * particle of a sentence, no label. Null otherwise.
 */
function outletThenName(outlet: string, name: string, ctx: ClassifyContext): string | null {
  const { cues } = ctx;
  const o = ctx.folder.key(outlet).split(' ').filter(Boolean);
  const n = ctx.folder.key(name).split(' ').filter(Boolean);
  // (Or any first part but a place's, when the name opens with a given name: `هسبريس - يوسف العلوي`.)
  const named = () => n.length > 0 && cues.givenNames.has(n[0]!) && !cues.datelineCities.has(o.join(' ')) && !cues.datelineCities.has(o[0]!);
  if (o.length === 0 || !(cues.datelineOutletWords.has(o[0]!) || cues.siteNameTails.has(o[o.length - 1]!) || named())) return null;
  if (n.length < L.authorNameMinWords || n.length > L.outletBylineNameMaxWords || hasDigit(name) || NOT_NAME_MARK.test(name)) return null;
  // (Nor a section's or a label's words: `قناة الأفق - أخبار محلية`, `قناة الأفق - بث مباشر`.)
  if (n.some((w) => cues.datelineOutletWords.has(w) || cues.siteNameTails.has(w) || cues.publicationWords.has(w) || cues.sentenceParticles.has(w) || isSectionName(w, cues))) return null;
  if (cues.tickerLabels.at(n).length > 0 || cues.chromeExact.at(n).length > 0) return null;
  if (isAgencyList(n, cues) || cues.datelineCities.has(n.join(' ')) || cues.datelineCities.has(n[0]!)) return null;
  return cleanValue(name);
}
/** Marks a person's name never holds: a label's colon, quotes, brackets, a dot (`العربية.نت`), an @. */
const NOT_NAME_MARK = /[:«»"“”()[\].@]/u;

/**
 * A wire dateline on its own line: a place, a comma, the date, then the agency
 * or outlet in brackets (`بيروت، 2 مارس (أ ف ب):`, `الطريق الدولي، 2 مارس/آذار
 * (الموقع):`), or a place and a wire agency in brackets (`تونس (وات)`). The
 * date part is all date words, the place a few words with no digit, no
 * particle and no preposition.
 */
function wireDateline(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  if (line.words > L.datelinePlaceMaxWords + L.dateLineMaxWords + L.datelinePartMaxWords) return null;
  // The brackets close the line, perhaps before a colon or a dash: most lines are ruled out by their last character.
  if (!WIRE_DATELINE_LAST.has(line.last)) return null;
  const t = line.content.trim();
  const m = t.includes(')') ? BRACKETED_OUTLET.exec(t) : null;
  if (!m) return null;
  const parts = m[1]!.split(/[،,]/u).map((p) => p.trim());
  if (parts.length > 2) return null;
  const [place, outlet] = [parts[0]!, m[2]!].map((p) => ctx.folder.key(p).split(' ').filter(Boolean)) as [string[], string[]];
  if (place.length === 0 || place.length > L.datelinePlaceMaxWords || hasDigit(parts[0]!) || particles(place, ctx.cues) > 0) return null;
  // A picture is no place: `صورة (أ ف ب)` is a credited caption.
  if (place.length === 1 && ctx.cues.captionPrefixes.some((p) => p.length === 1 && p[0] === place[0])) return null;
  // A caption reads `الرئيس خلال الاجتماع، 2 مارس (رويترز)`: a place holds no preposition.
  if (place.some((w) => ctx.cues.kickerStarts.has(w) || ctx.cues.openEndings.has(w)) || opensWithContinuation(place, ctx.cues)) return null;
  if (outlet.length === 0 || outlet.length > L.datelinePartMaxWords) return null;
  // A place and a wire agency in brackets, no date: `تونس (وات)`. Weak unless a colon ends it: inside the
  // story a name and a credit read alike (a caption, `ترامب (رويترز)`). With a dash between them
  // (`القاهرة - (أ ش أ):`) it is the dash-separated dateline's shape, read below.
  if (parts.length === 1) {
    if (/[-–—ـ/|]/u.test(parts[0]!) || !isAgencyList(outlet, ctx.cues)) return null;
    return { group: 'dateline', rule: 'dateline-line', value: cleanValue(t), strong: /[:؛]$/u.test(t) };
  }
  const date = ctx.folder.key(parts[1]!).split(' ').filter(Boolean);
  if (!(hits & (HIT.date | HIT.digit)) || date.length === 0 || !date.every((w) => isDateWord(w, ctx.cues))) return null;
  return { group: 'dateline', rule: 'dateline-line', value: cleanValue(t), strong: true };
}

const WIRE_DATELINE_LAST: ReadonlySet<string> = new Set([')', ':', '؛', '-', '–', '—']);
/** Text, then a name in the brackets closing the line, perhaps before a colon or a dash. Linear: no nested quantifiers. */
const BRACKETED_OUTLET = /^([^()]{1,80})\(([^()]{1,40})\)\s*[:؛\-–—]?$/u;

/**
 * A place and an outlet before a colon, on their own line: `المدينة، الموقع:`,
 * `القاهرة، بوابة الأخبار:`. Weak (header only) unless it names an agency: a
 * lead-in inside the story looks the same (`وقال الوزير، في بيان:`), which is
 * also why it may not open like the story going on.
 */
function placeAndOutlet(line: Line, t: string, ctx: ClassifyContext): Cue | null {
  if (!t.endsWith(':') || line.words < L.datelineMinWords || line.words > L.datelineMaxWords || /[-–—ـ/|]/u.test(t)) return null;
  const parts = t.slice(0, -1).split(/[،,]/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return null;
  const [place, outlet] = parts.map((p) => ctx.folder.key(p).split(' ').filter(Boolean)) as [string[], string[]];
  if (place.length === 0 || place.length > L.datelinePlaceMaxWords || outlet.length === 0 || outlet.length > L.datelinePartMaxWords) return null;
  if (ctx.cues.kickerStarts.has(place[0]!) || opensWithContinuation(place, ctx.cues)) return null;
  return { group: 'dateline', rule: 'dateline-line', value: cleanValue(t), strong: isAgencyList(outlet, ctx.cues) };
}

/**
 * A correspondent and where they report from, with no name (`من مراسلنا في القدس`, `مراسلتنا في بيروت`,
 * `خاص من موفدنا إلى جنيف`): the dateline told the other way round (`القدس - من مراسلنا`). A few words of
 * place after the preposition, no particle of a sentence, words only (`مراسلنا في غزة: القصف مستمر` quotes its
 * reporter). Weak, as every dateline with no agency: the header alone takes it.
 */
function reporterFromPlace(line: Line, t: string, ctx: ClassifyContext): boolean {
  // (Words only: a colon or a dash there quotes the reporter or names them, see `reporterCredit`.)
  if (line.words > L.datelineMaxWords || !LETTERS_ONLY.test(t)) return false;
  const c = ctx.cues;
  const words = line.contentKeyWords;
  const opener = c.reporterCreditOpeners.find((o) => o.every((w, k) => words[k] === w) && c.reporters.has(words[o.length] ?? ''));
  const at = opener ? opener.length : 0;
  if (!c.reporters.has(words[at] ?? '') || !c.reporterPlaceLeads.has(words[at + 1] ?? '')) return false;
  const place = words.slice(at + 2);
  return place.length >= 1 && place.length <= L.datelinePlaceMaxWords && particles(place, c) === 0;
}

/** Lines with no Arabic in an Arabic page (`inShare`, `Leave a Comment`), lone numbers, lone symbols. */
function stray(line: Line, ctx: ClassifyContext, page: PageFacts): Cue | null {
  const t = line.content.trim();
  // (A rule of tatweel, `ـــــــ`, is no word either: its key folds to nothing.)
  if (!hasWordChar(t) || line.contentKey === '') return furniture('symbol-line');
  // A lone small number is also the rank of the list item under it (`1` / `سعر الذهب اليوم`).
  if (!hasLetter(t) && line.words <= L.numberLineMaxWords) return RANK.test(t) ? { group: 'chrome', rule: 'number-line', rank: true } : furniture('number-line');
  if (page.arabic && !line.arabic) return furniture('latin-line');
  if (isWireCode(line, t, ctx) || isWireSlug(line, ctx)) return furniture('wire-code');
  return null;
}

/**
 * The initials of a wire story's editors under it: `ع ا ج / ب ع`, `م.ع.س/ح.م`,
 * `(ي ح / ع ت)`: letters standing alone, in groups between slashes. Not an
 * agency's initials (`أ ف ب`), which the source rules read first.
 */
function isWireCode(line: Line, t: string, ctx: ClassifyContext): boolean {
  // Without a slash, one editor's initials or two (`ع ع`, `م ع ح`): a few letters, Arabic ones (counted before the words are split).
  const slashed = t.includes('/');
  if (!slashed && line.words > L.wireCodeUnslashedMaxLetters) return false;
  const words = line.contentKeyWords;
  if (words.length < (slashed ? L.wireCodeMinLetters : 2) || words.length > (slashed ? L.wireCodeMaxLetters : L.wireCodeUnslashedMaxLetters)) return false;
  if (!slashed && !words.every((w) => ARABIC_LETTER_WORD.test(w))) return false;
  return words.every((w) => w.length === 1) && !isAgencyList(words, ctx.cues);
}

/** One Arabic letter (a key: no harakat, no hamza forms). */
const ARABIC_LETTER_WORD = /^[\u0621-\u064a]$/u;
/** A key word of digits only. */
const KEY_DIGITS = new RegExp(`^[${DIGIT}]+$`, 'u');

/**
 * A wire's slug under its story: the agency's name, then its serial number, codes and the time sent
 * (`بنا 1245 جمت 30/11/2026`, `واس 0061`): numbers and short codes only after the name.
 */
function isWireSlug(line: Line, ctx: ClassifyContext): boolean {
  // (A serial is digits: a line with none is not split into words.)
  if (line.words > L.wireSlugMaxWords || !hasDigit(line.content)) return false;
  const words = line.contentKeyWords;
  if (words.length < 2 || words.length > L.wireSlugMaxWords || !ctx.cues.agencyFirsts.has(words[0]!)) return false;
  const name = ctx.cues.agencies.find((a) => a.length < words.length && a.every((x, m) => words[m] === x));
  if (!name) return false;
  let serial = false;
  for (let k = name.length; k < words.length; k++) {
    const w = words[k]!;
    if (KEY_DIGITS.test(w)) serial ||= w.length >= L.wireSlugSerialMinDigits;
    else if (w.length > L.wireSlugCodeMaxLetters) return false;
  }
  return serial;
}

/** The credit under an embedded post: a dash or a lead (`a post shared by`), a name, and the account's handle in brackets. */
function isEmbedCredit(line: Line, ctx: ClassifyContext): boolean {
  const t = line.text.trim();
  if (ctx.cues.embedCredit.test(t)) return true;
  const words = line.contentKeyWords;
  if (EMBED_HANDLE.test(t)) return ctx.cues.embedCreditLeads.some((l) => startsWithWords(words, l) && words.length > l.length);
  return postedCredit(line, ctx);
}

/** A post's credit dated instead of handled: the lead, a name, and a month or weekday (`Posted by X on Thursday, December 3, 2026`). */
function postedCredit(line: Line, ctx: ClassifyContext): boolean {
  const words = line.contentKeyWords;
  return ctx.cues.embedPostedLeads.some((l) => startsWithWords(words, l)) && words.some((w) => ctx.cues.monthWords.has(w)) && hasDigit(line.text);
}

/** An account's handle in brackets: `(@city_municipality)`. */
const EMBED_HANDLE = /\(@[A-Za-z0-9_.]{1,30}\)/u;

/** The first (or last) whitespace-separated token of a trimmed text: what `split(/\s+/u)` gives first (or last). */
export function edgeToken(t: string, first: boolean): string {
  if (first) {
    let k = 0;
    while (k < t.length && !WHITE_SPACE.test(t[k]!)) k++;
    return t.slice(0, k);
  }
  let k = t.length;
  while (k > 0 && !WHITE_SPACE.test(t[k - 1]!)) k--;
  return t.slice(k);
}
const WHITE_SPACE = /\s/u;

/** A bar, or a dash with a space on each side, between a name and a date. */
const NAME_DATE_SEPARATOR = /\s*\|\s*|\s[-–—]\s/gu;
/** A dash with a space on each side: between a name and a date, between a credit's parts. */
const SPACED_DASH = /\s[-–—]\s/u;
/** What no name or label beside a date holds: a digit or sentence punctuation. */
const NOT_IN_NAME = new RegExp(`[${DIGIT}.،,:؛!?؟()«»"]`, 'u');

/**
 * A name or a label and the page's date beside it, between a bar or a spaced dash, either first
 * (`أحمد سالم | منذ ساعتين`, `5 ديسمبر 2030 - أحمد سالم`, `سياسة دولية | 5 ديسمبر 2030`): a date line,
 * the name's words no date's, figure's, sentence's or punctuation's. Headed, as a headline dated in its
 * own words is: the header's headline when it has no other.
 */
function dateBesideName(line: Line, ctx: ClassifyContext, _page: PageFacts, hits: number): Cue | null {
  return hits & (HIT.date | HIT.digit) ? nameAndDate(line, ctx) : null;
}

/** The date cue of a name and a date between a bar or a spaced dash (see `dateBesideName`); null when the line is none. */
function nameAndDate(line: Line, ctx: ClassifyContext): Cue | null {
  // (A bulleted line is an item of a list, its date the item's.)
  if (line.bullet || line.words > L.dateBesideNameMaxWords + L.dateLineMaxWords) return null;
  const found = splitNameAndDate(line.content.trim(), ctx);
  return found ? besideName(found.date, personNamed(found.name, ctx)) : null;
}

/** The cue of a date with a name or a label beside it, from the date's own cue; `author` when the name is a person's. */
function besideName(date: Cue & { group: 'date' }, author: boolean): Cue {
  return { group: 'date', rule: 'date-line', headed: true, beside: true, ...(date.timeless ? { timeless: true } : {}), ...(author ? { author: true } : {}) };
}

/**
 * The name beside the date on a line the date rule read so (`cue.author`), in the text given (the profile the
 * article carries): `06 ديسمبر 2026 سامر يوسف` gives `سامر يوسف`. Null when the line is none.
 */
export function authorBesideDate(text: string, ctx: ClassifyContext): string | null {
  const found = splitNameAndDate(contentOf(text).trim(), ctx);
  return found && personNamed(found.name, ctx) ? found.name : null;
}

/**
 * Is a line a person's name and nothing else: two to four words, a given name first, no digit or
 * punctuation, no section's word, no particle of a sentence, no verb in the present tense after the name
 * (`محمد صلاح يعود` is a headline)? Its folded words, or null.
 */
export function personNameAlone(line: Line, ctx: ClassifyContext): readonly string[] | null {
  if (line.words < L.gluedDateNameMinWords || line.words > L.loneNameMaxWords || line.bullet || hasDigit(line.content) || NAME_ALONE_NOT.test(line.content)) return null;
  const words = line.contentKeyWords;
  if (words.length < L.gluedDateNameMinWords || !personNamed(line.content, ctx) || ctx.cues.givenNamesAlsoWords.has(words[0]!)) return null;
  // (A given name after the first is a father's: `أحمد يوسف`, not a verb; so is `علي` written with yeh, not `على`.)
  const written = line.content.trim().split(/\s+/u);
  const named = (w: string, k: number) => ctx.cues.givenNames.has(w) || (ctx.cues.maqsuraEndings.has(w) && written[k]?.endsWith('\u064a') === true);
  // (Nor a preposition or a conjunction: `... من النوم` is a phrase, no name.)
  if (words.some((w, k) => !named(w, k) && (ctx.cues.sentenceParticles.has(w) || ctx.cues.openEndings.has(w) || (k > 0 && presentTense(w))))) return null;
  return words;
}
/** Marks no name alone holds: sentence punctuation, a label's colon, quotes, brackets, a separator. */
const NAME_ALONE_NOT = /[.!?؟:،,؛;«»"“”()[\]|\-–—/@]/u;

/** A person's name, not a section's or a label's: two or three words, the first a given name (`GIVEN_NAMES`). */
function personNamed(name: string, ctx: ClassifyContext): boolean {
  const words = ctx.folder.key(name).split(' ').filter(Boolean);
  return words.length >= L.gluedDateNameMinWords && ctx.cues.givenNames.has(words[0]!) && !words.some((w) => isSectionName(w, ctx.cues));
}

/**
 * A name and a date on one line, a bar or a spaced dash between them, or glued (see `gluedNameAndDate`): the name as
 * written and the date's cue; null when the line is none.
 */
function splitNameAndDate(t: string, ctx: ClassifyContext): { name: string; date: Cue & { group: 'date' } } | null {
  if (!t.includes('|') && !SPACED_DASH.test(t)) return gluedNameAndDate(t, ctx);
  const cuts = [...t.matchAll(NAME_DATE_SEPARATOR)];
  const first = cuts[0];
  if (!first) return null;
  const last = cuts[cuts.length - 1]!;
  const pairs: [string, string][] = [
    [t.slice(0, first.index), t.slice(first.index + first[0].length)],
    [t.slice(last.index + last[0].length), t.slice(0, last.index)],
  ];
  for (const [name, date] of pairs) {
    if (!nameShapedBesideDate(name, ctx)) continue;
    const cue = dateLine(makeLine(0, date, date, ctx.folder), ctx);
    if (cue?.group === 'date') return { name: name.trim(), date: cue };
  }
  return null;
}

/**
 * A whole date and a name beside it with no separator (`06 ديسمبر 2026 سامر يوسف`, `سامر يوسف 06 ديسمبر
 * 2026`): the date's words (digits, months, weekdays) at one end, three at least, and a name of two or
 * three words at the other, none a date's (`6 ديسمبر 2026 يوم تاريخي` is a headline).
 */
function gluedNameAndDate(t: string, ctx: ClassifyContext): { name: string; date: Cue & { group: 'date' } } | null {
  const dated = (tok: string) => {
    if (hasDigit(tok)) return true;
    const key = ctx.folder.key(tok);
    return ctx.cues.monthWords.has(key) || ctx.cues.weekdayWords.has(key);
  };
  // (A date glued before or after a name opens or closes the line: most lines are told so by their ends, unsplit.)
  if (!dated(edgeToken(t, true)) && !dated(edgeToken(t, false))) return null;
  const tokens = t.split(/\s+/u);
  let head = 0;
  while (head < tokens.length && dated(tokens[head]!)) head++;
  let tail = tokens.length;
  while (tail > 0 && dated(tokens[tail - 1]!)) tail--;
  const splits: [string[], string[]][] = [];
  if (head >= L.gluedDateMinWords) splits.push([tokens.slice(head), tokens.slice(0, head)]);
  if (tokens.length - tail >= L.gluedDateMinWords) splits.push([tokens.slice(0, tail), tokens.slice(tail)]);
  for (const [name, date] of splits) {
    if (name.length < L.gluedDateNameMinWords || name.length > L.dateBesideNameMaxWords || !nameShapedBesideDate(name.join(' '), ctx)) continue;
    const text = date.join(' ');
    const cue = dateLine(makeLine(0, text, text, ctx.folder), ctx);
    if (cue?.group === 'date') return { name: name.join(' '), date: cue };
  }
  return null;
}

/** One to three words, none a date's or a sentence's, with no digit or punctuation: a name or a label. */
function nameShapedBesideDate(text: string, ctx: ClassifyContext): boolean {
  if (NOT_IN_NAME.test(text)) return false;
  const words = ctx.folder.key(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > L.dateBesideNameMaxWords) return false;
  const c = ctx.cues;
  return !particleInName(words, text, c) && !words.some((w) => c.dateWords.has(w));
}

/** Initials, a slash, initials (`م.ع.ح/ ع.ج.م`): editors' codes, however dotted or spaced. */
function initialsOnly(text: string, ctx: ClassifyContext): boolean {
  const words = ctx.folder.key(text).split(' ').filter(Boolean);
  return text.includes('/') && words.length >= L.wireCodeMinLetters && words.length <= L.wireCodeMaxLetters && words.every((w) => w.length === 1);
}

/** A line's head and the bracket that closes it: `(head) (credit)`. Linear: no nested quantifiers. */
const INITIALS_THEN_CREDIT = /^([^()]{1,40})\(([^()]{1,60})\)$/u;

/**
 * The line rules, in order: [family, rule, why it runs at this place]. The
 * first rule that returns a cue wins.
 */
export const LINE_RULES: readonly (readonly [string, LineRule, string])[] = [
  ['related-marker', relatedMarker, 'a label names its list (`مقالات ذات صلة`, `الأكثر قراءة`, `اقرأ أيضا: عنوان`): trusted first'],
  ['tags', tagsLine, '`كلمات دلالية: ...`, a tag label alone, `#hashtags`: a tag line may read like a sentence'],
  ['source', sourceLine, '`المصدر: X`, `نقلا عن X`, a closing credit of agency names only: before bylines, as a source may be a person'],
  ['byline', byline, '`كتب - X`, `بقلم X`, a short name under an honorific (`د. خالد العمري`): before dates, as a byline may end with one'],
  ['date', dateLine, 'a line of dates and times in any month family, or relative (`منذ 3 ساعات`): before chrome, whose counters hold numbers too'],
  ['chrome', chrome, 'share, follow, comment, copyright, ad, consent, link, badge, footer, widget, poll lines: the chrome phrase table, and counters'],
  ['masthead', masthead, "the paper's board and editor titles with their names: after the phrase table, before the headline rules see them"],
  ['markup', markup, 'leftover markup, field codes, bare links and e-mail addresses, embedded-post credits'],
  ['wire-dateline', wireDateline, 'a place, its date and the agency in brackets (`بيروت، 2 مارس (أ ف ب):`, `تونس (وات)`): before captions, whose credits close in brackets too'],
  ['caption', caption, 'photo captions (`... أرشيفية`, `(صورة: أرشيف)`) and caption labels'],
  ['credited-caption', creditedCaption, 'a caption ending with its photo credit (`(حسابه بالإعلام الاجتماعي)`, `- رويترز`), or glued to one in Latin letters (`AFP/Getty Images ...`): before datelines, which a short one resembles'],
  ['stray', stray, 'lines without letters, or lines without Arabic on an Arabic page (`inShare`, boilerplate in another language)'],
  ['navigation', navigation, 'breadcrumbs, menus, section names between separators, `Site – Slogan` mastheads: weak shapes, so late'],
  ['dateline', datelineLine, 'a place and an agency or outlet on their own line (`جدة - واس`): the weakest shape, last but one'],
  ['date-beside-name', dateBesideName, "a name or a label and the date beside it, a bar or dash between (`أحمد سالم - منذ ساعتين`): last, so that every shape above keeps its lines (a section and the site's name, a place and an outlet)"],
];

/** Runs the line rules on one line. Blank lines get no cue. */
export function classifyLine(line: Line, ctx: ClassifyContext, page: PageFacts): Cue | null {
  if (line.blank) return null;
  const hits = tableHitsOfKey(line.contentKey, ctx.cues);
  // A line of more than 30 words is a paragraph for every rule but these: a
  // labelled tag line, a long consent or copyright line, markup, a line in
  // another language, a navigation bar.
  if (line.words > L.paragraphWords) {
    return (
      tagsLine(line, ctx, page, hits) ??
      (line.words <= MAX_CHROME_WORDS ? chrome(line, ctx, page, hits) : null) ??
      markup(line, ctx) ??
      (page.arabic && !line.arabic ? furniture('latin-line') : null) ??
      (line.words <= L.navMaxWords && isNavLine(line.content, ctx) ? { group: 'head-chrome', rule: 'nav-line' } : null)
    );
  }
  for (const [, rule] of LINE_RULES) {
    const cue = rule(line, ctx, page, hits);
    if (cue) return cue;
  }
  return null;
}
