import type { RuleSpec } from './types.js';

/** Rules about the journal profile and configuration. */
export const profileRules = {
  'profile-missing': { severity: 'error', description: 'The journal profile (journal.yaml) exists and can be read.' },
  'profile-invalid': { severity: 'error', description: 'The journal profile has every required setting, of the right type.' },
  'schema-missing': { severity: 'error', description: 'A schema the profile points at (JATS DTD, Crossref XSD) exists.' },
  'template-missing': { severity: 'error', description: 'A template a renderer needs exists in the template folders.' },
} as const satisfies Record<string, RuleSpec>;
