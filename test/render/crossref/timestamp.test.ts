import { describe, expect, it } from 'vitest';
import { compactDateTime, crossrefTimestamp, nextTimestamp } from '../../../src/render/crossref/timestamp.js';

const at = new Date('2026-03-04T05:06:07.089Z');

describe('Crossref timestamps', () => {
  it.each([
    [new Date('2026-03-04T05:06:07.089Z'), '20260304050607089'],
    [new Date('1999-12-31T23:59:59.999Z'), '19991231235959999'],
    [new Date('2017-01-01T00:00:00.000Z'), '20170101000000000'],
  ])('formats %s as YYYYMMDDHHMMSSmmm in UTC', (date, expected) => {
    expect(crossrefTimestamp(date)).toBe(expected);
    expect(compactDateTime(date)).toBe(expected.slice(0, 14));
  });

  it('uses the clock when it is past every logged timestamp', () => {
    expect(nextTimestamp(at, ['20260304050607088', '20200101000000000'])).toBe('20260304050607089');
  });

  it('goes one past the largest logged timestamp within the same millisecond', () => {
    const first = nextTimestamp(at, []);
    const second = nextTimestamp(at, [first]);
    const third = nextTimestamp(at, [first, second]);
    expect([first, second, third]).toEqual(['20260304050607089', '20260304050607090', '20260304050607091']);
  });

  it('still grows when the clock went backwards, beyond Number precision', () => {
    // 17 digits: Number would round 99999999999999999 to 1e17 and compare wrongly.
    expect(nextTimestamp(at, ['99999999999999999'])).toBe('100000000000000000');
    expect(nextTimestamp(at, ['20300101000000999'])).toBe('20300101000001000');
  });
});
