/**
 * Normalisation profiles and the switches that override them.
 */

export type ProfileName = 'none' | 'clean' | 'search';
export const PROFILE_NAMES: readonly ProfileName[] = ['none', 'clean', 'search'];

export type KeepOrStrip = 'keep' | 'strip';
export type TatweelMode = 'keep' | 'elongation' | 'strip';
export type DigitMode = 'keep' | 'ascii' | 'arabic';
export type PunctuationMode = 'keep' | 'ascii' | 'arabic';
export type QuoteMode = 'keep' | 'ascii';

/** Every switch, resolved: what the engine compiles. */
export interface NormalizeSwitches {
  /** Odd spaces to U+0020, runs collapsed, lines trimmed. */
  spaces: boolean;
  /** Zero-width, bidi and control characters removed. */
  invisibles: boolean;
  /** Presentation forms (U+FB50-FDFF, U+FE70-FEFE) to plain letters. */
  presentation: boolean;
  /** Letter + combining madda/hamza composed into one letter. */
  compose: boolean;
  /** Farsi yeh and keheh to Arabic yeh and kaf inside Arabic words. */
  farsi: boolean;
  /** `elongation`: strip tatweel that stretches a word, keep one after a clitic before a number, Latin word or quote (`الـ32`). */
  tatweel: TatweelMode;
  diacritics: KeepOrStrip;
  shadda: KeepOrStrip;
  alef: boolean;
  /** Alef maksura ى to yeh ي. */
  yeh: boolean;
  tehMarbuta: boolean;
  hamza: boolean;
  /** Lam-alef ligatures split into two letters. */
  ligatures: boolean;
  digits: DigitMode;
  punctuation: PunctuationMode;
  quotes: QuoteMode;
}

/** A profile plus any switches that override it. Omitted switches follow the profile. */
export interface NormalizeOptions extends Partial<NormalizeSwitches> {
  profile?: ProfileName;
}

const NONE: NormalizeSwitches = {
  spaces: false,
  invisibles: false,
  presentation: false,
  compose: false,
  farsi: false,
  tatweel: 'keep',
  diacritics: 'keep',
  shadda: 'keep',
  alef: false,
  yeh: false,
  tehMarbuta: false,
  hamza: false,
  ligatures: false,
  digits: 'keep',
  punctuation: 'keep',
  quotes: 'keep',
};

// `clean` repairs what is broken and never changes spelling.
const CLEAN: NormalizeSwitches = {
  ...NONE,
  spaces: true,
  invisibles: true,
  presentation: true,
  compose: true,
  farsi: true,
  tatweel: 'elongation',
};

// `search` folds everything a search index or NLP corpus usually folds.
const SEARCH: NormalizeSwitches = {
  ...CLEAN,
  tatweel: 'strip',
  diacritics: 'strip',
  shadda: 'strip',
  alef: true,
  yeh: true,
  tehMarbuta: true,
  hamza: true,
  ligatures: true,
  digits: 'ascii',
};

// The values each switch takes.
const SWITCH_VALUES: { readonly [K in keyof NormalizeSwitches]: readonly NormalizeSwitches[K][] } = {
  spaces: [true, false],
  invisibles: [true, false],
  presentation: [true, false],
  compose: [true, false],
  farsi: [true, false],
  tatweel: ['keep', 'elongation', 'strip'],
  diacritics: ['keep', 'strip'],
  shadda: ['keep', 'strip'],
  alef: [true, false],
  yeh: [true, false],
  tehMarbuta: [true, false],
  hamza: [true, false],
  ligatures: [true, false],
  digits: ['keep', 'ascii', 'arabic'],
  punctuation: ['keep', 'ascii', 'arabic'],
  quotes: ['keep', 'ascii'],
};

/** A value as an error message shows it: its type, and the value when short. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (value instanceof ArrayBuffer) return 'an ArrayBuffer';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export const PROFILES: Readonly<Record<ProfileName, Readonly<NormalizeSwitches>>> = {
  none: NONE,
  clean: CLEAN,
  search: SEARCH,
};

/**
 * Resolves a profile name or options object to the full set of switches.
 * Shadda follows the diacritics switch unless it is set itself.
 */
export function resolveSwitches(options: NormalizeOptions | ProfileName = 'clean'): NormalizeSwitches {
  if (typeof options !== 'string' && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new TypeError(`normalize: expected a profile name or an options object, got ${describe(options)}`);
  }
  const opts: NormalizeOptions = typeof options === 'string' ? { profile: options } : options;
  const profile = opts.profile ?? 'clean';
  const base = Object.hasOwn(PROFILES, profile) ? PROFILES[profile] : undefined;
  if (!base) throw new TypeError(`unknown normalisation profile: ${String(profile)} (expected ${PROFILE_NAMES.join(', ')})`);
  const out: NormalizeSwitches = { ...base };
  for (const key of Object.keys(opts)) {
    if (key !== 'profile' && !Object.hasOwn(SWITCH_VALUES, key)) throw new TypeError(`unknown normalisation switch: ${key}`);
  }
  for (const key of Object.keys(NONE) as (keyof NormalizeSwitches)[]) {
    const value = opts[key];
    if (value === undefined) continue;
    const allowed = SWITCH_VALUES[key];
    if (!allowed.includes(value as never)) throw new TypeError(`normalisation switch ${key}: expected ${allowed.map(String).join(' or ')}, got ${describe(value)}`);
    (out as unknown as Record<string, unknown>)[key] = value;
  }
  if (opts.shadda === undefined && opts.diacritics !== undefined) out.shadda = opts.diacritics;
  return out;
}

/** True when the switches change nothing, so text can be returned as given. */
export function isIdentity(sw: NormalizeSwitches): boolean {
  return (Object.keys(NONE) as (keyof NormalizeSwitches)[]).every((k) => sw[k] === NONE[k]);
}
