import type { PrintProfile } from '../../../pdf/print-profile.js';
import { glyphCoverage } from './glyph-coverage.js';
import type { FigureFonts } from './svg-fonts.js';

/** The journal's fonts an SVG figure may use: the print fonts, `serif`/`sans-serif`, the profile's `figure-fonts` mapping. */
export function figureFonts(print: PrintProfile): FigureFonts {
  const mapping: Record<string, string> = {};
  for (const [name, family] of Object.entries(print.figureFonts)) mapping[name.trim().toLowerCase().replace(/\s+/g, ' ')] = family;
  const coverage = new Set([...glyphCoverage(print.fonts.heading), ...glyphCoverage(print.fonts.body)]);
  return { families: [print.fonts.body.family, print.fonts.heading.family], serif: print.fonts.body.family, sansSerif: print.fonts.heading.family, mapping, coverage };
}
