/**
 * A mistyped command: `maqal pasre x.txt` must not parse a file named
 * `pasre`. The first argument is a command typo when it is no path on disk,
 * looks like a word, and lies within a small edit distance of a command.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Commands and their aliases, as typed. */
export const COMMAND_NAMES: readonly string[] = ['parse', 'normalize', 'normalise', 'inspect', 'date', 'dedup', 'schema', 'chrome', 'help'];

/** Options that may come before the command. */
const LEADING_OPTIONS: readonly string[] = ['--trace'];

/** A typo is at most this many edits (a swap of two letters is one). */
const MAX_EDITS = 2;

/** The message for a mistyped command (`unknown command 'pasre' (did you mean 'parse'?)`), or null. */
export function mistypedCommand(argv: readonly string[], cwd: string): string | null {
  let k = 0;
  while (k < argv.length && LEADING_OPTIONS.includes(argv[k]!)) k++;
  const word = argv[k];
  if (word === undefined || !/^[a-z][a-z-]{1,20}$/i.test(word) || COMMAND_NAMES.includes(word)) return null;
  try {
    statSync(resolve(cwd, word));
    return null;
  } catch {
    // Not a file: a command, mistyped?
  }
  let best: string | null = null;
  let bestEdits = MAX_EDITS + 1;
  for (const name of COMMAND_NAMES) {
    const edits = editDistance(word.toLowerCase(), name);
    if (edits < bestEdits) {
      best = name;
      bestEdits = edits;
    }
  }
  return best ? `unknown command '${word}' (did you mean '${best}'?)` : null;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
