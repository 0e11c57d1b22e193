// MathML as the XML galleys carry it. The loader stores temml's MathML with the
// default namespace (what HTML wants); JATS (its DTD's MathML 3 module) and
// Crossref expect the `mml:` prefix. The namespace is declared on each <math>,
// so the document templates need not know whether an article holds a formula.
import { MATHML_NS } from '../checks/xml/mathml-stub.js';

const tag = /<(\/?)([A-Za-z][\w.-]*)/g;

/** `<math xmlns="…MathML">…` → `<mml:math xmlns:mml="…MathML">…` (every element prefixed). */
export function prefixedMathml(mathml: string, prefix = 'mml'): string {
  const body = mathml.replace(/\s+xmlns="[^"]*"/g, '').replace(tag, (_, slash: string, name: string) => `<${slash}${prefix}:${name}`);
  return body.replace(new RegExp(`^<${prefix}:math\\b`), `<${prefix}:math xmlns:${prefix}="${MATHML_NS}"`);
}
