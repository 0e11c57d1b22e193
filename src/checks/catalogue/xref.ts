import type { RuleSpec } from './types.js';

/** Rules about labelled blocks and the cross-references that point at them (`@fig:name`). */
export const xrefRules = {
  'xref-unknown-label': { severity: 'error', description: 'Every cross-reference (`@fig:name`, `@sec:name` …) names a label some block of the article carries.' },
  'xref-duplicate-label': { severity: 'error', description: 'Each label (`{#fig:name}`) is given to one block only.' },
  'xref-label-kind': { severity: 'error', description: 'A label\'s prefix fits its block: `fig:` on a figure, `sec:` on a heading, `tbl:` on a table, `eq:` on a formula, `app:` on an appendix.' },
  'xref-label-missing': { severity: 'error', description: 'The journal\'s label tables give the words of a cross-reference ("Fig. {n}") in the article\'s language.' },
} as const satisfies Record<string, RuleSpec>;
