/**
 * The rule registry: every id a line can get is registered with its reason,
 * no registered id is dead, no code decides by comparing ids, and `inspect`
 * shows the cue a line's reading overruled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';
import { isRuleId, RULES } from '../src/segment/rules.js';
import { fixtureBytes, fixtureSlugs, ROOT } from './helpers.js';

const sources = () => {
  const dir = join(ROOT, 'src', 'segment');
  return [...readdirSync(dir).map((f) => join(dir, f)), join(ROOT, 'src', 'parse.ts')].map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
};

describe('the rule registry', () => {
  it('registers every rule a fixture line gets, and every cue', () => {
    const parser = new Parser();
    for (const slug of fixtureSlugs()) {
      const r = parser.parseBytes(fixtureBytes(slug), slug);
      if (!r.ok) continue;
      for (const l of r.analysis.lines) {
        expect(isRuleId(l.rule), `${slug}:${l.n} ${l.rule}`).toBe(true);
        if (l.cue) expect(isRuleId(l.cue), `${slug}:${l.n} ${l.cue}`).toBe(true);
      }
    }
  });

  it('has no dead ids: each one is given somewhere in the code', () => {
    const code = sources()
      .filter((s) => !s.path.endsWith('rules.ts'))
      .map((s) => s.text)
      .join('\n');
    const dead = Object.keys(RULES).filter((id) => !code.includes(`'${id}'`));
    expect(dead).toEqual([]);
  });

  it('gives a one-line reason for every id', () => {
    for (const [id, why] of Object.entries(RULES)) {
      expect(why.length, id).toBeGreaterThan(10);
      expect(why, id).not.toContain('\n');
    }
  });

  it('is never compared against: the code decides by fields, not by rule ids', () => {
    for (const { path, text } of sources()) {
      expect(text.match(/\brule\s*[!=]==\s*['"`]|['"`]\s*[!=]==\s*[\w.]*\brule\b|\brule\s*\)?\s*\.(?:startsWith|endsWith|includes)\(/g) ?? [], path).toEqual([]);
    }
  });
});

describe('inspect', () => {
  it('shows the cue the reading overruled next to the rule that decided', () => {
    // A name under an honorific is a byline in the header, but a short line inside the story.
    const story = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم الزراعة في المناطق الريفية، تشمل قروضا ميسرة للمزارعين.';
    const text = ['خطة حكومية جديدة لدعم الزراعة في الأرياف', '', story, '', 'د. خالد العمري', '', story.replace('اليوم', 'أمس')].join('\n');
    const lines = new Parser().analyze(text).lines;
    expect(lines[4]).toMatchObject({ type: 'body', rule: 'short-line', cue: 'byline-honorific' });
    // Where the cue decided, no second id is shown.
    expect(lines[0]).toMatchObject({ type: 'title', rule: 'title', cue: null });
  });
});

describe('rules run only where they can fire', () => {
  it('skipping a rule on a line that touches none of its tables never changes a cue', async () => {
    const { HIT, LINE_RULES, compileCues, tableHitsOfKey } = await import('../src/segment/classify.js');
    const { KeyFolder, makeLine } = await import('../src/segment/lines.js');
    const { Normalizer } = await import('../src/normalize/engine.js');
    const folder = new KeyFolder();
    const ctx = { folder, cues: compileCues(folder) };
    const clean = new Normalizer('clean');
    const texts = fixtureSlugs().flatMap((slug) => fixtureBytes(slug).toString('utf8').split(/\r?\n/));
    // Each line also with a number before it, a bullet, and its words reversed: shapes the fixtures may lack.
    const variants = texts.flatMap((t) => [t, `12 ${t}`, `• ${t}`, t.split(' ').reverse().join(' ')]);
    let compared = 0;
    for (const text of variants) {
      const line = makeLine(1, text, clean.line(text), folder);
      if (line.blank) continue;
      const hits = tableHitsOfKey(line.contentKey, ctx.cues);
      // Every table bit set, as if the line touched every table; whether it holds a digit is a fact, kept.
      const every = (0x7fffffff & ~HIT.digit) | (hits & HIT.digit);
      for (const [name, rule] of LINE_RULES) {
        expect(rule(line, ctx, { arabic: true }, hits), `${name}: ${text}`).toEqual(rule(line, ctx, { arabic: true }, every));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
