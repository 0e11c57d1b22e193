// JATS DTD validation in-process, cross-checked with xmllint on the same documents.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDiagnostics, validateJats } from '../../src/checks/xml-schema.js';

const sharedDtd = '/work/shared/schemas/jats-dtd-1.3/JATS-journalpublishing1-3-mathml3.dtd';
const doctype =
  '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD with MathML3 v1.3 20210610//EN" "https://jats.nlm.nih.gov/publishing/1.3/JATS-journalpublishing1-3-mathml3.dtd">';

const article = (body: string, prolog = doctype) => `<?xml version="1.0" encoding="UTF-8"?>
${prolog}
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" dtd-version="1.3" xml:lang="en">
  <front>
    <journal-meta>
      <journal-id journal-id-type="publisher-id">qr</journal-id>
      <issn pub-type="ppub">2311-911X</issn>
      <publisher><publisher-name>Ural Federal University</publisher-name></publisher>
    </journal-meta>
    <article-meta>
      <title-group><article-title>Партия &amp; власть</article-title></title-group>
    </article-meta>
  </front>
${body}
  <back><fn-group><fn id="fn1"><p>Note.</p></fn></fn-group></back>
</article>
`;

const validBody = '  <body><p>Text<xref ref-type="fn" rid="fn1">1</xref>.</p></body>';
const undeclaredBody = '  <body>\n    <p>Text <bogus/>.</p>\n  </body>';
const danglingBody = '  <body><p>Text<xref ref-type="fn" rid="fn9">9</xref>.</p></body>';

/** xmllint's verdict with the official DTD forced, as the schema README says. */
function xmllint(xml: string): { ok: boolean; lines: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'galley-xmllint-'));
  const file = join(dir, 'article.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', sharedDtd, file], { encoding: 'utf8' });
  const lines = [...run.stderr.matchAll(/article\.xml:(\d+):/g)].map((m) => Number(m[1]));
  return { ok: run.status === 0, lines };
}

const opts = { version: '1.3', fileName: 'article.jats.xml' };

describe('validateJats', () => {
  it('accepts a valid JATS 1.3 article, as xmllint does', () => {
    const xml = article(validBody);
    expect(validateJats(xml, opts)).toEqual([]);
    expect(xmllint(xml).ok).toBe(true);
  });

  it('rejects an undeclared element at the same line as xmllint', () => {
    const xml = article(undeclaredBody);
    const errors = validateJats(xml, opts);
    expect(errors.map((e) => e.message)).toContain('No declaration for element bogus');
    const bogus = errors.find((e) => e.message === 'No declaration for element bogus')!;
    expect(bogus.line).toBe(15);
    expect(bogus.column).toBe(13); // recovered from the line: `    <p>Text <bogus/>`
    const lint = xmllint(xml);
    expect(lint.ok).toBe(false);
    expect(lint.lines).toContain(15);
  });

  it('rejects a reference to an undefined id, as xmllint does', () => {
    const xml = article(danglingBody);
    expect(validateJats(xml, opts).map((e) => e.message)).toEqual(['IDREFS attribute rid references an unknown ID "fn9"']);
    expect(xmllint(xml).ok).toBe(false);
  });

  it('gives the same verdicts with the DTD folder of the profile (schemas.jats)', () => {
    const dtdDir = '/work/shared/schemas/jats-dtd-1.3';
    expect(validateJats(article(validBody), { ...opts, dtdDir })).toEqual([]);
    expect(validateJats(article(undeclaredBody), { ...opts, dtdDir }).length).toBeGreaterThan(0);
  });

  it('uses the profile version\'s Publishing DTD when there is no DOCTYPE', () => {
    expect(validateJats(article(validBody, ''), opts)).toEqual([]);
    expect(validateJats(article(undeclaredBody, ''), opts).map((e) => e.message)).toContain('No declaration for element bogus');
  });

  it('expands named entities of the DTD without touching the network', () => {
    const xml = article('  <body><p>A&mdash;B &alpha;</p></body>');
    expect(validateJats(xml, opts)).toEqual([]);
    expect(validateJats(xml.replace('<p>A', '<p><bogus/>A'), opts).map((e) => e.message)).toContain('No declaration for element bogus');
  });

  it('reports a DOCTYPE of another JATS version and validates against the DTD it names', () => {
    const old = doctype.replace('v1.3 20210610', 'v1.2 20190208');
    const errors = validateJats(article(validBody, old), opts);
    expect(errors[0]).toMatchObject({ line: 2, column: 1 });
    expect(errors[0].message).toMatch(/^Unexpected DOCTYPE public id .*v1\.2.*expected JATS 1\.3/);
    // the 1.2 DTD fixes dtd-version="1.2"
    expect(errors.some((e) => /dtd-version/.test(e.message))).toBe(true);
  });

  it('reports a document that is not well-formed with line and column', () => {
    const errors = validateJats('<?xml version="1.0"?>\n<article>\n  <p>open</article>', opts);
    expect(errors[0]).toMatchObject({ line: 3 });
    expect(errors[0].message).toMatch(/mismatch|Opening and ending tag/i);
  });

  it('reports a missing DTD folder as a missing schema, not as an exception', () => {
    const errors = validateJats(article(validBody), { ...opts, dtdDir: '/nonexistent/jats' });
    expect(errors).toHaveLength(1);
    expect(errors[0].schemaMissing).toBe(true);
    expect(errors[0].message).toContain('/nonexistent/jats');
  });
});

describe('schemaDiagnostics', () => {
  it('points into the output file with the rule id and catalogue severity', () => {
    const diagnostics = schemaDiagnostics('jats-schema', validateJats(article(undeclaredBody), opts), 'dist/harris-2017/harris-2017.jats.xml');
    const bogus = diagnostics.find((d) => d.message.includes('No declaration for element bogus'))!;
    expect(bogus).toMatchObject({
      rule: 'jats-schema',
      severity: 'error',
      position: { file: 'dist/harris-2017/harris-2017.jats.xml', line: 15, column: 13 },
    });
    expect(bogus.message).toMatch(/^Unexpected markup: .*expected a document valid against the official schema$/);
  });

  it('turns a missing schema into schema-missing', () => {
    const diagnostics = schemaDiagnostics('jats-schema', validateJats(article(validBody), { ...opts, dtdDir: '/nonexistent' }), 'out.xml');
    expect(diagnostics.map((d) => d.rule)).toEqual(['schema-missing']);
  });
});
