/**
 * A JSON value kept as the text it was written in, so a field copied from an
 * input record comes out byte for byte (a 20-digit id, `1.0`, a `\u0041`
 * escape). `value` parses it; `JSON.stringify` of the object gives the parsed
 * value, and maqal's own serialisers write `raw` as it is.
 */
export class RawJson {
  constructor(readonly raw: string) {}

  /** The value, as `JSON.parse` reads it. */
  get value(): unknown {
    return JSON.parse(this.raw) as unknown;
  }

  toJSON(): unknown {
    return this.value;
  }
}

/**
 * The raw text of the top-level fields of a JSON object, by name: `names` the
 * fields wanted, or `'*'` for all. The line must be one valid JSON object (the
 * caller has parsed it already); a linear scan, strings and nesting aware.
 */
export function rawFields(line: string, names: ReadonlySet<string> | '*'): Map<string, RawJson> {
  const out = new Map<string, RawJson>();
  let i = line.indexOf('{') + 1;
  const space = () => {
    while (i < line.length && ' \t\r\n'.includes(line[i]!)) i++;
  };
  const skipString = () => {
    i++; // the opening quote
    while (i < line.length && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = () => {
    let depth = 0;
    do {
      const c = line[i];
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      else if (depth === 0 && c === ',') return;
      if (depth < 0) return;
      i++;
    } while (i < line.length && (depth > 0 || (line[i] !== ',' && line[i] !== '}')));
  };
  for (;;) {
    space();
    if (line[i] !== '"') break;
    const keyStart = i;
    skipString();
    const key = JSON.parse(line.slice(keyStart, i)) as string;
    space();
    i++; // the colon
    space();
    const from = i;
    skipValue();
    let to = i;
    while (to > from && ' \t\r\n'.includes(line[to - 1]!)) to--;
    if (names === '*' || names.has(key)) out.set(key, new RawJson(line.slice(from, to)));
    space();
    if (line[i] === ',') i++;
    else break;
  }
  return out;
}
