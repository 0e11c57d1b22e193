import type { RuleSpec } from './types.js';

/** Rules about the issue exports: eLIBRARY (RSCI), DOAJ, OJS Native XML (docs/exports.md). */
export const exportRules = {
  'export-field-dropped': { severity: 'info', description: 'A source field an export format cannot carry is named once per issue, so nobody expects to find it there.' },
  'export-schema-unset': { severity: 'warning', description: 'An export is validated against its schema before it is written; without a schema location in the profile it is written unchecked.' },
  'export-language': { severity: 'error', description: 'Every language of an export maps to a code the format knows (eLIBRARY three-letter codes, ISO 639-2/B for DOAJ, OJS locales).' },
  'elibrary-schema': { severity: 'error', description: 'The eLIBRARY issue file is valid against eLIBRARY\'s journal.xsd.' },
  'elibrary-article-required': { severity: 'error', description: 'Every eLIBRARY article has the elements eLIBRARY requires (pages, artType, langPubl, artTitles, text), which its XSD leaves unchecked.' },
  'elibrary-article-count': { severity: 'error', description: 'An eLIBRARY article has one pages, one artType and one langPubl element (the XSD allows any number).' },
  'elibrary-author-info': { severity: 'error', description: 'Every eLIBRARY author has one to three individInfo elements (the XSD does not count them).' },
  'elibrary-keyword-lang': { severity: 'error', description: 'An eLIBRARY keyword group names a real language, never ANY or UNK, as eLIBRARY requires.' },
  'doaj-schema': { severity: 'error', description: 'The DOAJ article file is valid against DOAJ\'s doajArticles.xsd 1.3.', url: 'https://doaj.org/docs/xml/' },
  'ojs-galley-missing': { severity: 'error', description: 'Every OJS submission carries its three galleys (PDF, HTML, JATS), embedded or linked.' },
  'ojs-author-email': { severity: 'warning', description: 'OJS Native XML requires an e-mail for every author; an author without one is written with an empty <email/>, which OJS may refuse on import.' },
  'ojs-schema': { severity: 'error', description: 'The OJS Native XML file is valid against the native.xsd of the profile\'s OJS version.' },
} as const satisfies Record<string, RuleSpec>;
