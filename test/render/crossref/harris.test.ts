// The sample article through the real loader → renderCrossref, against the
// golden deposits (5.4.0 default, 5.3.1 when selected), each golden validated
// in process and with xmllint. Regenerate with GALLEY_UPDATE_GOLDEN=1 and read
// the diff before committing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceClock } from '../../../src/pipeline/clock.js';
import { buildHead, renderCrossref } from '../../../src/render/crossref/index.js';
import { validateCrossrefXml } from '../../../src/render/crossref/validate.js';
import { expectGolden, goldenDir } from './golden.js';
import { journalProfile } from './profile.js';
import { xmllint } from './xmllint.js';
import { sampleArticle } from '../../helpers/sample-article.js';


describe.each([
  ['5.4.0', 'harris-2017.crossref.xml'],
  ['5.3.1', 'harris-2017.crossref-5.3.1.xml'],
])('Crossref golden of the sample article, schema %s', async (version, golden) => {
  const profile = journalProfile(version);
  const article = sampleArticle(profile);
  // The build's clock (from the source's dates, never the wall clock).
  const clock = sourceClock(article.meta, {});
  const xml = renderCrossref([article], { profile, clock }, buildHead([article], clock));

  it(`matches test/golden/crossref/${golden}`, () => {
    expectGolden(golden, xml);
  });

  it('the golden is valid against the Crossref XSD, in process and for xmllint with the catalog', () => {
    const text = readFileSync(join(goldenDir, golden), 'utf8');
    expect(validateCrossrefXml(text, profile, golden)).toEqual([]);
    const lint = xmllint(text, version);
    expect(lint.output).toMatch(/validates$/m);
    expect(lint.status).toBe(0);
  });

  it('carries the seed’s metadata', () => {
    const text = readFileSync(join(goldenDir, golden), 'utf8');
    expect(text).toContain(`<doi_batch version="${version}"`);
    expect(text).toContain('<doi>10.15826/qr.2017.3.245</doi>');
    expect(text).toContain('<resource>https://qrjournal.org/articles/10.15826/qr.2017.3.245</resource>');
    expect(text).toMatch(/<volume>5<\/volume>\s*<\/journal_volume>\s*<issue>3<\/issue>/);
    expect(text).toMatch(/<first_page>693<\/first_page>\s*<last_page>707<\/last_page>/);
    expect(text).toContain('<issn media_type="print">2311-911X</issn>');
    expect(text).toContain('<issn media_type="electronic">2313-6871</issn>');
    expect(text).toMatch(/<given_name>James<\/given_name>\s*<surname>Harris<\/surname>/);
    expect(text).toContain(version === '5.3.1' ? '<surname>Харрис</surname>' : '<name>Джеймс Харрис</name>');
    expect(text).toContain('<institution_name>University of Leeds</institution_name>');
    expect(text).toMatch(/<jats:abstract xml:lang="en"><jats:p>In 1917, the Bolsheviks promised/);
    expect(text).toMatch(/<jats:abstract xml:lang="ru"><jats:p>В 1917 г\. большевики обещали/);
    expect(text.match(/<titles>/g)).toHaveLength(2);
    const romanized = article.references.find((l) => l.kind === 'romanized');
    expect(text.match(/<citation key=/g)?.length ?? 0).toBe(romanized?.entries.length ?? 0);
  });

  it('shows the record indexers read: collections, three licences, the journal language, ROR, structured citations', () => {
    const text = readFileSync(join(goldenDir, golden), 'utf8');
    expect(text).toContain('<journal_metadata language="en">');
    expect(text).toMatch(/<collection property="crawler-based">\s*<item crawler="iParadigms">\s*<resource>https:\/\/qrjournal\.org\/articles\/10\.15826\/qr\.2017\.3\.245\/harris-2017\.pdf<\/resource>/);
    expect(text).toContain('<resource mime_type="application/pdf">https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.pdf</resource>');
    expect(text).toContain('<resource mime_type="application/xml">https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.jats.xml</resource>');
    // Dated from the online publication the journal's record gives the article.
    expect(text).toContain('<ai:free_to_read start_date="2017-09-30"/>');
    for (const scope of ['vor', 'am', 'tdm']) expect(text).toContain(`<ai:license_ref applies_to="${scope}" start_date="2017-09-30">https://creativecommons.org/licenses/by/4.0/</ai:license_ref>`);
    expect(text).toContain('<institution_id type="ror">https://ror.org/024mrxd33</institution_id>');
    // A journal article and a chapter of the sample, structured beside their text.
    const citation = (key: string) => new RegExp(`<citation key="${key}"[^>]*>([\\s\\S]*?)</citation>`).exec(text)?.[1] ?? '';
    expect(citation('harris2007')).toMatch(/<journal_title>J\. of Strategic Studies<\/journal_title>\s*<author>Harris<\/author>[\s\S]*<first_page>513<\/first_page>\s*<cYear>2007<\/cYear>[\s\S]*<article_title>Encircled by Enemies/);
    expect(citation('harris2005')).toMatch(/<volume_title>Stalin: A New History<\/volume_title>\s*<article_title>Stalin as General Secretary/);
    expect(citation('harris2005')).toContain('<unstructured_citation>Harris, J. (2005). Stalin as General Secretary');
    if (version === '5.4.0') {
      expect(text).toContain('<citation key="harris2007" type="journal_article">');
      expect(text).toContain('<citation key="harris2005" type="book_chapter">');
    } else expect(text).not.toMatch(/<citation [^>]*type=/);
  });
});
