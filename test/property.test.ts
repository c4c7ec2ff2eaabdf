/**
 * Invariants on random input: parse never throws, and the blocks cover every
 * non-empty line exactly once, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/article.js';
import { parse, Parser } from '../src/parse.js';
import { compileCues, edgeToken, tableHits, tableHitsOfKey } from '../src/segment/classify.js';
import { KeyFolder, makeLine, splitLines } from '../src/segment/lines.js';
import { hash53 } from '../src/segment/text.js';
import { Normalizer } from '../src/normalize/engine.js';
import { fixtureBytes, fixtureSlugs } from './helpers.js';

const parser = new Parser();
const fixtureLines = fixtureSlugs().flatMap((slug) => fixtureBytes(slug).toString('utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/));

// The same definition of an empty line as the scorer's.
const visible = (l: string) => l.replace(/[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '') !== '';

function checkCoverage(text: string, article: Article): void {
  const body = text.replace(/^\ufeff/, '');
  const lines = body.split(/\r\n|\r|\n/);
  // Counted as wc -l does: a final line break ends the last line.
  expect(article.input.lines).toBe(body === '' ? 0 : /[\r\n]$/.test(body) ? lines.length - 1 : lines.length);
  const seen = new Map<number, number>();
  let last = 0;
  for (const b of article.blocks) {
    expect(b.from).toBeGreaterThan(last);
    expect(b.to).toBeGreaterThanOrEqual(b.from);
    expect(b.to).toBeLessThanOrEqual(lines.length);
    last = b.to;
    for (let n = b.from; n <= b.to; n++) seen.set(n, (seen.get(n) ?? 0) + 1);
  }
  lines.forEach((l, k) => {
    if (visible(l)) expect(seen.get(k + 1), `line ${k + 1}: ${JSON.stringify(l)}`).toBe(1);
  });
}

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const fixtureLine = fc.constantFrom(...fixtureLines);
const noiseLine = fc.oneof(
  fc.constantFrom('', '   ', '\u200f', 'ـــ', '•', '1.', '- ', 'إقرأ أيضاً:', 'مقالات مشابهة', 'المصدر:', 'الوسوم', '#', 'كتب', '\u202e', '\t'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const document = fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fixtureLine }, { weight: 1, arbitrary: noiseLine }), lineEnd), { maxLength: 60 })
  .map((parts) => parts.map(([l, e]) => l + e).join(''));

describe('parse on random mixtures of fixture lines', () => {
  it('never throws and covers every non-empty line exactly once', () => {
    fc.assert(
      fc.property(document, (text) => {
        checkCoverage(text, parser.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('does the same with normalisation off and with the search profile', () => {
    const none = new Parser({ normalize: 'none' });
    const search = new Parser({ normalize: 'search' });
    fc.assert(
      fc.property(document, (text) => {
        checkCoverage(text, none.parse(text));
        checkCoverage(text, search.parse(text));
      }),
      { numRuns: 150 },
    );
  });
});

describe('parse on arbitrary input', () => {
  it('never throws on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkCoverage(text, parser.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random bytes: an article or a refusal', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const result = parser.parseBytes(bytes, 'random');
        if (result.ok) expect(result.analysis.article.schemaVersion).toBe(1);
        else expect(result.reason).toMatch(/^not a text file|UTF-32/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the library refuses what is not its input', () => {
  it.each([
    ['undefined', undefined, /input must be a string or a Uint8Array \(a Buffer\), got undefined/],
    ['a number', 42, /got number 42/],
    ['an object', {}, /got an object/],
    ['an ArrayBuffer', new ArrayBuffer(4), /got an ArrayBuffer/],
    ['a Uint16Array', new Uint16Array(4), /got a Uint16Array/],
    ['an array of bytes', [0x61, 0x62], /got an array/],
  ])('parse(%s) throws a TypeError naming the argument', (_name, value, message) => {
    expect(() => parse(value as unknown as string)).toThrow(TypeError);
    expect(() => parse(value as unknown as string)).toThrow(message);
  });

  it.each([
    ['an unknown encoding', { encoding: 'latin1' }, /unknown encoding: "latin1"/],
    ['an unknown profile', { normalize: 'strong' }, /unknown normalisation profile: strong/],
    ['a switch with a bad value', { normalize: { profile: 'clean', digits: 'roman' } }, /switch digits: expected keep or ascii or arabic, got "roman"/],
    ['an unknown switch', { normalize: { yeh: true, kashida: true } }, /unknown normalisation switch: kashida/],
    ['markers of the wrong shape', { markers: { related: 'مقالات' } }, /markers.related must be an array of strings/],
    ['an unknown marker family', { markers: { footer: [] } }, /unknown marker family: footer/],
  ])('a parser with %s is refused', (_name, options, message) => {
    expect(() => new Parser(options as never)).toThrow(message);
  });

  it('Parser.parse and parseBytes check their argument too', () => {
    expect(() => new Parser().parse(42 as unknown as string)).toThrow(/text must be a string, got number 42/);
    expect(() => new Parser().parseBytes('نص' as unknown as Uint8Array)).toThrow(/bytes must be a string or a Uint8Array/);
  });
});

describe('the table hits of a line, read from its key in one pass', () => {
  const folder = new KeyFolder();
  const cues = compileCues(folder);
  const reference = (key: string) => tableHits(key ? key.split(' ') : [], cues);

  it('are the hits of its words, on every fixture line', () => {
    for (const line of fixtureLines) {
      const key = folder.key(line);
      expect(tableHitsOfKey(key, cues), line).toBe(reference(key));
    }
  });

  it('are the hits of its words on random lines of table words, numbers and other words, short or long', () => {
    const pool = [...cues.wordBits.keys()].slice(0, 400);
    const word = fc.oneof(fc.constantFrom(...pool), fc.constantFrom('12', '2024', '٣', 'كلمة', 'الخبر', 'x1'), fc.stringMatching(/^[a-z0-9]{1,6}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 60 }), (words) => {
        const key = folder.key(words.join(' '));
        expect(tableHitsOfKey(key, cues)).toBe(reference(key));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a line's first and last tokens, read from its ends", () => {
  // The glued name-and-date rule asks only a line's end tokens before splitting it: they must be the split's.
  it('are the first and last of its whitespace-separated tokens, whatever the spaces', () => {
    const piece = fc.constantFrom('كلمة', '12', 'مايو', 'x', '\u00a0', ' ', '\t', '\u2009', '\u3000', '\u200f', '،', '-', '📌');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (parts) => {
        const t = parts.join('').trim();
        const tokens = t.split(/\s+/u);
        expect(edgeToken(t, true)).toBe(tokens[0]);
        expect(edgeToken(t, false)).toBe(tokens[tokens.length - 1]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a line's key words", () => {
  const folder = new KeyFolder();
  const clean = new Normalizer('clean');
  it('leave emoji out and keep other astral characters as letters', () => {
    expect(folder.key('📌 اقرأ أيضا')).toBe('اقرا ايضا');
    expect(folder.key('النص😀هنا')).toBe('النص هنا');
    expect(folder.key('𝐀𝐁 كلمة')).toBe('xxxx كلمه');
  });

  // Folding is local to each character: a line folds as its pieces do, whatever its length or its longest folding.
  it('are the words of its pieces, however long the line and however much a character unfolds (`ﷺ`)', () => {
    const piece = fc.constantFrom('ﷺ', 'ﷺ ', 'ﻻ', 'كلمة ', 'أَحْمَدُ', ' ', '، ', '📌', 'x', '١٢');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 300 }), (parts) => {
        const pieces = parts.join('').split(' ');
        const expected = pieces.map((p) => folder.key(p)).filter(Boolean).join(' ');
        expect(folder.key(parts.join(''))).toBe(expected);
        expect(new KeyFolder().key(parts.join(''))).toBe(expected);
      }),
      { numRuns: 300 },
    );
    expect(folder.key('ﷺ'.repeat(60)).split(' ')).toHaveLength(3 * 60 + 1);
  });

  // A folder that has seen every character takes the short loop for a line of plain letters and separators; a new
  // folder knows no character yet and folds the same line by the whole loop: the two keys are one.
  it('are the same by the short loop of a folder that knows the characters as by the whole loop of a new one', () => {
    const warm = new KeyFolder();
    // (Plain pieces only, for the short loop; and with pieces it leaves to the whole loop: a diacritic, an emoji.)
    const plain = ['كلمة', 'الخبر', 'ب', 'x', '1', ' ', '  ', '، ', '-', '.', 'abc', 'ABC', '2024', '١٢', '\u00a0', '\t', '(', '»'];
    const other = ['ﷺ', 'أَ', 'ـ', '📌', '𝐀', '\u200c'];
    const text = fc.oneof(fc.array(fc.constantFrom(...plain), { maxLength: 400 }), fc.array(fc.constantFrom(...plain, ...other), { maxLength: 400 }));
    fc.assert(
      fc.property(text, (parts) => {
        const text = parts.join('');
        warm.key(text);
        expect(warm.key(text)).toBe(new KeyFolder().key(text));
      }),
      { numRuns: 500 },
    );
  });

  // The rules rule out long lines by their visible words before splitting the key: that needs this bound.
  it('are at least its visible words, less a numbered bullet', () => {
    const piece = fc.constantFrom('a', 'ب', ' ', '-', '1', '.', '\u00a0', '\t', '(', ')', '•', 'ـ', '\u064e', '\u200f', ':', '/', '٣', '،', '\u2009', '\u3000', 'ﻻ', '_', "'", '@', 'كلمة', '📌', '👈🏽', '𝐀', '\ud83d');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), (parts) => {
        const raw = parts.join('');
        const line = makeLine(1, raw, clean.line(raw), folder);
        expect(line.contentKeyWords.length).toBeGreaterThanOrEqual(line.bullet ? line.words - 1 : line.words);
      }),
      { numRuns: 5000 },
    );
  });

  // A long line gives up its key after the line rules but keeps its hash, which the duplicate check reads.
  it("keep a long line's key hash after the line rules are done with it", () => {
    const raw = Array.from({ length: 130 }, (_, k) => `كلمة${k % 7}`).join(' ');
    const line = makeLine(1, raw, clean.line(raw), folder);
    const key = line.key;
    line.releaseWords();
    expect(line.keyHash).toBe(hash53(key));
    expect(line.key).toBe(key);
  });

  // The markup rule reads this flag instead of scanning the line again: it must be the scan's answer.
  it('say the line holds a Latin letter or an @ exactly when the text does', () => {
    const piece = fc.constantFrom('a', 'Z', 'ب', ' ', '@', '\u017f', '\u212a', 'é', '٣', '1', '\u00a0', '\t', '📌', '\ud83d', '[', '<', 'ـ', '`', '{', '\u0660');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 0, maxLength: 12 }), (parts) => {
        const raw = parts.join('');
        const line = makeLine(1, raw, clean.line(raw), folder);
        expect(line.latin).toBe(/[A-Za-z@\u017f\u212a]/.test(line.text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitting text into lines', () => {
  it('cuts at CRLF, CR and LF alike, with or without a CR in the text', () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', 'ب', 'a', ' ', '\u2028', '\u0085', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(splitLines(text)).toEqual(text.split(/\r\n|\r|\n/));
      }),
      { numRuns: 3000 },
    );
  });
});
