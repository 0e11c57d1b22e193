// The one catalogue of rule ids. Each area keeps its rules in its own file;
// this index merges them so severities are decided in one place.
import type { RuleSpec } from './types.js';
import { sourceRules } from './source.js';
import { profileRules } from './profile.js';
import { buildRules } from './build.js';
import { issueRules } from './issue.js';
import { htmlRules } from './html.js';
import { pdfRules } from './pdf.js';
import { journalRules } from './journal.js';
import { crossrefRules } from './crossref.js';
import { referenceRules } from './references.js';
import { recordRules } from './record.js';
import { exportRules } from './exports.js';
import { tableRules } from './tables.js';
import { bodyRules } from './body.js';
import { matterRules } from './matter.js';
import { xrefRules } from './xref.js';
import { importRules } from './import.js';
import { importDocxRules } from './import-docx.js';
import { importTemplateRules } from './import-template.js';
import { importRefsRules } from './import-refs.js';
import { importJatsRules } from './import-jats.js';
import { importJatsBodyRules } from './import-jats-body.js';
import { svgFigureRules } from './svg-figures.js';

export const ruleCatalogue = {
  ...sourceRules,
  ...profileRules,
  ...buildRules,
  ...issueRules,
  ...htmlRules,
  ...pdfRules,
  ...journalRules,
  ...crossrefRules,
  ...referenceRules,
  ...recordRules,
  ...exportRules,
  ...tableRules,
  ...bodyRules,
  ...matterRules,
  ...xrefRules,
  ...importRules,
  ...importDocxRules,
  ...importTemplateRules,
  ...importRefsRules,
  ...importJatsRules,
  ...importJatsBodyRules,
  ...svgFigureRules,
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof ruleCatalogue;
export type { RuleSpec };
