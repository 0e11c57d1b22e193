// Multi-file XSD validation with catalog-mapped URLs, on a small schema of our
// own and on the real Crossref 5.4.0 set, cross-checked with xmllint.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDiagnostics, validateXsd } from '../../src/checks/xml-schema.js';

// ------------------------------------------------ a two-file schema of our own

const dir = mkdtempSync(join(tmpdir(), 'galley-xsd-'));
mkdirSync(join(dir, 'local/units'), { recursive: true });
// The main schema imports a module by an absolute URL; that module includes a sibling by a relative name.
writeFileSync(
  join(dir, 'main.xsd'),
  `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:u="urn:units" targetNamespace="urn:main" xmlns="urn:main" elementFormDefault="qualified">
  <xs:import namespace="urn:units" schemaLocation="https://schemas.example.org/units/units.xsd"/>
  <xs:element name="book">
    <xs:complexType><xs:sequence>
      <xs:element name="title" type="xs:string"/>
      <xs:element ref="u:pages"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>`,
);
writeFileSync(
  join(dir, 'local/units/units.xsd'),
  `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:units" xmlns="urn:units" elementFormDefault="qualified">
  <xs:include schemaLocation="count.xsd"/>
  <xs:element name="pages" type="count"/>
</xs:schema>`,
);
writeFileSync(
  join(dir, 'local/units/count.xsd'),
  `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:units" xmlns="urn:units">
  <xs:simpleType name="count"><xs:restriction base="xs:positiveInteger"/></xs:simpleType>
</xs:schema>`,
);
writeFileSync(
  join(dir, 'catalog.xml'),
  `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <system systemId="https://schemas.example.org/units/units.xsd" uri="local/units/units.xsd"/>
</catalog>`,
);
const own = { xsdFile: join(dir, 'main.xsd'), catalogFile: join(dir, 'catalog.xml'), fileName: 'book.xml' };
const book = (pages: string) => `<book xmlns="urn:main" xmlns:u="urn:units">\n  <title>Т</title>\n  <u:pages>${pages}</u:pages>\n</book>\n`;

describe('validateXsd on a multi-file schema', () => {
  it('accepts a valid document, loading the imported URL and its relative include from disk', () => {
    expect(validateXsd(book('15'), own)).toEqual([]);
  });

  it('rejects a value the included type forbids, with its line and column', () => {
    const errors = validateXsd(book('-3'), own);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, column: 3 });
    expect(errors[0].message).toBe("Element '{urn:units}pages': '-3' is not a valid value of the atomic type '{urn:units}count'.");
  });

  it('refuses a URL no catalog maps and reports the schema as missing', () => {
    const errors = validateXsd(book('15'), { ...own, catalogFile: undefined });
    expect(errors).toHaveLength(1);
    expect(errors[0].schemaMissing).toBe(true);
    expect(errors[0].message).toContain('https://schemas.example.org/units/units.xsd');
  });

  it('reports a missing schema file as a missing schema', () => {
    const errors = validateXsd(book('15'), { ...own, xsdFile: join(dir, 'nope.xsd') });
    expect(errors).toMatchObject([{ schemaMissing: true }]);
    expect(schemaDiagnostics('crossref-schema', errors, 'out.xml')[0].rule).toBe('schema-missing');
  });
});

// ------------------------------------------------------------ Crossref 5.4.0

// The bundle the product ships (vendor/), the same bytes as ../shared/schemas/.
const crossref = resolve(import.meta.dirname, '../../vendor/crossref-5.4.0');
const crossrefOpts = { xsdFile: join(crossref, 'crossref5.4.0.xsd'), catalogFile: join(crossref, 'catalog.xml'), fileName: 'harris-2017.crossref.xml' };

const deposit = (titles: string) => `<?xml version="1.0" encoding="UTF-8"?>
<doi_batch xmlns="http://www.crossref.org/schema/5.4.0" xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1" version="5.4.0">
  <head>
    <doi_batch_id>qr-2017-3-245</doi_batch_id>
    <timestamp>20170901120000000</timestamp>
    <depositor><depositor_name>Ural Federal University</depositor_name><email_address>qr@urfu.ru</email_address></depositor>
    <registrant>Ural Federal University</registrant>
  </head>
  <body>
    <journal>
      <journal_metadata language="en"><full_title>Quaestio Rossica</full_title><issn media_type="print">2311-911X</issn></journal_metadata>
      <journal_article publication_type="full_text">
        ${titles}
        <contributors><person_name sequence="first" contributor_role="author"><given_name>James</given_name><surname>Harris</surname></person_name></contributors>
        <jats:abstract xml:lang="en"><jats:p>In 1917, the <jats:italic>Bolsheviks</jats:italic> promised…</jats:p></jats:abstract>
        <publication_date media_type="print"><year>2017</year></publication_date>
        <pages><first_page>693</first_page><last_page>707</last_page></pages>
        <doi_data><doi>10.15826/qr.2017.3.245</doi><resource>https://qrjournal.org/articles/10.15826/qr.2017.3.245</resource></doi_data>
      </journal_article>
    </journal>
  </body>
</doi_batch>
`;
const validDeposit = deposit('<titles><title>The Bolshevik Party Transformed</title></titles>');
const invalidDeposit = deposit('<titlez><title>The Bolshevik Party Transformed</title></titlez>');

function xmllint(xml: string): { ok: boolean; lines: number[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'galley-xmllint-')), 'deposit.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', crossrefOpts.xsdFile, file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: crossrefOpts.catalogFile },
  });
  return { ok: run.status === 0, lines: [...run.stderr.matchAll(/deposit\.xml:(\d+):/g)].map((m) => Number(m[1])) };
}

describe('validateXsd on the Crossref 5.4.0 schema', () => {
  it('accepts a valid deposit (with a jats:abstract), as xmllint does', () => {
    expect(validateXsd(validDeposit, crossrefOpts)).toEqual([]);
    expect(xmllint(validDeposit).ok).toBe(true);
  });

  it('rejects an unknown element at the same line as xmllint', () => {
    const errors = validateXsd(invalidDeposit, crossrefOpts);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("Element '{http://www.crossref.org/schema/5.4.0}titlez': This element is not expected");
    expect(errors[0]).toMatchObject({ line: 13, column: 9 });
    const lint = xmllint(invalidDeposit);
    expect(lint.ok).toBe(false);
    expect(lint.lines).toContain(13);
  });

  it('rejects a DOI written as a URL', () => {
    const errors = validateXsd(validDeposit.replace('<doi>10.15826', '<doi>https://doi.org/10.15826'), crossrefOpts);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].line).toBe(18);
  });
});
