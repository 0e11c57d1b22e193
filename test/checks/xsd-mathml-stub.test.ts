// The MathML stub is only a shortcut: for a deposit with nothing in the MathML
// namespace it must give exactly the verdicts and messages of the full
// Crossref 5.4.0 schema; a deposit with MathML must get the full schema.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXsd } from '../../src/checks/xml-schema.js';
import { variantForXml } from '../../src/checks/xml/xsd.js';

const crossref = resolve(import.meta.dirname, '../../vendor/crossref-5.4.0');
const opts = { xsdFile: join(crossref, 'crossref5.4.0.xsd'), catalogFile: join(crossref, 'catalog.xml'), fileName: 'harris-2017.crossref.xml' };
const golden = readFileSync(resolve(import.meta.dirname, '../golden/crossref/harris-2017.crossref.xml'), 'utf8');

/** The golden deposit with one edit; the edit must apply. */
function edit(from: string | RegExp, to: string): string {
  const out = golden.replace(from, to);
  if (out === golden) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

const title = '<title>The Bolshevik Party Transformed';
const abstractP = '<jats:abstract xml:lang="en"><jats:p>In 1917, the Bolsheviks';

// Each breaks the deposit in a different part of the schema: Crossref's own
// elements, facets and attributes, the JATS abstract, foreign namespaces.
const broken: [string, string][] = [
  ['an unknown Crossref element', edit('<titles>', '<titlez>').replace('</titles>', '</titlez>')],
  ['a bogus jats: element in the abstract', edit(abstractP, `<jats:abstract xml:lang="en"><jats:p>In 1917, <jats:bogus>the</jats:bogus> Bolsheviks`)],
  ['a jats: block where only inline content may stand', edit(abstractP, '<jats:abstract xml:lang="en"><jats:p><jats:sec><jats:p>x</jats:p></jats:sec>In 1917, the Bolsheviks')],
  ['an unknown attribute on a jats: element', edit('<jats:abstract xml:lang="en"><jats:p>', '<jats:abstract xml:lang="en"><jats:p colour="red">')],
  ['a DOI written as a URL', edit('<doi>10.15826', '<doi>https://doi.org/10.15826')],
  ['a value outside an enumeration', edit('publication_type="full_text"', 'publication_type="whole_text"')],
  ['a year that is not a number', edit('<year>2017</year>', '<year>20x7</year>')],
  ['a missing required element', edit(/<doi_batch_id>[^<]*<\/doi_batch_id>\s*/, '')],
  ['an element of an unrelated namespace in a title', edit(title, '<title><x:b xmlns:x="urn:example">The</x:b> Bolshevik Party Transformed')],
  ['face markup out of place', edit('<surname>Harris</surname>', '<surname><i>Harris</i></surname>')],
  ['the MathML namespace declared but not used, with an error elsewhere', edit('<doi_batch ', '<doi_batch xmlns:mml="http://www.w3.org/1998/Math/MathML" ').replace('<titles>', '<titlez>').replace('</titles>', '</titlez>')],
];

describe('Crossref 5.4.0 with the MathML import stubbed, for deposits without MathML', () => {
  it('accepts the golden deposit with either schema', () => {
    expect(variantForXml(golden, opts.fileName)).toBe('mathml-stub');
    expect(validateXsd(golden, { ...opts, variant: 'mathml-stub' })).toEqual([]);
    expect(validateXsd(golden, { ...opts, variant: 'full' })).toEqual([]);
  });

  it.each(broken)('gives the same errors as the full schema: %s', (_name, xml) => {
    expect(variantForXml(xml, opts.fileName)).toBe('mathml-stub');
    const full = validateXsd(xml, { ...opts, variant: 'full' });
    expect(full.length).toBeGreaterThan(0);
    expect(full.some((e) => e.schemaMissing)).toBe(false);
    expect(validateXsd(xml, { ...opts, variant: 'mathml-stub' })).toEqual(full);
    // What a build does: the stub, chosen from the document.
    expect(validateXsd(xml, opts)).toEqual(full);
  });
});

describe('Crossref 5.4.0 for deposits with MathML', () => {
  const withMath = (math: string) => edit(title, `<title>${math} The Bolshevik Party Transformed`).replace('<doi_batch ', '<doi_batch xmlns:mml="http://www.w3.org/1998/Math/MathML" ');

  it('validates a bogus mml: child against the full MathML schema, which rejects it', () => {
    const xml = withMath('<mml:math><mml:bogus/></mml:math>');
    expect(variantForXml(xml, opts.fileName)).toBe('full');
    const errors = validateXsd(xml, opts);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("Element '{http://www.w3.org/1998/Math/MathML}bogus': This element is not expected");
    // At the line of the bogus element, wherever the deposit puts the title.
    expect(errors[0].line).toBe(xml.slice(0, xml.indexOf('<mml:bogus/>')).split('\n').length);
    expect(errors).toEqual(validateXsd(xml, { ...opts, variant: 'full' }));
    // The stub alone would have let it through: the choice matters.
    expect(validateXsd(xml, { ...opts, variant: 'mathml-stub' })).toEqual([]);
  });

  it('accepts well-formed MathML in a title', () => {
    const xml = withMath('<mml:math><mml:mi>x</mml:mi><mml:mo>=</mml:mo><mml:mn>2</mml:mn></mml:math>');
    expect(variantForXml(xml, opts.fileName)).toBe('full');
    expect(validateXsd(xml, opts)).toEqual([]);
  });

  it('takes a MathML attribute or an xsi:type as a reason for the full schema too', () => {
    const attribute = edit('<jats:abstract xml:lang="en"><jats:p>', '<jats:abstract xml:lang="en"><jats:p xmlns:m="http://www.w3.org/1998/Math/MathML" m:display="block">');
    expect(variantForXml(attribute, opts.fileName)).toBe('full');
    expect(variantForXml(edit('<titles>', '<titles xsi:type="titles_t">'), opts.fileName)).toBe('full');
  });
});
