// Funding and relations in the Crossref deposit: the sample lindqvist-2017's
// funder and award as fr:program, a correction and a book review as rel:program;
// schema-valid against the vendored 5.4.0 and 5.3.1 XSDs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/model/types.js';
import { sourceClock } from '../../../src/pipeline/clock.js';
import { prepareArticle } from '../../../src/pipeline/prepare.js';
import type { Profile } from '../../../src/profile/types.js';
import { buildHead, renderCrossref } from '../../../src/render/crossref/index.js';
import { validateCrossrefXml } from '../../../src/render/crossref/validate.js';
import { journalProfile, repoRoot } from './profile.js';

const base = journalProfile();
const withVersion = (version: '5.4.0' | '5.3.1'): Profile => ({ ...base, crossref: { ...base.crossref, schemaVersion: version } });

const lindqvist = (): Article => {
  const { article, diagnostics } = prepareArticle(join(repoRoot, 'article/lindqvist-2017-railway-time'), base);
  if (!article) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return article;
};

const deposit = (article: Article, profile: Profile) => {
  const clock = sourceClock(article.meta, {});
  return renderCrossref([article], { profile, clock }, buildHead([article], clock));
};

const fundref = (xml: string) => xml.slice(xml.indexOf('<fr:program'), xml.indexOf('</fr:program>') + '</fr:program>'.length).replace(/\n\s*/g, '');

describe.each(['5.4.0', '5.3.1'] as const)('Crossref %s', (version) => {
  const profile = withVersion(version);

  it('deposits the funder, its Funder Registry id and the award as fr:program, schema-valid', () => {
    const xml = deposit(lindqvist(), profile);
    expect(fundref(xml)).toBe(
      '<fr:program xmlns:fr="http://www.crossref.org/fundref.xsd" name="fundref">' +
        '<fr:assertion name="fundgroup">' +
        '<fr:assertion name="funder_name">Swedish Research Council<fr:assertion name="funder_identifier">https://doi.org/10.13039/501100004359</fr:assertion></fr:assertion>' +
        '<fr:assertion name="award_number">2016-01987</fr:assertion>' +
        '</fr:assertion></fr:program>',
    );
    expect(validateCrossrefXml(xml, profile, 'lindqvist.xml')).toEqual([]);
  });

  it('relates a correction to the corrected article and a book review to its book, schema-valid', () => {
    const correction = lindqvist();
    correction.meta.articleType = 'correction';
    correction.meta.related = [{ type: 'corrected-article', doi: '10.15826/qr.2017.1.200' }];
    const xml = deposit(correction, profile);
    expect(xml).toContain('<rel:inter_work_relation relationship-type="isRelatedMaterial" identifier-type="doi">10.15826/qr.2017.1.200</rel:inter_work_relation>');
    expect(xml).toContain('<rel:description>Correction notice for 10.15826/qr.2017.1.200</rel:description>');
    expect(validateCrossrefXml(xml, profile, 'correction.xml')).toEqual([]);

    const review = lindqvist();
    review.meta.articleType = 'book-review';
    review.meta.reviewedBook = { authors: ['Figes O.'], title: 'A People’s Tragedy', year: 1996, isbn: '978-0-224-04162-3' };
    const reviewXml = deposit(review, profile);
    expect(reviewXml).toContain('<rel:inter_work_relation relationship-type="isReviewOf" identifier-type="isbn">978-0-224-04162-3</rel:inter_work_relation>');
    expect(validateCrossrefXml(reviewXml, profile, 'review.xml')).toEqual([]);
  });
});

it('a ROR-identified funder is deposited with its ROR in 5.4.0 and by name in 5.3.1', () => {
  const article = lindqvist();
  article.meta.funding = [{ funder: { en: 'Wellcome Trust' }, funderId: { type: 'ror', value: 'https://ror.org/029chgv08' }, awards: ['203141/Z/16/Z'] }];
  const xml540 = deposit(article, withVersion('5.4.0'));
  expect(fundref(xml540)).toContain('<fr:assertion name="funder_name">Wellcome Trust</fr:assertion><fr:assertion name="ror">https://ror.org/029chgv08</fr:assertion>');
  expect(validateCrossrefXml(xml540, withVersion('5.4.0'), 'ror.xml')).toEqual([]);
  const xml531 = deposit(article, withVersion('5.3.1'));
  expect(fundref(xml531)).not.toContain('name="ror"');
  expect(validateCrossrefXml(xml531, withVersion('5.3.1'), 'ror.xml')).toEqual([]);
});
