/**
 * The one sanitiser for every name and snippet maqal prints (file names,
 * JSON Lines ids, lines of a bad markers file, the normaliser's diff): what
 * a terminal would act on is shown, escaped, instead of acted on. A file
 * named `a<ESC>]52;c;...<BEL>.txt` cannot write the clipboard; a name holding
 * a right-to-left override cannot reverse the message around it.
 *
 * Does not touch the article text of the JSON formats: JSON escapes controls
 * itself, and piped data stays byte-exact.
 */

/** `\x1b`-style escapes for C0 and C1 controls; the common ones by name. */
const NAMED: ReadonlyMap<number, string> = new Map([
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
]);

/** Is this code point a control a terminal acts on: C0 (but those `keep`), DEL, C1? */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/** Bidi embeddings, overrides and isolates: they reorder what follows them. */
function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

const hex = (c: number, width: number) => c.toString(16).padStart(width, '0').toUpperCase();

/**
 * Shows every control character as an escape (`\x1b`, `\n`), every bidi
 * control and lone surrogate as `<U+202E>`. `keep` lists characters left as
 * they are (a newline between the lines of a multi-line text).
 */
export function escapeForTerminal(text: string, keep = ''): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    let shown: string | null = null;
    if (isControl(c)) {
      if (keep.includes(text[k]!)) continue;
      shown = NAMED.get(c) ?? `\\x${hex(c, 2).toLowerCase()}`;
    } else if (isBidiControl(c)) shown = `<U+${hex(c, 4)}>`;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(k + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        k++;
        continue;
      }
      shown = `<U+${hex(c, 4)}>`;
    }
    if (shown === null) continue;
    out += text.slice(from, k) + shown;
    from = k + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Does the text hold anything `escapeForTerminal` would change? */
export function needsEscape(text: string, keep = ''): boolean {
  return escapeForTerminal(text, keep) !== text;
}
