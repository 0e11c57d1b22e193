import { describe, expect, it } from 'vitest';
import { bareOrcid, isRealIsoDate, isValidOrcid, orcidCheckDigit } from '../../../src/model/meta/formats.js';

describe('ISO dates', () => {
  it.each([
    ['2017-01-17', true],
    ['2016-02-29', true],
    ['2017-02-29', false],
    ['2017-02-30', false],
    ['2017-13-01', false],
    ['17.03.2017', false],
    ['2017-1-17', false],
  ])('%s → %s', (text, ok) => expect(isRealIsoDate(text)).toBe(ok));
});

describe('ORCID', () => {
  it('computes the ISO 7064 MOD 11-2 check digit, X for 10', () => {
    expect(orcidCheckDigit('000000021825009')).toBe('7');
    expect(orcidCheckDigit('000000021694233')).toBe('X');
  });
  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097', true],
    ['https://orcid.org/0000-0002-1694-233X', '0000-0002-1694-233X', true],
    ['0000-0002-1825-0098', '0000-0002-1825-0098', false],
  ])('%s', (text, bare, valid) => {
    expect(bareOrcid(text)).toBe(bare);
    expect(isValidOrcid(bare)).toBe(valid);
  });
  it('rejects malformed iDs', () => {
    expect(bareOrcid('0000-0002-1825')).toBeUndefined();
    expect(bareOrcid('orcid 0000-0002-1825-0097')).toBeUndefined();
  });
});
