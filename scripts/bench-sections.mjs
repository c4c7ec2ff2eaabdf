// Sections of `npm run bench`. Each gets { root, fixtureTexts, fixtureDocs, report, Normalizer, args }
// and reports figures with report(name, value, unit, note).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    // inspect on one long line (a page saved without line breaks): time should grow
    // with the line's length, not with its square.
    const words = dump.split(/\s+/).filter(Boolean);
    for (const kb of [1, 4, 16]) {
      let line = '';
      for (let k = 0; Buffer.byteLength(line) < kb * 1000; k++) line += words[k % words.length] + ' ';
      const one = parser.analyze(line);
      report(`render_inspect_line_${kb}kb_ms`, time(() => renderInspect(one.lines, display()), 5), 'ms', `one ${kb} KB line`);
    }
  },

  /**
   * Start-up: one page parsed by a fresh process against `node -e 0` (medians of 20 runs each),
   * and the cold cost of building a parser in a fresh process.
   */
  async startup({ root, report }) {
    const page = join(root, 'fixtures', 'seed-layout', 'input.txt');
    const bin = join(root, 'bin', 'maqal.js');
    const median = (cmd, args) => {
      const times = [];
      for (let k = 0; k < 21; k++) {
        const t0 = performance.now();
        const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
        if (k > 0) times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[10];
    };
    const node = median(process.execPath, ['-e', '0']);
    const one = median(process.execPath, [bin, 'parse', page]);
    const build = spawnSync(process.execPath, ['--input-type=module', '-e', `const t0 = performance.now(); const m = await import('${root}/dist/index.js'); const t1 = performance.now(); new m.Parser(); const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`], { encoding: 'utf8' });
    const [importMs, buildMs] = JSON.parse(build.stdout);
    report('node_start_ms', node, 'ms', 'node -e 0, median of 20');
    report('startup_ms', one, 'ms', 'maqal parse PAGE > /dev/null, median of 20');
    report('startup_vs_node', one / node, 'x', 'target <= 1.6');
    report('library_import_ms', importMs, 'ms', 'importing dist/index.js, cold');
    report('parser_build_ms', buildMs, 'ms', 'new Parser(), cold (first in the process)');
  },

  /**
   * Where a page's time goes, stage by stage, in process: the fixtures' pages parsed as
   * bytes through the pipeline's own modules, each stage timed on its own.
   */
  async stages({ root, fixtureDocs, report }) {
    const { decode } = await import(`${root}/dist/decode/index.js`);
    const { Normalizer } = await import(`${root}/dist/normalize/engine.js`);
    const { KeyFolder, makeLine, splitLines } = await import(`${root}/dist/segment/lines.js`);
    const { classifyLine, compileCues } = await import(`${root}/dist/segment/classify.js`);
    const { assemble } = await import(`${root}/dist/segment/assemble.js`);
    const { buildArticle } = await import(`${root}/dist/segment/article.js`);
    const { DateParser } = await import(`${root}/dist/meta/date.js`);
    const { AgencyFinder } = await import(`${root}/dist/meta/agencies.js`);
    const { toNdjsonLine } = await import(`${root}/dist/render/json.js`);
    const { Parser } = await import(`${root}/dist/index.js`);
    const pages = [...benchPages(fixtureDocs(), 500)];
    const clean = new Normalizer('clean');
    const folder = new KeyFolder();
    const ctx = { folder, cues: compileCues(folder) };
    const meta = { dates: new DateParser({}), agencies: new AgencyFinder([]) };
    const parser = new Parser();
    const rounds = 4;
    const spent = { decode: 0, split: 0, clean: 0, lines: 0, classify: 0, assemble: 0, build: 0, json: 0 };
    let whole = Infinity;
    for (let turn = 0; turn < 3; turn++) {
      const t = { decode: 0, split: 0, clean: 0, lines: 0, classify: 0, assemble: 0, build: 0, json: 0 };
      for (let r = 0; r < rounds; r++) {
        for (const bytes of pages) {
          let t0 = performance.now();
          const text = decode(bytes).text;
          let t1 = performance.now();
          t.decode += t1 - t0;
          const raws = splitLines(text);
          t0 = performance.now();
          t.split += t0 - t1;
          const cleaned = raws.map((raw) => (raw === '' ? '' : clean.line(raw)));
          t1 = performance.now();
          t.clean += t1 - t0;
          const lines = raws.map((raw, k) => makeLine(k + 1, raw, cleaned[k], folder));
          t0 = performance.now();
          t.lines += t0 - t1;
          const visible = lines.filter((l) => !l.blank);
          const page = { arabic: visible.filter((l) => l.arabic).length / Math.max(1, visible.length) >= 0.3 };
          const cues = lines.map((l) => {
            const cue = classifyLine(l, ctx, page);
            l.releaseWords();
            return cue;
          });
          t1 = performance.now();
          t.classify += t1 - t0;
          const assembly = assemble(lines, cues, ctx);
          t0 = performance.now();
          t.assemble += t0 - t1;
          const article = buildArticle({ lines, cues, assembly, ctx, input: { path: '-', bytes: bytes.length, encoding: 'utf-8', encodingGuessed: false, lines: raws.length }, warnings: [], meta });
          t1 = performance.now();
          t.build += t1 - t0;
          toNdjsonLine(article);
          t.json += performance.now() - t1;
        }
      }
      for (const k of Object.keys(t)) spent[k] = turn === 0 ? t[k] : Math.min(spent[k], t[k]);
      const t0 = performance.now();
      for (let r = 0; r < rounds; r++) for (const bytes of pages) toNdjsonLine(parser.parseBytes(bytes).analysis.article);
      whole = Math.min(whole, performance.now() - t0);
    }
    const n = rounds * pages.length;
    const kb = pages.reduce((a, b) => a + b.length, 0) / pages.length / 1000;
    report('page_us', (whole / n) * 1000, 'µs', `parseBytes + NDJSON of one page (the batch pages, ${kb.toFixed(1)} KB on average)`);
    for (const [k, ms] of Object.entries(spent)) report(`stage_${k}_us`, (ms / n) * 1000, 'µs', `${((ms / Object.values(spent).reduce((a, b) => a + b, 0)) * 100).toFixed(0)}% of the stages`);
  },

  /** One big dump (100 MB of pages one after another): time and peak RSS against the input's size. */
  async bigdump({ root, fixtureTexts, report }) {
    const dir = join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), `maqal-bench-big-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const path = join(dir, 'big.txt');
      writeFileSync(path, corpusOf(fixtureTexts(), 100e6));
      const mb = statSync(path).size / 1e6;
      const run = timed(process.execPath, [join(root, 'bin', 'maqal.js'), 'parse', path, '-f', 'ndjson'], dir);
      report('big_dump_mb', mb, 'MB', 'fixtures repeated into one file');
      report('big_dump_seconds', run.seconds, 's', `${(mb / run.seconds).toFixed(1)} MB/s`);
      report('big_dump_rss_mb', run.rssMb, 'MB');
      report('big_dump_rss_ratio', run.rssMb / mb, 'x', 'peak RSS / input size; target <= 3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },

  /** Normalisation throughput in MB/s of UTF-8 input, on at least 100 MB. */
  /** Date lines to ISO 8601: the fixtures' date lines and generated ones, on one core. */
  async dates({ root, fixtureTexts, report }) {
    const { Parser } = await import(`${root}/dist/index.js`);
    const { DateParser } = await import(`${root}/dist/meta/date.js`);
    const parser = new Parser();
    const lines = [];
    for (const t of fixtureTexts()) for (const l of parser.analyze(t).lines) if (l.type === 'date') lines.push(l.text);
    // Generated lines in the other forms: Levantine, Maghreb, Hijri, numeric, English, relative.
    const months = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
    for (let k = 0; k < 12; k++) {
      lines.push(`الأحد ${k + 3} ${months[k]} 2023 - 1${k % 10}:05`);
      lines.push(`${k + 1} ذو القعدة 1445 هـ`);
      lines.push(`${k + 10}/${k + 1}/2024 ${k + 1}:30 م`);
      lines.push(`منذ ${k + 2} ساعات`);
    }
    report('date_lines', lines.length, 'lines', 'distinct lines in the loop');
    for (const [name, options, note] of [
      ['date_lines_per_s', {}, 'parseLine; target >= 200000'],
      ['date_lines_tz_per_s', { timezone: 'Africa/Cairo', referenceTime: '2024-05-15T10:00:00+03:00' }, 'with --timezone and --reference-time'],
    ]) {
      const dates = new DateParser(options);
      for (let k = 0; k < 20; k++) for (const l of lines) dates.parseLine(l);
      const rounds = Math.ceil(300_000 / lines.length);
      const seconds = best(() => {
        for (let r = 0; r < rounds; r++) for (const l of lines) dates.parseLine(l);
      });
      report(name, (rounds * lines.length) / seconds, 'lines/s', note);
    }
  },

  /** What fingerprints and stats add to a parse, in process, on the fixtures' pages. */
  async corpus({ root, fixtureTexts, report }) {
    const { Parser } = await import(`${root}/dist/index.js`);
    const texts = fixtureTexts();
    const rounds = Math.ceil(3000 / texts.length);
    // The three parsers warmed up alike, then timed in turns, best of five each: the JIT and the
    // collector favour whichever runs first otherwise.
    const parsers = [{}, { fingerprint: true }, { fingerprint: true, stats: true }].map((o) => new Parser(o));
    for (const parser of parsers) for (let r = 0; r < rounds; r++) for (const t of texts) parser.parse(t);
    const seconds = [Infinity, Infinity, Infinity];
    for (let turn = 0; turn < 5; turn++) {
      parsers.forEach((parser, k) => {
        seconds[k] = Math.min(seconds[k], best(() => {
          for (let r = 0; r < rounds; r++) for (const t of texts) parser.parse(t);
        }, 1));
      });
    }
    const [plain, fp, both] = seconds.map((s) => (rounds * texts.length) / s);
    report('parse_docs_per_s', plain, 'docs/s', 'in process, the fixtures');
    report('fingerprint_docs_per_s', fp, 'docs/s', `parse with --fingerprint: +${((plain / fp - 1) * 100).toFixed(1)}% time; target < 10%`);
    report('record_docs_per_s', both, 'docs/s', `parse with fingerprint and stats (-f record): +${((plain / both - 1) * 100).toFixed(1)}% time`);
  },

  /** `maqal dedup count` and `apply` over 10,000 records of about 7 KB, a fifth of them near copies. */
  async dedup({ root, fixtureTexts, report }) {
    const dir = join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), `maqal-bench-dedup-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      let seed = 7;
      const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
      const hex = (a, b) => a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
      const text = fixtureTexts().join('\n').slice(0, 7000);
      const lines = [];
      const stories = [];
      for (let k = 0; k < 10_000; k++) {
        let simhash = hex(rand(), rand());
        if (k % 5 === 4 && stories.length) {
          const base = stories[rand() % stories.length];
          simhash = base.slice(0, 15) + ((Number.parseInt(base[15], 16) ^ 1).toString(16));
        } else stories.push(simhash);
        lines.push(JSON.stringify({ id: `r${k}`, text, metadata: { fingerprint: { exact: hex(rand(), k), simhash } } }));
      }
      writeFileSync(join(dir, 'records.jsonl'), lines.join('\n') + '\n');
      const maqal = join(root, 'bin', 'maqal.js');
      const run = (args) => {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [maqal, ...args], { cwd: dir, maxBuffer: 1 << 30 });
        if (r.status !== 0) throw new Error(String(r.stderr));
        return [(performance.now() - t0) / 1000, r.stdout];
      };
      const [count, table] = run(['dedup', 'count', 'records.jsonl']);
      writeFileSync(join(dir, 'table.jsonl'), table);
      const [apply] = run(['dedup', 'apply', '--table', 'table.jsonl', 'records.jsonl']);
      const mb = Buffer.byteLength(lines.join('\n')) / 1e6;
      report('dedup_large_records_mb', mb, 'MB', '10,000 records of a 7,000-character story, one in five a near copy');
      report('dedup_large_count_per_s', 10_000 / count, 'records/s', `${(mb / count).toFixed(0)} MB/s`);
      report('dedup_large_apply_per_s', 10_000 / apply, 'records/s', `${(mb / apply).toFixed(0)} MB/s`);
      report('dedup_large_docs_per_s', 10_000 / (count + apply), 'records/s', 'count, then apply with the table');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },

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

  /**
   * Batch conversion of a generated corpus of news pages against `cat` of the
   * same files (the read floor) and `cp -r` (the write floor): `--out-dir`,
   * NDJSON to /dev/null, and `--jobs 2`; the Node floor (scripts/bench-floor.mjs:
   * the same files read, decoded, normalised and serialised with no
   * segmentation); then 40,000 files to show that memory
   * does not grow with the corpus. The corpus and outputs go to a RAM disk
   * (/dev/shm) when there is one, so the figures measure maqal rather than the
   * disk; `--dir DIR` puts them elsewhere.
   */
  async batch({ root, fixtureDocs, report, args }) {
    const docs = fixtureDocs();
    const at = args.indexOf('--dir');
    const parent = at >= 0 ? args[at + 1] : existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const base = join(parent, `maqal-bench-${process.pid}`);
    const bin = join(root, 'bin', 'maqal.js');
    const maqal = (dir, ...rest) => timed(process.execPath, [bin, 'parse', '.', '--no-progress', ...rest], dir);
    try {
      for (const count of [10_000, 40_000]) {
        const dir = join(base, `corpus-${count}`);
        const out = join(base, `out-${count}`);
        const mb = writeCorpus(dir, docs, count) / 1e6;
        // Best of three: the floors are short runs, easily disturbed.
        const cat = fastest(3, () => timed('sh', ['-c', `find . -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null`], dir));
        const cp = fastest(3, () => {
          const r = timed('cp', ['-r', '.', join(base, 'copy')], dir);
          rmSync(join(base, 'copy'), { recursive: true, force: true });
          return r;
        });
        // `--out-dir` with and without fingerprints, in turns, best of three each (of two without
        // fingerprints at 40,000 files): what fingerprints add is a few per cent, less than this
        // VM's drift between two runs in a row. The first run also warms the file cache.
        const runs = [];
        let fingerprinted = null;
        for (let k = 0; k < (count === 10_000 ? 3 : 2); k++) {
          runs.push(maqal(dir, '--out-dir', out));
          rmSync(out, { recursive: true, force: true });
          if (count !== 10_000) continue;
          const fp = maqal(dir, '--out-dir', out, '--fingerprint');
          rmSync(out, { recursive: true, force: true });
          if (!fingerprinted || fp.seconds < fingerprinted.seconds) fingerprinted = fp;
        }
        const outDir = runs.sort((a, b) => a.seconds - b.seconds)[0];
        outDir.rssMb = Math.max(...runs.map((r) => r.rssMb));
        const ndjson = maqal(dir, '--format', 'ndjson');
        if (count === 10_000) {
          // The Node floor: read, decode, normalise and serialise with no
          // segmentation, in one process and in two at once (one per core).
          const floorScript = join(root, 'scripts', 'bench-floor.mjs');
          const floor = fastest(3, () => timed(process.execPath, [floorScript, '.'], dir));
          const byteFloor = fastest(3, () => timed(process.execPath, [floorScript, '--bytes', '.'], dir));
          const floor2 = fastest(3, () =>
            timed('sh', ['-c', `"${process.execPath}" "${floorScript}" . 0 2 & "${process.execPath}" "${floorScript}" . 1 2 & wait`], dir),
          );
          // maqal's library in a plain synchronous loop, in one process and in two at once: what
          // the CLI adds, and the most a second thread can give on this machine.
          const parseFloor = fastest(2, () => timed(process.execPath, [floorScript, '--parse', '.'], dir));
          const parseFloor2 = fastest(2, () =>
            timed('sh', ['-c', `"${process.execPath}" "${floorScript}" --parse . 0 2 & "${process.execPath}" "${floorScript}" --parse . 1 2 & wait`], dir),
          );
          // What fingerprints add to a batch, and maqal dedup on the records of these pages.
          const records = join(base, 'records.jsonl');
          const recordRun = timed('sh', ['-c', `"${process.execPath}" "${bin}" parse . --no-progress -f record > "${records}"`], dir);
          const recordsMb = statSync(records).size / 1e6;
          const dedupCount = timed('sh', ['-c', `"${process.execPath}" "${bin}" dedup count "${records}" > table.jsonl`], base);
          const dedupApply = timed('sh', ['-c', `"${process.execPath}" "${bin}" dedup apply --table table.jsonl "${records}" > /dev/null`], base);
          report('fingerprint_docs_per_s', count / fingerprinted.seconds, 'files/s', `parse --out-dir --fingerprint: +${((fingerprinted.seconds / outDir.seconds - 1) * 100).toFixed(1)}% time; target < 10%`);
          report('record_files_per_s', count / recordRun.seconds, 'files/s', `parse -f record (fingerprint and stats): +${((recordRun.seconds / ndjson.seconds - 1) * 100).toFixed(1)}% time`);
          report('dedup_count_records_per_s', count / dedupCount.seconds, 'records/s', `${recordsMb.toFixed(0)} MB of records from these pages`);
          report('dedup_apply_records_per_s', count / dedupApply.seconds, 'records/s', 'target >= 20000');
          report('dedup_docs_per_s', count / (dedupCount.seconds + dedupApply.seconds), 'records/s', 'count, then apply with the table');
          const jobs2 = maqal(dir, '--out-dir', out, '--jobs', '2');
          const ndjson2 = maqal(dir, '--format', 'ndjson', '--jobs', '2');
          rmSync(out, { recursive: true, force: true });
          report('batch_corpus_files', count, 'files', `${mb.toFixed(1)} MB in ${parent}; CRLF, BOM and Windows-1256 files mixed in`);
          report('cat_files_per_s', count / cat.seconds, 'files/s', 'read floor: find | xargs cat');
          report('cp_files_per_s', count / cp.seconds, 'files/s', 'write floor: cp -r');
          report('batch_files_per_s', count / outDir.seconds, 'files/s', 'parse --out-dir; target >= 2000');
          report('batch_mb_per_s', mb / outDir.seconds, 'MB/s');
          report('batch_vs_cat', outDir.seconds / cat.seconds, 'x', 'target <= 3');
          report('batch_ndjson_files_per_s', count / ndjson.seconds, 'files/s', 'parse --format ndjson > /dev/null');
          report('batch_jobs2_files_per_s', count / jobs2.seconds, 'files/s', `parse --out-dir --jobs 2; peak RSS ${jobs2.rssMb.toFixed(0)} MB`);
          report('batch_ndjson_jobs2_files_per_s', count / ndjson2.seconds, 'files/s', `parse --format ndjson --jobs 2; peak RSS ${ndjson2.rssMb.toFixed(0)} MB`);
          report('batch_peak_rss_mb', Math.max(outDir.rssMb, ndjson.rssMb), 'MB', 'target < 150');
          report('node_floor_files_per_s', count / floor.seconds, 'files/s', 'read + decode + normalise + JSON, no segmentation, one process');
          report('node_floor_2proc_files_per_s', count / floor2.seconds, 'files/s', 'the same in two processes at once');
          report('node_floor_vs_cat', floor2.seconds / cat.seconds, 'x', 'the closest any Node parser can come to the read floor here');
          report('byte_floor_files_per_s', count / byteFloor.seconds, 'files/s', 'read + split on LF + JSON-escape the bytes, one process');
          report('batch_vs_node_floor', floor.seconds / ndjson.seconds, 'x', 'NDJSON files/s / Node floor files/s; target >= 0.5');
          report('batch_vs_byte_floor', byteFloor.seconds / ndjson.seconds, 'x', 'NDJSON files/s / byte floor files/s');
          report('batch_jobs2_vs_one', ndjson.seconds / ndjson2.seconds, 'x', 'NDJSON --jobs 2 / one thread; target >= 1.6 on 2 cores');
          report('parse_floor_files_per_s', count / parseFloor.seconds, 'files/s', 'the library in a synchronous loop (read, parseBytes, NDJSON), one process');
          report('batch_vs_parse_floor', parseFloor.seconds / ndjson.seconds, 'x', 'NDJSON files/s / library loop files/s: 1 means the CLI adds nothing');
          report('parse_floor_2proc_vs_one', parseFloor.seconds / parseFloor2.seconds, 'x', 'two library loops at once / one: the most --jobs 2 can give on this machine');
        } else {
          report('batch_files_per_s_40k', count / outDir.seconds, 'files/s', `${count} files`);
          report('batch_peak_rss_mb_40k', Math.max(outDir.rssMb, ndjson.rssMb), 'MB', 'no growth with corpus size');
        }
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  },
};

/**
 * Writes `count` news pages of about 7 KB each into `dir`, 500 a folder. Each
 * page is one fixture (its chrome and layout) whose story is lengthened with
 * story paragraphs of the other fixtures, inserted before its last story
 * paragraph, as real pages carry one long story. Every 7th file has CRLF line
 * ends, every 11th a UTF-8 BOM, every 13th is in Windows-1256. Returns the bytes.
 */
export function writeCorpus(dir, docs, count) {
  let bytes = 0;
  let i = 0;
  for (const buf of benchPages(docs, count)) {
    const folder = join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), buf);
    bytes += buf.length;
    i++;
  }
  return bytes;
}

