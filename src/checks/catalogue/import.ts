import type { RuleSpec } from './types.js';

/** Rules about bringing existing articles in (`galley import jats`, `galley import docx`). */
export const importRules = {
  'import-unreadable': { severity: 'error', description: 'The file to import can be read: well-formed XML for JATS, a Word package (.docx, a zip with word/document.xml) for Word.' },
  'import-not-kept': { severity: 'warning', description: 'Everything in the input is carried over into the Galley source; what cannot be is listed in import-report.json with its place and why.' },
  'import-folder-exists': { severity: 'error', description: 'An import writes into a new article folder; an existing one is left alone unless --force.' },
} as const satisfies Record<string, RuleSpec>;
