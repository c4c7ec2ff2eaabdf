/**
 * maqal in a real terminal: tmux runs it, `capture-pane -p` reads the screen
 * back. The title must read in visual order and every table border must sit in
 * the same column. Skipped only where tmux is missing (CI installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';
import { toVisual } from '../src/render/visual.js';
import { displayWidth } from '../src/render/width.js';
import { ROOT, fixtureBytes } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `maqal-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a command in a detached 100x60 tmux pane and returns the screen once it has printed `marker`. */
async function screen(command: string, marker: string): Promise<string[]> {
  tmux('new-session', '-d', '-x', '100', '-y', '60', '-s', 'e2e', 'sh', '-c', `${command}; echo ${marker}; sleep 30`);
  try {
    for (let k = 0; k < 100; k++) {
      const text = tmux('capture-pane', '-p', '-t', 'e2e');
      if (text.includes(marker)) return text.split('\n');
      await sleep(100);
    }
    throw new Error('the command did not finish in tmux');
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  }
}

describe.skipIf(!hasTmux)('in a real terminal (tmux)', () => {
  it('shows the title in visual order and lines every table border up', async () => {
    const file = 'fixtures/most-read-numbered/input.txt';
    const lines = await screen(`cd ${ROOT} && TERM=xterm-256color LANG=C.UTF-8 node bin/maqal.js parse --display visual --width 80 ${file}`, '__done__');
    const title = new Parser().parse(fixtureBytes('most-read-numbered').toString('utf8')).title!;
    const titleLine = lines.find((l) => l.includes(toVisual(title, 'rtl').slice(-8)));
    expect(titleLine?.trim()).toBe(toVisual(title, 'rtl'));
    // Right-aligned like RTL text: it ends at the last column.
    expect(displayWidth(titleLine!.trimEnd())).toBe(80);

    const table = lines.filter((l) => /^[┌│├└]/.test(l));
    expect(table.length).toBeGreaterThanOrEqual(7);
    const borderColumns = (l: string) => {
      const cols: number[] = [];
      let col = 0;
      for (const ch of l) {
        if ('┌┐└┘├┤│┬┴┼'.includes(ch)) cols.push(col);
        col += displayWidth(ch);
      }
      return cols;
    };
    for (const l of table) expect(borderColumns(l), l).toEqual([0, 79]);
  }, 20_000);

  it('prints no escape sequence when piped, even from a terminal', async () => {
    // Count ESC bytes in what reached the pipe.
    const lines = await screen(`cd ${ROOT} && node bin/maqal.js parse -f pretty fixtures/seed-layout/input.txt 2>/dev/null | tr -dc '\\033' | wc -c | sed 's/^/escapes=/'`, '__done__');
    expect(lines.map((l) => l.trim())).toContain('escapes=0');
  }, 20_000);
});
