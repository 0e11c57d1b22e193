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
});
