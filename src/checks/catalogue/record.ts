import type { RuleSpec } from './types.js';

/** Rules of the journal's record (docs/record.md): decisions that must never be lost or silently changed. */
export const recordRules = {
  'record-invalid': { severity: 'error', description: 'Every record file (record/articles/*.yaml, record/issues/*.yaml) is well-formed and holds the fields Galley writes.' },
  'record-doi-frozen': { severity: 'error', description: 'A DOI that was deposited with Crossref never changes: the source may not name another one.' },
  'record-issue-moved': { severity: 'error', description: 'An article published with a registered DOI stays in the issue it was published in.' },
  'record-doi-rederived': { severity: 'warning', description: 'A DOI recorded but not yet deposited follows its article to another issue, keeping its running number.' },
  'record-folios-changed': { severity: 'warning', description: 'Rebuilding an issue moved the folios the record holds for an article (a correction changed a page count before it).' },
  'record-missing': { severity: 'error', description: 'A command that acts on the record (a reservation, a correction) finds the article and its record.' },
  'deposit-excluded': { severity: 'error', description: 'An article marked `deposit: false` in its source is never sent to Crossref.' },
} as const satisfies Record<string, RuleSpec>;
