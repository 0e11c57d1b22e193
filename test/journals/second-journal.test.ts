// A second journal with no code of its own: Bakhtiniana's profile and templates
// (test/fixtures/journals/bakhtiniana/), and one real SciELO article rebuilt
// through it: Portuguese with an English abstract, one ABNT author-date list, no
// UDC, online only. All four galleys are built by `galley build` and checked by
// it (JATS against the DTD, Crossref against the XSD, the PDF's page count);
// here their content is read.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { validateCrossrefXml } from '../../src/render/crossref/validate.js';
import { loadProfile } from '../../src/profile/load.js';

const repo = resolve(import.meta.dirname, '../..');
const fixture = join(repo, 'test/fixtures/journals/bakhtiniana');

async function galley(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), cwd, env: { ...process.env, GALLEY_CACHE: 'off' } };
  return { code: await main(args, io), out };
}

/** The journal copied to a scratch folder (dist/ is written there), its schema path made absolute. */
function journalCopy(edit: (profile: string) => string = (p) => p): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'galley-second-journal-')), 'bakhtiniana');
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'journal.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8').replace('../../../../vendor/crossref-{version}', `${repo}/vendor/crossref-{version}`)));
  return dir;
}

describe('the second journal: a Portuguese SciELO article, all four galleys', () => {
  let dir: string;
  let build: { code: number; out: string };
  const read = (name: string) => readFileSync(join(dir, 'dist/souza-2023', name), 'utf8');

  beforeAll(async () => {
    dir = journalCopy();
    build = await galley(['build', 'article/souza-2023'], dir);
  }, 180_000);

  it('builds every galley with no error: JATS DTD-valid, Crossref XSD-valid, the PDF laid out', () => {
    expect(build.out).toContain('built souza-2023: souza-2023.pdf, souza-2023.jats.xml, index.html, souza-2023.crossref.xml');
    expect(build.out).toMatch(/^0 errors/m);
    expect(build.code).toBe(0);
  });

  it('HTML: lang pt, Portuguese labels, no English chrome, og:locale from the language', () => {
    const html = read('index.html');
    expect(html).toMatch(/<html lang="pt"/);
    for (const word of ['Ir para o texto do artigo', 'Resumo', 'Palavras-chave', 'Como citar este artigo', 'Referências', 'Recebido', 'Aceito'])
      expect(html).toContain(word);
    expect(html).toContain('<meta property="og:locale" content="pt_BR">');
    // The English abstract is labelled in English (its own language); the page's chrome never is.
    for (const word of ['Skip to the article text', 'How to cite this article', '>Received<', '>Accepted<', '>Licence<', '>Download<', '>Affiliations<'])
      expect(html).not.toContain(word);
  });

  it('HTML: the name given once is printed once, with no duplicated alternative', () => {
    const html = read('index.html');
    expect(html.match(/Euclides Barbosa Ramos de Souza/g)!.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/Euclides Barbosa Ramos de Souza[^<]*<\/[^>]+>\s*<[^>]+lang="en"[^>]*>Euclides Barbosa Ramos de Souza/);
    expect(html).toContain('SOUZA, Euclides Barbosa Ramos de. A Filosofia por trás da conversação');
  });

  it('references: author-date in-text citations and the ABNT list from the style, one entry per work', () => {
    const html = read('index.html');
    // The style's own form and its own brackets "( )" (renderers add none), its pt-BR terms.
    const text = html.replace(/<[^>]+>/g, '');
    // "p. 43": the no-break space after the locator term is the galleys' typography.
    expect(text).toMatch(/\(GRICE, 1975, p\.[ \u00a0]43\)/);
    expect(text).toMatch(/\(SEARLE; VANDERVEKEN, 1985, p\.[ \u00a0]92\)/);
    expect(text).not.toMatch(/\[\(|\)\]/);
    expect(text).toContain('Disponível em:');
    expect(text).not.toContain('Available at');
    expect(html).toMatch(/<li id="ref-searle1969"[^>]*>.*SEARLE.*Speech Acts.*New York.*Cambridge University Press.*1969/);
    expect(html.match(/<li id="ref-/g)).toHaveLength(15);
  });

  it('JATS: the article language, one reference list, no UDC, one name per author', () => {
    const jats = read('souza-2023.jats.xml');
    expect(jats).toMatch(/<article [^>]*xml:lang="pt"/);
    expect(jats).toContain('<trans-abstract xml:lang="en">');
    expect(jats.match(/<ref-list/g)).toHaveLength(1);
    expect(jats.match(/<ref id=/g)).toHaveLength(15);
    expect(jats).not.toContain('subj-group-type="udc"');
    expect(jats).not.toContain('<copyright-statement>'); // copyright-statement: false
    expect(jats).not.toContain('publication-format="print"'); // online only
    expect(jats.match(/<surname>Souza<\/surname>/g)).toHaveLength(1);
    expect(jats).toContain('<label>Referências</label>'.replace('<label>', '<title>').replace('</label>', '</title>'));
  });

  it('Crossref: XSD-valid, a citation_list from the one list, no print date for an online journal', () => {
    const xml = read('souza-2023.crossref.xml');
    const { profile } = loadProfile(join(dir, 'journal.yaml'));
    expect(validateCrossrefXml(xml, profile!, 'souza-2023.crossref.xml')).toEqual([]);
    expect(xml).toContain('<doi>10.1590/2176-4573p58270</doi>');
    expect(xml.match(/<citation key=/g)).toHaveLength(15);
    expect(xml).toContain('<unstructured_citation>SEARLE, J. R. Speech Acts. New York: Cambridge University Press, 1969.</unstructured_citation>');
    expect(xml).not.toContain('media_type="print"');
  });

  it('PDF: Portuguese text hyphenated with the Portuguese patterns, the citation block in Portuguese', () => {
    const pdf = join(dir, 'dist/souza-2023/souza-2023.pdf');
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Palavras-chave:');
    expect(text).toContain('Como citar: SOUZA, Euclides Barbosa Ramos de.');
    // Words broken at a line end by the patterns (never at a hyphen of the source).
    const broken = [...text.matchAll(/(\p{Ll}+)-\n(\p{Ll}+)/gu)].map((m) => `${m[1]}-${m[2]}`);
    expect(broken.length).toBeGreaterThan(20);
    expect(broken).toEqual(expect.arrayContaining(['cru-cial', 'entendi-mento']));
    expect(text).not.toContain('\u00AD');
  });
});

describe('layout problems of this journal\'s page geometry point at the source', () => {
  it('a page count over the source\'s pages names the first extra page and the block it begins with', async () => {
    const dir = journalCopy();
    const file = join(dir, 'article/souza-2023/article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pages: { first: 1 }', 'pages: { first: 1, last: 17 }'));
    const r = await galley(['check', 'article/souza-2023'], dir);
    expect(r.code).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes('pdf-page-count'))!;
    expect(line).toMatch(/article\.md:9:\d+ +error +pdf-page-count +Unexpected 18 pages \(1–18\) in the print layout, expected 17 \(1–17\)/);
    // The block is a real place of the source (a paragraph, or the bibliography item of a list entry) holding the text the page begins with.
    const [, start, source, at] = /Page 18, the first beyond them, begins with "(.+)" \(souza-2023\/(article\.md|references\.yaml):(\d+):\d+\)\.$/.exec(line)!;
    const lines = readFileSync(join(dir, 'article/souza-2023', source), 'utf8').split('\n').slice(Number(at) - 1);
    const block = source === 'article.md' ? lines[0] : lines.slice(0, lines.findIndex((l, i) => i > 0 && l.startsWith('- id:'))).join(' ');
    const word = start.split(/[\s,.]+/)[0];
    expect(block.toLowerCase()).toContain(word.toLowerCase());
  }, 180_000);
});

