/**
 * Character tables for the normaliser: plain data, grouped by what the group
 * repairs or folds. The engine in `engine.ts` compiles them into one lookup
 * table per option set; nothing here runs at parse time.
 *
 * Code points are written out where glyphs are easy to confuse.
 */

/** The id of the rule that made a change; shown by `maqal normalize --diff`. */
export type NormalizeRule =
  | 'space'
  | 'collapse-space'
  | 'trim'
  | 'invisible'
  | 'bidi-control'
  | 'control'
  | 'invalid'
  | 'tatweel'
  | 'presentation-form'
  | 'farsi-letter'
  | 'compose-hamza'
  | 'diacritic'
  | 'shadda'
  | 'alef'
  | 'alef-maksura'
  | 'teh-marbuta'
  | 'hamza'
  | 'lam-alef'
  | 'digit'
  | 'punctuation'
  | 'quote';

/** An inclusive range of code points. */
export type Range = readonly [from: number, to: number];
/** A one-character mapping: code point to replacement text. */
export type Pair = readonly [from: number, to: string];

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, k) => from + k);

// Odd spaces: tab, vertical tab, form feed, no-break space U+00A0, Ogham space
// U+1680, the typographic spaces U+2000-U+200A, narrow no-break U+202F, medium
// mathematical U+205F and ideographic U+3000. All become U+0020, then runs of
// spaces collapse and lines are trimmed.
export const ODD_SPACES: readonly number[] = [
  0x09, 0x0b, 0x0c, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000,
];

// Zero-width and invisible characters that carry nothing in Arabic news text:
// zero width space U+200B, zero width joiner U+200D, word joiner U+2060, the
// invisible operators U+2061-U+2064, BOM / zero width no-break space U+FEFF,
// soft hyphen U+00AD, Mongolian vowel separator U+180E.
export const INVISIBLES: readonly number[] = [
  0x200b, 0x200d, 0x2060, ...range(0x2061, 0x2064), 0xfeff, 0xad, 0x180e,
];

// Zero width non-joiner U+200C is the Persian half-space (نیم‌فاصله): removed in
// Arabic words, kept in Persian and Urdu ones (see PERSIAN_URDU_LETTERS).
export const ZWNJ = 0x200c;

// Bidi marks: LRM U+200E, RLM U+200F, Arabic letter mark U+061C. Scrapers leave
// them between words and around punctuation.
export const BIDI_MARKS: readonly number[] = [0x200e, 0x200f, 0x061c];

// Bidi embeddings, overrides and isolates U+202A-U+202E, U+2066-U+2069: they can
// make displayed text lie about its order, so they are removed and counted.
export const BIDI_EMBEDDINGS: readonly number[] = [...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];

// C0 controls other than tab, LF and CR, DEL, and the C1 controls U+0080-U+009F.
// Line ends are handled by the line splitter, tabs are odd spaces.
export const CONTROLS: readonly number[] = [
  ...range(0x00, 0x08), 0x0e, 0x0f, ...range(0x10, 0x1f), 0x7f, ...range(0x80, 0x9f),
];

// Tatweel (kashida) U+0640: stretches a word for layout, never changes it.
// Removed inside words; a tatweel standing alone between spaces is used as a
// dash (`واشنطن ـ المغرب اليوم`) and stays.
export const TATWEEL = 0x0640;

// Clitics a tatweel may join to what follows when that is no Arabic word: a number, a Latin
// word, a quotation (`الـ32`, `بـ2024`, `لـ"…"`, `والـCNN`). There the tatweel is a
// hyphen, not elongation, and `clean` keeps one. Article and prepositions, alone and after و or ف.
export const TATWEEL_CLITICS: readonly string[] = [
  'ال', 'لل', 'ب', 'ل', 'ك', 'و', 'ف',
  'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
];

// What may follow such a tatweel: not an Arabic letter, not a space or the end of the word.
// Digits (ASCII, Arabic-Indic U+0660-U+0669, Persian U+06F0-U+06F9), Latin letters, opening quotes and brackets.
export const TATWEEL_JOINS_TO = /^[0-9\u0660-\u0669\u06f0-\u06f9A-Za-z\u00c0-\u024f"'«“‘(\[]$/;

// Arabic presentation forms A U+FB50-U+FDFF and B U+FE70-U+FEFE: glyph-level
// copies of letters left by PDF and old web pipelines. Each maps to its NFKC
// letters, applied to these ranges only (NFKC elsewhere would fold far more).
export const PRESENTATION_RANGES: readonly Range[] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
];
// ...except these, kept as they are: the rial sign U+FDFC is a currency symbol
// whose NFKC spelling uses Persian yeh, the bismillah U+FDFD has no
// decomposition, and the ornate parentheses U+FD3E/U+FD3F are punctuation.
export const PRESENTATION_KEEP: readonly number[] = [0xfdfc, 0xfdfd, 0xfd3e, 0xfd3f];
// The harakat forms (U+FE70-U+FE7F, U+FC5E-U+FC63, U+FCF2-U+FCF4) decompose to
// a space or a tatweel plus the marks; that first character is dropped so the
// marks stay on their letter.

// Farsi yeh U+06CC (ی) and keheh U+06A9 (ک), typed by Persian keyboards inside
// Arabic words, become Arabic yeh U+064A (ي) and kaf U+0643 (ك). Words that
// hold a Persian or Urdu letter, and lines with no Arabic-only letter, are left.
export const FARSI_LETTERS: readonly Pair[] = [
  [0x06cc, '\u064a'],
  [0x06a9, '\u0643'],
];

