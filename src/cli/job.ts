/**
 * One unit of batch work: read an input (unless its bytes or text came with
 * the job), parse it, and serialise the records it yields. The same function
 * runs in the main thread and in worker threads.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { noCredits, noDates, type Article } from '../model/article.js';
import type { Parser } from '../parse.js';
import { jsonChunks, toJson, toNdjsonLine, toRecordLine } from '../render/json.js';
import type { RawJson } from '../model/raw-json.js';
import { NOT_A_DUMP_CODES } from '../decode/suspect.js';
import { describeError, InputTooLarge } from './inputs.js';

/** What to parse: a file path, raw bytes (stdin), or text (a JSON Lines record). */
/** `segments`: where the output goes inside `--out-dir` (see parse-command's `outputSegments`). */
export type Job =
  | { seq: number; kind: 'file'; path: string; segments?: string[]; special?: true; fsPath?: Uint8Array }
  | { seq: number; kind: 'bytes'; path: string; bytes: Uint8Array; segments?: string[] }
  | { seq: number; kind: 'text'; path: string; text: string; segments?: string[]; referenceTime?: string; meta?: Record<string, RawJson> };

export interface JobOptions {
  cwd: string;
  maxBytes: number;
  /** Serialise as pretty JSON (true) or one NDJSON line (false); null: keep the article object only. */
  pretty: boolean | null;
  emitEmbedded: boolean;
  /** Leave out (as written, not failed) an article the quality preset flags. */
  dropFlagged?: boolean;
  /** Serialise records in the corpus shape `{ id, text, metadata }` (`-f record`), one a line. */
  record?: boolean;
  /** Fail an input whose warnings say it is not a dump (`NOT_A_DUMP_CODES`). */
  strict?: boolean;
}

export interface JobResult {
  seq: number;
  path: string;
  ok: boolean;
  /** One-line reason when the input failed. */
  error?: string;
  bytes: number;
  encoding: string;
  warnings: number;
  /** The input file's modification time (ms), for the manifest. */
  mtime?: number;
  /** For each embedded record after the first: its path and size, as its `input` says. */
  embeddedInputs?: { path: string; bytes: number }[];
  /**
   * The article's serialised text, then one per embedded article. An article
   * from a large input stays an object, to be written in chunks (`recordChunks`).
   */
  records: (string | Article)[];
  /** Warnings that say the input is probably not a dump, for stderr: `looks like HTML, ...`. */
  notices?: string[];
  /** The parsed article, when serialising was not asked for (pretty and text views). */
  article?: Article;
  embedded?: Article[];
}

/**
 * Runs one job. Never throws: bad input gives its reason in the result, and
 * so does an internal error, naming the input it happened on.
 */
export function runJob(parser: Parser, job: Job, options: JobOptions): JobResult {
  try {
    return runJobUnsafe(parser, job, options);
  } catch (err) {
    return { seq: job.seq, path: job.path, ok: false, error: `internal error: ${(err as Error).message}`, bytes: 0, encoding: '', warnings: 0, records: [] };
  }
}

