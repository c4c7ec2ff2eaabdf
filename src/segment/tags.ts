/**
 * Tag splitting. Tags separated by `،` `,` `|` `;` `#` `•` or a spaced dash
 * split on the separator. Glued tags (`كلمات دلالية: الأمين العام لمنظمة
 * التعاون الإسلامي العمل الجماعي ...`) are segmented by dynamic programming:
 * phrases the story itself contains are rewarded, and no tag may start with a
 * clitic (ل ب ك و ف glued to a word the story uses on its own).
 */
import { ARTICLE_FORMS, CLITICS, DEFINITE_ARTICLE } from './cues.js';
import type { KeyFolder } from './lines.js';
import { hasWordChar, trimEndWhere } from './text.js';

/** The longest tag, in words: a name or a title (`الأمين العام لمنظمة التعاون الإسلامي`). */
const TAG_MAX_WORDS = 8;
/** What each tag costs in a segmentation: fewer, longer tags the story contains win. */
const SEGMENT_COST = 0.5;
/** A one-word tag the story contains scores less than its length: single words are everywhere in a story. */
const SINGLE_WORD_REWARD = 0.6;

/**
 * What the story says about the words of a glued tag line: which of its
 * spans the story contains, and which words appear on the page. Only the tag
 * line's own spans are looked for, in one pass over the story, so the cost is
 * linear in the story and memory stays with the tag line.
 */
export class StoryIndex {
  private readonly found = new Set<string>();
  private readonly prepared = new Set<string>();
  private storyWords: Set<string> | null = null;
  private storyBare: Set<string> | null = null;

  /**
   * @param keys the story (title and body), folded with the KeyFolder: its
   *   phrases reward tags.
   * @param pageHas whether a folded word appears on the page: it tells a
   *   clitic (لدعم, with دعم or الدعم elsewhere) from a word that starts with
   *   the same letter.
   */
  constructor(
    private readonly keys: readonly string[],
    private readonly pageHas: (word: string) => boolean = () => false,
  ) {}

  /** A story index of texts that are not folded yet; the page's words given as a set. */
  static ofTexts(texts: readonly string[], folder: KeyFolder, page: ReadonlySet<string> = new Set()): StoryIndex {
    return new StoryIndex(texts.map((t) => folder.key(t)), (w) => page.has(w));
  }

  /**
   * Looks, in one pass, for every span of these tag words in the story, and
   * for the words a clitic check may ask about on the page. Call it once with
   * every tag word of the page; later calls only scan for what is new.
   */
  prepare(keys: readonly string[]): void {
    // Spans are looked for without the article on their words too: `المكتبة الرقمية` is the story's `مكتبة رقمية`.
    const subwords = keys.flatMap((k) => k.split(' ')).filter(Boolean).map(withoutArticle);
    const want = new Set<string>();
    const prefixes = new Set<string>();
    // A span holding a word the story never writes is never found: it is not looked for.
    const storyBare = this.bareWords();
    for (let a = 0; a < subwords.length; a++) {
      let span = '';
      for (let b = a; b < Math.min(subwords.length, a + TAG_MAX_WORDS); b++) {
        if (!storyBare.has(subwords[b]!)) break;
        span = span ? span + ' ' + subwords[b] : subwords[b]!;
        prefixes.add(span);
        if (!this.prepared.has(span)) want.add(span);
      }
    }
    // The words a clitic check asks about: each form of a token with its first letter, a clitic, taken off.
    const words = new Set<string>();
    for (const k of keys) {
      if (!mayOpenWithClitic(k)) continue;
      for (const w of bareForms(k.slice(1))) if (!this.prepared.has('\u0000' + w)) words.add(w);
    }
    if (want.size > 0) {
      for (const key of this.keys) {
        const w = key.split(' ').map(withoutArticle);
        for (let a = 0; a < w.length; a++) {
          let span = w[a]!;
          for (let b = a; ; ) {
            if (!prefixes.has(span)) break;
            if (want.has(span)) this.found.add(span);
            if (++b >= w.length || b - a >= TAG_MAX_WORDS) break;
            span += ' ' + w[b];
          }
        }
      }
      for (const w of want) this.prepared.add(w);
    }
    if (words.size > 0) {
      for (const w of words) {
        if (w && (this.pageHas(w) || this.storyHas(w))) this.found.add('\u0000' + w);
        this.prepared.add('\u0000' + w);
      }
    }
  }