// Letters that only Persian or Urdu use: peh U+067E, tcheh U+0686, jeh U+0698,
// gaf U+06AF, heh with yeh U+06C0, yeh barree U+06D2 and with hamza U+06D3, heh
// goal U+06C1, tteh U+0679, ddal U+0688, rreh U+0691, noon ghunna U+06BA, heh
// doachashmee U+06BE. A word holding one is Persian or Urdu.
export const PERSIAN_URDU_LETTERS: readonly number[] = [
  0x067e, 0x0686, 0x0698, 0x06af, 0x06c0, 0x06d2, 0x06d3, 0x06c1, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06be,
];

// Letters that Persian and Urdu do not use: teh marbuta U+0629, alef maksura
// U+0649, Arabic yeh U+064A, Arabic kaf U+0643. A line with none of them and a
// Farsi yeh or keheh is taken as Persian or Urdu.
export const ARABIC_ONLY_LETTERS: readonly number[] = [0x0629, 0x0649, 0x064a, 0x0643];

// Canonical compositions (what NFC does for Arabic): a letter followed by
// madda above U+0653, hamza above U+0654 or hamza below U+0655 becomes the
// precomposed letter. Decomposed hamza comes from macOS file names and some
// keyboards; it breaks search and looks identical.
export const HAMZA_COMPOSITIONS: readonly (readonly [base: number, mark: number, composed: number])[] = [
  [0x0627, 0x0653, 0x0622], // ا + ٓ -> آ
  [0x0627, 0x0654, 0x0623], // ا + ٔ -> أ
  [0x0627, 0x0655, 0x0625], // ا + ٕ -> إ
  [0x0648, 0x0654, 0x0624], // و + ٔ -> ؤ
  [0x064a, 0x0654, 0x0626], // ي + ٔ -> ئ
  [0x06d5, 0x0654, 0x06c0], // ە + ٔ -> ۀ
  [0x06c1, 0x0654, 0x06c2], // ہ + ٔ -> ۂ
  [0x06d2, 0x0654, 0x06d3], // ے + ٔ -> ۓ
];

// Diacritics (search): tanween and short vowels U+064B-U+0650, sukun U+0652,
// madda/hamza marks and the rarer signs U+0653-U+065F, superscript alef U+0670,
// and the Quranic annotation marks U+06D6-U+06ED. Shadda U+0651 has its own switch.
export const SHADDA = 0x0651;
export const DIACRITICS: readonly number[] = [
  ...range(0x064b, 0x0650),
  ...range(0x0652, 0x065f),
  0x0670,
];
export const QURANIC_MARKS: readonly number[] = range(0x06d6, 0x06ed);

// Alef variants (search): hamza above U+0623 (أ), hamza below U+0625 (إ), madda
// U+0622 (آ), wasla U+0671 (ٱ) to bare alef U+0627 (ا), as CAMeL normalize_alef_ar.
export const ALEF_VARIANTS: readonly Pair[] = [
  [0x0623, '\u0627'],
  [0x0625, '\u0627'],
  [0x0622, '\u0627'],
  [0x0671, '\u0627'],
];

// Alef maksura U+0649 (ى) to yeh U+064A (ي), as CAMeL normalize_alef_maksura_ar.
export const ALEF_MAKSURA: readonly Pair[] = [[0x0649, '\u064a']];

// Teh marbuta U+0629 (ة) to heh U+0647 (ه), as CAMeL normalize_teh_marbuta_ar.
export const TEH_MARBUTA: readonly Pair[] = [[0x0629, '\u0647']];

// Hamza carriers: waw with hamza U+0624 (ؤ) to waw U+0648, yeh with hamza
// U+0626 (ئ) to yeh U+064A, as PyArabic normalize_hamza(method="tasheel").
export const HAMZA_CARRIERS: readonly Pair[] = [
  [0x0624, '\u0648'],
  [0x0626, '\u064a'],
];

// Lam-alef ligatures U+FEF5-U+FEFC (isolated and final, with madda, hamza above,
// hamza below, bare) split into lam plus the same alef; with the alef switch
// the alef is then bare, which is what PyArabic normalize_ligature gives.
export const LAM_ALEF_LIGATURES: readonly Pair[] = [
  [0xfef5, '\u0644\u0622'],
  [0xfef6, '\u0644\u0622'],
  [0xfef7, '\u0644\u0623'],
  [0xfef8, '\u0644\u0623'],
  [0xfef9, '\u0644\u0625'],
  [0xfefa, '\u0644\u0625'],
  [0xfefb, '\u0644\u0627'],
  [0xfefc, '\u0644\u0627'],
];

// Digits: Arabic-Indic U+0660-U+0669 and Extended (Persian) U+06F0-U+06F9.
export const ARABIC_INDIC_DIGIT_ZERO = 0x0660;
export const EXTENDED_DIGIT_ZERO = 0x06f0;
// Decimal separator U+066B (٫) and thousands separator U+066C (٬): converted
// with the digits, and only between two digits.
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;

// Arabic punctuation and its ASCII twins: comma U+060C, semicolon U+061B,
// question mark U+061F. ASCII to Arabic only after Arabic text (never inside
// numbers, URLs or Latin words).
export const PUNCTUATION: readonly (readonly [arabic: number, ascii: number])[] = [
  [0x060c, 0x2c],
  [0x061b, 0x3b],
  [0x061f, 0x3f],
];

// Quotes: guillemets « » U+00AB/U+00BB, curly double quotes U+201C/U+201D, low
// and reversed ones U+201E/U+201F to ", curly single quotes U+2018/U+2019 and
// low/reversed U+201A/U+201B to '.
export const QUOTES: readonly Pair[] = [
  [0xab, '"'],
  [0xbb, '"'],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
];
