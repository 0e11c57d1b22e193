// The MathML 3 schema is most of the compile time of the Crossref XSD (it comes
// in through JATS): ~1.6 s of ~1.7 s. A document with nothing in the MathML
// namespace never reaches a MathML declaration, so for it the import may be
// served by a stub that declares only `math` (what JATS and Crossref refer to)
// with lax content: the verdict and every message stay the same
// (test/checks/xsd-mathml-stub.test.ts). A document with MathML needs the full schema.
import { readFileSync } from 'node:fs';
import type { XmlDocument } from '../../util/libxml2.js';

export const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** Which schema a document is validated against: the full one, or the one with MathML stubbed. */
export type XsdVariant = 'full' | 'mathml-stub';

export const mathmlStub = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<!-- Galley's stand-in for the MathML 3 schema, used only for documents with no MathML (see mathml-stub.ts). -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${MATHML_NS}" elementFormDefault="qualified">
  <xs:element name="math">
    <xs:complexType mixed="true">
      <xs:sequence><xs:any minOccurs="0" maxOccurs="unbounded" processContents="lax"/></xs:sequence>
      <xs:anyAttribute processContents="lax"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
`);

/**
 * Whether the stub may stand in for the full schema for this document: no
 * element or attribute in the MathML namespace, and no xsi:type (which could
 * name a MathML type; deposits never use it).
 */
export function schemaVariantFor(doc: XmlDocument): XsdVariant {
  const found = doc.eval(`boolean(//*[namespace-uri() = '${MATHML_NS}'] | //@*[namespace-uri() = '${MATHML_NS}'] | //@xsi:type)`, {
    xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  });
  return found === false ? 'mathml-stub' : 'full';
}

const targetNamespaces = new Map<string, string | undefined>();

/** The targetNamespace of a schema file, read from its root element's start tag (cached per process). */
function targetNamespaceOf(path: string): string | undefined {
  if (targetNamespaces.has(path)) return targetNamespaces.get(path);
  let ns: string | undefined;
  try {
    const head = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const start = /<(?:[\w.-]+:)?schema\b[^>]*>/.exec(head)?.[0];
    ns = start ? /\stargetNamespace\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(start)?.slice(1).find((v) => v !== undefined) : undefined;
  } catch {
    ns = undefined;
  }
  targetNamespaces.set(path, ns);
  return ns;
}

/**
 * The stub in place of any schema file of the MathML namespace, whatever URL or
 * relative path imports it (the Crossref files use the W3C URL, the JATS ones
 * a relative path). Only XSD files are considered.
 */
export function stubMathml(path: string): Uint8Array | undefined {
  return path.endsWith('.xsd') && targetNamespaceOf(path) === MATHML_NS ? mathmlStub : undefined;
}
