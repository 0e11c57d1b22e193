// Resource-only deposits: references and full-text links added to existing
// DOIs (doDOICitUpload, doi_resources 5.4.0), from a file or from articles.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { depositVerb } from '../../src/cli/deposit.js';
import { readDepositLog } from '../../src/deposit/log.js';
import { resourceDois, resourcesBatch, validateResourcesXml } from '../../src/deposit/resources.js';
import { repoRoot } from '../render/crossref/profile.js';
import { startFakeServlet, type FakeServlet } from './fake-servlet.js';
import { fixtureXml, login, password, recordingIO, workspace, type Workspace } from './setup.js';

const ns = 'http://www.crossref.org/doi_resources_schema/5.4.0';
const links = (doi: string) => `<collection property="crawler-based">
        <item crawler="iParadigms"><resource>https://qrjournal.org/articles/${doi}/harris-2017.pdf</resource></item>
      </collection>
      <collection property="text-mining">
        <item><resource mime_type="application/pdf">https://qrjournal.org/articles/${doi}/harris-2017.pdf</resource></item>
        <item><resource mime_type="application/xml">https://qrjournal.org/articles/${doi}/harris-2017.jats.xml</resource></item>
      </collection>`;

/** A hand-written resource deposit: references for one DOI, full-text links for another. */
const resourcesFile = (collection = 'crawler-based') => `<?xml version="1.0" encoding="UTF-8"?>
<doi_batch version="5.4.0" xmlns="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ns} https://www.crossref.org/schemas/doi_resources5.4.0.xsd">
  <head>
    <doi_batch_id>provisional</doi_batch_id>
    <depositor><depositor_name>Ural Federal University</depositor_name><email_address>qr@urfu.ru</email_address></depositor>
  </head>
  <body>
    <doi_citations>
      <doi>10.15826/qr.2017.3.245</doi>
      <citation_list>
        <citation key="carr1979"><journal_title>Slavic Review</journal_title><cYear>1979</cYear><unstructured_citation>Carr, E. H. (1979).</unstructured_citation></citation>
      </citation_list>
    </doi_citations>
    <doi_resources>
      <doi>10.15826/qr.2017.3.246</doi>
      <collection property="${collection}">
        <item crawler="iParadigms"><resource>https://qrjournal.org/articles/10.15826/qr.2017.3.246/x.pdf</resource></item>
      </collection>
    </doi_resources>
  </body>
</doi_batch>
`;

let servlet: FakeServlet;
let ws: Workspace;
beforeEach(async () => {
  servlet = await startFakeServlet();
  ws = workspace();
});
afterEach(() => servlet.close());

const now = () => new Date('2026-03-04T05:06:07.089Z');
async function run(args: string[]) {
  const io = recordingIO(ws.dir);
  const code = await depositVerb({ now, sleep: async () => {}, random: () => 0.5 })([...args, '--profile', ws.profileFile], io);
  return { code, out: io.out.join(''), err: io.err.join(''), log: readDepositLog(ws.logFile) };
}
const write = (name: string, text: string) => {
  const file = join(ws.dir, name);
  writeFileSync(file, text);
  return file;
};

