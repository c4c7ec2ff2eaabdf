/** `parse --normalize`: the profile applies to every string of the article, and never changes where lines go. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/article.js';
import { Normalizer } from '../src/normalize/engine.js';
import { Parser } from '../src/parse.js';
import { fixtureBytes, fixtureSlugs, runCli } from './helpers.js';

function strings(article: Article): string[] {
  const out: string[] = [];
  const walk = (x: unknown, key = ''): void => {
    if (key === 'input' || key === 'warnings' || key === 'blocks') return;
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach((v) => walk(v));
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (k !== 'kind') walk(v, k);
  };
  walk(article);
  return out;
}

describe('normalisation profiles in parse', () => {
  const search = new Normalizer('search');
  const parsers = { clean: new Parser(), search: new Parser({ normalize: 'search' }), none: new Parser({ normalize: 'none' }) };

  for (const slug of fixtureSlugs()) {
    it(`${slug}: same blocks under every profile; search folds every string`, () => {
      const [clean, folded, raw] = (['clean', 'search', 'none'] as const).map((p) => {
        const r = parsers[p].parseBytes(fixtureBytes(slug), slug);
        if (!r.ok) throw new Error(r.reason);
        return r.analysis.article;
      });
      expect(folded!.blocks).toEqual(clean!.blocks);
      expect(raw!.blocks).toEqual(clean!.blocks);
      for (const s of strings(folded!)) expect(search.line(s), s).toBe(s);
      expect(folded!.tags.length).toBe(clean!.tags.length);
      expect(folded!.related.map((r) => r.items.length)).toEqual(clean!.related.map((r) => r.items.length));
    });
  }

  it('none keeps the text as decoded', async () => {
    const r = await runCli(['parse', '-f', 'json', '-n', 'none', 'fixtures/persian-letters-tatweel/input.txt']);
    const article = JSON.parse(r.stdout) as Article;
    expect(article.title).toBe('وزير الخارجیة یستقبل نظیره الکويتي لبحث التعاون الثنائي');
    expect(article.related[0]!.label).toBe('الأکثر قراءة');
    expect(article.related[0]!.items[1]!.headline).toBe('ﺍﻓﺘﺘﺎﺡ ﻣﻌﺮﺽ ﺍﻟﺼﻨﺎﻋﺎﺕ ﺍﻟﻮﻃﻨﻴﺔ ﺑﻤﺸﺎﺭﻛﺔ ﻭﺍﺳﻌﺔ');
  });

  it('a switch on parse applies to the output strings', async () => {
    const r = await runCli(['parse', '-f', 'json', '--teh-marbuta', 'fixtures/headline-top/input.txt']);
    expect(JSON.parse(r.stdout).title).toBe('افتتاح أكبر مكتبه عامه في المدينه بعد ثلاث سنوات من العمل');
  });
});
