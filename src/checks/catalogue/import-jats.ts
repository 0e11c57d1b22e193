import type { RuleSpec } from './types.js';

/** Rules of `galley import jats` (src/import/jats/, docs/import.md). */
export const importJatsRules = {
  'import-jats-invalid': { severity: 'warning', description: 'The imported JATS file is valid against the DTD it declares; an invalid file is imported as far as it goes.' },
  'import-jats-version': { severity: 'info', description: 'The imported JATS file declares JATS 1.3 Publishing; an older version (1.0–1.2) or the Archiving tag set is imported as far as it goes.' },
  'import-profile-gap': { severity: 'warning', description: 'An article imported into an existing journal has what its profile requires (UDC, every journal language, the DOI prefix, volume, issue, year); what it lacks is reported, never invented.' },
  'import-profile-written': { severity: 'info', description: 'Importing into a folder without a journal profile writes journal.yaml from the JATS journal-meta; its TODO values want checking.' },
} as const satisfies Record<string, RuleSpec>;
