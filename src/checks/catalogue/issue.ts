import type { RuleSpec } from './types.js';

/** Rules about assembling a whole issue. */
export const issueRules = {
  'issue-file': { severity: 'error', description: 'The issue file is well-formed YAML with volume, number, year, date and sections.' },
  'issue-article-missing': { severity: 'error', description: 'Every article the issue lists has a source folder.' },
  'issue-article-duplicate': { severity: 'error', description: 'An article appears in an issue only once.' },
  'issue-article-failed': { severity: 'error', description: 'Every article of the issue passes its own checks.' },
  'issue-first-page': { severity: 'error', description: 'The issue knows its first page (given, or continued from the previous issue of the volume).' },
  'issue-doi-collision': { severity: 'error', description: 'No two articles share a DOI, and no registered DOI is given to another article.' },
  'issue-pages-differ': { severity: 'warning', description: 'An article source names pages that differ from those the issue assigns.' },
  'issue-page-overflow': { severity: 'error', description: 'A corrected article still fits the pages the built issue gave it.' },
} as const satisfies Record<string, RuleSpec>;
