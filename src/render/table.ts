/**
 * Tables through cli-table3, with every cell laid out by maqal: wrapped,
 * transformed and padded to exact terminal widths before cli-table3 draws the
 * borders. (cli-table3 measures with an older string-width that counts each
 * haraka and zero-width mark as a column; padding the cells here keeps every
 * border in the same column whatever the text.)
 */
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import { padEnd, alignRight, stripZeroWidth } from './width.js';

// cli-table3 (CommonJS) is loaded when the first table is drawn.
const require = createRequire(import.meta.url);
let tableClass: typeof TableType | undefined;
const Table = (): typeof TableType => (tableClass ??= require('cli-table3') as typeof TableType);

/** A cell: its lines, already wrapped and transformed, and how to align them. */
export interface Cell {
  lines: string[];
  align?: 'left' | 'right';
  /** Colour applied to each line after padding (identity when colour is off). */
  style?: (s: string) => string;
}

export interface TableSpec {
  /** Content width of each column (borders and one space of padding each side excluded). */
  widths: number[];
  head?: Cell[];
  rows: Cell[][];
  /**
   * Where rules go between rows: `ruleBefore[k]` draws one above row k. When
   * absent, a rule separates every two rows (cli-table3's default).
   */
  ruleBefore?: readonly boolean[];
}

/** Columns a table with these content widths occupies, borders included. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((a, w) => a + w + 2, 0) + widths.length + 1;
}

function layout(cell: Cell, width: number, headStyle?: (s: string) => string): string {
  const style = headStyle ?? cell.style ?? ((s: string) => s);
  return cell.lines
    .map((l) => {
      const text = stripZeroWidth(l);
      return style(cell.align === 'right' ? alignRight(text, width) : padEnd(text, width));
    })
    .join('\n');
}

/** Tables longer than this are drawn row by row with cli-table3's characters (see `drawRows`). */
const CLI_TABLE_ROWS = 200;
/** ... and so are tables with a cell taller than this: cli-table3 measures a multi-line cell in time that grows faster than its length. */
const CLI_TABLE_CELL_LINES = 8;

/**
 * Draws a table; `styleHead` colours head cells (identity when colour is off).
 * A small table (up to 200 rows of cells up to 8 lines) cli-table3 lays out.
 * Beyond that cli-table3's width measuring grows faster than the table (a
 * 4 KB line wrapped in one cell took 26 s), so the rows are drawn directly
 * with cli-table3's characters, in one pass, to the same layout (cells are
 * already padded to their widths; the tests check the two agree).
 */
export function drawTable(spec: TableSpec, styleHead?: (s: string) => string): string {
  const small = !spec.ruleBefore && spec.rows.length <= CLI_TABLE_ROWS && spec.rows.every((r) => r.every((c) => c.lines.length <= CLI_TABLE_CELL_LINES));
  return small ? drawWithCliTable(spec, styleHead) : drawRows(spec, styleHead);
}

export function drawWithCliTable(spec: TableSpec, styleHead?: (s: string) => string): string {
  const table = new (Table())({
    colWidths: spec.widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    ...(spec.head ? { head: spec.head.map((c, k) => layout(c, spec.widths[k]!, styleHead)) } : {}),
  });
  for (const row of spec.rows) table.push(row.map((c, k) => layout(c, spec.widths[k]!)));
  return table.toString();
}

/** cli-table3's layout, drawn directly: borders from its default characters. */
export function drawRows(spec: TableSpec, styleHead?: (s: string) => string): string {
  const ch = new (Table())().options.chars;
  const rule = (left: string, mid: string, right: string, fill: string) =>
    left + spec.widths.map((w) => fill.repeat(w + 2)).join(mid) + right;
  const row = (cells: Cell[], head: boolean): string[] => {
    const laid = cells.map((c, k) => layout(c, spec.widths[k]!, head ? styleHead : undefined).split('\n'));
    const height = laid.reduce((max, l) => Math.max(max, l.length), 0);
    const out: string[] = [];
    for (let h = 0; h < height; h++) {
      out.push(ch.left + laid.map((l, k) => ' ' + (l[h] ?? ' '.repeat(spec.widths[k]!)) + ' ').join(ch.middle) + ch.right);
    }
    return out;
  };
  const lines = [rule(ch['top-left'], ch['top-mid'], ch['top-right'], ch.top)];
  if (spec.head) {
    for (const l of row(spec.head, true)) lines.push(l);
    lines.push(rule(ch['left-mid'], ch['mid-mid'], ch['right-mid'], ch.mid));
  }
  spec.rows.forEach((r, k) => {
    if (k > 0 && (spec.ruleBefore ? spec.ruleBefore[k] : true)) lines.push(rule(ch['left-mid'], ch['mid-mid'], ch['right-mid'], ch.mid));
    for (const l of row(r, false)) lines.push(l);
  });
  lines.push(rule(ch['bottom-left'], ch['bottom-mid'], ch['bottom-right'], ch.bottom));
  return lines.join('\n');
}
