/** Signs that an input is not a dump: each sign fires on its shape and stays quiet on real Arabic text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_A_DUMP_CODES, suspectWarnings } from '../src/decode/suspect.js';

const ARABIC = 'أعلنت الهيئة العامة للأرصاد عن موجة حر تبدأ غدا وتستمر حتى نهاية الأسبوع، ودعت المواطنين إلى الحذر.\n';
const ENGLISH = 'The committee met on Tuesday to review the annual budget and agreed to publish the full report next month.\n';
const utf8 = new TextEncoder();
// UTF-8 bytes of Arabic shown as Windows-1256 would show them: the shape of real mojibake.
const asCp1256 = (s: string): string => new TextDecoder('windows-1256').decode(utf8.encode(s));
const UTF8 = { encoding: 'utf-8', encodingGuessed: false };
const GUESSED = { encoding: 'iso-8859-6', encodingGuessed: true };

const codes = (text: string, facts = UTF8): string[] => suspectWarnings(text, facts).map((w) => w.code);

describe('suspectWarnings', () => {
  const table: [string, string, typeof UTF8, string[]][] = [
    ['an Arabic article', ARABIC.repeat(10), UTF8, []],
    ['an Arabic article with a few English words', ARABIC.repeat(5) + 'Reuters, AFP\n', UTF8, []],
    ['an empty file', '   \n\n', UTF8, []],
    ['an HTML page by its doctype', '\n  <!DOCTYPE html>\n<html><body>' + ARABIC + '</body></html>', UTF8, ['html']],
    ['an HTML fragment by its closing tags', ARABIC + '<p>فقرة</p>\n'.repeat(30), UTF8, ['html']],
    ['a text that mentions one tag', ARABIC + 'اكتب </p> في آخر الفقرة\n', UTF8, []],
    ['JSON Lines', '{"id":"a","text":"' + ARABIC.trim() + '"}\n{"id":"b","text":"نص"}\n', UTF8, ['jsonl']],
    ['one JSON record longer than the sample', '{"text":"' + 'كلمة '.repeat(5000) + '"}\n', UTF8, ['jsonl']],
    ['a line that opens with a brace but is text', '{ملاحظة} ' + ARABIC, UTF8, []],
    ['mojibake', asCp1256(ARABIC.repeat(3)), { encoding: 'windows-1256', encodingGuessed: true }, ['mojibake']],
    ['Latin text guessed as an Arabic code page', new TextDecoder('iso-8859-6').decode(Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e na\xefve d\xe9j\xe0 vu '.repeat(20), 'latin1')), GUESSED, ['not-arabic']],
    ['an English page', ENGLISH.repeat(10), UTF8, ['not-arabic']],
    ['a short English note (too little to judge)', ENGLISH, UTF8, []],
  ];
  it.each(table)('%s', (_name, text, facts, expected) => {
    expect(codes(text, facts)).toEqual(expected);
  });

  it('every code it gives is a not-a-dump code, so --strict fails on it', () => {
    for (const [, text, facts] of table) for (const code of codes(text, facts)) expect(NOT_A_DUMP_CODES).toContain(code);
  });

  it('looks only at the start of a huge input', () => {
    expect(codes(ARABIC.repeat(200) + ENGLISH.repeat(100_000))).toEqual([]);
  });

  it('judges letters by their neighbours up to the sample edges (against a letter-by-letter reference)', () => {
    // The reference counts as the rule reads: a pair is a lead letter then a trail sign; a stray
    // Arabic letter touches a Latin one on either side. Short strings put letters on the edges.
    const latin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    const reference = (s: string, facts: typeof UTF8): string[] => {
      let arabic = 0, letters = 0, pairs = 0, stray = 0;
      for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (latin(c)) letters++;
        else if ((c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff)) {
          arabic++;
          letters++;
          if ('طظعغ'.includes(s[k]!) && '€پ‚ƒ„،؛»؟'.includes(s[k + 1] ?? '')) pairs++;
          if (latin(s.charCodeAt(k - 1)) || latin(s.charCodeAt(k + 1))) stray++;
        }
      }
      if (s.trim() === '') return [];
      if (pairs >= 8 && pairs >= 0.25 * arabic) return ['mojibake'];
      if (facts.encodingGuessed && arabic > 0 && stray >= 0.5 * arabic) return ['not-arabic'];
      if (letters >= 200 && arabic < 0.05 * letters) return ['not-arabic'];
      return [];
    };
    const piece = fc.constantFrom('ط', 'ظ', 'ع', 'غ', '€', 'پ', '،', '؟', '»', 'a', 'Z', 'é', 'ب', 'س', ' ', '1', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.boolean(), (parts, guessed) => {
        const text = parts.join('');
        const facts = guessed ? GUESSED : UTF8;
        expect(codes(text, facts)).toEqual(reference(text, facts));
      }),
      { numRuns: 2000 },
    );
  });
});
