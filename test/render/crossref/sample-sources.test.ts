// The source fields behind the record, read from the sample articles: an ORCID
// iD collected through OAuth (`orcid-authenticated: true`, lindqvist-2017) and a
// ROR id (`ror:`, harris-2017), through the real loader into both records; and
// `orcid-authenticated` without an iD reported at its line.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/pipeline/prepare.js';
import { sourceClock } from '../../../src/pipeline/clock.js';
import { buildHead, renderCrossref } from '../../../src/render/crossref/index.js';
import { validateCrossrefXml } from '../../../src/render/crossref/validate.js';
import { renderJats } from '../../../src/render/jats/index.js';
import { journalProfile, repoRoot } from './profile.js';

const profile = journalProfile();
const lindqvistDir = join(repoRoot, 'article/lindqvist-2017-railway-time');

describe('source fields of the records, in the samples', () => {
  it('an ORCID iD collected through OAuth is authenticated in Crossref and JATS', () => {
    const { article } = prepareArticle(lindqvistDir, profile);
    expect(article!.meta.authors[0]).toMatchObject({ orcid: '0000-0002-1825-0097', orcidAuthenticated: true });
    // The sample waits for the issue build's DOI; give it one to deposit.
    article!.meta.doi = '10.15826/qr.2017.3.246';
    const clock = sourceClock(article!.meta, {});
    const xml = renderCrossref([article!], { profile, clock }, buildHead([article!], clock));
    expect(xml).toContain('<ORCID authenticated="true">https://orcid.org/0000-0002-1825-0097</ORCID>');
    expect(validateCrossrefXml(xml, profile, 'lindqvist.xml')).toEqual([]);
    expect(renderJats(article!, { profile, clock })).toContain('<contrib-id contrib-id-type="orcid" authenticated="true">https://orcid.org/0000-0002-1825-0097</contrib-id>');
  });

  it('the ROR id of an affiliation reaches both records', () => {
    const { article } = prepareArticle(join(repoRoot, 'article/harris-2017'), profile);
    expect(article!.meta.affiliations[0].ror).toBe('https://ror.org/024mrxd33');
  });

  it('reports orcid-authenticated without an ORCID iD at its line', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'galley-orcid-')), 'article');
    cpSync(lindqvistDir, dir, { recursive: true });
    const file = join(dir, 'article.md');
    const text = readFileSync(file, 'utf8').replace(/^    orcid: .*\n/m, '');
    writeFileSync(file, text);
    const { diagnostics } = prepareArticle(dir, profile);
    const d = diagnostics.find((x) => x.rule === 'meta-orcid');
    expect(d).toMatchObject({ severity: 'error', message: 'Unexpected `orcid-authenticated` without `orcid`, expected the iD it vouches for' });
    expect(d!.position!.line).toBe(text.split('\n').findIndex((l) => /^\s+orcid-authenticated:/.test(l)) + 1);
  });
});
