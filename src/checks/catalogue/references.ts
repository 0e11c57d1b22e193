import type { RuleSpec } from './types.js';

/** Rules about the bibliography, the reference lists and the in-text citations. */
export const referenceRules = {
  'reference-missing-translation': { severity: 'error', description: 'A work with a Cyrillic title has its English translation (custom.title-en) for the romanized list.' },
  'reference-missing-field': { severity: 'error', description: 'A work has what both reference styles print: a title, a year, and the journal or book it is part of.' },
  'reference-incomplete': { severity: 'warning', description: 'A book names its place and publisher, an article its pages, as the journal\'s lists print them.' },
  'reference-language-missing': { severity: 'warning', description: 'A work states its language, which chooses its locator terms (p./с.) and its place in the list.' },
  'reference-translit-override': { severity: 'info', description: 'A transliteration override (custom.translit) replaces the automatic romanization; the note shows both.' },
  'reference-translit-scheme': { severity: 'error', description: 'The profile names a transliteration scheme Galley knows (lc, bgn-pcgn, gost-7.79-b).' },
  'reference-archival-locator': { severity: 'error', description: 'A citation of an archive gives the file as fond, opis, delo and sheet (Ф. 17. Оп. 3. Д. 337. Л. 4).' },
  'reference-locale-missing': { severity: 'error', description: 'Every language the journal or the article uses has a CSL locale (the journal\'s templates or the CSL locales repository), so reference terms never fall back to English silently.' },
  'reference-style-schema': { severity: 'error', description: 'A CSL style of the journal\'s own templates is valid against the CSL 1.0.2 schema (CSL-M per-locale layouts allowed).' },
  'reference-style-invalid': { severity: 'error', description: 'A reference style and its companion data can be read and rendered by citeproc.' },
} as const satisfies Record<string, RuleSpec>;
