import type { RuleSpec } from './types.js';

/** Rules about matching a Word manuscript against the journal's template (`import.docx` in the profile). */
export const importTemplateRules = {
  'import-template-profile': { severity: 'warning', description: 'The journal profile describes its Word template (`import.docx`: labels per language, list titles), so a manuscript can be matched against it.' },
  'import-template-missing': { severity: 'warning', description: 'Every part the template asks for (title, authors, abstract, keywords per language, the printed lists) is found in the manuscript; a missing one is reported, never invented.' },
  'import-template-mismatch': { severity: 'warning', description: 'The language blocks of the metadata agree: the same number of authors, every affiliation marker pointing at an affiliation line.' },
} as const satisfies Record<string, RuleSpec>;
