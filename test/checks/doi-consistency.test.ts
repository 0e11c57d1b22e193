import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDoiConsistency, otherDoisOf, outputKind } from '../../src/checks/doi-consistency.js';
import { buildCitationBlocks } from '../../src/model/citation-block.js';
import type { Article } from '../../src/model/types.js';
import { buildXmp } from '../../src/pdf/xmp.js';
import { pdfMetadata } from '../../src/pdf/pdf-metadata.js';
import { loadProfile } from '../../src/profile/load.js';
import { fixedClock } from '../../src/render/context.js';
import { buildHead, renderCrossref } from '../../src/render/crossref/index.js';
import { renderHtml } from '../../src/render/html/index.js';
import { renderJats } from '../../src/render/jats/index.js';
import { loadArticleSource } from '../../src/source/load-article.js';

const doi = '10.15826/qr.2017.3.245';
const cited = '10.1017/CBO9780511';
const where = (d: { message: string; position?: { file: string; line: number; column: number } }) =>
  `${d.position?.file}:${d.position?.line}:${d.position?.column} ${d.message}`;

const jats = (own: string) => `<?xml version="1.0" encoding="UTF-8"?>
<article xml:lang="en">
<front>
<journal-meta><journal-id>qr</journal-id></journal-meta>
<article-meta>
<article-id pub-id-type="publisher-id">harris-2017</article-id>
<article-id pub-id-type="doi">${own}</article-id>
<related-article xlink:href="${cited}" ext-link-type="doi"><article-id pub-id-type="doi">${cited}</article-id></related-article>
<abstract><p>See DOI ${cited}.</p></abstract>
</article-meta>
<notes notes-type="how-to-cite"><sec><title>Citation</title><p>Harris, J. (2017). In <italic>Quaestio Rossica</italic>. DOI ${own}.</p></sec></notes>
</front>
<body><p>As shown (DOI ${cited}; https://doi.org/${cited}).</p></body>
<back><ref-list><ref id="r1"><mixed-citation>Carr E. H. DOI ${cited}.</mixed-citation><pub-id pub-id-type="doi">${cited}</pub-id></ref></ref-list></back>
</article>`;

const crossref = (own: string) => `<?xml version="1.0" encoding="UTF-8"?>
<doi_batch version="5.4.0" xmlns="http://www.crossref.org/schema/5.4.0">
<body><journal>
<journal_metadata><full_title>Quaestio Rossica</full_title><doi_data><doi>10.15826/qr</doi><resource>https://qrjournal.org</resource></doi_data></journal_metadata>
<journal_issue><doi_data><doi>10.15826/qr.2017.3</doi><resource>https://qrjournal.org/2017/3</resource></doi_data></journal_issue>
<journal_article>
<titles><title>The Bolshevik Party Transformed</title></titles>
<doi_data>
  <doi>${own}</doi>
  <resource>https://qrjournal.org/articles/${own}</resource>
</doi_data>
<citation_list><citation key="r1"><doi>${cited}</doi></citation></citation_list>
</journal_article>
</journal></body>
</doi_batch>`;

