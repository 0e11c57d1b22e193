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
  const segments = [[file('1', '1', '5', '19'), file('1', '1', '47', '54')], [file('1', '1', '43', '12'), file('1', '1', '44', '6, 60'), file('1', '1', '45')]];

  it('lists one segment per citation, in order, each collapsed, without sheets', () => {
    expect(archiveLocation(segments, ru)).toBe('Ф. 1. Оп. 1. Д. 5; Д. 47; Ф. 1. Оп. 1. Д. 43; Д. 44; Д. 45');
    expect(archiveLocation(segments, en)).toBe('Stock 1. List 1. Dos. 5; Dos. 47; Stock 1. List 1. Dos. 43; Dos. 44; Dos. 45');
  });

  it('prints a file cited twice in a row within one citation once', () => {
    expect(archiveLocation([[file('17', '3', '339', '4'), file('17', '3', '339', '342')]], ru)).toBe('Ф. 17. Оп. 3. Д. 339');
  });
});
