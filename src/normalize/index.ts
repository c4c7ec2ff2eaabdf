/** Arabic normalisation: profiles, switches and the one-pass engine. */
export { Normalizer, normalize, emptyStats, type NormalizeChange, type NormalizeStats } from './engine.js';
export {
  PROFILES,
  PROFILE_NAMES,
  resolveSwitches,
  type NormalizeOptions,
  type NormalizeSwitches,
  type ProfileName,
  type KeepOrStrip,
  type DigitMode,
  type PunctuationMode,
  type QuoteMode,
} from './profiles.js';
export type { NormalizeRule } from './tables.js';
