/**
 * Rules of the code that a reviewer would otherwise have to remember: no
 * array is ever spread into a call (`push(...lines)` and `Math.max(...widths)`
 * overflow the stack past about 120,000 elements, and every such array here
 * comes from input of any size), and `apply` only ever takes a bounded slice.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function sources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The code with comments, strings, template literals and regular expressions blanked out (same length). */
function codeOnly(text: string): string {
  const parts: string[] = [];
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  // Sticky patterns, tried at the current position only (linear in the file).
  const tokens = [/\/\/[^\n]*/y, /\/\*[\s\S]*?\*\//y, /'(?:[^'\\\n]|\\.)*'/y, /"(?:[^"\\\n]|\\.)*"/y, /`(?:[^`\\]|\\.)*`/y];
  const regex = /\/(?![*/])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[a-z]*/y;
  let last = '';
  let k = 0;
  while (k < text.length) {
    let m: RegExpExecArray | null = null;
    for (const t of tokens) {
      t.lastIndex = k;
      if ((m = t.exec(text))) break;
    }
    // A regular expression literal after an operator or an opening bracket.
    if (!m && text[k] === '/' && /[=(,:!&|?;{}[]/.test(last)) {
      regex.lastIndex = k;
      m = regex.exec(text);
    }
    if (m) {
      parts.push(blank(m[0]));
      k += m[0].length;
    } else {
      const c = text[k]!;
      parts.push(c);
      if (!/\s/.test(c)) last = c;
      k++;
    }
  }
  return parts.join('');
}

/** Spreads inside the argument list of a call (not array or object literals, not parameter lists). */
function callSpreads(code: string): number[] {
  const found: number[] = [];
  const stack: { ch: string; at: number }[] = [];
  for (let k = 0; k < code.length; k++) {
    const c = code[k]!;
    if (c === '(' || c === '[' || c === '{') stack.push({ ch: c, at: k });
    else if (c === ')' || c === ']' || c === '}') stack.pop();
    else if (c === '.' && code.startsWith('...', k)) {
      const open = stack[stack.length - 1];
      if (open?.ch === '(') {
        const before = code.slice(0, open.at).trimEnd();
        const isCall = /[\w$)\]]$/.test(before) && !/\bfunction\s*\*?\s*[\w$]*$/.test(before);
        // An arrow function's parameters: `(...args) =>`.
        const close = matching(code, open.at);
        const isArrowParams = /^\s*(?::[^=]*)?=>/.test(code.slice(close + 1, close + 200));
        if (isCall && !isArrowParams) found.push(k);
      }
      k += 2;
    }
  }
  return found;
}

function matching(code: string, open: number): number {
  let depth = 0;
  for (let k = open; k < code.length; k++) {
    if (code[k] === '(') depth++;
    else if (code[k] === ')' && --depth === 0) return k;
  }
  return code.length;
}

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('the code', () => {
  it('spreads no array into a call', () => {
    const bad: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      for (const at of callSpreads(codeOnly(text))) bad.push(`${relative(ROOT, file)}:${lineOf(text, at)}: ${text.split('\n')[lineOf(text, at) - 1]!.trim()}`);
    }
    expect(bad).toEqual([]);
  });

  it('passes apply only a bounded slice (subarray of a fixed chunk)', () => {
    const bad: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      const code = codeOnly(text);
      for (const m of code.matchAll(/\.apply\(\s*null,\s*([^;]*)/g)) {
        if (!/\.subarray\(/.test(m[1]!)) bad.push(`${relative(ROOT, file)}:${lineOf(text, m.index)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the scanner finds a call spread when there is one', () => {
    expect(callSpreads(codeOnly('lines.push(...rows);'))).toHaveLength(1);
    expect(callSpreads(codeOnly('const w = Math.max(...widths);'))).toHaveLength(1);
    expect(callSpreads(codeOnly('const a = [...rows]; const o = { ...x }; const f = (...args) => 1;'))).toHaveLength(0);
    expect(callSpreads(codeOnly("const s = 'push(...x)'; // push(...y)"))).toHaveLength(0);
  });
});
