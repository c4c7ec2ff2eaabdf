/** Decoding: BOMs, UTF-16 without BOM, the Arabic code pages, damage and binary input. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { Utf16Text, fromCharCodes } from '../src/decode/utf16.js';
import { Parser } from '../src/parse.js';
import { ROOT, fixtureBytes } from './helpers.js';

const ENCODINGS = join(ROOT, 'test/data/encodings');
const parser = new Parser();

describe('every encoding parses to the same article as its UTF-8 twin', () => {
  const twin = parser.parseBytes(fixtureBytes('encoding-twin'), 'twin');
  if (!twin.ok) throw new Error(twin.reason);
  const expected = { ...twin.analysis.article, input: undefined };
  const cases: [string, string, boolean][] = [
    ['windows-1256.txt', 'windows-1256', true],
    ['iso-8859-6.txt', 'iso-8859-6', true],
    ['utf-16le-bom.txt', 'utf-16le', false],
    ['utf-16be-bom.txt', 'utf-16be', false],
    ['utf-16le.txt', 'utf-16le', true],
    ['utf-16be.txt', 'utf-16be', true],
    ['utf-8-bom-crlf.txt', 'utf-8', false],
  ];
  it('covers every file in test/data/encodings', () => {
    expect(readdirSync(ENCODINGS).sort()).toEqual(cases.map((c) => c[0]).sort());
  });
  for (const [file, encoding, guessed] of cases) {
    it(`${file} is read as ${encoding}${guessed ? ' (guessed)' : ''}`, () => {
      const result = parser.parseBytes(readFileSync(join(ENCODINGS, file)), file);
      if (!result.ok) throw new Error(result.reason);
      expect(result.analysis.article.input.encoding).toBe(encoding);
      expect(result.analysis.article.input.encodingGuessed).toBe(guessed);
      expect({ ...result.analysis.article, input: undefined }).toEqual(expected);
    });
  }
});

describe('decode', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('strips a UTF-8 BOM and keeps CRLF', () => {
    const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('سلام\r\nعليكم')]));
    expect(r).toMatchObject({ ok: true, text: 'سلام\r\nعليكم', encoding: 'utf-8', bom: true, guessed: false });
  });

  it('honours a forced encoding', () => {
    const r = decode(new Uint8Array([0xc7, 0xe1]), { encoding: 'windows-1256' });
    expect(r).toMatchObject({ ok: true, text: 'ال', guessed: false });
  });

  it('replaces a few invalid bytes in a UTF-8 file and reports the first line', () => {
    const bytes = new Uint8Array([...utf8('سطر أول سليم تماما\nسطر ثان '), 0xff, ...utf8(' فيه بايت تالف\n')]);
    const r = decode(bytes);
    if (!r.ok) throw new Error(r.reason);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('\ufffd');
    expect(r.warnings).toEqual([{ code: 'invalid-utf8', message: '1 invalid UTF-8 sequence(s) replaced with U+FFFD', line: 2 }]);
  });

  it('drops NUL padding at the end with a warning', () => {
    const r = decode(new Uint8Array([...utf8('نص'), 0, 0, 0]));
    expect(r).toMatchObject({ ok: true, text: 'نص', warnings: [{ code: 'trailing-nul' }] });
  });

  it.each([
    [[0x1f, 0x8b, 0x08, 0x00], 'gzip'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'PDF'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00], 'PNG'],
    [[0xff, 0xd8, 0xff, 0xe0], 'JPEG'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'zip'],
  ])('refuses binary data (%j looks like %s)', (bytes, kind) => {
    expect(decode(new Uint8Array(bytes))).toEqual({ ok: false, reason: `not a text file (looks like ${kind})` });
  });

  it('refuses NUL bytes inside the data', () => {
    expect(decode(new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x44]))).toMatchObject({ ok: false, reason: 'not a text file (contains NUL bytes)' });
  });

  it('decodes an empty input to empty text', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: true, text: '', encoding: 'utf-8' });
  });
});

describe('UTF-8 decoding', () => {
  // Code points from every UTF-8 length: ASCII, Arabic (two bytes), CJK and
  // presentation forms (three), emoji and other astral characters (four).
  const codePoint = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0x600, max: 0x6ff }),
    fc.integer({ min: 0x800, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0xfffd }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  );
  const text = fc.array(codePoint, { maxLength: 300 }).map((cps) => String.fromCodePoint(...cps));

  it('gives back exactly the text that was encoded, with or without a BOM', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, bom) => {
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(s, 'utf8')]);
        const d = decode(bytes);
        // A text that starts with U+FEFF itself loses it like a BOM would.
        const expected = s.charCodeAt(0) === 0xfeff && !bom ? s.slice(1) : s;
        return d.ok && d.encoding === 'utf-8' && d.text === expected;
      }),
      { numRuns: 500 },
    );
  });

  it('decodes a real page like the platform decoder does', () => {
    const bytes = fixtureBytes('seed-layout');
    const d = decode(bytes);
    expect(d.ok && d.text).toBe(new TextDecoder().decode(bytes));
  });
});

describe('the binary check runs on every path', () => {
  const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3, 4, 5, 6]);
  const nuls = Buffer.alloc(64);
  it.each([
    ['a UTF-8 BOM before gzip', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gzip]), {}],
    ['a UTF-16 BOM before gzip', Buffer.concat([Buffer.from([0xff, 0xfe]), gzip]), {}],
    ['a UTF-8 BOM before NUL bytes', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x'), nuls, Buffer.from('y')]), {}],
    ['a file of NUL bytes', Buffer.alloc(1000), {}],
    ['a UTF-8 BOM and nothing but NUL bytes', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.alloc(1000)]), {}],
    ['NUL bytes under --encoding windows-1256', Buffer.alloc(100), { encoding: 'windows-1256' as const }],
    ['gzip under --encoding windows-1256', gzip, { encoding: 'windows-1256' as const }],
    ['NUL bytes under --encoding utf-8', Buffer.concat([Buffer.from('x'), nuls, Buffer.from('y')]), { encoding: 'utf-8' as const }],
    ['control bytes under --encoding utf-16le', Buffer.from(Array.from({ length: 200 }, (_, k) => (k % 2 ? 0 : 1))), { encoding: 'utf-16le' as const }],
  ])('%s is refused', (_name, bytes, options) => {
    expect(decode(bytes, options).ok).toBe(false);
  });

  it('a BOM followed by invalid UTF-8 still says so', () => {
    const r = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('نص '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(' نص')]));
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
  });

  it('a forced encoding that yields replacement characters says so', () => {
    // 0xA1 has no character in ISO-8859-6.
    const r = decode(Buffer.from([0xc7, 0xe4, 0xa1, 0x20, 0xc7]), { encoding: 'iso-8859-6' });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['undecodable']);
    const utf8 = decode(Buffer.from([0x61, 0xff, 0x62]), { encoding: 'utf-8' });
    expect(utf8.ok && utf8.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
  });
});

describe('code units into text', () => {
  const units = (s: string) => Uint16Array.from(s, (_c, k) => s.charCodeAt(k));

  it('gives back every unit exactly, a lone surrogate too, on the Buffer path and the portable one', () => {
    const s = 'نص\ud800 😀 \udc00ﷺ';
    const u = units(s + 'زائد');
    expect(new Utf16Text().text(u, s.length)).toBe(s);
    expect(fromCharCodes(u, s.length)).toBe(s);
  });

  it('reads the array it is given, not the one it saw last (a grown buffer is a new array)', () => {
    const t = new Utf16Text();
    const a = units('أول');
    expect(t.text(a, 3)).toBe('أول');
    a[0] = 0x0627;
    expect(t.text(a, 3)).toBe('اول');
    expect(t.text(units('ثانٍ'), 4)).toBe('ثانٍ');
    expect(t.text(a.subarray(1), 2)).toBe('ول');
  });

  it('turns runs longer than one String.fromCharCode call into one string', () => {
    const s = 'كلمة '.repeat(3000);
    expect(fromCharCodes(units(s), s.length)).toBe(s);
    expect(new Utf16Text().text(units(s), s.length)).toBe(s);
  });
});
