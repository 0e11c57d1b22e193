// The profile's `crossref-deposit:` section (optional): choices about how the
// deposit is written and sent. Parsed here from `profile.raw`, checked with
// typed errors so a typo is reported, never silently ignored.
import type { Profile } from '../../profile/types.js';

export type OtherLanguageTitles = 'repeat' | 'original-language-title';

export interface CrossrefDepositOptions {
  /**
   * Titles in the other languages: `repeat` writes one more <titles> per
   * language (Crossref's advice for multilingual titles; the schema gives
   * <titles>/<title> no language attribute); `original-language-title` puts
   * them in <original_language_title language="…"> so the language is stated.
   */
  otherLanguageTitles: OtherLanguageTitles;
  /** Folder of the deposit log, relative to the profile's folder. */
  logDir: string;
  /** Extra attempts after a 5xx, 429 or timeout. */
  retries: number;
  /** Per-attempt time limit. */
  timeoutSeconds: number;
}

export const defaultDepositOptions: CrossrefDepositOptions = {
  otherLanguageTitles: 'repeat',
  logDir: 'deposits',
  retries: 4,
  timeoutSeconds: 60,
};

export class DepositOptionsError extends Error {}

export function crossrefDepositOptions(profile: Profile): CrossrefDepositOptions {
  const raw = profile.raw['crossref-deposit'];
  if (raw === undefined || raw === null) return { ...defaultDepositOptions };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new DepositOptionsError(`Unexpected ${typeof raw} \`crossref-deposit\` in ${profile.file}, expected a map`);
  const section = raw as Record<string, unknown>;
  const known = ['other-language-titles', 'log', 'retries', 'timeout-seconds'];
  for (const key of Object.keys(section))
    if (!known.includes(key)) throw new DepositOptionsError(`Unexpected \`crossref-deposit.${key}\` in ${profile.file}, expected one of ${known.join(', ')}`);
  const options = { ...defaultDepositOptions };
  const titles = section['other-language-titles'];
  if (titles !== undefined) {
    if (titles !== 'repeat' && titles !== 'original-language-title')
      throw new DepositOptionsError(`Unexpected \`crossref-deposit.other-language-titles: ${String(titles)}\`, expected repeat or original-language-title`);
    options.otherLanguageTitles = titles;
  }
  if (section.log !== undefined) {
    if (typeof section.log !== 'string' || !section.log.trim()) throw new DepositOptionsError('Unexpected `crossref-deposit.log`, expected a folder name');
    options.logDir = section.log.trim();
  }
  options.retries = count(section.retries, 'retries', options.retries, 0, 10);
  options.timeoutSeconds = count(section['timeout-seconds'], 'timeout-seconds', options.timeoutSeconds, 1, 3600);
  return options;
}

function count(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new DepositOptionsError(`Unexpected \`crossref-deposit.${name}: ${String(value)}\`, expected a whole number from ${min} to ${max}`);
  return value;
}
