// The two renderings of each work as JATS <citation-alternatives>, checked against
// the JATS 1.3 Publishing DTD (xmllint) and a golden file.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadProfile } from '../../src/profile/load.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { citationAlternativesXml, mixedCitationXml } from './jats-contract.js';
import type { ReferenceList } from '../../src/model/types.js';
import { journalProfile, root, sourceWith, works } from './fixtures.js';

const dtd = resolve(root, 'node_modules/@jats4r/dtds/schema/1.3/JATS-journalpublishing1-3.dtd');
const golden = resolve(root, 'test/references/fixtures/harris-2017.ref-list.xml');

function refList(lists: ReferenceList[]): string {
  const [first, ...others] = lists;
  const refs = first.entries.map((e) => {
    const all = [e, ...others.map((l) => l.entries.find((o) => o.id === e.id)!).filter(Boolean)];
    return `<ref id="${e.id}">${citationAlternativesXml(all)}</ref>`;
  });
  return `<ref-list>\n${refs.join('\n')}\n</ref-list>\n`;
}

function validate(refs: string): string {
  const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "${dtd}">
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" dtd-version="1.3" xml:lang="en">
<front><journal-meta><journal-id journal-id-type="publisher-id">qr</journal-id><issn pub-type="ppub">2311-911X</issn></journal-meta>
<article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>
<back>${refs}</back></article>`;
  const file = join(mkdtempSync(join(tmpdir(), 'galley-refs-')), 'refs.xml');
  writeFileSync(file, doc);
  try {
    execFileSync('xmllint', ['--noout', '--valid', '--nonet', file], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e);
  }
}

describe('JATS mixed citations', () => {
  const { profile } = loadProfile(resolve(root, 'journal.yaml'));
  const { source } = loadArticleSource(resolve(root, 'article/harris-2017'), profile!);
  const { references } = resolveReferences(source!, profile!);
  const xml = refList(references);

  it('matches the golden ref-list of the sample article', () => {
    if (process.env.GALLEY_UPDATE_GOLDEN === '1') writeFileSync(golden, xml);
    expect(existsSync(golden), 'golden missing: run with GALLEY_UPDATE_GOLDEN=1').toBe(true);
    expect(xml).toBe(readFileSync(golden, 'utf8'));
  });

  it('validates against the JATS 1.3 Publishing DTD', () => {
    expect(validate(xml)).toBe('');
  });

  it('tags both renderings of a work, with language and publication type', () => {
    const carr = xml.split('\n').find((l) => l.startsWith('<ref id="carr1979">'))!;
    expect(carr).toBe(
      '<ref id="carr1979"><citation-alternatives>' +
        '<mixed-citation publication-type="book" xml:lang="en"><person-group person-group-type="author">Carr E. H.</person-group> <source>The Russian Revolution from Lenin to Stalin</source>. <publisher-loc>L.</publisher-loc> : <publisher-name>Macmillan</publisher-name>, <year>1979</year>. <size units="pages">200</size> p.</mixed-citation>' +
        '<mixed-citation publication-type="book" xml:lang="en"><person-group person-group-type="author">Carr, E. H.</person-group> (<year>1979</year>). <source><italic>The Russian Revolution from Lenin to Stalin</italic></source>. <publisher-loc>L.</publisher-loc>, <publisher-name>Macmillan</publisher-name>. <size units="pages">200</size> p.</mixed-citation>' +
        '</citation-alternatives></ref>',
    );
    const lenin = xml.split('\n').find((l) => l.startsWith('<ref id="lenin1966">'))!;
    expect(lenin).toContain('<mixed-citation publication-type="book" xml:lang="ru">');
    expect(lenin).toContain('<mixed-citation publication-type="book" xml:lang="ru-Latn">');
    expect(lenin).toContain('<trans-title>Can the Bolsheviks Retain State Power?</trans-title>');
    expect(lenin).toContain('<fpage>306</fpage>–<lpage>307</lpage>');
  });

  it('prints and tags the DOI of a work that has one', () => {
    const withDoi = { ...works.find((w) => w.id === 'smith1998')!, DOI: '10.1080/09668139808412550' };
    const { references: lists } = resolveReferences(sourceWith([], [withDoi]), journalProfile());
    const [primary, romanized] = lists.map((l) => l.entries[0]);
    expect(primary.doi).toBe('10.1080/09668139808412550');
    expect(mixedCitationXml(primary)).toContain('. DOI: <pub-id pub-id-type="doi">10.1080/09668139808412550</pub-id>.</mixed-citation>');
    expect(mixedCitationXml(romanized)).toContain('DOI: <pub-id pub-id-type="doi">10.1080/09668139808412550</pub-id>');
    expect(validate(`<ref-list><ref id="x">${citationAlternativesXml([primary, romanized])}</ref></ref-list>`)).toBe('');
  });
});