describe('which fields the journal needs in which languages', () => {
  const withoutEnglishKeywords = (dir: string) => {
    const file = join(dir, 'article/souza-2023/article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^  en: \[Literality.*\n/m, ''));
  };

  it('by default every journal language: keywords only in Portuguese are an error at the field', async () => {
    const dir = journalCopy();
    withoutEnglishKeywords(dir);
    const r = await galley(['check', '--skip', 'pdf', 'article/souza-2023'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/article\.md:\d+:\d+ +error +meta-language-missing +Unexpected missing `keywords\.en`, expected keywords in every journal language \(pt, en\)/);
  });

  it('required-languages: { keywords: [pt] } makes English keywords optional', async () => {
    const dir = journalCopy((p) => p.replace('languages: [pt, en]', 'languages: [pt, en]\nrequired-languages: { keywords: [pt] }'));
    withoutEnglishKeywords(dir);
    const r = await galley(['check', '--skip', 'pdf', 'article/souza-2023'], dir);
    expect(r.out).toMatch(/^0 errors/m);
    expect(r.code).toBe(0);
  });
});

describe('a journal language without labels', () => {
  it('fails `galley check` at the profile, naming the language and the labels it lacks', async () => {
    const dir = journalCopy((p) => p.replace('languages: [pt, en]', 'languages: [pt, en, fi]'));
    const r = await galley(['check', '--skip', 'pdf', 'article/souza-2023'], dir);
    const text = readFileSync(join(dir, 'journal.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('languages:')) + 1;
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`journal\\.yaml:${line}:\\d+ +error +profile-labels-missing +Unexpected language \`fi\` without the labels skip-link, abstract, keywords, .*og-locale.*submitted-on.*appendix-letters, expected a label table for it \\(templates/labels/fi\\.yaml or \`labels\\.fi\` in the profile\\)`));
  });

  it('passes once the journal gives them, in its profile', async () => {
    const en = (await import('yaml')).parse(readFileSync(join(repo, 'templates/html/labels.yaml'), 'utf8')).en as Record<string, string>;
    const fi = Object.entries(en).map(([k, v]) => `    ${k}: ${JSON.stringify(`fi ${v}`)}`).join('\n');
    const dir = journalCopy((p) => `${p}\nlabels:\n  fi:\n${fi}\n`);
    const { diagnostics } = loadProfile(join(dir, 'journal.yaml'));
    expect(diagnostics.items.filter((d) => d.rule === 'profile-labels-missing')).toEqual([]);
  });
});
