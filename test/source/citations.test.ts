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
  ['[-@wehling1977]', [{ key: 'wehling1977', suppressAuthor: true }]],
  ['[-@a, p. 171; see @b]', [{ key: 'a', suppressAuthor: true, label: 'page', locator: '171' }, { key: 'b', prefix: 'see' }]],
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
  ['[@fig:map, p. 3]', 1, /with a cross-reference/],
  ['[@a; @fig:map]', 1, /beside a cross-reference/],
  ['@a []', 2, /empty `\[\]`/],
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
      expect(findCitations(text), text).toEqual({ citations: [], crossRefs: [], errors: [] });
  });
});

describe('narrative citations and cross-references', () => {
  // [source text, narrative citations as [start, end, item], cross-references as [start, end, label]]
  const cases: [string, [number, number, object][], [number, number, string][]][] = [
    ['@wehling1977 argues', [[0, 12, { key: 'wehling1977' }]], []],
    ['As @wehling1977 [p. 171] argues', [[3, 24, { key: 'wehling1977', label: 'page', locator: '171' }]], []],
    ['see @wehling1977 [passim].', [[4, 25, { key: 'wehling1977', suffix: 'passim' }]], []],
    ['A key ends before punctuation: @a.', [[31, 33, { key: 'a' }]], []],
    ['mail j@x.org or a@b', [], []],
    ['(@fig:offsets) and @sec:clock.', [], [[1, 13, 'fig:offsets'], [19, 29, 'sec:clock']]],
    ['in [@tbl:results] we', [], [[3, 17, 'tbl:results']]],
    ['@wehling1977 [@brantingham1994] both', [[0, 12, { key: 'wehling1977' }]], []],
  ];
  it.each(cases)('%s', (text, narrative, refs) => {
    const { citations, crossRefs, errors } = findCitations(text);
    expect(errors).toEqual([]);
    const bare = citations.filter((c) => c.narrative);
    expect(bare.map((c) => [c.start, c.end, (({ start: _, ...i }) => i)(c.items[0])])).toEqual(narrative);
    expect(crossRefs.map((r) => [r.start, r.end, r.label])).toEqual(refs);
  });

  it('keeps a bracketed citation beside a narrative one', () => {
    const { citations } = findCitations('@wehling1977 [@brantingham1994] both');
    expect(citations.map((c) => [c.narrative ?? false, c.items[0].key])).toEqual([[true, 'wehling1977'], [false, 'brantingham1994']]);
  });

  it('never reads a cross-reference prefix as a bibliography key', () => {
    for (const prefix of ['fig', 'tbl', 'eq', 'sec', 'app']) {
      const { citations, crossRefs } = findCitations(`see @${prefix}:x and [@${prefix}:y]`);
      expect(citations).toEqual([]);
      expect(crossRefs.map((r) => r.label)).toEqual([`${prefix}:x`, `${prefix}:y`]);
    }
  });
});

describe('parseLocator', () => {
  it('normalises labels to CSL terms and keeps a trailing parenthesis as suffix', () => {
    expect(parseLocator('vol. 2')).toEqual({ label: 'volume', locator: '2' });
    expect(parseLocator('Т. 3')).toEqual({ label: 'volume', locator: '3' });
    expect(parseLocator('p. 5 (emphasis added)')).toEqual({ label: 'page', locator: '5', suffix: '(emphasis added)' });
  });
});

describe('locator terms from the CSL locales of the article\'s languages', () => {
  it('reads Portuguese and German locators as their CSL terms', async () => {
    const { locatorLabelsFor } = await import('../../src/references/locator-terms.js');
    const labels = locatorLabelsFor(['pt', 'de'], []);
    expect(findCitations('[@a, cap. 3; @b, f. 12; @c, S. 45; @d, Bd. 2]', labels).citations[0].items.map(({ key, label, locator }) => [key, label, locator])).toEqual([
      ['a', 'chapter', '3'],
      ['b', 'folio', '12'],
      ['c', 'page', '45'],
      ['d', 'volume', '2'],
    ]);
    // Without those locales the same text is a suffix, as Pandoc reads an unknown label.
    expect(findCitations('[@c, S. 45]').citations[0].items[0]).toMatchObject({ suffix: 'S. 45' });
  });
});
