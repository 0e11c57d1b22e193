import type { RuleSpec } from './types.js';

/** Rules about the print layout and the PDF galley. */
export const pdfRules = {
  'print-profile-invalid': { severity: 'error', description: 'The profile\'s `print:` section (page geometry, type, fonts, running heads) is complete and well-typed.' },
  'pdf-browser-missing': { severity: 'error', description: 'A Chromium executable is available to lay out the print PDF.' },
  'pdf-browser-crash': { severity: 'error', description: 'The browser laying out the PDF kept running (it is restarted once before this is reported).' },
  'pdf-layout-timeout': { severity: 'error', description: 'paged.js finished laying out the article within the configured time.' },
  'pdf-layout-failed': { severity: 'error', description: 'paged.js laid out the article without a script error.' },
  'pdf-network-blocked': { severity: 'warning', description: 'The print page asked for a network resource; every request outside the article, fonts and paged.js is blocked.' },
  'pdf-image-missing': { severity: 'error', description: 'Every figure image loaded into the print layout.' },
  'pdf-page-count': { severity: 'error', description: 'The PDF\'s page count agrees with the first and last page given in the source.' },
  'pdf-footnote-page': { severity: 'warning', description: 'A footnote\'s text sits on the same page as its call.' },
  'pdf-text-lost': { severity: 'error', description: 'All text of the article is on the pages: none left outside a text block, where the PDF would not show it.' },
} as const satisfies Record<string, RuleSpec>;
