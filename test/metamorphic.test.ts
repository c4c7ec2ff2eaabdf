/**
 * The same page saved differently is the same article. Each fixture is
 * rewritten the way scrapers and sites vary (line ends, BOM, code page,
 * spacing, blank lines, tatweel, invisible marks) and must give the article of
 * the original: every field but `input`, `blocks` and the line numbers of
 * warnings.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/article.js';
import { Parser } from '../src/parse.js';
import { fixtureBytes, fixtureSlugs } from './helpers.js';

// Fingerprints, stats and quality flags are part of what must not change.
const corpus = { fingerprint: true, stats: true, quality: 'fineweb2-arb' } as const;
const parser = new Parser(corpus);
/** For rewrites that change letters or digits: both sides are compared folded. */
const folding = new Parser({ normalize: 'search', ...corpus });

/** Windows-1256 bytes of a text, for the fixtures whose every character the code page has. */
function cp1256(text: string): Buffer | null {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const bytes: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  return Buffer.from(bytes);
}

const lines = (text: string) => text.split(/\r\n|\r|\n/);

// Rewrites that keep the article. Each returns the new bytes, or null when it does not apply.
const REWRITES: Record<string, (text: string) => Buffer | null> = {
  'CRLF line ends': (t) => Buffer.from(t.replace(/\r\n|\r|\n/g, '\r\n')),
  'a UTF-8 BOM': (t) => Buffer.from('\ufeff' + t),
  'Windows-1256': (t) => cp1256(t),
  'UTF-16 LE with a BOM': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  'spaces doubled, lines indented, tabs at the ends': (t) => Buffer.from(lines(t).map((l) => (l.trim() ? '  ' + l.replace(/ /g, '  ') + ' \t' : l)).join('\n')),
  'no-break spaces': (t) => Buffer.from(t.replace(/ /g, '\u00a0')),
  'a blank line between all lines': (t) => Buffer.from(lines(t).filter((l) => l.trim()).join('\n\n')),
  'no blank lines': (t) => Buffer.from(lines(t).filter((l) => l.trim()).join('\n')),
  'every blank line doubled': (t) => Buffer.from(t.replace(/\r\n|\r/g, '\n').replace(/\n[ \t]*\n/g, '\n\n\n')),
  'tatweel inside words': (t) =>
    Buffer.from(t.replace(/([\u0628-\u064a])([\u0628-\u064a])(?=[\u0621-\u064a]{2})/g, (m, a: string, b: string) => (/[اأإآدذرزوؤة]/.test(a) ? m : a + '\u0640' + b))),
  'right-to-left marks between words': (t) => Buffer.from(t.replace(/(\S) (\S)/g, '$1\u200f $2')),
};

// Rewrites that change characters the `search` profile folds: compared under it.
const FOLDED_REWRITES: Record<string, (text: string) => Buffer> = {
  'Arabic-Indic digits': (t) => Buffer.from(t.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)))),
  'harakat on some letters': (t) => Buffer.from(t.replace(/([\u0628-\u064a])(?=[\u0628-\u064a])/g, (m, a: string, at: number) => (at % 7 === 0 ? a + '\u064e' : a))),
};

// Layouts whose meaning lies in their blank lines: a subheading right under a
// "read also" headline is told from a second headline only by the blank line
// between them; a tight list of headlines and ledes ends at the first blank line,
// the story going on under it; a box printed tight in a story set apart by blank
// lines holds the paragraph touching it, and a list spaced so in a story printed tight ends at one.
const BLANK_LINES_MATTER = new Set([
  'read-also-mid-story',
  'tight-ledes-list-mid-column-story-resumes-after-blank',
  'next-article-printed-tight',
  'tight-box-article-over-spaced-story',
  'tight-box-article-tags-ahead',
  'spaced-ledes-list-mid-tight-story-resumes-touching',
]);
const BLANK_LINE_REWRITES = new Set(['no blank lines', 'a blank line between all lines']);
// Layouts whose meaning lies in their spacing: a row of links joined with wide gaps is told from a
// line of words only by gaps wider than the page's own (a page spaced wide everywhere has none).
const SPACING_MATTERS = new Set(['gapped-menu-and-tagline-over-headline']);
const SPACING_REWRITES = new Set(['spaces doubled, lines indented, tabs at the ends']);

/** What must not change: the article without where it came from and where its lines were. */
function essence(a: Article): unknown {
  return { ...a, input: undefined, blocks: undefined, warnings: a.warnings.map((w) => w.code) };
}

function parse(bytes: Buffer, slug: string, p = parser): Article {
  const r = p.parseBytes(bytes, slug);
  if (!r.ok) throw new Error(`${slug}: ${r.reason}`);
  return r.analysis.article;
}

describe.each(Object.entries(REWRITES))('a page saved with %s is the same article', (name, rewrite) => {
  const slugs = fixtureSlugs().filter((s) => s !== 'encoding-twin' && !(BLANK_LINE_REWRITES.has(name) && BLANK_LINES_MATTER.has(s)) && !(SPACING_REWRITES.has(name) && SPACING_MATTERS.has(s)));
  it.each(slugs)('%s', (slug) => {
    const text = fixtureBytes(slug).toString('utf8').replace(/^\ufeff/, '');
    const bytes = rewrite(text);
    if (!bytes) return;
    expect(essence(parse(bytes, slug))).toEqual(essence(parse(Buffer.from(text), slug)));
  });
});

describe.each(Object.entries(FOLDED_REWRITES))('a page written with %s is the same article, folded', (_name, rewrite) => {
  it.each(fixtureSlugs().filter((s) => s !== 'encoding-twin'))('%s', (slug) => {
    const text = fixtureBytes(slug).toString('utf8').replace(/^\ufeff/, '');
    expect(essence(parse(rewrite(text), slug, folding))).toEqual(essence(parse(Buffer.from(text), slug, folding)));
  });
});
