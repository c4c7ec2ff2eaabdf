// Sections of `npm run bench`. Each gets { root, fixtureTexts, report, Normalizer }
// and reports figures with report(name, value, unit, note).
import { performance } from 'node:perf_hooks';

/** Best of `runs` timings of fn, in seconds. */
function best(fn, runs = 3) {
  let min = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, (performance.now() - t0) / 1000);
  }
  return min;
}

/** Repeats text (joined by newlines) until it holds at least `bytes` of UTF-8. */
function corpusOf(texts, bytes) {
  const base = texts.join('\n');
  const copies = Math.ceil(bytes / Buffer.byteLength(base));
  return Array.from({ length: copies }, () => base).join('\n');
}

/**
 * The `search` profile written the naive way: one String.replace per rule,
 * each a full pass over the text.
 */
function naiveSearch(s) {
  return s
    .replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c]/g, '')
    .replace(/[\ufb50-\ufdff\ufe70-\ufefe]/g, (c) => c.normalize('NFKC'))
    .replace(/ا\u0654/g, 'أ')
    .replace(/\u0640/g, '')
    .replace(/\u06cc/g, 'ي')
    .replace(/\u06a9/g, 'ك')
    .replace(/[\u064b-\u065f\u0670\u06d6-\u06ed]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

export const sections = {
  /** The terminal views of a 7 KB dump: parse plus the pretty and inspect renders. */
  async render({ root, fixtureTexts, report }) {
    const { Parser } = await import(`${root}/dist/index.js`);
    const { Display } = await import(`${root}/dist/render/display.js`);
    const { renderPretty, renderInspect } = await import(`${root}/dist/render/pretty.js`);
    const { Chalk } = await import('chalk');
    // A 7 KB dump: fixtures one after another until 7 KB.
    let dump = '';
    for (const t of fixtureTexts()) {
      if (Buffer.byteLength(dump) >= 7000) break;
      dump += t + '\n';
    }
    const parser = new Parser();
    const display = () => new Display({ mode: 'visual', width: 100, chalk: new Chalk({ level: 3 }) });
    const analysis = parser.analyze(dump);
    const time = (fn, runs = 200) => {
      for (let k = 0; k < 20; k++) fn();
      const t0 = performance.now();
      for (let k = 0; k < runs; k++) fn();
      return (performance.now() - t0) / runs;
    };
    report('render_dump_kb', Buffer.byteLength(dump) / 1000, 'KB');
    report('render_pretty_ms', time(() => renderPretty(parser.analyze(dump).article, display())), 'ms', 'parse + visual pretty view; target < 30');
    report('render_inspect_ms', time(() => renderInspect(analysis.lines, display())), 'ms', 'visual inspect table');
    // inspect on a long file: about 1 MB, 15,000 lines.
    const big = Array.from({ length: Math.ceil(1e6 / Buffer.byteLength(dump)) }, () => dump).join('\n');
    const bigAnalysis = parser.analyze(big);
    report('render_inspect_1mb_ms', time(() => renderInspect(bigAnalysis.lines, display()), 3), 'ms', `${bigAnalysis.lines.length} lines`);
  },

  /** Normalisation throughput in MB/s of UTF-8 input, on at least 100 MB. */
  async normalize({ fixtureTexts, report, Normalizer }) {
    const text = corpusOf(fixtureTexts(), 100e6);
    const mb = Buffer.byteLength(text) / 1e6;
    const clean = new Normalizer('clean');
    const search = new Normalizer('search');
    clean.text(text.slice(0, 1e6));
    search.text(text.slice(0, 1e6));
    const tClean = best(() => clean.text(text));
    const tSearch = best(() => search.text(text));
    const tNaive = best(() => naiveSearch(text), 2);
    report('normalize_corpus_mb', mb, 'MB', 'generated from the fixtures');
    report('normalize_clean_mbps', mb / tClean, 'MB/s');
    report('normalize_search_mbps', mb / tSearch, 'MB/s', 'target >= 200');
    report('normalize_naive_mbps', mb / tNaive, 'MB/s', 'the same folds as a chain of String.replace');
    report('normalize_search_vs_naive', tNaive / tSearch, 'x', 'target >= 3');
  },
};