describe('galley deposit --resources --file', () => {
  it('sends a doi_resources batch with doDOICitUpload, its batch id stamped, validated against doi_resources5.4.0.xsd', async () => {
    const { code, out, log } = await run(['--resources', '--file', write('resources.xml', resourcesFile()), '--endpoint', servlet.depositUrl]);
    expect(code).toBe(0);
    expect(servlet.deposits).toHaveLength(1);
    const received = servlet.deposits[0];
    expect(received.fields).toEqual({ operation: 'doDOICitUpload', login_id: login, login_passwd: password });
    const sent = received.file!.content;
    expect(sent).toContain('<doi_batch_id>qr.2017.3.245-n2-r20260304050607089</doi_batch_id>');
    expect(sent).not.toContain('<timestamp>');
    expect(validateResourcesXml(sent, ws.profile, 'sent.xml')).toEqual([]);
    expect(log.at(-1)).toMatchObject({ kind: 'resources', status: 'submitted', dois: ['10.15826/qr.2017.3.245', '10.15826/qr.2017.3.246'], file: 'qr.2017.3.245-n2-r20260304050607089.xml' });
    expect(readFileSync(join(ws.archiveDir, log.at(-1)!.file), 'utf8')).toBe(sent);
    expect(out).toContain('submitted: SUCCESS');
  });

  it('refuses a file that fails the doi_resources schema, sending and logging nothing', async () => {
    const { code, err } = await run(['--resources', '--file', write('bad.xml', resourcesFile('full-text')), '--endpoint', servlet.depositUrl]);
    expect(code).toBe(1);
    expect(err).toContain('crossref-schema');
    expect(err).toMatch(/collection.*property.*full-text/);
    expect(servlet.deposits).toHaveLength(0);
    expect(readDepositLog(ws.logFile)).toEqual([]);
  });

  it('tells a metadata file from a resource file', async () => {
    const metadata = await run(['--resources', '--file', write('metadata.xml', fixtureXml(ws.profile)), '--endpoint', servlet.depositUrl]);
    expect(metadata.code).toBe(1);
    expect(metadata.err).toContain('deposit-kind-mismatch');
    expect(metadata.err).toContain('Unexpected doi_batch of the Crossref metadata schema, expected a doi_batch of the doi_resources schema (--resources)');
    const resources = await run(['--file', write('resources.xml', resourcesFile()), '--endpoint', servlet.depositUrl]);
    expect(resources.code).toBe(1);
    expect(resources.err).toContain('Unexpected doi_batch of the doi_resources schema, expected a doi_batch of the Crossref metadata schema (without --resources)');
    expect(servlet.deposits).toHaveLength(0);
  });

  it('refuses a resource deposit that adds nothing', async () => {
    const empty = resourcesFile().replace(/<body>[\s\S]*<\/body>/, '<body/>');
    const { code, err } = await run(['--resources', '--file', write('empty.xml', empty), '--endpoint', servlet.depositUrl]);
    expect(code).toBe(1);
    expect(err).toContain('deposit-resources-empty');
    expect(servlet.deposits).toHaveLength(0);
  });
});

describe('resource deposits from the Crossref record', () => {
  it('takes each article’s citation_list and the collections of its doi_data, valid against doi_resources 5.4.0', () => {
    const doi = '10.15826/qr.2017.3.245';
    // The record itself carries the full-text collections (crawler-based, text-mining).
    const metadata = fixtureXml(ws.profile);
    expect(metadata).toContain('<collection property="text-mining">');
    const xml = resourcesBatch(metadata, 'qr.2017.3.245-r1')!;
    expect(validateResourcesXml(xml, ws.profile, 'resources.xml')).toEqual([]);
    expect(resourceDois(xml)).toEqual([doi]);
    expect(xml).toContain(`<doi_citations>\n      <doi>${doi}</doi>\n      <citation_list>`);
    expect(xml.match(/<doi_resources>/g)).toHaveLength(2);
    expect(xml).toContain('<collection property="crawler-based">');
    expect(xml).toContain('<resource mime_type="application/xml">https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.jats.xml</resource>');
    // Every reference of the record, none lost on the way.
    const citations = (text: string) => text.match(/<citation key="[^"]+"/g);
    expect(citations(xml)?.length).toBeGreaterThan(0);
    expect(citations(xml)).toEqual(citations(metadata));
  });

  it('galley deposit --resources <article-dir> sends the sample article’s references', async () => {
    const article = join(repoRoot, 'article/harris-2017');
    const dry = await run(['--resources', '--dry-run', article]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`<doi_batch version="5.4.0" xmlns="${ns}"`);
    expect(dry.out).toContain('<doi>10.15826/qr.2017.3.245</doi>');
    const { code, log } = await run(['--resources', article, '--endpoint', servlet.depositUrl]);
    expect(code).toBe(0);
    expect(servlet.deposits[0].fields.operation).toBe('doDOICitUpload');
    const sent = servlet.deposits[0].file!.content;
    expect(sent).toMatch(/<doi_citations>\s*<doi>10\.15826\/qr\.2017\.3\.245<\/doi>\s*<citation_list>/);
    expect(validateResourcesXml(sent, ws.profile, 'sent.xml')).toEqual([]);
    expect(log.at(-1)).toMatchObject({ kind: 'resources', dois: ['10.15826/qr.2017.3.245'] });
  });
});
