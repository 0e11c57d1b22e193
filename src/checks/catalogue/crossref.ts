import type { RuleSpec } from './types.js';

/** Rules about Crossref deposits (the schema check itself is `crossref-schema`). */
export const crossrefRules = {
  'deposit-no-doi': { severity: 'error', description: 'A deposit registers at least one DOI (each article needs `doi` in its front matter).', url: 'https://www.crossref.org/documentation/register-maintain-records/' },
  'deposit-endpoint-insecure': { severity: 'error', description: 'Credentials go to an https:// deposit or results URL only; plain http:// only on loopback (127.0.0.0/8, ::1, localhost).' },
  'deposit-kind-mismatch': { severity: 'error', description: 'A metadata deposit is a doi_batch of the Crossref schema; a resource-only deposit (`--resources`) one of the doi_resources schema.', url: 'https://www.crossref.org/documentation/schema-library/resource-only-deposit-schema/' },
  'deposit-resources-empty': { severity: 'error', description: 'A resource-only deposit adds something: references or full-text links (collections) for at least one DOI.', url: 'https://www.crossref.org/documentation/schema-library/resource-only-deposit-schema/' },
  'deposit-log-invalid': { severity: 'error', description: 'The deposit log is one JSON deposit record per line; without it DOIs and timestamps cannot be kept unique.' },
} as const satisfies Record<string, RuleSpec>;
