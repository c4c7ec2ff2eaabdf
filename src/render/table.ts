/**
 * Tables through cli-table3, with every cell laid out by maqal: wrapped,
 * transformed and padded to exact terminal widths before cli-table3 draws the
 * borders. (cli-table3 measures with an older string-width that counts each
 * haraka and zero-width mark as a column; padding the cells here keeps every
 * border in the same column whatever the text.)
 */
import Table from 'cli-table3';
import { padEnd, alignRight, stripZeroWidth } from './width.js';

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

/** Draws a table; `styleHead` colours head cells (identity when colour is off). */
export function drawTable(spec: TableSpec, styleHead?: (s: string) => string): string {
  const table = new Table({
    colWidths: spec.widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    ...(spec.head ? { head: spec.head.map((c, k) => layout(c, spec.widths[k]!, styleHead)) } : {}),
  });
  for (const row of spec.rows) table.push(row.map((c, k) => layout(c, spec.widths[k]!)));
  return table.toString();
}
