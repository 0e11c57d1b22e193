// The profile's `rules:` section: severity overrides by rule id. An unknown id
// (a typo would silently override nothing) and a severity outside the closed
// set are reported at their line, with the nearest rule id as a suggestion.
import type { DiagnosticBag, SeverityOverrides } from '../checks/diagnostic.js';
import { ruleCatalogue } from '../checks/catalogue/index.js';
import type { Position } from '../model/types.js';
import { editDistance } from '../util/suggest.js';

/** What a rule may be set to (data: the JSON Schema of journal.yaml can be generated from it). */
export const ruleSettings = ['error', 'warning', 'info', 'off'] as const;

interface Source {
  get(path: string): unknown;
  positionOf(path: string): Position;
}

export function readRules(source: Source, bag: DiagnosticBag): SeverityOverrides {
  const section = source.get('rules');
  const out: SeverityOverrides = {};
  if (section === undefined || section === null) return out;
  if (typeof section !== 'object' || Array.isArray(section)) {
    bag.report('profile-invalid', `Unexpected ${Array.isArray(section) ? 'list' : JSON.stringify(section)} \`rules\`, expected a map of rule id to ${ruleSettings.join(' | ')}`, source.positionOf('rules'));
    return out;
  }
  const known = Object.keys(ruleCatalogue);
  for (const [id, setting] of Object.entries(section as Record<string, unknown>)) {
    const at = source.positionOf(`rules.${id}`);
    if (!known.includes(id)) {
      const near = nearest(id, known);
      bag.report('profile-rule-unknown', `Unexpected rule id \`${id}\` in \`rules\`, expected a rule of the catalogue${near ? ` (did you mean \`${near}\`?)` : ''}`, at);
      continue;
    }
    if (typeof setting !== 'string' || !(ruleSettings as readonly string[]).includes(setting)) {
      bag.report('profile-invalid', `Unexpected severity ${JSON.stringify(setting)} for \`rules.${id}\`, expected one of ${ruleSettings.join(', ')}`, at);
      continue;
    }
    out[id] = setting as SeverityOverrides[string];
  }
  return out;
}

/** The known id closest to `id` when it is a plausible typo (at most a third of its letters differ). */
export function nearest(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

