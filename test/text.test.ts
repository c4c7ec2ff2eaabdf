/**
 * The letter and digit tables the rules use instead of `\p{L}` and `\p{N}` (whose regexes cost
 * milliseconds to compile): the same answer as Unicode for every code point, and for text.
 */
import { describe, expect, it } from 'vitest';
import { DIGIT, hasDigit, hasLetter, hasWordChar, LETTER } from '../src/segment/text.js';

const inBlocks = (c: number) => c < 0x0800 || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfeff);

describe('letter and digit tables', () => {
  it('LETTER and DIGIT hold exactly the letters and digits of their blocks', () => {
    const letter = new RegExp(`^[${LETTER}]$`, 'u');
    const digit = new RegExp(`^[${DIGIT}]$`, 'u');
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (!inBlocks(c) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const ch = String.fromCharCode(c);
      if (letter.test(ch) !== /\p{L}/u.test(ch)) wrong.push(`L ${c.toString(16)}`);
      if (digit.test(ch) !== /\p{N}/u.test(ch)) wrong.push(`N ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('hasLetter, hasDigit and hasWordChar answer as Unicode does on every code point, astral ones too', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0x10ffff; c += c < 0x10000 ? 1 : 97) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const l = /\p{L}/u.test(ch);
      const n = /\p{N}/u.test(ch);
      if (hasLetter(ch) !== l || hasDigit(ch) !== n || hasWordChar(ch) !== (l || n)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['— * —', false, false],
    ['١٢:٣٠', false, true],
    ['«الرياض»', true, false],
    ['東京 2024', true, true],
    ['𝐀', true, false],
    ['🙂 ✓', false, false],
  ])('%s: letter %s, digit %s', (text, letter, digit) => {
    expect([hasLetter(text), hasDigit(text), hasWordChar(text)]).toEqual([letter, digit, letter || digit]);
  });
});