const html = (own: string, inText = own) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta name="citation_doi" content="${own}">
<meta name="citation_reference" content="citation_title=Carr; citation_doi=${cited}">
<meta name="DC.identifier" content="doi:${own}">
<script type="application/ld+json">
{"@id": "https://doi.org/${own}", "identifier": {"@type": "PropertyValue", "propertyID": "DOI", "value": "${own}"}, "citation": [{"sameAs": "https://doi.org/${cited}"}]}
</script>
</head>
<body>
<header><dl><dt>DOI</dt><dd><a href="https://doi.org/${own}">https://doi.org/${own}</a></dd></dl></header>
<section class="how-to-cite"><p><span class="citation-text">Harris, J. (2017). <i>Quaestio Rossica</i>. DOI ${inText}.</span></p></section>
<section class="article-body"><p>See <a href="https://doi.org/${cited}">DOI ${cited}</a><br></p></section>
<section class="footnotes" role="doc-endnotes"><ol><li>DOI ${cited}</li></ol></section>
<section class="references" role="doc-bibliography"><ol><li>Carr. <a class="ref-doi" href="https://doi.org/${cited}">https://doi.org/${cited}</a></li></ol></section>
</body>
</html>`;

const xmp = (own: string) => `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="">
<dc:identifier>doi:${own}</dc:identifier>
<prism:doi>${own}</prism:doi>
<prism:url>https://doi.org/${own}</prism:url>
</rdf:Description></rdf:RDF></x:xmpmeta>`;

describe('checkDoiConsistency on hand-made outputs', () => {
  const outputs = (own: string) => [
    { name: 'a.jats.xml', text: jats(own) },
    { name: 'a.crossref.xml', text: crossref(own) },
    { name: 'index.html', text: html(own) },
    { name: 'a.xmp', text: xmp(own) },
  ];

  it('tells the output kinds apart by content', () => {
    expect(outputs(doi).map((o) => outputKind(o.text))).toEqual(['jats', 'crossref', 'html', 'xmp']);
    expect(outputKind('Citation: Harris')).toBe('text');
  });

  it('finds the source DOI everywhere and ignores the DOIs of cited works, the journal and the issue', () => {
    expect(checkDoiConsistency(doi, outputs(doi))).toEqual([]);
  });

  it('reports every place an output carries another DOI, with its line and column', () => {
    const wrong = '10.15826/qr.2017.3.246';
    const diagnostics = checkDoiConsistency(doi, outputs(wrong));
    // Each position points at the DOI it names.
    for (const d of diagnostics) {
      const text = outputs(wrong).find((o) => o.name === d.position?.file)!.text;
      expect(text.split('\n')[d.position!.line - 1].slice(d.position!.column - 1)).toMatch(new RegExp(`^${wrong.replace(/\./g, '\\.')}`));
    }
    expect(diagnostics.map(where)).toEqual([
      `a.jats.xml:7:31 Unexpected DOI ${wrong} in JATS article-meta/article-id, expected ${doi} as in the source`,
      `a.jats.xml:11:125 Unexpected DOI ${wrong} in JATS front-matter text (citation block), expected ${doi} as in the source`,
      `a.crossref.xml:9:8 Unexpected DOI ${wrong} in Crossref journal_article/doi_data/doi, expected ${doi} as in the source`,
      `index.html:4:36 Unexpected DOI ${wrong} in HTML meta citation_doi, expected ${doi} as in the source`,
      `index.html:6:41 Unexpected DOI ${wrong} in HTML meta DC.identifier, expected ${doi} as in the source`,
      `index.html:8:26 Unexpected DOI ${wrong} in JSON-LD @id, expected ${doi} as in the source`,
      `index.html:8:123 Unexpected DOI ${wrong} in JSON-LD identifier, expected ${doi} as in the source`,
      `index.html:12:54 Unexpected DOI ${wrong} in HTML DOI link, expected ${doi} as in the source`,
      `index.html:13:109 Unexpected DOI ${wrong} in HTML text (citation block), expected ${doi} as in the source`,
      `a.xmp:3:20 Unexpected DOI ${wrong} in XMP dc:identifier, expected ${doi} as in the source`,
      `a.xmp:4:12 Unexpected DOI ${wrong} in XMP prism:doi, expected ${doi} as in the source`,
      `a.xmp:5:28 Unexpected DOI ${wrong} in XMP text, expected ${doi} as in the source`,
    ]);
  });

  it('catches a single drifted copy: a Cyrillic look-alike in the HTML citation block', () => {
    const drifted = doi.replace('qr', 'q\u0440');
    expect(checkDoiConsistency(doi, [{ name: 'index.html', text: html(doi, drifted) }]).map((d) => d.message)).toEqual([
      `Unexpected DOI ${drifted} in HTML text (citation block), expected ${doi} as in the source`,
    ]);
  });

  it('decodes entities and percent-escapes and drops sentence punctuation', () => {
    const odd = '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0';
    const escaped = odd.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const page = `<!DOCTYPE html><html><head><meta name="citation_doi" content="${escaped}"></head><body>
<a href="https://doi.org/${encodeURIComponent(odd)}">x</a><p>DOI ${escaped}.</p></body></html>`;
    expect(checkDoiConsistency(odd, [{ name: 'p.html', text: page }])).toEqual([]);
  });

  it('reports an output that lacks the DOI entirely', () => {
    expect(checkDoiConsistency(doi, [{ name: 'a.crossref.xml', text: crossref('') }]).map(where)).toEqual([
      `a.crossref.xml:1:1 Unexpected crossref output without the article's DOI, expected ${doi} in <journal_article><doi_data><doi>`,
    ]);
  });

  it('reads citation blocks from plain text (a PDF text layer) by their labels', () => {
    const text = `DOI ${doi}\n\nBody text cites DOI ${cited}.\n\n*Citation:* Harris, J. (2017). In *Quaestio Rossica*. DOI 10.15826/qr.2017.3.24.\n\n*Цитирование:* Harris J. DOI ${doi}.\n\n1. Carr E. H. DOI ${cited}.`;
    expect(checkDoiConsistency(doi, [{ name: 'a.pdf.txt', text }], { labels: ['Citation', 'Цитирование'] }).map(where)).toEqual([
      `a.pdf.txt:5:59 Unexpected DOI 10.15826/qr.2017.3.24 in citation block text, expected ${doi} as in the source`,
    ]);
    expect(checkDoiConsistency(doi, [{ name: 'a.pdf.txt', text }])).toEqual([]);
  });

  it('takes severities from the overrides', () => {
    const [d] = checkDoiConsistency(doi, [{ name: 'a.xmp', text: xmp('10.1/x') }], { rules: { 'doi-mismatch': 'warning' } });
    expect([d.rule, d.severity]).toEqual(['doi-mismatch', 'warning']);
  });
});