/** The pages of `writeCorpus`, as bytes, one after another. */
export function* benchPages(docs, count) {
  const cp1256 = cp1256Encoder();
  const paragraphs = docs.flatMap((d) => d.body).filter((p) => p.length > 80);
  // Templates: fixtures whose last story paragraph is a line of their dump.
  const templates = docs
    .map((d) => ({ lines: d.text.split('\n'), last: d.body.at(-1), own: new Set(d.body) }))
    .map((t) => ({ ...t, at: t.last ? t.lines.findIndex((l) => l.trim() === t.last) : -1 }))
    .filter((t) => t.at >= 0 && Buffer.byteLength(t.lines.join('\n')) < 6000);
  for (let i = 0, p = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const extra = [];
    let size = Buffer.byteLength(t.lines.join('\n'));
    while (size < 7000) {
      const para = paragraphs[p++ % paragraphs.length];
      if (t.own.has(para)) continue;
      extra.push('', para);
      size += Buffer.byteLength(para) + 2;
    }
    let text = [...t.lines.slice(0, t.at), ...extra.slice(1), '', ...t.lines.slice(t.at)].join('\n');
    if (i % 7 === 3) text = text.replace(/\n/g, '\r\n');
    let buf = i % 13 === 5 ? cp1256(text) : Buffer.from(text);
    if (i % 11 === 2 && i % 13 !== 5) buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
    yield buf;
  }
}

/** Windows-1256 encoding from the decoder's own table; characters it lacks become '?'. */
function cp1256Encoder() {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return (text) => Buffer.from(Array.from(text, (c) => table.get(c) ?? 0x3f));
}

/** The fastest of `runs` timings. */
function fastest(runs, run) {
  let best = null;
  for (let k = 0; k < runs; k++) {
    const r = run();
    if (!best || r.seconds < best.seconds) best = r;
  }
  return best;
}

/** Runs a command with its output to /dev/null; wall seconds and peak RSS (GNU time). */
function timed(cmd, args, cwd) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  return { seconds, rssMb: rssKb / 1024 };
}
