/**
 * Tag splitting. Tags separated by `،` `,` `|` `;` `#` `•` or a spaced dash
 * split on the separator. Glued tags (`كلمات دلالية: الأمين العام لمنظمة
 * التعاون الإسلامي العمل الجماعي ...`) are segmented by dynamic programming:
 * phrases the story itself contains are rewarded, and no tag may start with a
 * clitic (ل ب ك و ف glued to a word the story uses on its own).
 */
import { TAG_CLITICS } from './cues.js';
import type { KeyFolder } from './lines.js';
import { trimEndWhere } from './text.js';

/** Words and phrases of the story, for recognising tags in a glued tag line. */
export class StoryIndex {
  private readonly phrases = new Set<string>();
  private readonly words = new Set<string>();
  private static readonly MAX = 8;

  /**
   * @param texts the story (title and body): its phrases reward tags.
   * @param lexicon every folded word of the page: it tells a clitic (لدعم, with
   *   دعم or الدعم elsewhere) from a word that starts with the same letter.
   */
  constructor(texts: readonly string[], folder: KeyFolder, private readonly lexicon: ReadonlySet<string> = new Set()) {
    for (const text of texts) {
      const w = folder.key(text).split(' ').filter(Boolean);
      for (let a = 0; a < w.length; a++) {
        this.words.add(w[a]!);
        let phrase = w[a]!;
        for (let b = a + 1; b < Math.min(w.length, a + StoryIndex.MAX); b++) {
          phrase += ' ' + w[b];
          this.phrases.add(phrase);
        }
      }
    }
  }

  hasPhrase(words: readonly string[]): boolean {
    return words.length === 1 ? this.words.has(words[0]!) : this.phrases.has(words.join(' '));
  }

  hasWord(word: string): boolean {
    return this.words.has(word) || this.lexicon.has(word);
  }
}

// Separators between tags; parts are trimmed after the split (a leading `\s*`
// here would make the split quadratic on long runs of spaces).
const EXPLICIT_SEPARATORS = /[،,|;؛#•·\n]|\s[-–—]\s|\s\/\s/u;

/** Splits the value of a tag line into tags. The story index is only built when tags are glued. */
export function splitTags(value: string, story: StoryIndex | (() => StoryIndex), folder: KeyFolder): string[] {
  const trimmed = value.trim();
  if (!trimmed) return [];
  if (EXPLICIT_SEPARATORS.test(trimmed)) {
    return trimmed
      .split(EXPLICIT_SEPARATORS)
      .map((t) => trimEndWhere(t.trim().replace(/^#+/u, ''), (c) => c === '.' || c === ' ').trim())
      .filter((t) => /[\p{L}\p{N}]/u.test(t));
  }
  return segmentGlued(trimmed.split(/\s+/), typeof story === 'function' ? story() : story, folder);
}

/** Does the token start with a clitic glued to a word the story knows? */
function isClitic(key: string, story: StoryIndex): boolean {
  if (/^(لل|بال|كال|وال|فال)/.test(key)) return true;
  const first = key[0];
  if (!first || !TAG_CLITICS.includes(first) || key.length < 4) return false;
  const rest = key.slice(1);
  return story.hasWord(rest) || story.hasWord('ال' + rest) || story.hasWord('وال' + rest);
}

/**
 * Best segmentation of space-separated tokens into tags: a tag the story
 * contains scores its length (a single word only 0.6), every tag costs a
 * little, a cut between two words the story writes together costs more, a
 * tag may not start with a clitic token, and may not end with a preposition
 * glued to an indefinite noun (`لدعم`), which needs the word after it.
 */
function segmentGlued(tokens: string[], story: StoryIndex, folder: KeyFolder): string[] {
  const keys = tokens.map((t) => folder.key(t));
  const n = tokens.length;
  const MAX = 8;
  const SEGMENT_COST = 0.5;
  const best = new Array<number>(n + 1).fill(-Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  const clitic = keys.map((k) => isClitic(k, story));
  // `لدعم`, `بحق`: a preposition on an indefinite noun needs the word after it.
  const dangling = keys.map((k, i) => clitic[i]! && !/^(لل|بال|كال|وال|فال)/.test(k));
  for (let b = 1; b <= n; b++) {
    if (b < n && dangling[b - 1]) continue;
    for (let a = Math.max(0, b - MAX); a < b; a++) {
      if (best[a] === -Infinity) continue;
      if (a > 0 && clitic[a]) continue;
      const words = keys.slice(a, b).join(' ').split(' ').filter(Boolean);
      const len = b - a;
      const reward = story.hasPhrase(words) ? (len === 1 ? 0.6 : len) : 0;
      // Cutting between two words the story writes together costs a tag.
      const cut = a > 0 && story.hasPhrase([keys[a - 1]!, keys[a]!].join(' ').split(' ')) ? 1 : 0;
      const score = best[a]! + reward - SEGMENT_COST - cut;
      if (score > best[b]!) {
        best[b] = score;
        from[b] = a;
      }
    }
  }
  const tags: string[] = [];
  for (let b = n; b > 0; ) {
    const a = from[b]!;
    tags.unshift(tokens.slice(a, b).join(' '));
    b = a;
  }
  return tags;
}
