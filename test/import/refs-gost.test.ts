// GOST R 7.0.5-2008 / 7.1-2003 descriptions, one construct per row, read into the
// CSL fields Galley stores (article/harris-2017/references.yaml). Examples in the
// shapes of the standards' own (7.0.5 appendix A, 7.1 appendix A) and of the seed.
import { describe, expect, it } from 'vitest';
import { parseGostEntry } from '../../src/import/references/gost.js';
import { defaultExpansions } from '../../src/import/references/expansions.js';

const rows: [string, string, Record<string, unknown>][] = [
  ['one author, book, "М. :" expanded', 'Фасмер М. Этимологический словарь русского языка : в 4 т. 2-е изд. М. : Прогресс, 1986. Т. 1. 576 с.', {
    type: 'book', language: 'ru', author: [{ family: 'Фасмер', given: 'М.' }], title: 'Этимологический словарь русского языка',
    'number-of-volumes': 4, edition: 2, 'publisher-place': 'Москва', publisher: 'Прогресс', issued: { 'date-parts': [[1986]] }, volume: '1', 'number-of-pages': 576,
  }],
  ['journal article: // title. year. № issue. С. pages', 'Михайлов С. А. Езда по-европейски : плат. автомоб. дороги в России // Отечеств. зап. 2002. № 2. С. 138–152.', {
    type: 'article-journal', title: 'Езда по-европейски: плат. автомоб. дороги в России', 'container-title': 'Отечеств. зап.', issued: { 'date-parts': [[2002]] }, issue: '2', page: '138–152',
  }],
  ['two authors, volume and issue, DOI', 'Иванов И. И., Петров П. П. Экономика фирмы // Вопросы экономики. 2015. Т. 12, № 3. С. 45–60. DOI: 10.32609/0042-8736-2015-3-45-60.', {
    type: 'article-journal', author: [{ family: 'Иванов', given: 'И. И.' }, { family: 'Петров', given: 'П. П.' }], volume: '12', issue: '3', page: '45–60', DOI: '10.32609/0042-8736-2015-3-45-60',
  }],
  ['editors after "под ред." in the genitive, stored in the nominative', 'История России : учеб. пособие / под ред. М. Н. Зуева, А. А. Чернобаева. М. : Высш. шк., 2001. 480 с.', {
    type: 'book', title: 'История России: учеб. пособие', editor: [{ family: 'Зуев', given: 'М. Н.' }, { family: 'Чернобаев', given: 'А. А.' }], publisher: 'Высш. шк.', 'number-of-pages': 480,
  }],
  ['four and more authors: "/ И. И. Иванов [и др.]"', 'Безопасность жизнедеятельности / И. И. Иванов [и др.]. СПб. : Питер, 2010. 320 с.', {
    type: 'book', author: [{ family: 'Иванов', given: 'И. И.' }], 'publisher-place': 'Санкт-Петербург', publisher: 'Питер',
  }],
  ['chapter: // collection / под ред., place : publisher, pages', 'Колесников А. Н. Статья в сборнике // Сборник научных трудов / под ред. П. П. Сидорова. Томск : Изд-во Том. ун-та, 2008. С. 12–34.', {
    type: 'chapter', title: 'Статья в сборнике', 'container-title': 'Сборник научных трудов', editor: [{ family: 'Сидоров', given: 'П. П.' }], 'publisher-place': 'Томск', publisher: 'Издательство Том. университета', page: '12–34',
  }],
  ['URL and access date', 'Белоусов А. В. Городская среда. Екатеринбург : Изд-во Урал. ун-та, 2012. 230 с. URL: https://elar.urfu.ru/handle/10995/1 (дата обращения: 12.03.2016).', {
    type: 'book', URL: 'https://elar.urfu.ru/handle/10995/1', accessed: { 'date-parts': [[2016, 3, 12]] }, 'number-of-pages': 230,
  }],
  ['chapter of collected works: container author, в 55 т., edition, volume after the imprint', 'Ленин В. И. Удержат ли большевики государственную власть? // Ленин В. И. Полн. собр. соч. : в 55 т. 4-е изд. М. : Изд-во полит. лит., 1966. Т. 34. С. 256–257.', {
    type: 'chapter', 'container-author': [{ family: 'Ленин', given: 'В. И.' }], 'container-title': 'Полное собрание сочинений', 'number-of-volumes': 55, edition: 4,
    publisher: 'Издательство политической литературы', volume: '34', page: '256–257',
  }],
  ['archive: name, fond with a letter', 'ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3.', { type: 'collection', language: 'ru', archive: 'ГАРФ' }],
  ['Latin entry in GOST shape, particle after the initials', 'Laue T. H. Von. Why Lenin? Why Stalin? A Reappraisal of the Russian Revolution, 1900–1930. Philadelphia : Lippincott, 1964. 242 p.', {
    type: 'book', language: 'en', author: [{ family: 'Laue', given: 'T. H.', 'dropping-particle': 'Von' }], title: 'Why Lenin? Why Stalin? A Reappraisal of the Russian Revolution, 1900–1930', 'number-of-pages': 242,
  }],
  ['Latin chapter with editors "eds." and a two-word abbreviated place', 'Fitzpatrick S. The Civil War as a Formative Experience // Bolshevik Culture: Experiment and Order in the Russian Revolution / eds. A. Gleason, P. Kenez, R. Stites. Bloomington, Ind. : Indiana Univ. Press, 1989. 305 p.', {
    type: 'chapter', editor: [{ family: 'Gleason', given: 'A.' }, { family: 'Kenez', given: 'P.' }, { family: 'Stites', given: 'R.' }], 'publisher-place': 'Bloomington, Ind.', 'number-of-pages': 305,
  }],
  ['"N. Haven" is one place', 'Davies S., Harris J. Stalin’s World: Dictating the Soviet Order. N. Haven : Yale Univ. Press, 2014. 340 p.', { 'publisher-place': 'New Haven', publisher: 'Yale Univ. Press' }],
  ['a title holding ". " stays whole', 'Kotkin S. Stalin: Volume I. Paradoxes of Power, 1878–1928. N. Y. : Penguin, 2014. 976 p.', { title: 'Stalin: Volume I. Paradoxes of Power, 1878–1928', 'publisher-place': 'New York' }],
  ['Latin journal: Vol., №, P.', 'Smith J. Title of the Paper // Journal of Things. 2010. Vol. 5, № 2. P. 10–20.', { type: 'article-journal', volume: '5', issue: '2', page: '10–20', 'container-title': 'Journal of Things' }],
  ['German title: language from its words', 'Spengler O. Der Untergang des Abendlandes. Wien : Braumüller, 1918. 414 p.', { language: 'de', 'publisher-place': 'Wien' }],
];

