// ref-list → CSL items: element-citation and tagged mixed-citation fields, the
// printed text kept beside each item, the pair SciELO writes (printed text +
// tagged copy), Galley's own citation-alternatives (GOST + romanized list)
// mapped back to the fields and overrides the renderer reads, and citations
// with locators.
import { describe, expect, it } from 'vitest';
import { importSnippet } from './jats-body-helpers.js';

const refs = (back: string, body = '<p>x</p>', opts = {}) => importSnippet(body, `<ref-list>${back}</ref-list>`, opts);

describe('references', () => {
  it('maps an element-citation of a journal article: names, titles, container, volume, issue, pages, year, DOI', () => {
    const a = refs('<ref id="bib 1"><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Smith</surname><given-names>J</given-names></name><collab>The Group</collab></person-group><article-title>On things</article-title><source>J. Things</source><year>2010</year><month>3</month><volume>4</volume><issue>2</issue><fpage>10</fpage><lpage>20</lpage><pub-id pub-id-type="doi">10.1000/xyz</pub-id></element-citation></ref>');
    expect(a.references).toEqual([
      {
        id: 'bib-1',
        type: 'article-journal',
        author: [{ family: 'Smith', given: 'J' }, { literal: 'The Group' }],
        title: 'On things',
        'container-title': 'J. Things',
        volume: '4',
        issue: '2',
        page: '10–20',
        issued: { 'date-parts': [[2010, 3]] },
        DOI: '10.1000/xyz',
        custom: { 'original-text': 'Smith J The Group On things J. Things 2010 3 4 2 10 20 10.1000/xyz' },
      },
    ]);
  });

  it('takes the fields from the tagged copy and the original text from the printed one (SciELO)', () => {
    const a = refs('<ref id="B1"><mixed-citation>Costa, E. Title. <italic>Src</italic>, 2014. <ext-link xlink:href="https://doi.org/10.1/a">https://doi.org/10.1/a</ext-link></mixed-citation><element-citation publication-type="book"><person-group person-group-type="author"><name><surname>Costa</surname><given-names>E.</given-names></name></person-group><source>Src</source><publisher-loc>Rio</publisher-loc><publisher-name>Ed</publisher-name><edition>2</edition><year>2014</year></element-citation></ref>');
    expect(a.references[0]).toEqual({
      id: 'B1', type: 'book', author: [{ family: 'Costa', given: 'E.' }], title: 'Src', edition: 2, publisher: 'Ed', 'publisher-place': 'Rio', issued: { 'date-parts': [[2014]] }, DOI: '10.1/a',
      custom: { 'original-text': 'Costa, E. Title. Src, 2014. https://doi.org/10.1/a' },
    });
  });

  it('keeps a reference without a year as printed (a verbatim item) rather than inventing one, its tagged fields beside', () => {
    const a = refs('<ref id="w"><element-citation publication-type="webpage"><source><italic>Site</italic></source><ext-link xlink:href="https://e.org">e</ext-link></element-citation></ref>');
    expect(a.references[0]).toMatchObject({ id: 'w', type: 'webpage', note: '*Site* e', URL: 'https://e.org', custom: { 'imported-fields': { title: 'Site' } } });
    expect(a.references[0].title).toBeUndefined();
    expect(a.report.diagnostics.filter((d) => d.rule === 'import-reference-incomplete').map((d) => d.message)).toEqual([
      'Unexpected reference w without a year (<year>), expected them in its citation: kept as printed (a verbatim item, its tagged fields under custom.imported-fields); none is invented',
    ]);
  });

  it('maps Galley’s two renderings back: stored place, full titles as overrides, the English title, number of volumes, edition', () => {
    const a = refs(
      `<ref id="lenin1966"><citation-alternatives><mixed-citation publication-type="book" xml:lang="ru" specific-use="gost"><person-group person-group-type="author"><string-name><surname>Ленин</surname> <given-names>В. И.</given-names></string-name></person-group> <chapter-title>Удержат ли большевики государственную власть?</chapter-title> // <person-group person-group-type="author"><string-name><surname>Ленин</surname> <given-names>В. И.</given-names></string-name></person-group> <source><italic>Полн. собр. соч.</italic></source> : в 55 т. <edition>4-е</edition> изд. <publisher-loc>М.</publisher-loc> : <publisher-name>Изд-во полит. лит.</publisher-name>, <year>1966</year>. Т. <volume>34</volume>. С. <fpage>306</fpage>–<lpage>307</lpage>.</mixed-citation><mixed-citation publication-type="book" xml:lang="en" specific-use="references"><person-group person-group-type="author" xml:lang="ru-Latn"><string-name><surname>Lenin</surname>, <given-names>V. I.</given-names></string-name></person-group> (<year>1966</year>). <chapter-title xml:lang="ru-Latn">Uderzhat li bol’sheviki gosudarstvennuiu vlast’?</chapter-title> [<trans-title xml:lang="en">Can the Bolsheviks Retain State Power?</trans-title>]. In <source xml:lang="ru-Latn"><italic>Polnoe sobranie sochinenii</italic></source>. Izd. <edition>4</edition>. T. <volume>34</volume>. <publisher-loc>Moscow</publisher-loc>, <publisher-name xml:lang="ru-Latn">Izdatel’stvo politicheskoi literatury</publisher-name>, pp. <fpage>306</fpage>–<lpage>307</lpage>.</mixed-citation></citation-alternatives></ref>`,
      '<p>As Lenin wrote [<xref ref-type="bibr" rid="lenin1966">Ленин, с. 306–307</xref>].</p>',
      { profile: true },
    );
    expect(a.body).toBe('As Lenin wrote [@lenin1966, p. 306–307].');
    const { custom, ...fields } = a.references[0];
    expect(fields).toEqual({
      id: 'lenin1966', type: 'chapter', language: 'ru',
      author: [{ family: 'Ленин', given: 'В. И.' }], 'container-author': [{ family: 'Ленин', given: 'В. И.' }],
      title: 'Удержат ли большевики государственную власть?', 'container-title': 'Полн. собр. соч.',
      volume: '34', page: '306–307', edition: 4, publisher: 'Изд-во полит. лит.', 'publisher-place': 'Москва',
      issued: { 'date-parts': [[1966]] }, 'number-of-volumes': 55,
    });
    expect(custom).toMatchObject({
      'title-en': 'Can the Bolsheviks Retain State Power?',
      translit: { 'container-title': 'Polnoe sobranie sochinenii', publisher: 'Izdatel’stvo politicheskoi literatury' },
    });
  });

  it('reads archive files as locators, completing a file printed short after another of the same archive', () => {
    const a = refs(
      '<ref id="rgaspi"><citation-alternatives><mixed-citation publication-type="archive" xml:lang="ru" specific-use="gost"><institution>РГАСПИ</institution>. Ф. 17.</mixed-citation><mixed-citation publication-type="archive" xml:lang="en" specific-use="references"><institution xml:lang="ru-Latn">RGASPI</institution> [Russian State Archive]. Stock 17.</mixed-citation></citation-alternatives></ref>',
      '<p>Text [<xref ref-type="bibr" rid="rgaspi">РГАСПИ. Ф. 17. Оп. 3. Д. 337</xref>; <xref ref-type="bibr" rid="rgaspi">Д. 339. Л. 4, 342</xref>].</p>',
      { profile: true },
    );
    expect(a.body).toBe('Text [@rgaspi, Ф. 17. Оп. 3. Д. 337; @rgaspi, Ф. 17. Оп. 3. Д. 339. Л. 4, 342].');
    expect(a.references[0]).toMatchObject({ id: 'rgaspi', type: 'collection', archive: 'РГАСПИ', custom: { 'title-en': 'Russian State Archive' } });
  });

  it('cites xrefs without rid by their number, ranges included, and reads a locator after the xref', () => {
    const list = [1, 2, 3, 4].map((n) => `<ref id="R${n}"><label>${n}</label><element-citation publication-type="book"><source>B${n}</source><year>200${n}</year></element-citation></ref>`).join('');
    const a = refs(list, '<p>Known.<xref ref-type="bibr">1</xref> <xref ref-type="bibr">2</xref>–<xref ref-type="bibr">4</xref> Also [<xref ref-type="bibr" rid="R3">3</xref>, p. 5] and <xref ref-type="bibr" rid="R1">Smith (2001)</xref> said; so [<xref ref-type="bibr" rid="R2">p. 9</xref>].</p>');
    expect(a.body).toBe('Known.[@R1; @R2; @R3; @R4] Also [@R3, p. 5] and @R1 said; so [-@R2, p. 9].');
  });
});
