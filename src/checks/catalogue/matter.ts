import type { RuleSpec } from './types.js';

/** Rules about the front and back matter: roles, funding, statements, related works, supplementary files. */
export const matterRules = {
  'meta-credit-role': { severity: 'error', description: 'An author\'s roles are terms of the CRediT taxonomy (https://credit.niso.org/).', url: 'https://credit.niso.org/' },
  'meta-funder-id': { severity: 'error', description: 'A funder is identified by its Open Funder Registry DOI (10.13039/…) or its ROR URL.', url: 'https://www.crossref.org/services/funder-registry/' },
  'meta-related-article': { severity: 'error', description: 'A correction names the article it corrects by DOI; a book review names the book it reviews.' },
  'meta-reviewed-book-id': { severity: 'warning', description: 'A reviewed book has an ISBN or a DOI, so the Crossref deposit can relate the review to it (isReviewOf).' },
  'meta-statement-language': { severity: 'error', description: 'A statement (funding, acknowledgements, COI, data availability) is given in the languages the journal requires for it.' },
  'supplementary-missing-file': { severity: 'error', description: 'Every supplementary file the source lists exists in the article folder.' },
} as const satisfies Record<string, RuleSpec>;
