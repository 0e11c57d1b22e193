// The sample issue built for real with the three exports on (Chromium, paged.js,
// pdf-lib, every schema): the exports are written with the rest of the issue,
// listed in its manifest, and OJS carries the PDF the build laid out.
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { XmlElement } from 'libxml2-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, type IssueBuildResult } from '../../src/issue/build-issue.js';
import { withXml, xmllintExport } from '../helpers/export-xml.js';

const repo = resolve(import.meta.dirname, '../..');
const vendor = resolve(repo, 'vendor');
const ns = { pkp: 'http://pkp.sfu.ca' };

function workspace(exportsYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-issue-exports-'));
  cpSync(join(repo, 'article'), join(dir, 'article'), { recursive: true });
  cpSync(join(repo, 'issues'), join(dir, 'issues'), { recursive: true });
  cpSync(join(repo, 'record'), join(dir, 'record'), { recursive: true });
  const profile = readFileSync(join(repo, 'journal.yaml'), 'utf8')
    .replace(/^templates: .*$/m, `templates: ${join(repo, 'templates')}`)
    .replace(/^  crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${vendor}/crossref-{version}\n  elibrary: ${vendor}/elibrary-rsci-journal\n  doaj: ${vendor}/doaj-articles-1.3\n  ojs: ${vendor}/ojs-native-{version}`);
  writeFileSync(join(dir, 'journal.yaml'), `${profile}\n${exportsYaml}`);
  return dir;
}

describe('galley issue build with exports: [elibrary, doaj, ojs]', () => {
  let dir: string;
  let result: IssueBuildResult;
  let seconds: number;
  const issueDir = () => join(dir, 'dist/issues/2017-5-3');

  beforeAll(async () => {
    // titleid 99999 is a test value, not Quaestio Rossica's eLIBRARY id.
    dir = workspace('exports: [elibrary, doaj, ojs]\nelibrary: { titleid: 99999 }\nojs: { version: "3.4" }\n');
    const start = performance.now();
    result = await buildIssue(join(dir, 'issues/2017-5-3.yaml'), { profileFile: join(dir, 'journal.yaml'), distDir: join(dir, 'dist'), depositsDir: join(dir, 'deposits') });
    seconds = (performance.now() - start) / 1000;
  }, 300_000);

  it('writes the three exports with the issue, each in the manifest with its checksum', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').filter((d) => d.rule !== 'figure-placeholder' && d.rule !== 'ojs-author-email' && d.rule !== 'text-straight-quote')).toEqual([]);
    expect(result.ok).toBe(true);
    const names = ['2017-5-3.elibrary.xml', '2017-5-3.doaj.xml', '2017-5-3.ojs.xml'];
    for (const name of names) {
      expect(existsSync(join(issueDir(), name))).toBe(true);
      expect(result.manifest!.outputs.find((o) => o.path === name)?.bytes).toBe(statSync(join(issueDir(), name)).size);
    }
    const sizes = names.map((n) => `${n} ${statSync(join(issueDir(), n)).size} B`).join(', ');
    console.log(`issue build with exports: ${seconds.toFixed(1)} s; ${sizes}`);
  });

  it('eLIBRARY names the PDF the build wrote, at the folios the record holds', () => {
    const xml = readFileSync(join(issueDir(), '2017-5-3.elibrary.xml'), 'utf8');
    expect(xmllintExport(xml, 'elibrary-rsci-journal', 'journal.xsd').status).toBe(0);
    withXml(xml, (doc) => {
      const files = (doc.find('//article/files/file') as XmlElement[]).map((f) => f.content);
      expect(files).toHaveLength(4);
      for (const f of files) expect(existsSync(join(issueDir(), f))).toBe(true);
      expect(doc.get('/journal/issue/pages')!.content).toBe(`${result.manifest!.firstPage}-${result.manifest!.lastPage}`);
    });
  });

  it('OJS embeds each article’s PDF, HTML and JATS as the build wrote them', () => {
    const xml = readFileSync(join(issueDir(), '2017-5-3.ojs.xml'), 'utf8');
    expect(xmllintExport(xml, 'ojs-native-3.4.0-10', 'plugins/importexport/native/native.xsd').status).toBe(0);
    withXml(xml, (doc) => {
      const articles = doc.find('//pkp:articles/pkp:article', ns) as XmlElement[];
      expect(articles).toHaveLength(4);
      for (const [i, a] of articles.entries()) {
        const id = result.manifest!.articles[i].id;
        expect(a.find('pkp:publication/pkp:article_galley/pkp:submission_file_ref', ns)).toHaveLength(3);
        const pdf = a.get(`pkp:submission_file[pkp:name="${id}.pdf"]/pkp:file/pkp:embed`, ns)!.content;
        expect(Buffer.from(pdf, 'base64').equals(readFileSync(join(issueDir(), id, `${id}.pdf`)))).toBe(true);
        const jats = a.get(`pkp:submission_file[pkp:name="${id}.jats.xml"]/pkp:file/pkp:embed`, ns)!.content;
        expect(Buffer.from(jats, 'base64').toString('utf8')).toBe(readFileSync(join(issueDir(), id, `${id}.jats.xml`), 'utf8'));
        expect(a.find('pkp:submission_file[@stage="dependent"]', ns).length).toBeGreaterThan(0);
      }
    });
  });

  it('DOAJ holds four records', () => {
    const xml = readFileSync(join(issueDir(), '2017-5-3.doaj.xml'), 'utf8');
    expect(xmllintExport(xml, 'doaj-articles-1.3', 'doajArticles.xsd').status).toBe(0);
    withXml(xml, (doc) => expect(doc.find('/records/record')).toHaveLength(4));
  });
});
