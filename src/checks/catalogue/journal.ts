import type { RuleSpec } from './types.js';

const doiHandbook = 'https://www.doi.org/the-identifier/resources/handbook/2_numbering';
const crossrefDois = 'https://www.crossref.org/documentation/member-setup/constructing-your-dois/';

/** Journal rules: the article's DOI, UDC and citation blocks. */
export const journalRules = {
  'doi-syntax': { severity: 'error', description: 'The DOI is 10.<registrant>/<suffix> with no spaces and only the characters Crossref recommends (a-z A-Z 0-9 - . _ ; ( ) / :).', url: crossrefDois },
  'doi-url-form': { severity: 'error', description: 'The source keeps the bare DOI; outputs build https://doi.org/ links themselves.', url: doiHandbook },
  'doi-lookalike': { severity: 'error', description: 'A DOI holds no Cyrillic, Greek or other letters that only look like Latin ones (а с е о р х у і …).', url: crossrefDois },
  'doi-prefix': { severity: 'error', description: 'The DOI prefix is the journal\'s (doi.prefix in the profile).', url: doiHandbook },
  'doi-pattern': { severity: 'error', description: 'The DOI suffix follows the journal\'s pattern (doi.suffix-pattern) for the article\'s year, volume and issue.' },
  'doi-mismatch': { severity: 'error', description: 'Every output (JATS, HTML, Crossref, citation blocks, PDF metadata) carries the source DOI unchanged.' },
  'udc-syntax': { severity: 'error', description: 'The UDC notation is well formed: numbers, connectors (+ / : :: [ ]) and auxiliaries as the UDC Consortium defines them.', url: 'https://udcc.org/index.php/site/page?view=about_notation' },
  'udc-lookalike': { severity: 'error', description: 'A UDC notation holds no letters that only look like a digit or like a letter of the word\'s own script (94(47О) with a Cyrillic О, 929Cталин with a Latin C).' },
  'udc-missing': { severity: 'error', description: 'The article has a UDC notation when the journal requires one (udc.required in the profile).' },
  'citation-block-mismatch': { severity: 'error', description: 'A hand-written citation block in the source says exactly what the one generated from the metadata says.' },
  'citation-block-format': { severity: 'error', description: 'The profile\'s citation-block format is a valid template that uses only the known fields.' },
} as const satisfies Record<string, RuleSpec>;