  /** The story's words without the article, built on first use. */
  private bareWords(): Set<string> {
    if (!this.storyBare) {
      this.storyBare = new Set();
      for (const key of this.keys) for (const word of key.split(' ')) if (word) this.storyBare.add(withoutArticle(word));
    }
    return this.storyBare;
  }

  /** Does the story hold this folded word (or run of words)? One set of its words, built on first use. */
  private storyHas(w: string): boolean {
    if (w.includes(' ')) return (' ' + this.keys.join(' ') + ' ').includes(' ' + w + ' ');
    if (!this.storyWords) {
      this.storyWords = new Set();
      for (const key of this.keys) for (const word of key.split(' ')) this.storyWords.add(word);
    }
    return this.storyWords.has(w);
  }

  /** Does the story contain this span of words, the article on its words aside? (Spans not prepared count as absent.) */
  hasPhrase(words: readonly string[]): boolean {
    return this.found.has(words.map(withoutArticle).join(' '));
  }

  /** The same for a span of words already without their article, joined with single spaces. */
  hasBareSpan(span: string): boolean {
    return this.found.has(span);
  }

  /** Does this word appear on the page? (Words not prepared count as absent.) */
  hasWord(word: string): boolean {
    return this.found.has('\u0000' + word);
  }
}

// Separators between tags; parts are trimmed after the split (a leading `\s*`
// here would make the split quadratic on long runs of spaces).
const EXPLICIT_SEPARATORS = /[،,|;؛#•·\n]|\s[-–—.]\s|\s\/\s/u;

/** The tags of a value between its explicit separators (bars, commas, spaced dashes), trimmed; no glued tag is split. */
export function separatedTags(value: string): string[] {
  return (
    value
      .trim()
      .split(EXPLICIT_SEPARATORS)
      // `#البنك_المركزي` is the tag `البنك المركزي`, as on a hashtag line.
      .map((t) => trimEndWhere(t.replace(/_+/gu, ' ').trim().replace(/^#+/u, ''), (c) => c === '.' || c === ' ').trim())
      .filter(hasWordChar)
  );
}

/** Are these tags glued (no separator between them)? */
export function isGlued(value: string): boolean {
  return !EXPLICIT_SEPARATORS.test(value);
}

/**
 * Splits the value of a tag line into tags. The story index is only built when
 * tags are glued. `written` is the same value in the `clean` profile, where the
 * letters that end words are still told apart (the `search` profile folds ة and ى).
 */
export function splitTags(value: string, story: StoryIndex | (() => StoryIndex), folder: KeyFolder, written = value): string[] {
  const trimmed = value.trim();
  if (!trimmed) return [];
  if (EXPLICIT_SEPARATORS.test(trimmed)) return separatedTags(trimmed);
  // Where one link's text runs into the next with no space, a tag ends for sure: each part is segmented on its own.
  const tokens = trimmed.split(/\s+/);
  const reference = written.trim().split(/\s+/);
  let built: StoryIndex | undefined;
  const index = () => (built ??= typeof story === 'function' ? story() : story);
  const parts: string[][] = [[]];
  tokens.forEach((token, i) => {
    const cuts = reference.length === tokens.length ? wordEndCuts(reference[i]!) : [];
    for (const [k, piece] of cutAfterLetters(token, cuts).flatMap((p) => cutBeforeArticle(p, index, folder)).entries()) {
      if (k > 0) parts.push([]);
      parts[parts.length - 1]!.push(piece);
    }
  });
  return parts.flatMap((part) => segmentGlued(part, index(), folder));
}

/** The fewest letters a word cut out of a run of link texts may have (`مصر` in `مصرالسودان`). */
const GLUED_WORD_MIN_CHARS = 3;

/**
 * A token where link texts ran together before a definite article
 * (`الأمطارالمناخ`, `مصرالسودان`), cut before each article inside it when
 * every piece is a word of the story and the token is not: the article also
 * occurs inside words (`المجالات`), which the story's words tell apart.
 */
function cutBeforeArticle(token: string, story: () => StoryIndex, folder: KeyFolder): string[] {
  const at: number[] = [];
  for (let k = GLUED_WORD_MIN_CHARS; k <= token.length - DEFINITE_ARTICLE.length - 2; k++) {
    if (token.startsWith(DEFINITE_ARTICLE, k) && isArabicLetter(token.charCodeAt(k - 1))) at.push(k);
  }
  if (at.length === 0) return [token];
  const ends = [0, ...at, token.length];
  // The folded key of every piece between two cuts, made once: `keys[a][b]` runs from ends[a] to ends[b].
  const keys = ends.map((from, a) => ends.map((to, b) => (b > a ? folder.key(token.slice(from, to)) : '')));
  const keyOf = (a: number, b: number) => keys[a]![b]!;
  const index = story();
  index.prepare(keys.flat().filter(Boolean));
  const known = (key: string) => key.length >= GLUED_WORD_MIN_CHARS && !key.includes(' ') && index.hasPhrase([key]);
  // Fewest pieces first: best[b] is the shortest way to cut up to ends[b] into story words (a token the
  // story writes whole is one piece, and stays whole).
  const best: (number[] | null)[] = ends.map((_, b) => (b === 0 ? [] : null));
  for (let b = 1; b < ends.length; b++) {
    for (let a = 0; a < b; a++) {
      const before = best[a];
      if (before && known(keyOf(a, b)) && (!best[b] || before.length + 1 < best[b]!.length)) best[b] = [...before, b];
    }
  }
  const cuts = best[ends.length - 1];
  if (!cuts || cuts.length < 2) return [token];
  return cuts.map((b, k) => token.slice(ends[k === 0 ? 0 : cuts[k - 1]!]!, ends[b]!));
}

/** Marks that may follow a letter: harakat (U+064B to U+065F), superscript alef (U+0670), tatweel (U+0640). */
const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
/** An Arabic letter (hamza to yeh), not a mark or a digit. */
const isArabicLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a && c !== 0x0640;

/**
 * Where a token holds two words with no space between them: after each letter
 * that only ends a word, teh marbuta (U+0629) and alef maksura (U+0649), when
 * a letter follows (`الروايةالأدب`: link texts saved with nothing between
 * them). Given as counts of the token's letters, which every profile keeps.
 */
function wordEndCuts(token: string): number[] {
  const cuts: number[] = [];
  let letters = 0;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (!isArabicLetter(c)) continue;
    letters++;
    if (c !== 0x0629 && c !== 0x0649) continue;
    let next = k + 1;
    while (next < token.length && isMark(token.charCodeAt(next))) next++;
    if (next < token.length && isArabicLetter(token.charCodeAt(next))) cuts.push(letters);
  }
  return cuts;
}

/** The token cut after the given counts of its letters (with the marks on the last one). */
function cutAfterLetters(token: string, cuts: readonly number[]): string[] {
  if (cuts.length === 0) return [token];
  const out: string[] = [];
  let from = 0;
  let letters = 0;
  let j = 0;
  for (let k = 0; k < token.length && j < cuts.length; k++) {
    if (!isArabicLetter(token.charCodeAt(k)) || ++letters !== cuts[j]) continue;
    let end = k + 1;
    while (end < token.length && isMark(token.charCodeAt(end))) end++;
    out.push(token.slice(from, end));
    from = end;
    k = end - 1;
    j++;
  }
  out.push(token.slice(from));
  return out.filter(Boolean);
}

/** A folded word without the definite article (`الرقمية` -> `رقمية`), when a word of two letters or more is left. */
export function withoutArticle(word: string): string {
  return word.length >= DEFINITE_ARTICLE.length + 2 && word.startsWith(DEFINITE_ARTICLE) ? word.slice(DEFINITE_ARTICLE.length) : word;
}

/** The forms a word takes on the page once a clitic is taken off it: bare, with the article, with و and the article. */
function bareForms(rest: string): string[] {
  return [rest, DEFINITE_ARTICLE + rest, CLITICS[0] + DEFINITE_ARTICLE + rest];
}

/** Does the key open with a clitic before the definite article (`للدعم`, `بالقرار`)? */
function hasArticleClitic(key: string): boolean {
  return ARTICLE_FORMS.some((f) => key.startsWith(f));
}

/** The shortest token a one-letter clitic is looked for on: a clitic and a three-letter word. */
const CLITIC_TOKEN_MIN_CHARS = 4;

/** May the token open with a one-letter clitic (its first letter one, and long enough for a word after it)? */
function mayOpenWithClitic(key: string): boolean {
  const first = key[0];
  return first !== undefined && CLITICS.includes(first) && key.length >= CLITIC_TOKEN_MIN_CHARS;
}

/** Does the token start with a clitic glued to a word the story knows? */
function isClitic(key: string, story: StoryIndex): boolean {
  if (hasArticleClitic(key)) return true;
  return mayOpenWithClitic(key) && bareForms(key.slice(1)).some((w) => story.hasWord(w));
}

/**
 * Best segmentation of space-separated tokens into tags: a tag the story
 * contains scores its length (a single word only 0.6), every tag costs a
 * little, a cut between two words the story writes together costs more, a
 * tag may not start with a clitic token, and may not end with a preposition
 * glued to an indefinite noun (`لدعم`), which needs the word after it.
 */
function segmentGlued(tokens: string[], story: StoryIndex, folder: KeyFolder): string[] {
  const keys = tokens.map((t) => folder.key(t)).map((k) => k || '\u0000');
  story.prepare(keys);
  const n = tokens.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  const clitic = keys.map((k) => isClitic(k, story));
  // `لدعم`, `بحق`: a preposition on an indefinite noun needs the word after it.
  const dangling = keys.map((k, i) => clitic[i]! && !hasArticleClitic(k));
  // Spans are looked up without the article on their words, each key's words bared once.
  const bare = keys.map((k) => k.split(' ').map(withoutArticle).join(' '));
  // Cutting between two words the story writes together costs a tag.
  const cut = bare.map((k, a) => (a > 0 && story.hasBareSpan(bare[a - 1] + ' ' + k) ? 1 : 0));
  for (let b = 1; b <= n; b++) {
    if (b < n && dangling[b - 1]) continue;
    let span = '';
    for (let a = b - 1; a >= Math.max(0, b - TAG_MAX_WORDS); a--) {
      span = span ? bare[a] + ' ' + span : bare[a]!;
      if (best[a] === -Infinity || (a > 0 && clitic[a])) continue;
      const len = b - a;
      const reward = story.hasBareSpan(span) ? (len === 1 ? SINGLE_WORD_REWARD : len) : 0;
      const score = best[a]! + reward - SEGMENT_COST - cut[a]!;
      if (score > best[b]!) {
        best[b] = score;
        from[b] = a;
      }
    }
  }
  const tags: string[] = [];
  for (let b = n; b > 0; ) {
    const a = from[b]!;
    tags.push(tokens.slice(a, b).join(' '));
    b = a;
  }
  return tags.reverse();
}
