import type { RuleSpec } from './types.js';

/** Rules about the journal profile and configuration. */
export const profileRules = {
  'profile-missing': { severity: 'error', description: 'The journal profile (journal.yaml) exists and can be read.' },
  'profile-invalid': { severity: 'error', description: 'The journal profile has every required setting, of the right type.' },
  'profile-rule-unknown': { severity: 'error', description: 'Every rule id under `rules:` in the profile is a rule of the catalogue (a typo would override nothing).' },
  'profile-labels-missing': { severity: 'error', description: 'Every journal language has every label the galleys print (HTML, print, JATS), from the shipped tables or the journal\'s own.' },
  'profile-hyphenation-missing': { severity: 'warning', description: 'Every journal language has hyphenation patterns in `print.hyphenation` (without them its text is not hyphenated in the PDF).' },
  'schema-missing': { severity: 'error', description: 'A schema the profile points at (JATS DTD, Crossref XSD) exists.' },
  'template-missing': { severity: 'error', description: 'A template a renderer needs exists in the template folders.' },
} as const satisfies Record<string, RuleSpec>;
