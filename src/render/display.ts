/**
 * Terminal display settings and the per-line transform the pretty and
 * inspect views share: sanitise (no control character or escape sequence
 * ever reaches the terminal), wrap, then shape and reorder in visual mode.
 */
import type { ChalkInstance } from 'chalk';
import { isRtl, toVisual } from './visual.js';
import { alignRight, wrap } from './width.js';

/** `visual`: maqal shapes and reorders Arabic; `logical`: the terminal does (or the output is a pipe). */
export type DisplayMode = 'visual' | 'logical';

export interface DisplayOptions {
  mode: DisplayMode;
  /** Terminal width in columns. */
  width: number;
  chalk: ChalkInstance;
}

// Escape sequences (CSI, OSC, two-byte) and the remaining C0/C1 controls.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates would make the shown order lie.
const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/g;

export class Display {
  /** Characters removed by `sanitize` so far, for one warning at the end. */
  removed = 0;

  constructor(readonly options: DisplayOptions) {}

  get width(): number {
    return this.options.width;
  }

  get chalk(): ChalkInstance {
    return this.options.chalk;
  }

  /** Removes escape sequences, control characters and bidi overrides; tabs become spaces. */
  sanitize(text: string): string {
    const out = text
      .replace(/\t/g, ' ')
      .replace(ESCAPES, () => {
        this.removed++;
        return '';
      })
      .replace(CONTROLS, () => {
        this.removed++;
        return '';
      })
      .replace(BIDI_OVERRIDES, () => {
        this.removed++;
        return '';
      });
    return out;
  }

  /** One line as shown: sanitised, and shaped and reordered in visual mode. */
  line(text: string): string {
    const clean = this.sanitize(text);
    return this.options.mode === 'visual' ? toVisual(clean) : clean;
  }

  /** A paragraph wrapped to `width` columns; in visual mode right-to-left lines are right-aligned. */
  paragraph(text: string, width = this.width, align = true): string[] {
    const clean = this.sanitize(text);
    const lines = wrap(clean, width);
    if (this.options.mode === 'logical') return lines;
    const rtl = isRtl(clean);
    return lines.map((l) => {
      const v = toVisual(l, rtl ? 'rtl' : 'ltr');
      return align && rtl ? alignRight(v, width) : v;
    });
  }
}
