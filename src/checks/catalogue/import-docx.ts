import type { RuleSpec } from './types.js';

/** Rules of the Word import (`galley import docx`). */
export const importDocxRules = {
  'import-docx-pending-changes': {
    severity: 'error',
    description: 'A Word manuscript is imported only once its pending tracked changes and comments are settled: the import lists them (author, date, text) and goes on only with --accept-changes or --reject-changes.',
  },
  'import-docx-embedded-object': {
    severity: 'warning',
    description: 'An embedded object (a MathType equation, a chart) cannot be read as text: it is kept as its preview image, to be replaced by a formula or a proper figure.',
  },
  'import-docx-image-format': {
    severity: 'warning',
    description: 'A picture is in a format the galleys show (PNG, JPEG, GIF, SVG); a Windows metafile or TIFF is copied as it is and must be converted.',
  },
  'import-docx-missing-metadata': {
    severity: 'warning',
    description: 'A manuscript gives its title (and the template its other metadata); what is missing is left for the editor, with a stand-in where the source format needs one.',
  },
  'import-docx-citation-field': {
    severity: 'warning',
    description: 'A Zotero or Mendeley citation field carries readable CSL-JSON; one that does not is kept as its printed text and reported.',
  },
} as const satisfies Record<string, RuleSpec>;