function runJobUnsafe(parser: Parser, job: Job, options: JobOptions): JobResult {
  const failed = (error: string, bytes = 0): JobResult => ({ seq: job.seq, path: job.path, ok: false, error, bytes, encoding: '', warnings: 0, records: [] });
  let article: Article;
  let mtime: number | undefined;
  if (job.kind === 'text') {
    const bytes = Buffer.byteLength(job.text);
    if (bytes > options.maxBytes) return failed(new InputTooLarge(bytes, options.maxBytes).message);
    article = parser.parse(job.text, { path: job.path, bytes, encoding: 'utf-8', encodingGuessed: false, ...(job.referenceTime !== undefined ? { referenceTime: job.referenceTime } : {}) });
    if (job.meta) article.meta = job.meta;
  } else {
    let bytes: Uint8Array;
    if (job.kind === 'bytes') bytes = job.bytes;
    else {
      try {
        // A name that is not valid UTF-8 is opened by its bytes (a Buffer again after crossing to a worker).
        const abs = job.fsPath ? Buffer.from(job.fsPath) : resolve(options.cwd, job.path);
        const st = statSync(abs);
        if (st.isDirectory()) return failed('is a directory');
        if (st.size > options.maxBytes) return failed(new InputTooLarge(st.size, options.maxBytes).message, st.size);
        bytes = readFileSync(abs);
        mtime = Math.trunc(st.mtimeMs);
      } catch (err) {
        return failed(describeError(err));
      }
    }
    if (bytes.length > options.maxBytes) return failed(new InputTooLarge(bytes.length, options.maxBytes).message, bytes.length);
    const result = parser.parseBytes(bytes, job.path);
    if (!result.ok) return failed(result.reason, bytes.length);
    article = result.analysis.article;
  }
  const suspect = article.warnings.filter((w) => NOT_A_DUMP_CODES.includes(w.code));
  if (options.strict && suspect.length > 0) return failed(`${suspect[0]!.message} (--strict)`, article.input.bytes);
  const notices = suspect.length > 0 ? suspect.map((w) => w.message) : undefined;
  let embedded = options.emitEmbedded ? embeddedArticles(article) : [];
  for (const a of embedded) parser.addStoryFacts(a);
  if (options.dropFlagged) embedded = embedded.filter((a) => !a.qualityFlags?.length);
  const dropped = options.dropFlagged === true && (article.qualityFlags?.length ?? 0) > 0;
  // Plain literals with every field, not spreads of a shared base: in a loop of
  // thousands of jobs, V8 promotes spread results to the old generation.
  const { bytes, encoding } = article.input;
  const warnings = article.warnings.length;
  if (options.pretty === null) return { seq: job.seq, path: job.path, ok: true, bytes, encoding, warnings, mtime, notices, records: [], article, embedded };
  const pretty = options.pretty;
  const serialise = (a: Article): string | Article =>
    options.record ? toRecordLine(a) : a.input.bytes > STREAM_ABOVE_BYTES ? a : pretty ? toJson(a) : toNdjsonLine(a);
  const embeddedInputs = embedded.map((a) => ({ path: a.input.path, bytes: a.input.bytes }));
  return { seq: job.seq, path: job.path, ok: true, bytes, encoding, warnings, mtime, notices, embeddedInputs, records: [...(dropped ? [] : [serialise(article)]), ...embedded.map(serialise)] };
}

/** Articles from inputs larger than this are written in chunks, never built as one string. */
const STREAM_ABOVE_BYTES = 1 << 20;

/** The text of a record, in chunks: a serialised record as is, an article object piece by piece. */
export function recordChunks(record: string | Article, pretty: boolean): Iterable<string> {
  return typeof record === 'string' ? [record] : jsonChunks(record, pretty);
}

/**
 * Embedded "read also" articles as records of their own: the headline is the
 * title, the paragraphs the body. They stay linked to their parent through
 * `input.path` (`<parent>#related/<section>/<item>`) and keep the parent's
 * line numbers in `blocks`.
 */
export function embeddedArticles(parent: Article): Article[] {
  const out: Article[] = [];
  const relatedBlocks = parent.blocks.filter((b) => b.type === 'related');
  parent.related.forEach((section, s) => {
    section.items.forEach((item, i) => {
      if (item.body.length === 0) return;
      const text = [item.headline, ...item.body].join('\n');
      const block = relatedBlocks[s];
      out.push({
        schemaVersion: 1,
        input: {
          path: `${parent.input.path}#related/${s}/${i}`,
          bytes: Buffer.byteLength(text),
          encoding: parent.input.encoding,
          encodingGuessed: parent.input.encodingGuessed,
          lines: item.body.length + 1,
        },
        title: item.headline,
        byline: null,
        dateline: null,
        date: null,
        dates: noDates(),
        credits: noCredits(),
        body: item.body,
        source: null,
        tags: [],
        related: [],
        boilerplate: [],
        blocks: block ? [{ type: 'related', from: block.from, to: block.to }] : [],
        warnings: [],
        fingerprint: null,
        stats: null,
        qualityFlags: null,
        // The page's provenance is the embedded article's too.
        ...(parent.meta ? { meta: parent.meta } : {}),
      });
    });
  });
  return out;
}
