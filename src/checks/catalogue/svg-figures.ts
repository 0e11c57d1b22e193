import type { RuleSpec } from './types.js';

/** Rules about SVG figures, which the print layout draws inside the page (src/render/print/svg/). */
export const svgFigureRules = {
  'svg-figure-unreadable': { severity: 'error', description: 'An SVG figure is a well-formed XML file with an <svg> root in the SVG namespace.' },
  'svg-figure-font': {
    severity: 'error',
    description: 'Text in an SVG figure names one of the journal\'s print fonts, a generic family (serif, sans-serif) or a family mapped under `print.figure-fonts`, so the printed figure does not depend on the fonts of the machine; other text is set in the journal\'s sans.',
  },
  'svg-figure-unsafe': {
    severity: 'error',
    description: 'An SVG figure holds drawing only: no scripts or event handlers, no animations, no HTML (foreignObject), no style-sheet imports, and no reference outside the file except embedded PNG/JPEG images.',
  },
} as const satisfies Record<string, RuleSpec>;
