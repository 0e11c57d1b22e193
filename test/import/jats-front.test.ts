// The front-matter import on small JATS documents: each construct the source
// format has comes back as its field; what it lacks is listed with its XPath.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessDoiPattern } from '../../src/import/jats/doi-pattern-guess.js';
import { importJatsFile } from '../../src/import/jats/import-jats.js';
import { profileFromJats } from '../../src/import/jats/journal-profile.js';
import { parse } from 'yaml';

const dir = mkdtempSync(join(tmpdir(), 'galley-front-'));
let n = 0;

function imported(front: string, extra = '', lang = 'pt') {
  const file = join(dir, `a${++n}.xml`);
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" dtd-version="1.3" xml:lang="${lang}">\n<front>\n${front}\n</front>\n<body><p>Texto.</p></body>\n${extra}</article>\n`,
  );
  const r = importJatsFile(file, { into: 'article' });
  if ('failed' in r) throw new Error(r.failed);
  return r;
}

const meta = (inner: string) => `<journal-meta><journal-id journal-id-type="publisher-id">bak</journal-id><journal-title-group><journal-title>Bakhtiniana</journal-title></journal-title-group><issn pub-type="epub">2176-4573</issn><publisher><publisher-name>PUC-SP</publisher-name></publisher></journal-meta>\n<article-meta>\n${inner}\n</article-meta>`;

