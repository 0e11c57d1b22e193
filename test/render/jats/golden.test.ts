// The seed article through the real loader → renderJats, compared with the
// golden file, and the golden itself validated against the official DTD
// (in-process and with xmllint). Regenerate with GALLEY_UPDATE_GOLDEN=1 and
// read the diff before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateJats } from '../../../src/checks/xml-schema.js';
import { renderJats } from '../../../src/render/jats/index.js';
import { repoRoot, testContext, testProfile, xmllintDtd } from './helpers.js';
import { sampleArticle } from '../../helpers/sample-article.js';

const golden = join(repoRoot, 'test/golden/jats/harris-2017.jats.xml');

describe('JATS golden: harris-2017', async () => {
  const profile = testProfile();
  const xml = renderJats(sampleArticle(profile), testContext(profile));

  it('matches test/golden/jats/harris-2017.jats.xml', () => {
    if (process.env.GALLEY_UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, xml);
    }
    expect(existsSync(golden), `missing golden ${golden}: run with GALLEY_UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(xml).toBe(readFileSync(golden, 'utf8'));
  });

  it('the golden is valid against the JATS 1.3 Publishing DTD, in-process and for xmllint', () => {
    const text = readFileSync(golden, 'utf8');
    expect(validateJats(text, { version: '1.3', fileName: golden })).toEqual([]);
    expect(xmllintDtd(text)).toEqual({ ok: true, stderr: '' });
  });

  it('carries the seed\'s metadata', () => {
    const text = readFileSync(golden, 'utf8');
    expect(text).toContain('<article-id pub-id-type="doi">10.15826/qr.2017.3.245</article-id>');
    expect(text).toContain('<volume>5</volume>\n<issue>3</issue>\n<fpage>693</fpage>\n<lpage>707</lpage>');
    expect(text).toMatch(/<name name-style="western" xml:lang="ru"><surname>Харрис<\/surname>/);
  });

  it('tags every person of every person-group as a string-name with surname and given names', () => {
    const text = readFileSync(golden, 'utf8');
    const groups = [...text.matchAll(/<person-group [^>]*>(.*?)<\/person-group>/g)].map((m) => m[1]);
    expect(groups.length).toBeGreaterThan(80);
    for (const group of groups) {
      expect(group).toMatch(/^(?:[^<]*<string-name>(?:<surname>[^<]+<\/surname>(?:,? <given-names>[^<]+<\/given-names>)?|<given-names>[^<]+<\/given-names> <surname>[^<]+<\/surname>)<\/string-name>)+[^<]*$/);
    }
    // fox2012 is an edited book in both renderings.
    const fox = /<ref id="fox2012">([\s\S]*?)<\/ref>/.exec(text)![1];
    expect(fox.match(/person-group-type="(\w+)"/g)).toEqual(['person-group-type="editor"', 'person-group-type="editor"']);
    expect(fox).toContain('<person-group person-group-type="editor"><string-name><surname>Fox</surname>, <given-names>J.</given-names></string-name>, <string-name><surname>Welch</surname>, <given-names>D.</given-names></string-name> (Eds.)</person-group>');
  });

  it('labels each rendering by its list and says the language of each part', () => {
    const text = readFileSync(golden, 'utf8');
    const uses = new Set([...text.matchAll(/specific-use="([^"]+)"/g)].map((m) => m[1]).filter((u) => u !== 'placeholder'));
    expect([...uses]).toEqual(['gost', 'references']);
    const lenin = /<ref id="lenin1966">([\s\S]*?)<\/ref>/.exec(text)![1];
    // The romanized rendering reads in English; the transliterated parts say so.
    expect(lenin).toContain('<mixed-citation publication-type="book" xml:lang="en" specific-use="references"><person-group person-group-type="author" xml:lang="ru-Latn">');
    expect(lenin).toContain('<chapter-title xml:lang="ru-Latn">Uderzhat li bol’sheviki gosudarstvennuiu vlast’?</chapter-title> [<trans-title xml:lang="en">Can the Bolsheviks Retain State Power?</trans-title>]');
    expect(lenin).toContain('<publisher-loc>Moscow</publisher-loc>, <publisher-name xml:lang="ru-Latn">Izdatel’stvo politicheskoi literatury</publisher-name>, pp. <fpage>306</fpage>');
    expect(lenin).toContain('<mixed-citation publication-type="book" xml:lang="ru" specific-use="gost">');
    expect(text).not.toContain('xml:lang="ru-Latn" specific-use');
  });

  it('gives links their titles, the running heads, counts and the licence type', () => {
    const text = readFileSync(golden, 'utf8');
    expect(text).toContain('<self-uri xlink:href="https://qrjournal.org/articles/10.15826/qr.2017.3.245" xlink:title="Article page (HTML, full text)"/>');
    expect(text).toContain('<alt-title alt-title-type="running-head" xml:lang="en">The Bolshevik Party Transformed</alt-title>');
    expect(text).toContain('<alt-title alt-title-type="running-head" xml:lang="ru">Трансформация партии большевиков</alt-title>');
    expect(text).toContain('<counts><fig-count count="2"/><ref-count count="50"/><page-count count="15"/></counts>');
    expect(text).toContain('<license license-type="open-access" xml:lang="en" xlink:href="https://creativecommons.org/licenses/by/4.0/">');
    expect(text).toContain('<institution-id institution-id-type="ror">https://ror.org/024mrxd33</institution-id>');
  });
});
