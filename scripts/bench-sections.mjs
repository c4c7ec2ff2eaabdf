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
