/**
 * Quality presets: the thresholds a corpus pipeline filters documents with,
 * applied to maqal's story-only `stats`, naming each one a story fails. maqal
 * never drops anything on its own; `--drop-flagged` does, when asked.
 */
import type { StoryStats } from './stats.js';

/** Names of the presets. */
export const QUALITY_PRESETS = ['fineweb2-arb'] as const;
export type QualityPreset = (typeof QUALITY_PRESETS)[number];

/** What a preset checks beyond `stats`: its stopwords, counted in the story. */
export interface QualityInputs {
  stats: StoryStats;
  /** How many of the preset's stopwords the story holds (tokens, with repeats). */
  presetStopwords: number;
}

interface Preset {
  /** Words written as the preset lists them; matched after the `search` fold, like maqal's words. */
  stopwords: readonly string[];
  /** Punctuation the preset counts as stopword tokens (its tokenizer keeps `،` as a word). */
  stopPunctuation: readonly string[];
  /** [flag, test]: the story fails the check when test is true. */
  checks: readonly (readonly [string, (q: QualityInputs) => boolean])[];
}

// FineWeb-2's thresholds for Standard Arabic (huggingface/fineweb-2, configs/arb_Arab.yml), read
// with the defaults of datatrove's Gopher and FineWeb filters it runs them in: each flag is named
// after the filter's own reason.
const FINEWEB2_ARB: Preset = {
  stopwords: ['في', 'من', 'على', 'إلى', 'عام', 'أن', 'مع', 'أو', 'هو', 'عن', 'التي', 'كان', 'بين', 'ما', 'كانت', 'هي', 'المتحدة', 'بعد'],
  stopPunctuation: ['،'],
  checks: [
    // Gopher quality: document length in words (datatrove defaults 50 and 100,000).
    ['gopher_short_doc', (q) => q.stats.words < 50],
    ['gopher_long_doc', (q) => q.stats.words > 100_000],
    // Gopher quality: mean word length between 2 and 9 (arb_Arab.yml min/max_avg_word_length).
    ['gopher_below_avg_threshold', (q) => q.stats.meanWordLength < 2],
    ['gopher_above_avg_threshold', (q) => q.stats.meanWordLength > 9],
    // Gopher quality: at least 78.7% of the words hold a letter (max_non_alpha_words_ratio 0.787).
    ['gopher_below_alpha_threshold', (q) => 1 - q.stats.nonAlphaWordRatio < 0.787],
    // Gopher quality: at least two stopwords of the preset's list (datatrove's min_stop_words 2).
    ['gopher_enough_stop_words', (q) => q.presetStopwords < 2],
    // Gopher repetition: duplicated lines (dup_line_frac 0.304).
    ['dup_line_frac', (q) => q.stats.duplicateLineFraction > 0.304],
    // Gopher repetition: the most frequent 2-, 3- and 4-grams (top_n_grams).
    ['top_2_gram', (q) => q.stats.top2GramCharFraction > 0.197],
    ['top_3_gram', (q) => q.stats.top3GramCharFraction > 0.172],
    ['top_4_gram', (q) => q.stats.top4GramCharFraction > 0.146],
    // Gopher repetition: characters in repeated 5- to 10-grams (dup_n_grams).
    ['duplicated_5_n_grams', (q) => q.stats.duplicate5GramCharFraction > 0.165],
    ['duplicated_6_n_grams', (q) => q.stats.duplicate6GramCharFraction > 0.153],
    ['duplicated_7_n_grams', (q) => q.stats.duplicate7GramCharFraction > 0.142],
    ['duplicated_8_n_grams', (q) => q.stats.duplicate8GramCharFraction > 0.131],
    ['duplicated_9_n_grams', (q) => q.stats.duplicate9GramCharFraction > 0.12],
    ['duplicated_10_n_grams', (q) => q.stats.duplicate10GramCharFraction > 0.109],
    // FineWeb quality: at least 14.3% of the lines end in punctuation (line_punct_thr 0.143).
    ['line_punct_ratio', (q) => q.stats.linesEndingInPunctuation < 0.143],
    // FineWeb quality: line breaks per word at most 0.189 (new_line_ratio): a list, not prose.
    ['list_ratio', (q) => q.stats.words > 0 && Math.max(0, q.stats.lines - 1) / q.stats.words > 0.189],
  ],
};

const PRESETS: Record<QualityPreset, Preset> = { 'fineweb2-arb': FINEWEB2_ARB };

/** The stopwords and punctuation a preset counts. */
export function presetStopwords(preset: QualityPreset): { words: readonly string[]; punctuation: readonly string[] } {
  return { words: PRESETS[preset].stopwords, punctuation: PRESETS[preset].stopPunctuation };
}

/** The checks a story fails under a preset, by name, in the preset's order; empty when it passes. */
export function qualityFlags(preset: QualityPreset, inputs: QualityInputs): string[] {
  return PRESETS[preset].checks.filter(([, fails]) => fails(inputs)).map(([name]) => name);
}
