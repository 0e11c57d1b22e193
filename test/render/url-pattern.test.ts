import { describe, expect, it } from 'vitest';
import { fillUrlPattern, UrlPatternError } from '../../src/render/url-pattern.js';

const values = { doi: '10.15826/qr.2017.3.245', id: 'harris-2017', year: 2017, volume: 5, issue: '3', seq: 245 };

describe('fillUrlPattern', () => {
  it.each([
    ['https://qrjournal.org/articles/{doi}', 'https://qrjournal.org/articles/10.15826/qr.2017.3.245'],
    ['https://qrjournal.org/articles/{doi}/{id}.pdf', 'https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.pdf'],
    ['https://x.org/{year}/{volume}/{issue}/{seq}', 'https://x.org/2017/5/3/245'],
    ['https://x.org/static', 'https://x.org/static'],
  ])('%s', (pattern, expected) => {
    expect(fillUrlPattern(pattern, values)).toBe(expected);
  });

  it('percent-encodes characters unsafe in a path but keeps the DOI slash', () => {
    expect(fillUrlPattern('https://x.org/{doi}/{id}', { doi: '10.1000/a b<c>#?', id: 'a/b c' })).toBe('https://x.org/10.1000/a%20b%3Cc%3E%23%3F/a%2Fb%20c');
  });

  it('refuses a placeholder without a value instead of leaving it empty', () => {
    expect(() => fillUrlPattern('https://x.org/{doi}', { id: 'x' })).toThrow(UrlPatternError);
    expect(() => fillUrlPattern('https://x.org/{doi}', { id: 'x' })).toThrow(/\{doi\}/);
  });
});
