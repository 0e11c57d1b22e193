import type { RuleSpec } from './types.js';

/** Rules about Crossref deposits (the schema check itself is `crossref-schema`). */
export const crossrefRules = {
  'deposit-no-doi': { severity: 'error', description: 'A deposit registers at least one DOI (each article needs `doi` in its front matter).', url: 'https://www.crossref.org/documentation/register-maintain-records/' },
} as const satisfies Record<string, RuleSpec>;
