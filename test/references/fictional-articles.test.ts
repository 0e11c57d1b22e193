// Regressions found with the three fictional test articles (article/lindqvist-…,
// solonitsyna-…, okafor-volkov-…): their lists and clusters rendered through the real
// loader, entry by entry where a defect was seen.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadArticleSource } from '../../src/source/load-article.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { collectCitations } from '../../src/references/walk.js';
import { plainText } from '../../src/references/html-inlines.js';
import { getScheme, transliterate } from '../../src/references/translit/transliterate.js';
import type { ReferenceList } from '../../src/model/types.js';
import { journalProfile, root } from './fixtures.js';

function rendered(article: string) {
  // Archive entries in the `once` mode; the seed tests cover the journal's `as-cited`.
  const journal = journalProfile();
  const profile = { ...journal, references: { ...journal.references, archiveFiles: 'once' as const } };
  const { source } = loadArticleSource(resolve(root, 'article', article), profile);
  const resolved = resolveReferences(source!, profile);
  const list = (kind: string): ReferenceList => resolved.references.find((l) => l.kind === kind)!;
  const entry = (kind: string, id: string): string => plainText(list(kind).entries.find((e) => e.id === id)!.text);
  /** Clusters in reading order, with the keys they cite. */
  const clusters = collectCitations(source!).map((c) => ({ keys: c.items.map((i) => i.key), text: plainText(resolved.citations.get(c.id)!) }));
  return { source: source!, resolved, list, entry, clusters };
}

const lindqvist = rendered('lindqvist-2017-railway-time');
const okafor = rendered('okafor-volkov-2017-postal-roads');
const solonitsyna = rendered('solonitsyna-2017-salt-ledgers');

describe('an archive\'s list entry names each cited file once', () => {
  // [article, archive, rendered article, Russian list, References list]
  const cases: [string, string, ReturnType<typeof rendered>, string, string][] = [
    [
      'lindqvist', 'gano', lindqvist,
      'ГАНО. Ф. 214. Оп. 1. Д. 37; Ф. 214. Оп. 2. Д. 5; Ф. 3. Оп. 7. Д. 112; Ф. 214. Оп. 1. Д. 9; Ф. 41. Оп. 1. Д. 270.',
      'GANO [State Archive of Nordvik Oblast]. Stock 214. List 1. Dos. 37; Stock 214. List 2. Dos. 5; Stock 3. List 7. Dos. 112; Stock 214. List 1. Dos. 9; Stock 41. List 1. Dos. 270.',
    ],
    [
      'okafor-volkov', 'tsatk', okafor,
      'ЦАТК. Ф. 88. Оп. 1. Д. 14–62; Ф. 88. Оп. 2. Д. 3; Д. 19; Д. 1; Ф. 88. Оп. 1. Д. 37; Ф. 88. Оп. 3. Д. 5.',
      'TsATK [Central Archive of the Tobolyansk Region]. Stock 88. List 1. Dos. 14–62; Stock 88. List 2. Dos. 3; Dos. 19; Dos. 1; Stock 88. List 1. Dos. 37; Stock 88. List 3. Dos. 5.',
    ],
    [
      'solonitsyna', 'gauo', solonitsyna,
      'ГАУО. Ф. 12. Оп. 1. Д. 3–290; Д. 301; Ф. 12. Оп. 2. Д. 41; Д. 17–29; Д. 21; Ф. 12. Оп. 1. Д. 118; Ф. 12. Оп. 3. Д. 7; Ф. 12. Оп. 4. Д. 2.',
      'GAUO [State Archive of Usolets Oblast]. Stock 12. List 1. Dos. 3–290; Dos. 301; Stock 12. List 2. Dos. 41; Dos. 17–29; Dos. 21; Stock 12. List 1. Dos. 118; Stock 12. List 3. Dos. 7; Stock 12. List 4. Dos. 2.',
    ],
  ];
  it.each(cases)('%s: %s', (_, id, article, primary, romanized) => {
    expect(article.entry('primary', id)).toBe(primary);
    expect(article.entry('romanized', id)).toBe(romanized);
  });
});

describe('verso sheets keep the period of "об."', () => {
  const archival = (a: ReturnType<typeof rendered>) => a.clusters.filter((c) => c.text.includes('об.'));
  it('at the end of a cluster, once', () => {
    expect(archival(lindqvist).map((c) => c.text)).toEqual(['ГАНО. Ф. 214. Оп. 1. Д. 9. Л. 3 об.', 'ГАНО. Ф. 3. Оп. 7. Д. 112. Л. 38 об.']);
    expect(archival(solonitsyna).map((c) => c.text)).toEqual(['ГАУО. Ф. 12. Оп. 1. Д. 301. Л. 4 об.']);
  });
  it('inside a range', () => {
    expect(archival(okafor).map((c) => c.text)).toEqual(['ЦАТК. Ф. 88. Оп. 1. Д. 37. Л. 22 об.–25']);
  });
  it('never doubled', () => {
    for (const a of [lindqvist, okafor, solonitsyna]) expect(a.clusters.filter((c) => c.text.includes('..'))).toEqual([]);
  });
});

