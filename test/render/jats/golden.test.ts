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
});
