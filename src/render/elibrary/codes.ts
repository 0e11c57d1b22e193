// eLIBRARY's code lists as data: languages (its own three-letter codes, a mix of
// ISO 639-2/B and /T), article types (typeArticleType) from the source's JATS type.

/** ISO 639-1 (the source's `lang`) → eLIBRARY typeLang. */
export const elibraryLanguages: Record<string, string> = {
  en: 'ENG', ru: 'RUS', de: 'DEU', fr: 'FRE', es: 'ESP', it: 'ITA', uk: 'UKR', be: 'BEL', pl: 'POL',
  cs: 'CES', bg: 'BGR', sr: 'SRB', hr: 'HRV', sl: 'SLV', sk: 'SVK', zh: 'ZHO', ja: 'JPN', ko: 'KOR',
  ar: 'ARA', tr: 'TUR', fi: 'FIN', sv: 'SWE', no: 'NOR', da: 'DAN', nl: 'NLD', pt: 'PRT', ro: 'ROU',
  hu: 'HUN', et: 'EST', lv: 'LAV', lt: 'LIT', ka: 'GEO', hy: 'HYE', az: 'AZE', uz: 'UZB', tt: 'TAT',
  ba: 'BAK', el: 'ELL', he: 'HEB', la: 'LAT', mn: 'MON', fa: 'FAS', hi: 'HIN', vi: 'VIE', th: 'THA',
};

/** JATS article-type (the source's `type`) → eLIBRARY typeArticleType. */
export const elibraryArticleTypes: Record<string, string> = {
  'research-article': 'RAR',
  'review-article': 'REV',
  'brief-report': 'SCO',
  editorial: 'EDI',
  'book-review': 'BRV',
  letter: 'COR',
  'meeting-report': 'CNF',
  obituary: 'PER',
  reprint: 'RPR',
  abstract: 'ABS',
  report: 'REP',
  other: 'MIS',
  // eLIBRARY has no type for a correction or retraction notice.
  correction: 'MIS',
  retraction: 'MIS',
};
