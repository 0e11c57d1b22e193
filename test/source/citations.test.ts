import { describe, expect, it } from 'vitest';
import { findCitations, parseLocator } from '../../src/source/citations.js';

// [source text, expected items (without offsets)] — Pandoc syntax as the source format documents it.
const valid: [string, object[]][] = [
  ['[@deutscher1949; @schapiro1955]', [{ key: 'deutscher1949' }, { key: 'schapiro1955' }]],
  ['[@lenin1966, p. 306–307]', [{ key: 'lenin1966', label: 'page', locator: '306–307' }]],
  ['[@a, pp. 10–12; @b, гл. 2]', [{ key: 'a', label: 'page', locator: '10–12' }, { key: 'b', label: 'chapter', locator: '2' }]],
  ['[@a, с. 45]', [{ key: 'a', label: 'page', locator: '45' }]],
  ['[@a, ch. 1]', [{ key: 'a', label: 'chapter', locator: '1' }]],
  ['[@a, fl. 12; @b, cap. 3; @c, pág. 7]', [{ key: 'a', label: 'folio', locator: '12' }, { key: 'b', label: 'chapter', locator: '3' }, { key: 'c', label: 'page', locator: '7' }]],
  ['[@a, 12]', [{ key: 'a', label: 'page', locator: '12' }]],
  ['[see @a, p. 3]', [{ key: 'a', prefix: 'see', label: 'page', locator: '3' }]],
  ['[@a, passim]', [{ key: 'a', suffix: 'passim' }]],
  ['[@rgaspi, Ф. 17. Оп. 69. Д. 140. Л. 30]', [{ key: 'rgaspi', label: 'archival', locator: 'Ф. 17. Оп. 69. Д. 140. Л. 30' }]],
  [
    '[@rgaspi, Ф. 17. Оп. 3. Д. 337; @rgaspi, Ф. 17. Оп. 3. Д. 339. Л. 4, 342]',
    [{ key: 'rgaspi', label: 'archival', locator: 'Ф. 17. Оп. 3. Д. 337' }, { key: 'rgaspi', label: 'archival', locator: 'Ф. 17. Оп. 3. Д. 339. Л. 4, 342' }],
  ],
  ['[@tsdooso, Ф. 1494. Оп. 1. Д. 190. Л. 42–42 об.]', [{ key: 'tsdooso', label: 'archival', locator: 'Ф. 1494. Оп. 1. Д. 190. Л. 42–42 об.' }]],
  ['[@rgaspi, Ф. 558. Оп. 1. Д. 2569. Л. 71 (Сталин)]', [{ key: 'rgaspi', label: 'archival', locator: 'Ф. 558. Оп. 1. Д. 2569. Л. 71', suffix: '(Сталин)' }]],
  ['[@rgaspi, Ф. 17.\n  Оп. 2. Д. 5]', [{ key: 'rgaspi', label: 'archival', locator: 'Ф. 17. Оп. 2. Д. 5' }]],
];

const malformed: [string, number, RegExp][] = [
  ['[@]', 1, /without a key/],
  ['[@key,]', 5, /empty locator/],
  ['text [@key', 5, /closing `\]`/],
  ['[@a;]', 4, /empty citation item/],
  ['[@a; see]', 5, /expected `@key`/],
  ['[@a p. 3]', 3, /before the locator/],
  ['[@a, p.]', 3, /without a number/],
  ['[-@a]', 1, /author suppression/],
  ['[@a [@b]', 0, /closing/],
];

describe('findCitations', () => {
  it.each(valid)('%s', (text, items) => {
    const { citations, errors } = findCitations(text);
    expect(errors).toEqual([]);
    expect(citations).toHaveLength(1);
    expect(citations[0].items.map(({ start: _, ...i }) => i)).toEqual(items);
    expect([citations[0].start, citations[0].end]).toEqual([0, text.length]);
  });

  it('gives the offset of each key and of the bracket', () => {
    const text = 'As argued [@a, p. 3; @bb] and [@c].';
    const { citations } = findCitations(text);
    expect(citations.map((c) => [c.start, c.end, c.items.map((i) => i.start)])).toEqual([
      [10, 25, [11, 21]],
      [30, 34, [31]],
    ]);
  });

  it.each(malformed)('reports %s at offset %i', (text, start, message) => {
    const { errors } = findCitations(text);
    expect(errors[0]?.start).toBe(start);
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.message).toMatch(/^Unexpected .*, expected /);
  });

  it('leaves brackets that are not citations alone', () => {
    for (const text of ['mail [j@x.org] ok', '[sic]', '[1917]', 'a [^1] call', '![alt](x.png)'])
      expect(findCitations(text), text).toEqual({ citations: [], errors: [] });
  });
});

describe('parseLocator', () => {
  it('normalises labels to CSL terms and keeps a trailing parenthesis as suffix', () => {
    expect(parseLocator('vol. 2')).toEqual({ label: 'volume', locator: '2' });
    expect(parseLocator('Т. 3')).toEqual({ label: 'volume', locator: '3' });
    expect(parseLocator('p. 5 (emphasis added)')).toEqual({ label: 'page', locator: '5', suffix: '(emphasis added)' });
  });
});
