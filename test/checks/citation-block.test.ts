import { describe, expect, it } from 'vitest';
import { buildCitationBlocks, citationBlockMarkdown, generateCitationBlocks, initials } from '../../src/model/citation-block.js';
import { checkCitationBlocks, normalise, wordDiff } from '../../src/checks/citation-block.js';
import type { ArticleMeta } from '../../src/model/types.js';
import { at, makeMeta, makeProfile, summarize } from './helpers.js';

const seedEn = 'Harris, J. (2017). The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927). In *Quaestio Rossica*, Vol. 5, № 3, p. 693–707. DOI 10.15826/qr.2017.3.245.';
const seedRu = 'Harris J. The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927) // *Quaestio Rossica*. Vol. 5. 2017. № 3. P. 693–707. DOI 10.15826/qr.2017.3.245.';

const davies = { id: 'davies', name: { en: { given: 'Sarah', surname: 'Davies' }, ru: { given: 'Сара', surname: 'Дэвис' } }, affiliations: [] };
const harris = makeMeta().authors[0];

describe('buildCitationBlocks', () => {
  it('reproduces the seed blocks exactly, with the journal title in italic', () => {
    const [en, ru] = buildCitationBlocks(makeMeta(), makeProfile());
    expect([en.lang, en.label, citationBlockMarkdown(en)]).toEqual(['en', 'Citation', seedEn]);
    expect([ru.lang, ru.label, citationBlockMarkdown(ru)]).toEqual(['ru', 'Цитирование', seedRu]);
    expect(en.text).toEqual([
      { type: 'text', value: 'Harris, J. (2017). The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927). In ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'Quaestio Rossica' }] },
      { type: 'text', value: ', Vol. 5, № 3, p. 693–707. DOI 10.15826/qr.2017.3.245.' },
    ]);
    expect(en.plain).toBe(seedEn.replace(/\*/g, ''));
  });

  it('lists several authors in the order of the source', () => {
    const [en, ru] = buildCitationBlocks(makeMeta({ authors: [davies, harris] }), makeProfile());
    expect(en.plain.startsWith('Davies, S., Harris, J. (2017).')).toBe(true);
    expect(ru.plain.startsWith('Davies S., Harris J. The Bolshevik')).toBe(true);
  });

  it('writes names and title in the article language (a Russian article cites in Cyrillic)', () => {
    const [en] = buildCitationBlocks(makeMeta({ lang: 'ru' }), makeProfile());
    expect(en.plain).toBe('Харрис, Д. (2017). Трансформация большевистской партии: путь Сталина к власти (1917–1927). In Quaestio Rossica, Vol. 5, № 3, p. 693–707. DOI 10.15826/qr.2017.3.245.');
  });

  it('makes initials from compound and hyphenated given names', () => {
    expect(['James', 'Edward Hallett', 'Jean-Paul', 'J.', 'Джеймс', ''].map(initials)).toEqual(['J.', 'E. H.', 'J.-P.', 'J.', 'Д.', '']);
  });

  it('puts a placeholder for a last page not known yet, and one page alone', () => {
    const open = buildCitationBlocks(makeMeta({ pages: { first: 693 } }), makeProfile())[0];
    expect(open.plain).toContain('p. 693–…. DOI');
    const single = buildCitationBlocks(makeMeta({ pages: { first: 693, last: 693 } }), makeProfile())[1];
    expect(single.plain).toContain('P. 693. DOI');
  });

  it('applies NFC, typographic dashes in the title and no doubled stop', () => {
    const title = 'Cafe\u0301 society 1917-1927 - a study.';
    const meta = makeMeta({ titleText: { en: title, ru: title } });
    const profile = makeProfile({ citationBlock: { en: { label: 'C', format: '{{title}}.  {{year}}' } } });
    expect(buildCitationBlocks(meta, profile)[0].plain).toBe('Café society 1917–1927 – a study. 2017');
  });

  it('takes formats from the profile, including a language parameter and conditions', () => {
    const profile = makeProfile({
      languages: ['en'],
      citationBlock: { en: { label: 'Cite', format: '{{authors-gost lang="ru"}} {{title lang="ru"}}{{#if doi}} https://doi.org/{{doi}}{{/if}}' } },
    });
    expect(buildCitationBlocks(makeMeta(), profile)[0].plain).toBe('Харрис Д. Трансформация большевистской партии: путь Сталина к власти (1917–1927) https://doi.org/10.15826/qr.2017.3.245');
    expect(buildCitationBlocks(makeMeta({ doi: undefined }), profile)[0].plain).toBe('Харрис Д. Трансформация большевистской партии: путь Сталина к власти (1917–1927)');
  });

  it('reports unknown fields and broken templates instead of throwing', () => {
    const profile = makeProfile({
      citationBlock: { en: { label: 'C', format: '{{authors}} ({{year}}) {{volumee}}' }, ru: { label: 'Ц', format: '{{title' } },
    });
    const result = generateCitationBlocks(makeMeta(), profile);
    expect(result.blocks).toEqual([]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['citation-block-format', 'citation-block-format']);
    expect(result.diagnostics[0].message).toBe('Unexpected field {{authors}}, {{volumee}} in citation-block.en.format, expected only authors-apa, authors-gost, authors-abnt, authors-full, title, journal, volume, issue, year, pages, doi');
    expect(result.diagnostics[1].message).toMatch(/^Unexpected template syntax in citation-block\.ru\.format \(Parse error on line 1:.*\), expected a Handlebars format/);
  });
});

const withSource = (blocks: Record<string, string>, extra: Partial<ArticleMeta> = {}) =>
  makeMeta({ citationBlockSource: Object.fromEntries(Object.entries(blocks).map(([lang, text]) => [lang, { text, position: at(lang === 'en' ? 40 : 41, 7) }])), ...extra });

describe('checkCitationBlocks', () => {
  it('accepts the seed blocks, with or without italic markers, label or extra spaces', () => {
    expect(checkCitationBlocks(withSource({ en: seedEn, ru: seedRu }), makeProfile())).toEqual([]);
    expect(checkCitationBlocks(withSource({ en: seedEn.replace(/\*/g, '') }), makeProfile())).toEqual([]);
    expect(checkCitationBlocks(withSource({ en: `*Citation:* ${seedEn}`, ru: `Цитирование: ${seedRu}` }), makeProfile())).toEqual([]);
    expect(checkCitationBlocks(withSource({ en: seedEn.replace(' Vol. 5,', '\n  Vol.\u00a05, ') }), makeProfile())).toEqual([]);
  });

  it('shows the first difference, its column in the source and a word diff', () => {
    const diagnostics = checkCitationBlocks(withSource({ en: seedEn.replace('№ 3', '№ 4') }), makeProfile());
    expect(summarize(diagnostics)).toEqual([
      `citation-block-mismatch @40:128 Unexpected "4," in the 'en' citation block (character 122), expected "3," as generated from the metadata`,
    ]);
    expect(diagnostics[0].detail?.split('\n')[2]).toBe('diff:     … Vol. 5, № [-3,-]{+4,+} p. 693–707. DOI …');
  });

  it('counts italic markers only when the source writes them', () => {
    const diagnostics = checkCitationBlocks(withSource({ en: seedEn.replace('*Quaestio Rossica*', '*Quaestio* Rossica') }), makeProfile());
    expect(diagnostics.map((d) => d.message)).toEqual([
      `Unexpected "*Quaestio* Rossica," in the 'en' citation block (character 101), expected "*Quaestio Rossica*," as generated from the metadata`,
    ]);
  });

  it('compares against the page range when the metadata lacks the last page', () => {
    const meta = withSource({ en: seedEn }, { pages: { first: 693 } });
    expect(checkCitationBlocks(meta, makeProfile())).toEqual([]);
    const wrongFirst = withSource({ en: seedEn.replace('693–707', '694–707') }, { pages: { first: 693 } });
    expect(checkCitationBlocks(wrongFirst, makeProfile()).map((d) => d.rule)).toEqual(['citation-block-mismatch']);
  });

  it('reports a block in a language the profile has no format for', () => {
    expect(summarize(checkCitationBlocks(withSource({ de: seedEn }), makeProfile()))).toEqual([
      "citation-block-mismatch @41:7 Unexpected hand-written citation block for 'de', expected one only for a language the profile has a format for (en, ru)",
    ]);
  });

  it('falls back to the recorded field position and keeps it for multi-line values', () => {
    const meta = makeMeta({ citationBlockSource: { ru: { text: seedRu.replace('Vol. 5.', 'Vol.\n5,') } } });
    expect(summarize(checkCitationBlocks(meta, makeProfile())).map((s) => s.split(' Unexpected')[0])).toEqual(['citation-block-mismatch @41:7']);
  });
});

describe('wordDiff and normalise', () => {
  it('groups changes with three words of context', () => {
    expect(wordDiff('a b c d e f g h i j k', 'a b X d e f g h i j k l')).toEqual({ expected: 'c', found: 'X', compact: 'a b [-c-]{+X+} d e f … i j k {+l+}' });
    expect(wordDiff('one two', 'one').compact).toBe('one [-two-]');
  });

  it('maps every normalised character back to the written one', () => {
    const n = normalise('  a \u00a0 b\n c ');
    expect(n.text).toBe('a b c');
    expect(n.origin).toEqual([2, 3, 6, 7, 9]);
  });
});
