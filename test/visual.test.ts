/**
 * The terminal display transform: shaping, bidi reordering, mirroring, marks,
 * widths, and the pretty view's goldens at two widths in both display modes.
 */
import { Chalk } from 'chalk';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';
import { Display } from '../src/render/display.js';
import { renderInspect, renderPretty } from '../src/render/pretty.js';
import { drawRows, drawWithCliTable, type Cell } from '../src/render/table.js';
import { reorder, shape, toVisual } from '../src/render/visual.js';
import { displayWidth, wrap } from '../src/render/width.js';
import { ROOT, fixtureBytes } from './helpers.js';

const cp = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16)).join(' ');

describe('toVisual equals GNU FriBidi on the same shaped text', () => {
  const cases = JSON.parse(readFileSync(join(ROOT, 'test/data/visual/fribidi.json'), 'utf8')) as { logical: string; visual: string }[];
  it('has the fixture lines and the mixed cases', () => {
    expect(cases.length).toBeGreaterThan(200);
  });
  it.each(cases.map((c) => [c.logical.slice(0, 50), c]))('%s', (_name, c) => {
    expect(toVisual((c as { logical: string }).logical)).toBe((c as { visual: string }).visual);
  });
});

describe('the transform, step by step', () => {
  it('shapes letters into joined forms, lam-alef into one ligature', () => {
    expect(cp(shape('سلام'))).toBe('feb3 fefc fee1');
  });

  it('does not add an alef when a haraka sits between lam and alef', () => {
    expect(cp(shape('لَا'))).toBe('fefb');
    // Alef does not join forward, so the lam-alef after إِ stands alone.
    expect(cp(shape('إِلَّا'))).toBe('fe87 650 fefb');
  });

  it('reverses a right-to-left line and leaves a left-to-right one', () => {
    expect(reorder('ابت')).toBe('تبا');
    expect(reorder('hello world')).toBe('hello world');
  });

  it('keeps numbers, Latin words, URLs and dates in reading order inside Arabic', () => {
    expect(reorder('في 2024/12/05 زار http://x.org الموقع')).toBe('عقوملا http://x.org راز 2024/12/05 يف');
  });

  it('mirrors brackets and guillemets in right-to-left runs', () => {
    expect(reorder('قال (نعم) «لا»')).toBe('«ال» (معن) لاق');
  });

  it('puts combining marks after their base letter', () => {
    expect(cp(reorder('بَت'))).toBe(cp('تبَ'));
    expect(cp(reorder('بَّت'))).toBe(cp('تبَّ'));
  });

  it('leaves an empty line empty and keeps emoji whole', () => {
    expect(toVisual('')).toBe('');
    expect(toVisual('نص 😀 هنا')).toBe(`${shape('انه').split('').join('')} 😀 ${[...shape('نص')].reverse().join('')}`.replace(shape('انه'), [...shape('هنا')].reverse().join('')));
  });

  it('takes the paragraph direction for a wrapped line with no strong letter', () => {
    expect(toVisual('2024.', 'rtl')).toBe('.2024');
    expect(toVisual('2024.')).toBe('2024.');
  });
});

describe('terminal widths', () => {
  it.each([
    ['harakat take no column', 'مُحَمَّد', 4],
    ['tatweel takes one', 'مـحـمد', 6],
    ['a lam-alef ligature takes one', '\ufefb', 1],
    ['bidi and zero-width marks take none', 'a\u200f\u200bb\u202e', 2],
    ['CJK takes two', '中文', 4],
    ['emoji take two', '😀', 2],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('wraps at spaces within the width, cutting a word wider than the width', () => {
    expect(wrap('كلمة كلمة كلمة', 9)).toEqual(['كلمة كلمة', 'كلمة']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('pretty view goldens', () => {
  const parser = new Parser();
  const slugs = ['seed-layout', 'masthead-byline-dateline', 'related-mid-story', 'tags-per-line', 'most-read-numbered', 'share-block-bullets'];
  const dir = join(ROOT, 'test/data/pretty');
  mkdirSync(dir, { recursive: true });
  for (const slug of slugs) {
    for (const mode of ['visual', 'logical'] as const) {
      for (const width of [60, 100]) {
        it(`${slug} at ${width} columns, ${mode}`, () => {
          const r = parser.parseBytes(fixtureBytes(slug), slug);
          if (!r.ok) throw new Error(r.reason);
          const display = new Display({ mode, width, chalk: new Chalk({ level: 0 }) });
          const { out } = renderPretty(r.analysis.article, display);
          for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
          // Every line of a table is exactly as wide as the table: the borders line up.
          const table = out.split('\n').filter((l) => /^[┌│├└]/.test(l));
          expect(table.length > 0).toBe(r.analysis.article.related.length > 0);
          for (const l of table) expect(displayWidth(l), l).toBe(width);
          const file = join(dir, `${slug}.${mode}.${width}.txt`);
          if (!existsSync(file)) {
            if (process.env.CI) throw new Error(`missing golden ${file}`);
            writeFileSync(file, out);
          }
          expect(out).toBe(readFileSync(file, 'utf8'));
        });
      }
    }
  }

  it('long tables are drawn to the same layout as cli-table3 draws them', () => {
    for (const level of [0, 3] as const) {
      const display = new Display({ mode: 'visual', width: 90, chalk: new Chalk({ level }) });
      for (const slug of slugs) {
        const r = parser.parseBytes(fixtureBytes(slug), slug);
        if (!r.ok) throw new Error(r.reason);
        const widths = [2, 11, 16, 47];
        const rows: Cell[][] = r.analysis.lines.map((l) => [
          { lines: [String(l.n)], align: 'right' },
          { lines: [l.type ?? '-'], style: display.chalk.green },
          { lines: [l.rule.slice(0, 16)], style: display.chalk.dim },
          { lines: display.paragraph(l.text || ' ', 47), align: 'right' },
        ]);
        const spec = { widths, head: [{ lines: ['#'] }, { lines: ['block'] }, { lines: ['rule'] }, { lines: ['text'] }], rows };
        expect(drawRows(spec, display.chalk.bold)).toBe(drawWithCliTable(spec, display.chalk.bold));
      }
    }
  });

  it('inspect tables line up whatever the text', () => {
    const text = 'عنوانٌ مُشَكَّلٌ بالكامل للاختبار\n\nفقرة فيها تطويـــــل وعلامات\u200f خفية ولا ولأ وﻻ، وكلمة English و٣٫٥.\n';
    const display = new Display({ mode: 'visual', width: 80, chalk: new Chalk({ level: 0 }) });
    const out = renderInspect(parser.analyze(text).lines, display);
    for (const l of out.trimEnd().split('\n')) expect(displayWidth(l), l).toBe(80);
  });
});