describe('importFront', () => {
  it('titles, abstracts and keywords in every language, from trans-* and from a translation sub-article', () => {
    const { article } = imported(
      meta(`<title-group><article-title>O <italic>dialogismo</italic> hoje</article-title><trans-title-group xml:lang="es"><trans-title>El dialogismo hoy</trans-title></trans-title-group></title-group>
<abstract><title>Resumo</title><p>Primeiro parágrafo.</p><p>Segundo com H<sub>2</sub>O.</p></abstract>
<trans-abstract xml:lang="es"><p>Resumen.</p></trans-abstract>
<kwd-group xml:lang="pt"><title>Palavras-chave</title><kwd>Bakhtin</kwd><kwd>Dialogismo</kwd></kwd-group>`),
      `<sub-article article-type="translation" xml:lang="en" id="s1"><front-stub><title-group><article-title>Dialogism today</article-title></title-group><abstract><p>Abstract in English.</p></abstract><kwd-group xml:lang="en"><kwd>Bakhtin</kwd></kwd-group><contrib-group><contrib contrib-type="author"><name><surname>Silva</surname><given-names>Ana</given-names></name></contrib></contrib-group></front-stub><body><p>Text.</p></body></sub-article>\n`,
    );
    const fm = article.frontMatter as Record<string, any>;
    expect(fm.title).toEqual({ pt: 'O *dialogismo* hoje', es: 'El dialogismo hoy', en: 'Dialogism today' });
    expect(fm.abstract).toEqual({ pt: 'Primeiro parágrafo.\n\nSegundo com H~2~O.\n', es: 'Resumen.\n', en: 'Abstract in English.\n' });
    expect(fm.keywords).toEqual({ pt: ['Bakhtin', 'Dialogismo'], en: ['Bakhtin'] });
    const stub = article.report.notKept.find((e) => e.element === 'contrib-group');
    expect(stub).toMatchObject({ at: '/article[1]/sub-article[1]/front-stub[1]/contrib-group[1]', reason: "the translation's <contrib-group> repeats the article's (kept once, from the article)" });
  });

  it('contributors: names in two scripts, ORCID, CRediT roles, corresponding author with the e-mail of author-notes, affiliations with ROR', () => {
    const { article } = imported(
      meta(`<contrib-group><contrib contrib-type="author"><contrib-id contrib-id-type="orcid" authenticated="true">https://orcid.org/0000-0002-1825-0097</contrib-id>
<name-alternatives><name xml:lang="en"><surname>Lindqvist</surname><given-names>Ingrid</given-names></name><name xml:lang="ru"><surname>Линдквист</surname><given-names>Ингрид</given-names></name></name-alternatives>
<role vocab="credit" vocab-term="Writing – original draft">Writing – original draft</role><role>Translator</role>
<xref ref-type="aff" rid="aff-h"/><xref ref-type="corresp" rid="c1"/></contrib></contrib-group>
<aff-alternatives id="aff-h"><aff xml:lang="en"><institution-wrap><institution-id institution-id-type="ror">https://ror.org/024mrxd33</institution-id><institution>University of Leeds</institution></institution-wrap>, <city>Leeds</city>, <country country="GB">UK</country></aff><aff xml:lang="ru"><institution>Лидсский университет</institution>, <city>Лидс</city>, <country country="GB">Великобритания</country></aff></aff-alternatives>
<author-notes><corresp id="c1">Correspondence: <email>i.l@example.org</email></corresp><fn fn-type="coi-statement"><p>No conflict.</p></fn></author-notes>`),
      '',
      'en',
    );
    const fm = article.frontMatter as Record<string, any>;
    expect(fm.authors).toEqual([
      {
        id: 'lindqvist',
        name: { en: { given: 'Ingrid', surname: 'Lindqvist' }, ru: { given: 'Ингрид', surname: 'Линдквист' } },
        orcid: '0000-0002-1825-0097',
        'orcid-authenticated': true,
        email: 'i.l@example.org',
        affiliations: ['h'],
        corresponding: true,
        roles: ['writing-original-draft'],
      },
    ]);
    expect(fm.affiliations).toEqual([{ id: 'h', institution: { en: 'University of Leeds', ru: 'Лидсский университет' }, city: { en: 'Leeds', ru: 'Лидс' }, country: { en: 'UK', ru: 'Великобритания' }, 'country-code': 'GB', ror: 'https://ror.org/024mrxd33' }]);
    expect(fm['conflict-of-interest']).toEqual({ en: 'No conflict.' });
    expect(article.report.notKept.map((e) => [e.element, e.reason])).toEqual([['role', 'a role outside the CRediT taxonomy has no source field']]);
  });

  it('an ORCID iD with a wrong check digit is reported, not written (the build would refuse it)', () => {
    const { article } = imported(meta(`<contrib-group><contrib contrib-type="author"><contrib-id contrib-id-type="orcid">0000-0002-1825-0098</contrib-id><name><surname>Souza</surname><given-names>Rui</given-names></name></contrib></contrib-group>`));
    const fm = article.frontMatter as Record<string, any>;
    expect(fm.authors).toEqual([{ id: 'souza', name: { given: 'Rui', surname: 'Souza' }, affiliations: [] }]);
    expect(article.report.notKept).toMatchObject([{ element: 'contrib-id', reason: 'the ORCID iD 0000-0002-1825-0098 has a wrong check digit (a typo in the source?)' }]);
  });

  it('identifiers, place, dates, categories, UDC from custom-meta, funding; the rest listed with its XPath', () => {
    const { article } = imported(
      meta(`<article-id pub-id-type="doi">10.1590/2176-4573p58270</article-id><article-id pub-id-type="publisher-id">p58270</article-id>
<article-categories><subj-group subj-group-type="heading"><subject>Artigos</subject></subj-group></article-categories>
<title-group><article-title>T</article-title></title-group>
<pub-date publication-format="electronic" date-type="pub"><day>5</day><month>3</month><year>2023</year></pub-date>
<volume>18</volume><issue>02</issue><fpage>58</fpage><lpage>70</lpage>
<history><date date-type="received"><day>1</day><month>2</month><year>2022</year></date><date date-type="preprint"><year>2021</year></date></history>
<custom-meta-group><custom-meta><meta-name>УДК</meta-name><meta-value>81'42</meta-value></custom-meta></custom-meta-group>
<funding-group><award-group><funding-source><institution-wrap><institution-id institution-id-type="doi">10.13039/501100002322</institution-id><institution>CAPES</institution></institution-wrap></funding-source><award-id>88887</award-id></award-group></funding-group>
<conference><conf-name>X</conf-name></conference>`),
    );
    const fm = article.frontMatter as Record<string, any>;
    expect(fm).toMatchObject({ doi: '10.1590/2176-4573p58270', section: { pt: 'Artigos' }, udc: "81'42", volume: 18, issue: '2', year: 2023, pages: { first: 58, last: 70 } });
    expect(fm.history).toEqual({ received: '2022-02-01', published: '2023-03-05' });
    expect(fm.funding).toEqual([{ funder: 'CAPES', 'funder-id': '10.13039/501100002322', awards: ['88887'] }]);
    expect(Object.keys(fm).slice(0, 10)).toEqual(['lang', 'section', 'doi', 'udc', 'volume', 'issue', 'year', 'pages', 'history', 'title']);
    expect(article.report.notKept.map((e) => e.at)).toEqual([
      '/article[1]/front[1]/article-meta[1]/article-id[2]',
      '/article[1]/front[1]/article-meta[1]/history[1]/date[2]',
      '/article[1]/front[1]/article-meta[1]/conference[1]',
    ]);
    expect(article.report.decisions.some((d) => d.what === 'issue 02 written 2')).toBe(true);
  });
});

