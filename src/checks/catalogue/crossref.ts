import type { RuleSpec } from './types.js';

/** Rules about Crossref deposits (the schema check itself is `crossref-schema`). */
export const crossrefRules = {
  'deposit-no-doi': { severity: 'error', description: 'A deposit registers at least one DOI (each article needs `doi` in its front matter).', url: 'https://www.crossref.org/documentation/register-maintain-records/' },
  'deposit-log-invalid': { severity: 'error', description: 'The deposit log is one JSON deposit record per line; without it DOIs and timestamps cannot be kept unique.' },
} as const satisfies Record<string, RuleSpec>;
