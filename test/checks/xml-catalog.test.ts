// OASIS catalogs as Galley reads them (src/checks/xml/catalog.ts): every entry
// kind it honours, xml:base, chaining, and a broken catalog as a schema problem.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXmlCatalog, resolveInCatalog } from '../../src/checks/xml/catalog.js';
import { SchemaUnavailableError } from '../../src/checks/xml/schema-unavailable.js';
import { schemaDiagnostics, validateXsd } from '../../src/checks/xml-schema.js';

const ns = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-catalog-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('reading an XML catalog', () => {
  it('maps public ids, system ids, URIs and rewritten prefixes to local files', () => {
    const dir = folder({
      'catalog.xml': `<?xml version="1.0"?>
<catalog xmlns="${ns}" prefer="public">
  <public publicId="-//X//DTD A//EN" uri="dtd/a.dtd"/>
  <system systemId="http://example.org/a.dtd" uri="dtd/a.dtd"/>
  <uri name="http://example.org/schemas/s.xsd" uri="xsd/s.xsd"/>
  <rewriteSystem systemIdStartString="http://example.org/mods/" rewritePrefix="mods"/>
  <rewriteURI uriStartString="http://example.org/mods/deep/" rewritePrefix="deep/"/>
  <!-- a comment between entries -->
  <other name="ignored"/>
</catalog>`,
    });
    const catalog = readXmlCatalog(join(dir, 'catalog.xml'));
    expect(catalog.publicIds.get('-//X//DTD A//EN')).toBe(join(dir, 'dtd/a.dtd'));
    expect(resolveInCatalog(catalog, 'http://example.org/a.dtd')).toBe(join(dir, 'dtd/a.dtd'));
    expect(resolveInCatalog(catalog, 'http://example.org/schemas/s.xsd')).toBe(join(dir, 'xsd/s.xsd'));
    // The longest prefix wins.
    expect(resolveInCatalog(catalog, 'http://example.org/mods/deep/x.ent')).toBe(join(dir, 'deep/x.ent'));
    expect(resolveInCatalog(catalog, 'http://example.org/mods/y.ent')).toBe(join(dir, 'mods/y.ent'));
    // A schema fetched from a URL resolves its relative includes against that URL's folder.
    expect(resolveInCatalog(catalog, 'http://example.org/schemas/s-common.xsd')).toBe(join(dir, 'xsd/s-common.xsd'));
    expect(resolveInCatalog(catalog, 'http://elsewhere.org/a.dtd')).toBeUndefined();
  });

  it('honours xml:base on groups, and the first entry for a key', () => {
    const dir = folder({
      'catalog.xml': `<catalog xmlns="${ns}">
  <group xml:base="sub/">
    <system systemId="http://example.org/a.dtd" uri="a.dtd"/>
  </group>
  <system systemId="http://example.org/a.dtd" uri="other/a.dtd"/>
  <system systemId="http://example.org/b.dtd" uri="b.dtd"/>
</catalog>`,
    });
    const catalog = readXmlCatalog(join(dir, 'catalog.xml'));
    expect(resolveInCatalog(catalog, 'http://example.org/a.dtd')).toBe(join(dir, 'sub/a.dtd'));
    expect(resolveInCatalog(catalog, 'http://example.org/b.dtd')).toBe(join(dir, 'b.dtd'));
  });

  it('consults a chained catalog after every entry of its own, and reads a loop once', () => {
    const dir = folder({
      'catalog.xml': `<catalog xmlns="${ns}">
  <nextCatalog catalog="more/catalog.xml"/>
  <system systemId="http://example.org/a.dtd" uri="mine/a.dtd"/>
</catalog>`,
      'more/catalog.xml': `<catalog xmlns="${ns}">
  <system systemId="http://example.org/a.dtd" uri="theirs/a.dtd"/>
  <system systemId="http://example.org/c.dtd" uri="c.dtd"/>
  <nextCatalog catalog="../catalog.xml"/>
</catalog>`,
    });
    const catalog = readXmlCatalog(join(dir, 'catalog.xml'));
    expect(resolveInCatalog(catalog, 'http://example.org/a.dtd')).toBe(join(dir, 'mine/a.dtd'));
    expect(resolveInCatalog(catalog, 'http://example.org/c.dtd')).toBe(join(dir, 'more/c.dtd'));
  });

  it('reads the catalogs Galley ships with', () => {
    const crossref = readXmlCatalog(resolve(import.meta.dirname, '../../vendor/crossref-5.4.0/catalog.xml'));
    expect(resolveInCatalog(crossref, 'http://www.w3.org/Math/XMLSchema/mathml3/mathml3.xsd')).toMatch(/vendor\/crossref-5\.4\.0\/standard-modules\/mathml3\/mathml3\.xsd$/);
    expect(resolveInCatalog(crossref, 'http://www.w3.org/Math/XMLSchema/mathml3/mathml3-common.xsd')).toMatch(/standard-modules\/mathml3\/mathml3-common\.xsd$/);
  });

  it('refuses a catalog that is not well-formed, or not a catalog, naming the file', () => {
    const dir = folder({ 'broken.xml': `<catalog xmlns="${ns}"><system systemId="x" uri="y">\n</catalog>`, 'other.xml': '<schema/>' });
    expect(() => readXmlCatalog(join(dir, 'broken.xml'))).toThrow(SchemaUnavailableError);
    expect(() => readXmlCatalog(join(dir, 'broken.xml'))).toThrow(/broken\.xml \(not a well-formed catalog: line 2: .*system/);
    expect(() => readXmlCatalog(join(dir, 'other.xml'))).toThrow(/other\.xml \(root element <schema>, not an OASIS <catalog>/);
  });

  it('makes a deposit checked against a schema with a broken catalog a schema-missing diagnostic', () => {
    const dir = folder({ 'catalog.xml': `<catalog xmlns="${ns}"><uri name="x" uri="y">` });
    const errors = validateXsd('<doi_batch/>', { xsdFile: resolve(import.meta.dirname, '../../vendor/crossref-5.4.0/crossref5.4.0.xsd'), catalogFile: join(dir, 'catalog.xml'), fileName: 'd.xml' });
    expect(errors).toMatchObject([{ schemaMissing: true }]);
    const [diagnostic] = schemaDiagnostics('crossref-schema', errors, 'dist/a/a.crossref.xml');
    expect(diagnostic.rule).toBe('schema-missing');
    expect(diagnostic.message).toContain(`${join(dir, 'catalog.xml')} (not a well-formed catalog: line 1:`);
  });
});
