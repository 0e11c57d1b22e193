import type { RuleSpec } from './types.js';

/** Rules about inline marks, formulas and block constructs of the body (docs/source-format.md). */
export const bodyRules = {
  'inline-mark-unclosed': { severity: 'warning', description: 'A `^` opens a superscript that never closes (`^2^`); write `\\^` for a caret.' },
  'inline-span-class': { severity: 'error', description: 'A `[text]{.class}` span names a class Galley knows: `.smallcaps` or `.underline`.' },
  'formula-tex': { severity: 'error', description: 'The TeX of a `$…$` or `$$…$$` formula must be readable by temml (LaTeX math mode).' },
  'formula-mathml': { severity: 'error', description: 'Raw MathML in the source (`<math>…</math>`, imported formulas without TeX) is one well-formed MathML 3 element in the MathML namespace.' },
  'formula-money': { severity: 'warning', description: '`$…$` with a space just inside a dollar or a digit after the closing one reads like money: it stays text (write `\\$`).' },
  'formula-label': { severity: 'error', description: 'A display formula is labelled `{#eq:name}` on the line after its closing `$$` (or after `$$…$$` on one line).' },
  'container-attribute': { severity: 'error', description: 'A `:::` container takes only `{#prefix:name}` as attribute (`app:` for appendices, `box:` for boxes, `fig:` for figure groups).' },
  'container-content': { severity: 'error', description: 'A container holds what it is for: lines in `:::verse`, figures in `:::figure-group`.' },
  'appendix-position': { severity: 'error', description: 'Appendices stand at the top level of the body, after the text (only footnote definitions may follow).' },
  'definition-list-syntax': { severity: 'error', description: 'A definition list item is a one-line term followed by `:   definition` lines (Pandoc).' },
} as const satisfies Record<string, RuleSpec>;
