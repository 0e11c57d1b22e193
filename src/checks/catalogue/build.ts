import type { RuleSpec } from './types.js';

/** Rules about the build as a whole. */
export const buildRules = {
  'doi-missing': { severity: 'error', description: 'Every galley carries the DOI: an article builds alone once it has one (in its source, or given by an issue build).' },
  'build-failed': { severity: 'error', description: 'A renderer failed unexpectedly; nothing was written for that article.' },
  'jats-schema': { severity: 'error', description: 'The JATS galley is valid against the official JATS Publishing DTD.', url: 'https://jats.nlm.nih.gov/publishing/tag-library/1.3/' },
  'crossref-schema': { severity: 'error', description: 'The Crossref deposit is valid against the official Crossref XSD.', url: 'https://www.crossref.org/documentation/schema-library/' },
} as const satisfies Record<string, RuleSpec>;
