import { describe, expect, it } from 'vitest';
import { assignPages } from '../../src/issue/paginate.js';

describe('assignPages', () => {
  const cases: [string, number[], number, boolean, [number, number, boolean][]][] = [
    ['continuous from 693', [15, 8, 11], 693, false, [[693, 707, false], [708, 715, false], [716, 726, false]]],
    ['recto starts insert blank versos', [15, 8, 11], 693, true, [[693, 707, false], [709, 716, true], [717, 727, false]]],
    ['recto start on an even first page', [3], 2, true, [[3, 5, true]]],
    ['one-page article', [1, 1], 1, false, [[1, 1, false], [2, 2, false]]],
    ['no articles', [], 10, false, []],
  ];
  it.each(cases)('%s', (_name, counts, first, recto, expected) => {
    const placements = assignPages(counts.map((pageCount, i) => ({ id: `a${i}`, pageCount })), first, recto);
    expect(placements.map((p) => [p.first, p.last, p.blankBefore])).toEqual(expected);
  });

  it('starts each article right after the previous one ends', () => {
    const placements = assignPages([4, 9, 2, 7].map((pageCount, i) => ({ id: `a${i}`, pageCount })), 101, false);
    for (let i = 1; i < placements.length; i++) expect(placements[i].first).toBe(placements[i - 1].last + 1);
  });
});
