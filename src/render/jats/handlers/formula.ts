// Formulas: the MathML made at load time (mml: prefix, as the JATS MathML 3
// module wants) beside the author's TeX, as JATS4R recommends, inside <alternatives>;
// MathML written in the source (no TeX) goes alone.
import type { DisplayFormula, InlineFormula } from '../../../model/types.js';
import { prefixedMathml } from '../../mathml.js';
import { escapeXml } from '../../xml-escape.js';
import type { JatsState } from '../state.js';

// A formula with MathML only (raw <math> in the source, from an import) has no alternatives.
const alternatives = (node: { tex?: string; mathml: string }) =>
  node.tex === undefined ? prefixedMathml(node.mathml) : `<alternatives>${prefixedMathml(node.mathml)}<tex-math>${escapeXml(node.tex)}</tex-math></alternatives>`;

export function renderInlineFormula(node: InlineFormula): string {
  return `<inline-formula>${alternatives(node)}</inline-formula>`;
}

export function renderDisplayFormula(node: DisplayFormula, state: JatsState): string {
  const id = state.ids.claim(node.id, 'disp-formula');
  const label = node.number !== undefined ? `<label>(${node.number})</label>` : '';
  return `<disp-formula id="${id}">${label}${alternatives(node)}</disp-formula>`;
}
