// The 14 CRediT contributor roles (ANSI/NISO Z39.104-2022) as data: the source
// key, the term as JATS4R checks it (credit-roles.xml) and the term's URI.
import type { CreditRole } from '../types.js';
import { editDistance } from '../../util/suggest.js';

export const creditVocabulary = 'https://credit.niso.org/';

const terms: [key: string, name: string][] = [
  ['conceptualization', 'Conceptualization'],
  ['data-curation', 'Data curation'],
  ['formal-analysis', 'Formal Analysis'],
  ['funding-acquisition', 'Funding acquisition'],
  ['investigation', 'Investigation'],
  ['methodology', 'Methodology'],
  ['project-administration', 'Project administration'],
  ['resources', 'Resources'],
  ['software', 'Software'],
  ['supervision', 'Supervision'],
  ['validation', 'Validation'],
  ['visualization', 'Visualization'],
  ['writing-original-draft', 'Writing – original draft'],
  ['writing-review-editing', 'Writing – review & editing'],
];

export const creditRoles: ReadonlyMap<string, CreditRole> = new Map(
  terms.map(([term, name]) => [term, { term, name, uri: `${creditVocabulary}contributor-roles/${term}/` }]),
);

/** `Writing – Original Draft`, `writing_original_draft`, `formal analysis` → the source key. */
export function normaliseCreditTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The closest known term (edit distance at most 3), for "did you mean". */
export function nearestCreditTerm(key: string): string | undefined {
  let best: { term: string; distance: number } | undefined;
  for (const term of creditRoles.keys()) {
    const distance = editDistance(key, term);
    if (distance <= 3 && (!best || distance < best.distance)) best = { term, distance };
  }
  // A prefix (`writing`, `data`) is a likely short form too.
  return best?.term ?? [...creditRoles.keys()].find((t) => key.length >= 4 && t.startsWith(key));
}