describe('DOIs the metadata names as something else are not the article\'s', () => {
  // As the SciELO brag article writes its funders: Funder Registry DOIs inside the funding statement.
  const funded = (statement: string, note = '') => jats(doi).replace(
    '<abstract>',
    `<funding-group><award-group><funding-source>FAPESP</funding-source><award-id>2015/16440-5</award-id></award-group><funding-statement>${statement}</funding-statement></funding-group>\n<abstract>`,
  ).replace('</article-meta>', `${note}</article-meta>`);

  it('a Funder Registry DOI in the funding statement is a funder, not a second article DOI', () => {
    const text = funded('Fundação de Amparo à Pesquisa do Estado de São Paulo [<ext-link ext-link-type="uri" xlink:href="https://doi.org/10.13039/501100001807">https://doi.org/10.13039/501100001807</ext-link>] Grant No. 2015/16440-5');
    expect(checkDoiConsistency(doi, [{ name: 'a.jats.xml', text }])).toEqual([]);
  });

  it('a funder id (10.13039/…) anywhere in the front matter is never taken for the article\'s DOI', () => {
    const text = funded('FAPESP', '<author-notes><fn><p>Funded by FAPESP, DOI 10.13039/501100001807.</p></fn></author-notes><notes><p>Funder DOI 10.13039/501100001807.</p></notes>');
    expect(checkDoiConsistency(doi, [{ name: 'a.jats.xml', text }])).toEqual([]);
  });

  it('a DOI the metadata names (a related article, a funder id) is skipped; any other DOI still is reported', () => {
    const related = '10.1590/related.2020';
    const text = funded('FAPESP', `<notes><p>Corrects DOI ${related}.</p><p>Cites DOI 10.9999/other.</p></notes>`);
    const meta = { related: [{ doi: related }], funding: [{ funderId: { type: 'doi', value: 'https://doi.org/10.13039/501100001807' } }] };
    expect(otherDoisOf(meta)).toEqual(['10.13039/501100001807', related]);
    const found = checkDoiConsistency(doi, [{ name: 'a.jats.xml', text }], { otherDois: otherDoisOf(meta) });
    expect(found.map((d) => d.message)).toEqual([`Unexpected DOI 10.9999/other in JATS front-matter text (citation block), expected ${doi} as in the source`]);
    expect(checkDoiConsistency(doi, [{ name: 'a.jats.xml', text }]).map((d) => d.message.slice(0, 40))).toEqual([
      `Unexpected DOI ${related} in JATS fr`.slice(0, 40),
      'Unexpected DOI 10.9999/other in JATS fro',
    ]);
  });
});

describe('checkDoiConsistency on the real galleys of the seed', () => {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const { profile } = loadProfile(join(repoRoot, 'journal.yaml'));
  const source = loadArticleSource(join(repoRoot, 'article/harris-2017'), profile!).source!;
  // A cited work with a DOI, so the reference lists carry a DOI that is not the article's.
  const work = source.bibliography[0].id;
  const article: Article = {
    ...source,
    citationBlocks: buildCitationBlocks(source.meta, profile!),
    references: [{ kind: 'primary', title: 'Список литературы', lang: 'ru', entries: [{ id: work, lang: 'en', text: [{ type: 'text', value: `Carr E. H. DOI ${cited}.` }], doi: cited }] }],
  };
  const ctx = { profile: profile!, clock: fixedClock(new Date('2017-09-30T00:00:00Z')) };
  const galleys = () => [
    { name: 'harris-2017.jats.xml', text: renderJats(article, ctx) },
    { name: 'index.html', text: renderHtml(article, ctx) },
    { name: 'harris-2017.crossref.xml', text: renderCrossref([article], ctx, buildHead([article], ctx.clock)) },
    { name: 'harris-2017.xmp', text: buildXmp(pdfMetadata(article, profile!, ctx.clock)) },
  ];

  it('finds the source DOI in JATS, HTML, Crossref and XMP and nothing else', () => {
    const outputs = galleys();
    expect(outputs.some((o) => o.text.includes(cited))).toBe(true);
    expect(checkDoiConsistency(doi, outputs)).toEqual([]);
  });

  it('reports each galley place when the source DOI differs', () => {
    const places = checkDoiConsistency('10.15826/qr.2017.3.999', galleys()).map((d) => `${d.position?.file} ${d.message.split(' in ')[1].split(',')[0]}`);
    expect(places).toEqual(expect.arrayContaining([
      'harris-2017.jats.xml JATS article-meta/article-id',
      'harris-2017.jats.xml JATS front-matter text (citation block)',
      'index.html HTML meta citation_doi',
      'index.html JSON-LD @id',
      'index.html HTML DOI link',
      'index.html HTML text (citation block)',
      'harris-2017.crossref.xml Crossref journal_article/doi_data/doi',
      'harris-2017.xmp XMP prism:doi',
    ]));
    expect(places.join('\n')).not.toContain(cited);
  });
});
