import type { RuleSpec } from './types.js';

/** Rules of the JATS body import (body, back matter, references). */
export const importJatsBodyRules = {
  'import-figure-missing': { severity: 'warning', description: 'An imported figure\'s image sits next to the JATS file (it is copied into figures/); otherwise a marked placeholder stands in for it.' },
  'import-reference-incomplete': { severity: 'warning', description: 'An imported reference has what a Galley bibliography requires (a year of publication); what the JATS lacks is reported, never invented, and the build then asks for it.' },
} as const satisfies Record<string, RuleSpec>;