describe('the journal profile written from journal-meta', () => {
  it('titles, ISSN, publisher, DOI prefix and pattern, the languages found, the licence', () => {
    const r = imported(
      meta(`<article-id pub-id-type="doi">10.1590/2176-4573p58270</article-id><title-group><article-title>T</article-title><trans-title-group xml:lang="en"><trans-title>T</trans-title></trans-title-group></title-group><pub-date pub-type="epub"><day>1</day><month>1</month><year>2023</year></pub-date>
<permissions><license license-type="open-access" xlink:href="https://creativecommons.org/licenses/by/4.0/" xml:lang="pt"><license-p>Licença CC BY.</license-p></license></permissions>`),
    );
    const written = profileFromJats({ ...r.journal, frontMatter: r.article.frontMatter, vendor: '../vendor', source: 'a.xml' });
    const profile = parse(written.text) as Record<string, any>;
    expect(profile).toMatchObject({
      id: 'bak',
      languages: ['pt', 'en'],
      title: { pt: 'Bakhtiniana', en: 'Bakhtiniana' },
      issn: { electronic: '2176-4573' },
      'publication-formats': ['electronic'],
      doi: { prefix: '10.1590', 'suffix-pattern': '2176-4573p{seq:05}' },
      license: { url: 'https://creativecommons.org/licenses/by/4.0/', text: { pt: 'Licença CC BY.', en: 'Licença CC BY.' }, 'open-access': true },
      schemas: { crossref: '../vendor/crossref-{version}' },
    });
    expect(written.seq).toBe(58270);
    expect(profile.crossref).toMatchObject({ depositor: { name: 'PUC-SP', email: 'depositor@example.org' }, registrant: 'PUC-SP' });
    expect(written.decisions.map((d) => d.what)).toContain('the journal title “Bakhtiniana” stands for every language');
  });

  it('a publisher name longer than Crossref allows a depositor name is not used for it (the deposit would fail its schema)', () => {
    const long = 'Pontifícia Universidade Católica de São Paulo, Programa de Estudos Pós-Graduados em Linguística Aplicada e Estudos da Linguagem, LAEL — Bakhtiniana';
    const r = imported(meta('<title-group><article-title>T</article-title></title-group>').replace('<publisher-name>PUC-SP</publisher-name>', `<publisher-name>${long}</publisher-name>`));
    const profile = parse(profileFromJats({ ...r.journal, frontMatter: r.article.frontMatter, vendor: '../vendor', source: 'a.xml' }).text) as Record<string, any>;
    expect(long.length).toBeGreaterThan(130);
    expect(profile.crossref.depositor.name).toBe('TODO depositor');
    expect(profile.crossref.registrant).toBe(long);
  });

  it.each([
    ['10.7554/eLife.00666', 2016, 'eLife.{seq:05}', 666],
    ['10.15826/qr.2017.3.245', 2017, 'qr.{year}.3.{seq:03}', 245],
    ['10.31744/einstein_journal/2024AO0328', 2024, 'einstein_journal/{year}AO{seq:04}', 328],
    ['10.1590/1678-460X202257175video', 2022, '1678-460X{year}{seq:05}video', 57175],
    ['10.1136/bmjopen-2013-003269', 2014, 'bmjopen-2013-{seq:06}', 3269],
  ] as const)('DOI %s (%i) → pattern %s, running number %i', (doi, year, pattern, seq) => {
    expect(guessDoiPattern(doi, year)).toEqual({ prefix: doi.split('/')[0], suffixPattern: pattern, seq });
  });
});
