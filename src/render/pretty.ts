/**
 * The pretty view: a readable article in a terminal. Title in bold, byline,
 * date and dateline dimmed, body paragraphs wrapped (and right-aligned in
 * visual mode), each related section as a table, tags on one wrapped line.
 * Warnings are returned separately, for stderr.
 */
import type { Article, BlockType, RelatedKind, Warning } from '../model/article.js';
import { escapeForTerminal } from './escape.js';
import type { LineReport } from '../parse.js';
import type { Display } from './display.js';
import { drawTable, tableWidth, type Cell } from './table.js';

/** How each kind of related section is introduced in the view. */
export const KIND_LABELS: Readonly<Record<RelatedKind, string>> = {
  'read-also': 'اقرأ أيضا',
  related: 'ذات صلة',
  'most-read': 'الأكثر قراءة',
  other: 'روابط',
};

export interface Rendered {
  /** For stdout. */
  out: string;
  /** For stderr: warnings, in yellow when colour is on. */
  err: string;
}

/** A section's head: its kind and its label, the label alone when it already names the kind. */
function sectionHead(kind: RelatedKind, label: string): string {
  const fold = (s: string) => s.replace(/[\p{P}\p{S}\s\u064b-\u065f\u0640]+/gu, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  if (!label) return KIND_LABELS[kind];
  return fold(label).includes(fold(KIND_LABELS[kind])) ? label : `${KIND_LABELS[kind]} · ${label}`;
}

/** Renders one article for a terminal. */
export function renderPretty(article: Article, display: Display): Rendered {
  const { chalk, width } = display;
  const out: string[] = [];
  const para = (text: string, style: (s: string) => string = (s) => s) => {
    for (const l of display.paragraph(text)) out.push(style(l));
  };

  if (article.title) para(article.title, chalk.bold);
  // The date as written, with its ISO form for a reader who wants the day at a glance.
  const iso = article.dates.published?.iso ?? article.dates.updated?.iso ?? null;
  const date = article.date !== null ? (iso ? `${article.date} (${iso})` : article.date) : iso;
  const meta = [article.byline, date, article.dateline].filter((x): x is string => !!x);
  if (meta.length) para(meta.join(' · '), chalk.dim);
  if (out.length) out.push('');

  article.body.forEach((p, k) => {
    if (k > 0) out.push('');
    para(p);
  });
  if (article.body.length === 0) para('(no story found)', chalk.dim);

  const inner = Math.max(10, width - 4);
  for (const section of article.related) {
    out.push('');
    const headText = sectionHead(section.kind, section.label);
    const head: Cell = { lines: display.paragraph(headText, inner), align: 'right' };
    const rows: Cell[][] = section.items.map((item) => {
      const lines = display.paragraph(item.headline, inner);
      const first = item.body[0];
      if (first === undefined) return [{ lines, align: 'right' }];
      return [{ lines: [...lines, ...display.paragraph(first, inner)], align: 'right' }];
    });
    if (rows.length === 0) rows.push([{ lines: display.paragraph('—', inner), align: 'right', style: chalk.dim }]);
    out.push(drawTable({ widths: [inner], head: [head], rows }, chalk.bold));
  }

  if (article.tags.length) {
    out.push('');
    para(`الوسوم: ${article.tags.join(' · ')}`, chalk.cyan);
  }
  if (article.source) para(`المصدر: ${article.source}`, chalk.dim);

  const err = renderWarnings(article.input.path, article.warnings, display);
  return { out: out.join('\n') + '\n', err };
}

/** Warnings as `maqal: warning: <path>:<line>: <message>` lines. */
export function renderWarnings(rawPath: string, warnings: readonly Warning[], display: Display): string {
  const path = escapeForTerminal(rawPath);
  const lines = warnings.map((w) => `maqal: warning: ${path}${w.line ? `:${w.line}` : ''}: ${escapeForTerminal(w.message)} [${w.code}]`);
  if (display.removed > 0) lines.push(`maqal: warning: ${path}: removed ${display.removed} control character(s) or escape sequence(s) from the view [unsafe-text]`);
  return lines.length ? lines.map((l) => display.chalk.yellow(l)).join('\n') + '\n' : '';
}

const TYPE_COLORS: Record<string, (d: Display, s: string) => string> = {
  title: (d, s) => d.chalk.bold(s),
  body: (d, s) => d.chalk.green(s),
  related: (d, s) => d.chalk.magenta(s),
  tags: (d, s) => d.chalk.cyan(s),
  source: (d, s) => d.chalk.cyan(s),
  boilerplate: (d, s) => d.chalk.dim(s),
  byline: (d, s) => d.chalk.blue(s),
  date: (d, s) => d.chalk.blue(s),
  dateline: (d, s) => d.chalk.blue(s),
};

/**
 * The inspect view: one table row per input line with its number, block
 * type, the rule that decided it, and the text as the terminal should show it.
 */
export function renderInspect(lines: readonly LineReport[], display: Display, options: InspectViewOptions = {}): string {
  // A run of blank lines is one thin row (`blank ×3`), unless every line is asked for.
  const rowsOf: { line: LineReport; count: number }[] = [];
  for (const l of lines) {
    const last = rowsOf[rowsOf.length - 1];
    if (!options.blank && l.type === null && last && last.line.type === null) last.count++;
    else rowsOf.push({ line: l, count: 1 });
  }
  const numW = Math.max(1, String(lines.length).length);
  // A line whose first cue was overruled shows both: `byline-honorific →` over `paragraph`.
  const ruleCell = (l: LineReport, count: number) => (l.type === null ? [count > 1 ? `blank ×${count}` : 'blank'] : l.cue ? [`${l.cue} →`, l.rule] : [l.rule]);
  let typeW = 'block'.length;
  let widest = 'rule'.length;
  for (const { line, count } of rowsOf) {
    typeW = Math.max(typeW, (line.type ?? '').length);
    for (const part of ruleCell(line, count)) widest = Math.max(widest, part.length);
  }
  // The rule column gets what its names need, up to a share of the width; the text the rest.
  const ruleW = Math.min(widest, Math.max(10, Math.floor(display.width * INSPECT_RULE_SHARE)));
  const fixed = tableWidth([numW, typeW, ruleW, 0]);
  const textW = Math.max(INSPECT_MIN_TEXT, display.width - fixed);
  const rows: Cell[][] = rowsOf.map(({ line: l, count }) => {
    const color = (s: string) => (l.type ? TYPE_COLORS[l.type]!(display, s) : display.chalk.dim(s));
    return [
      { lines: [String(l.n)], align: 'right' },
      { lines: [l.type ?? ''], style: color },
      { lines: ruleCell(l, count).map((part) => (part.length > ruleW ? part.slice(0, ruleW - 1) + '…' : part)), style: display.chalk.dim },
      { lines: l.text ? display.paragraph(l.text, textW) : [''], align: 'right' },
    ];
  });
  // A rule only where the block changes (blank rows aside), not between every two rows.
  let previous: BlockType | null = null;
  const ruleBefore = rowsOf.map(({ line }) => {
    if (line.type === null) return false;
    const change = previous !== null && line.type !== previous;
    previous = line.type;
    return change;
  });
  const head: Cell[] = [{ lines: ['#'] }, { lines: ['block'] }, { lines: ['rule'] }, { lines: ['text'], align: 'right' }];
  return drawTable({ widths: [numW, typeW, ruleW, textW], head, rows, ruleBefore }, display.chalk.bold) + '\n';
}

/** `--blank`: a row for every blank line. */
export interface InspectViewOptions {
  blank?: boolean;
}

/** The rule column takes at most this share of the width. */
const INSPECT_RULE_SHARE = 0.22;
/** The text column is never narrower than this. */
const INSPECT_MIN_TEXT = 12;
