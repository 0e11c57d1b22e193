// "Did you mean": the nearest word of a closed set, or none when nothing is near.
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/util/suggest.js';

describe('nearest', () => {
  it.each([
    ['fairwether2003', ['fairweather2003', 'fairbairn2001'], 'fairweather2003'],
    ['Schapiro1955', ['schapiro1955', 'deutscher1949'], 'schapiro1955'],
    ['biuld', ['build', 'check', 'issue'], 'build'],
    ['onyl', ['only', 'skip', 'dist'], 'only'],
    ['udc-sytnax', ['udc-syntax', 'udc-empty'], 'udc-syntax'],
    ['frobnicate', ['build', 'check'], undefined],
    ['x', ['build'], undefined],
  ] as const)('%s among %j → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('sytnax', 'syntax')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
