import type { RuleSpec } from './types.js';

/** Rules about reference lists and citations read from printed text (`galley import docx`). */
export const importRefsRules = {
  'import-reference-unparsed': { severity: 'warning', description: 'Each printed reference reads as a GOST R 7.0.5 description; one that does not is kept verbatim (a note-only CSL item printed as written) and listed with its place.' },
  'import-reference-unpaired': { severity: 'warning', description: 'Each entry of the romanized References list describes a work of the primary list; one that pairs with none is reported (it is not carried over).' },
  'import-citation-unmatched': { severity: 'warning', description: 'An in-text citation ([1, с. 5], [Иванов, 2001], (Carr 1979: 12)) names a work of the reference list; one that does not stays as text.' },
} as const satisfies Record<string, RuleSpec>;
