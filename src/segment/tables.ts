/**
 * Tables: a story's standings, results or prices saved as rows of cells
 * between bars (`النجم | 10 | 8 | 1 | 1 | 25`). Read one by one, a row looks
 * like a menu (its header row: section names between bars) or a date line
 * (its numbers); read together, rows of as many cells each, numbers in them,
 * are the story's table.
 */
import { LIMITS as L } from './limits.js';
import type { Line } from './lines.js';
import { DIGIT } from './text.js';

// What separates the cells of a row: a bar, a box-drawing bar, a broken bar, a tab.
const CELL_SEPARATORS_ALL = /[|│¦\t]/gu;
// A cell that is a number: digits with their signs and separators (`25`, `3.5%`, `+2`, `1-0`).
const NUMBER_CELL = new RegExp(`^[+\\-−]?[${DIGIT}][${DIGIT}.,٫٬:%\\-/ ]*$`, 'u');

/** Does the line hold a cell separator? (Asked of every line: a few native scans, no regex.) */
export function mayBeRow(line: Line): boolean {
  const t = line.raw;
  return t.includes('|') || t.includes('\t') || t.includes('│') || t.includes('¦');
}

/** The non-empty cells of a line, when it holds `tableMinCells` of them at least; null otherwise. */
function cellsOf(line: Line): string[] | null {
  // The raw line: the clean text has its tabs made spaces.
  if (line.blank || !mayBeRow(line)) return null;
  const cells = line.raw.split(CELL_SEPARATORS_ALL).map((c) => c.trim()).filter(Boolean);
  return cells.length >= L.tableMinCells ? cells : null;
}

/**
 * The lines of the page's tables: runs of two rows or more (blank lines between
 * them looked through), each with the same number of cells, three at least,
 * and a number cell in most rows under the first (the header row may have none).
 */
export function tableRows(lines: readonly Line[]): Set<number> {
  const rows = new Set<number>();
  let k = 0;
  while (k < lines.length) {
    const first = cellsOf(lines[k]!);
    if (!first) {
      k++;
      continue;
    }
    const run = [k];
    let numeric = 0;
    let next = k + 1;
    for (;;) {
      while (next < lines.length && lines[next]!.blank) next++;
      const cells = next < lines.length ? cellsOf(lines[next]!) : null;
      if (!cells || cells.length !== first.length) break;
      run.push(next);
      if (cells.some((c) => NUMBER_CELL.test(c))) numeric++;
      next++;
    }
    if (run.length >= 2 && numeric * 2 >= run.length - 1 && numeric > 0) for (const r of run) rows.add(r);
    k = run[run.length - 1]! + 1;
  }
  return rows;
}