describe('GOST descriptions → CSL fields', () => {
  it.each(rows)('%s', (_, text, expected) => {
    const r = parseGostEntry(text, defaultExpansions);
    expect(r.unread).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.fields).toMatchObject(expected);
  });

  it('reports what it guessed: the genitive undone, an ambiguous abbreviation, "[и др.]"', () => {
    expect(parseGostEntry(rows[3][1], defaultExpansions).guesses).toContain('editor "Зуева" after "под ред." stored in the nominative as "Зуев" (the list prints the nominative unless the full given name and patronymic are added)');
    expect(parseGostEntry(rows[7][1], defaultExpansions).guesses).toContain('"лит." read as "литературы" (also: литература)');
    expect(parseGostEntry(rows[4][1], defaultExpansions).guesses.join()).toContain('[и др.]');
    const indeclinable = parseGostEntry('Социология : учебник / под ред. В. Н. Лавриненко. М. : ЮНИТИ, 2005. 448 с.', defaultExpansions);
    expect(indeclinable.fields.editor).toEqual([{ family: 'Лавриненко', given: 'В. Н.' }]);
    expect(indeclinable.guesses.join()).toContain('kept as printed');
  });

  it('reads an entry as the Word import hands it: its number, Markdown escapes, italics, 7.1-2003 dashes', () => {
    const r = parseGostEntry('12\\. *Михайлов С. А.* Езда по-европейски \\[Электронный ресурс\\] // Отечеств. зап. – 2002. – № 2. – С. 138–152.', defaultExpansions);
    expect(r.unread).toEqual([]);
    expect(r.fields).toMatchObject({ type: 'article-journal', author: [{ family: 'Михайлов', given: 'С. А.' }], title: 'Езда по-европейски', 'container-title': 'Отечеств. зап.', issue: '2', page: '138–152' });
  });

  it('reads the files of an archive as printed, fond and opis carried over', () => {
    const r = parseGostEntry('РГАСПИ. Ф. 17. Оп. 3. Д. 337; Д. 339; Ф. 558. Оп. 1. Д. 2569.', defaultExpansions);
    expect(r.files).toEqual([{ fond: '17', opis: '3', delo: '337' }, { fond: '17', opis: '3', delo: '339' }, { fond: '558', opis: '1', delo: '2569' }]);
  });

  it('leaves unread what it cannot place: a web page without a year, text without areas', () => {
    const site = parseGostEntry('Лэтчфорд Е. У. С Белой армией в Сибири [Электронный ресурс] // Восточный фронт армии адмирала А. В. Колчака : сайт. URL: http://east-front.narod.ru/memo/latchford.htm (дата обращения: 23.08.2007).', defaultExpansions);
    expect(site.missing).toEqual(['“Place : Publisher, Year”', 'year']);
    expect(parseGostEntry('Какой-то текст без структуры, 1999', defaultExpansions).missing).toContain('year');
    expect(parseGostEntry('Иванов И. И. Книга. М. : Наука, 2001. 200 с. // Лишнее // Ещё', defaultExpansions).unread).not.toEqual([]);
  });
});
