import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { flattenNestedOperators } from '../../src/source/markdown/math.js';

const temml = createRequire(import.meta.url)('temml') as { renderToString(tex: string, o: object): string };
const render = (tex: string) => temml.renderToString(tex, { xml: true, throwOnError: true, strict: false });

describe('temml output the JATS DTD accepts', () => {
  it('temml itself nests <mo> for \\mathop{\\sum} (so the flattening is needed)', () => {
    expect(render('\\mathop{\\sum}')).toMatch(/<mo[^>]*><mo/);
  });

  it('one <mo> with the operator, the inner attributes and the outer spacing', () => {
    const out = flattenNestedOperators(render('\\underset{a}{\\mathop{\\sum} }'));
    expect(out).not.toMatch(/<mo[^>]*><mo/);
    expect(out).toContain('<munder><mo movablelimits="false" lspace="0.1667em" rspace="0.1667em">∑</mo><mi>a</mi></munder>');
  });

  it('leaves MathML without nested operators as it is', () => {
    const mathml = render('x^2 + \\sum_i y_i');
    expect(flattenNestedOperators(mathml)).toBe(mathml);
  });
});

describe('operators holding more than one element', () => {
  it('an <mrow> of what \\mathop{x_1 \\ldots} holds', () => {
    expect(flattenNestedOperators(render('\\mathop{x_1 \\ldots}'))).toBe(
      '<math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><msub><mi>x</mi><mn>1</mn></msub><mo>…</mo></mrow></math>',
    );
  });

  it('no <mo> holds an element in any formula of the SciELO LaTeX article (real input)', () => {
    for (const tex of ['\\underset{{{l}_{1}}\\ldots {{l}_{k}}}{\\mathop{\\sum} }', '\\overset{\\hat{\\ }}{\\mathop{q}}\\,t', '\\underset{i=1}{\\overset{N}{\\mathop{\\sum} }}\\,x', '\\mathop{ab}'])
      expect(flattenNestedOperators(render(tex))).not.toMatch(/<mo\b[^>]*>(?:(?!<\/mo>).)*<m/);
  });
});