describe('a work without author', () => {
  it('prints its title once in both lists', () => {
    expect(lindqvist.entry('primary', 'pravila1885')).toBe('Правила о счете времени на железной дороге Нордвик – Лахтинск. Нордвик : Типография Управления Нордвикской железной дороги, 1885. 24 с.');
    expect(lindqvist.entry('romanized', 'pravila1885')).toBe(
      'Pravila o schete vremeni na zheleznoi doroge Nordvik – Lakhtinsk (1885) [Rules on the Reckoning of Time on the Nordvik–Lakhtinsk Railway]. Nordvik, Tipografiia Upravleniia Nordvikskoi zheleznoi dorogi. 24 p.',
    );
  });
});

describe('quotation marks by the language of the text', () => {
  // [article, work, Russian list, References list]
  const cases: [string, string, ReturnType<typeof rendered>, string, string][] = [
    ['lindqvist', 'chasovnikova1999', lindqvist, 'Часовникова Е. В. «Губернское время» и его критики', 'Chasovnikova, E. V. (1999). «Gubernskoe vremia» i ego kritiki v provintsial’noi pechati 1880-kh godov [“Governorate Time” and Its Critics in the Provincial Press of the 1880s]. In '],
    ['okafor-volkov', 'podorozhnaia1987', okafor, 'Подорожная Л. С. «Почтовая гоньба» и крестьянские', 'Podorozhnaia, L. S. (1987). «Pochtovaia gon’ba» i krest’ianskie povinnosti v Tobolianskom okruge v pervoi polovine XIX veka [“Post Driving” and Peasant'],
    ['solonitsyna', 'pudovkin2003', solonitsyna, 'Пудовкин Г. А. «Недоимочные ведомости» и их составители', 'Pudovkin, G. A. (2003). «Nedoimochnye vedomosti» i ikh sostaviteli [“Arrears Registers” and Their Compilers]. In '],
  ];
  it.each(cases)('%s: %s keeps «» in the Russian title and “” in its English translation', (_, id, article, primary, romanized) => {
    expect(article.entry('primary', id)).toContain(primary);
    expect(article.entry('romanized', id)).toContain(romanized);
  });

  it('straight or English quotes: «» in a Russian work of the Russian list, “” in the References list', () => {
    const item = { ...lindqvist.source.bibliography.find((b) => b.id === 'zvonarev1978')!, title: 'Железные дороги "Нордвикского края"', custom: { 'title-en': 'Railways of the "Nordvik Region"' } };
    const source = { ...lindqvist.source, bibliography: [item] };
    const [primary, romanized] = resolveReferences(source, journalProfile()).references;
    expect(plainText(primary.entries[0].text)).toContain('Железные дороги «Нордвикского края»');
    expect(plainText(romanized.entries[0].text)).toContain('Zheleznye dorogi “Nordvikskogo kraia” [Railways of the “Nordvik Region”]');
  });

  it('English quotes in an English work, the period after them', () => {
    const item = { ...lindqvist.source.bibliography.find((b) => b.id === 'marlowe1983')!, title: 'Standard Hours and "Common Time"' };
    const [primary, romanized] = resolveReferences({ ...lindqvist.source, bibliography: [item] }, journalProfile()).references;
    expect(plainText(primary.entries[0].text)).toBe('Marlowe H. Standard Hours and “Common Time”. Ashcombe : Ashcombe Univ. Press, 1983. 288 p.');
    expect(plainText(romanized.entries[0].text)).toBe('Marlowe, H. (1983). Standard Hours and “Common Time”. Ashcombe, Ashcombe Univ. Press. 288 p.');
  });
});

describe('the editor of a Russian work after "под ред."', () => {
  it('is in the genitive in the Russian list, as written in the References list', () => {
    expect(lindqvist.entry('primary', 'minutkin2005')).toContain('// Провинция и империя: сборник статей / под ред. Б. Б. Полуденного. Нордвик');
    expect(lindqvist.entry('romanized', 'minutkin2005')).toContain('In Poludennyi B. B. (Ed.).');
    expect(okafor.entry('primary', 'verstovoi2008')).toContain('/ под ред. С. Г. Ухабова.');
    expect(solonitsyna.entry('primary', 'pudovkin2003')).toContain('/ под ред. И. С. Безменова.');
  });
  it('leaves editors of English works alone', () => {
    expect(lindqvist.entry('primary', 'quennell2001')).toContain('/ ed. by T. Fairweather.');
    expect(okafor.entry('primary', 'ambrose2011')).toContain('/ eds. R. Gale, W. Thornby.');
  });
});

describe('every list of the three articles', () => {
  it('prints each work\'s title once and no doubled period', () => {
    for (const a of [lindqvist, okafor, solonitsyna])
      for (const kind of ['primary', 'romanized'])
        for (const e of a.list(kind).entries) {
          const text = plainText(e.text);
          expect(text, e.id).not.toMatch(/\.\./);
          const item = a.source.bibliography.find((b) => b.id === e.id)!;
          if (item.type === 'collection') continue;
          const title = kind === 'romanized' ? transliterate(String(item.title), getScheme('lc')) : String(item.title);
          const apostrophes = (t: string) => t.replace(/’/g, "'");
          expect(apostrophes(text).split(apostrophes(title)).length - 1, `${kind} ${e.id}`).toBe(1);
        }
  });
});
