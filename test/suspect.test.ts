/** Signs that an input is not a dump: each sign fires on its shape and stays quiet on real Arabic text. */
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
});
