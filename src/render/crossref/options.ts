// The profile's `crossref-deposit:` section (optional): choices about how the
// deposit is written and sent. Checked once where the profile is loaded
// (`depositProfileDiagnostics`, with positions in journal.yaml), and parsed
// here from `profile.raw` with typed errors for callers that get a profile
// made some other way, so a typo is reported, never silently ignored.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import { endpointProblem } from '../../deposit/endpoint.js';
import type { Position } from '../../model/types.js';
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
  /** A deposit Crossref still does not know this long after it was sent is reported lost. */
  lostAfterHours: number;
}

export const defaultDepositOptions: CrossrefDepositOptions = {
  otherLanguageTitles: 'repeat',
  logDir: 'deposits',
  retries: 4,
  timeoutSeconds: 60,
  lostAfterHours: 24,
};

export class DepositOptionsError extends Error {}

interface Problem {
  /** Dotted path of the offending key in journal.yaml. */
  path: string;
  message: string;
}

const known = ['other-language-titles', 'log', 'retries', 'timeout-seconds', 'lost-after-hours'];

/** The section's options and every problem found in it. */
function parseDepositOptions(raw: unknown, file: string): { options: CrossrefDepositOptions; problems: Problem[] } {
  const options = { ...defaultDepositOptions };
  const problems: Problem[] = [];
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { options, problems: [{ path: 'crossref-deposit', message: `Unexpected ${typeof raw} \`crossref-deposit\` in ${file}, expected a map` }] };
  const section = raw as Record<string, unknown>;
  for (const key of Object.keys(section))
    if (!known.includes(key)) problems.push({ path: `crossref-deposit.${key}`, message: `Unexpected \`crossref-deposit.${key}\` in ${file}, expected one of ${known.join(', ')}` });
  const titles = section['other-language-titles'];
  if (titles !== undefined) {
    if (titles !== 'repeat' && titles !== 'original-language-title')
      problems.push({ path: 'crossref-deposit.other-language-titles', message: `Unexpected \`crossref-deposit.other-language-titles: ${String(titles)}\`, expected repeat or original-language-title` });
    else options.otherLanguageTitles = titles;
  }
  if (section.log !== undefined) {
    if (typeof section.log !== 'string' || !section.log.trim()) problems.push({ path: 'crossref-deposit.log', message: 'Unexpected `crossref-deposit.log`, expected a folder name' });
    else options.logDir = section.log.trim();
  }
  const count = (name: string, fallback: number, min: number, max: number): number => {
    const value = section[name];
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    problems.push({ path: `crossref-deposit.${name}`, message: `Unexpected \`crossref-deposit.${name}: ${String(value)}\`, expected a whole number from ${min} to ${max}` });
    return fallback;
  };
  options.retries = count('retries', options.retries, 0, 10);
  options.timeoutSeconds = count('timeout-seconds', options.timeoutSeconds, 1, 3600);
  options.lostAfterHours = count('lost-after-hours', options.lostAfterHours, 1, 24 * 90);
  return { options, problems };
}

export function crossrefDepositOptions(profile: Profile): CrossrefDepositOptions {
  const { options, problems } = parseDepositOptions(profile.raw['crossref-deposit'], profile.file);
  if (problems.length) throw new DepositOptionsError(problems[0].message);
  return options;
}

/**
 * Every problem of the deposit settings, with its position: the
 * `crossref-deposit:` section, and the Crossref URLs that receive the password
 * (https://, or http:// on loopback only). Run by the profile loader.
 */
export function depositProfileDiagnostics(raw: Record<string, unknown>, file: string, positionOf: (path: string) => Position): Diagnostic[] {
  const { problems } = parseDepositOptions(raw['crossref-deposit'], file);
  const found = problems.map((p) => diagnostic('profile-invalid', p.message, positionOf(p.path)));
  const crossref = raw.crossref as Record<string, Record<string, unknown> | undefined> | undefined;
  for (const group of ['endpoints', 'results'])
    for (const system of ['test', 'production']) {
      const url = crossref?.[group]?.[system];
      if (typeof url !== 'string' || !url.trim()) continue;
      const problem = endpointProblem(url.trim());
      if (problem) found.push(diagnostic('deposit-endpoint-insecure', `${problem} (\`crossref.${group}.${system}\`)`, positionOf(`crossref.${group}.${system}`)));
    }
  return found;
}
