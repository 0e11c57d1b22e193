import { describe, expect, it } from 'vitest';
import { archiveLocation, parseArchivalLocator, type ArchivalCite } from '../../src/references/archives.js';

const cases: [string, ReturnType<typeof parseArchivalLocator>][] = [
  ['Ф. 17. Оп. 69. Д. 140. Л. 30', { fond: '17', opis: '69', delo: '140', list: '30' }],
  ['Ф. 17. Оп. 3. Д. 339. Л. 4, 342', { fond: '17', opis: '3', delo: '339', list: '4, 342' }],
  ['Ф. 1494. Оп. 1. Д. 190. Л. 42–42 об.', { fond: '1494', opis: '1', delo: '190', list: '42–42 об.' }],
  ['Ф. 17. Оп. 84. Д. 470', { fond: '17', opis: '84', delo: '470' }],
  ['Ф. Р-5446. Оп. 1а. Д. 12б. Л. 3–5, 7', { fond: 'Р-5446', opis: '1а', delo: '12б', list: '3–5, 7' }],
  ['F. 17. Op. 3. D. 5. L. 2', { fond: '17', opis: '3', delo: '5', list: '2' }],
  ['Ф. 17', { fond: '17' }],
  ['Ф. 17. 69/140', undefined],
  ['Д. 5. Д. 6', undefined],
  ['p. 17', undefined],
  ['Оп. 3 Д. 5', undefined],
];

describe('archival locators', () => {
  it.each(cases)('%s', (locator, expected) => {
    expect(parseArchivalLocator(locator)).toEqual(expected);
  });
});

describe('the files of an archive in its list entry', () => {
  const file = (fond: string, opis: string, delo: string, list?: string): ArchivalCite => ({ archive: 'davo', name: 'ДАВО', file: { fond, opis, delo, list } });
  const ru = { fond: 'Ф.', opis: 'Оп.', delo: 'Д.', list: 'Л.' };
  const en = { fond: 'Stock', opis: 'List', delo: 'Dos.', list: 'Sheet' };
  // Citations in reading order: [Д. 5. Л. 19; Д. 47. Л. 54], [Д. 43. Л. 12; Д. 44; Д. 45], [Д. 5. Л. 20], [Д. 44. Л. 6].
  const cited = [file('1', '1', '5', '19'), file('1', '1', '47', '54'), file('1', '1', '43', '12'), file('1', '1', '44', '6, 60'), file('1', '1', '45'), file('1', '1', '5', '20'), file('1', '1', '44', '6')];

  it('lists each file once, in order of first citation, fond and opis collapsed, without sheets', () => {
    expect(archiveLocation([cited], ru)).toBe('Ф. 1. Оп. 1. Д. 5; Д. 47; Д. 43; Д. 44; Д. 45');
    expect(archiveLocation([cited], en)).toBe('Stock 1. List 1. Dos. 5; Dos. 47; Dos. 43; Dos. 44; Dos. 45');
  });

  it('names fond and opis again where they change, and keeps a file first cited after another series in that place', () => {
    const files = [file('17', '69', '140'), file('17', '3', '337'), file('17', '3', '339', '4'), file('17', '84', '476'), file('17', '3', '400'), file('17', '84', '476', '9–10'), file('558', '1', '2569')];
    expect(archiveLocation([files], ru)).toBe('Ф. 17. Оп. 69. Д. 140; Ф. 17. Оп. 3. Д. 337; Д. 339; Ф. 17. Оп. 84. Д. 476; Ф. 17. Оп. 3. Д. 400; Ф. 558. Оп. 1. Д. 2569');
  });

  it('prints a file cited twice in a row once', () => {
    expect(archiveLocation([[file('17', '3', '339', '4'), file('17', '3', '339', '342')]], ru)).toBe('Ф. 17. Оп. 3. Д. 339');
  });

  it('tells files apart by fond and opis as well as delo', () => {
    expect(archiveLocation([[file('214', '1', '5'), file('214', '2', '5'), file('3', '1', '5'), file('214', '1', '5')]], ru)).toBe('Ф. 214. Оп. 1. Д. 5; Ф. 214. Оп. 2. Д. 5; Ф. 3. Оп. 1. Д. 5');
  });

  it('as-cited: restates the files of each citation, collapsed within it, as the seed prints them', () => {
    // The seed's clusters: [ДАВО Д. 5. Л. 19; Д. 47. Л. 54] … [ДАВО Д. 43. Л. 12; Д. 44. Л. 6, 60; Д. 45. Л. 1, 6].
    const segments = [[file('1', '1', '5', '19'), file('1', '1', '47', '54')], [file('1', '1', '43', '12'), file('1', '1', '44', '6, 60'), file('1', '1', '45', '1, 6')]];
    expect(archiveLocation(segments, ru, 'as-cited')).toBe('Ф. 1. Оп. 1. Д. 5; Д. 47; Ф. 1. Оп. 1. Д. 43; Д. 44; Д. 45');
    expect(archiveLocation([[file('17', '84', '476', '4')], [file('17', '84', '476', '9–10')]], ru, 'as-cited')).toBe('Ф. 17. Оп. 84. Д. 476; Ф. 17. Оп. 84. Д. 476');
    expect(archiveLocation([[file('17', '84', '476', '4')], [file('17', '84', '476', '9–10')]], ru, 'once')).toBe('Ф. 17. Оп. 84. Д. 476');
  });
});
