import { describe, expect, it } from 'vitest';
import { checkDoi } from '../../src/checks/doi.js';
import { makeMeta, makeProfile, summarize } from './helpers.js';

const profile = makeProfile();
const check = (doi: string, meta = {}) => checkDoi(makeMeta({ doi, ...meta }), profile);

describe('checkDoi', () => {
  it('accepts the seed DOI', () => {
    expect(check('10.15826/qr.2017.3.245')).toEqual([]);
  });

  it('accepts any running number when the source gives none, and compares literals case-insensitively', () => {
    expect(check('10.15826/qr.2017.3.9', { seq: undefined })).toEqual([]);
    expect(check('10.15826/QR.2017.3.245')).toEqual([]);
  });

  it('leaves a missing DOI to the loader (meta-required)', () => {
    expect(checkDoi(makeMeta({ doi: undefined }), profile)).toEqual([]);
  });

  // [DOI as written, expected `rule @line:column message` lines]; the value starts at 3:6.
  const cases: [string, string[]][] = [
    ['https://doi.org/10.15826/qr.2017.3.245', ["doi-url-form @3:6 Unexpected URL form 'https://doi.org/', expected a bare DOI such as 10.15826/…"]],
    ['http://dx.doi.org/10.15826/qr.2017.3.245', ["doi-url-form @3:6 Unexpected URL form 'http://dx.doi.org/', expected a bare DOI such as 10.15826/…"]],
    ['doi:10.15826/qr.2017.3.245', ["doi-url-form @3:6 Unexpected URL form 'doi:', expected a bare DOI such as 10.15826/…"]],
    ['10.15826/qr.2017.3.245 ', ['doi-syntax @3:28 Unexpected whitespace (U+0020) at column 23, expected no whitespace in a DOI', "doi-pattern @3:28 Unexpected ' ' after the DOI suffix, expected the DOI to end (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
    ['10.15826/qr.2017.3.245#', ["doi-syntax @3:28 Unexpected '#' at column 23, expected only a-z A-Z 0-9 - . _ ; ( ) / : in the suffix", "doi-pattern @3:28 Unexpected '#' after the DOI suffix, expected the DOI to end (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
    ['11.15826/qr.2017.3.245', ["doi-syntax @3:7 Unexpected '1' at column 2, expected a DOI beginning with '10.'"]],
    ['10.15826qr.2017.3.245', ["doi-syntax @3:14 Unexpected 'q' in the DOI prefix, expected digits, points and then '/' (10.NNNN/suffix)"]],
    ['10.15826', ['doi-syntax @3:14 Unexpected end of DOI, expected \'/\' and a suffix after the prefix 10.15826']],
    ['10.15826/', ["doi-syntax @3:15 Unexpected end of DOI, expected a suffix after '/'"]],
    ['10.158/qr.2017.3.245', ["doi-syntax @3:9 Unexpected registrant code '158', expected 4 to 9 digits, optionally with .NNNN subdivisions"]],
    ['10.15862/qr.2017.3.245', ["doi-prefix @3:6 Unexpected prefix 10.15862, expected the journal's prefix 10.15826"]],
    ['10.15826/qr.2016.3.245', ["doi-pattern @3:18 Unexpected year '2016' in the DOI suffix, expected 2017 (the article's year) (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
    ['10.15826/qr.2017.4.245', ["doi-pattern @3:23 Unexpected issue '4' in the DOI suffix, expected 3 (the article's issue) (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
    ['10.15826/qr.2017.3.246', ["doi-pattern @3:25 Unexpected seq '246' in the DOI suffix, expected 245 (the article's seq) (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
    ['10.15826/qx.2017.3.245', ["doi-pattern @3:16 Unexpected 'x' in the DOI suffix, expected 'r' (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
    ['10.15826/qr.2017.3', ["doi-pattern @3:24 Unexpected end of DOI in the DOI suffix, expected '.' (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
    ['10.15826/qr.2017.3.245.1', ["doi-pattern @3:28 Unexpected '.1' after the DOI suffix, expected the DOI to end (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)"]],
  ];
  it.each(cases)('%s', (doi, want) => {
    expect(summarize(check(doi))).toEqual(want);
  });

  it('names each Cyrillic look-alike, its code point and its column, and checks the rest as Latin', () => {
    // "qr" typed with a Cyrillic р (U+0440): one look-alike error; it folds to the Latin p, which the pattern then rejects.
    const doi = '10.15826/q\u0440.2017.3.245';
    expect(summarize(check(doi))).toEqual([
      "doi-lookalike @3:16 Unexpected Cyrillic letter 'р' (U+0440) at column 11, expected the Latin 'p'",
      "doi-pattern @3:16 Unexpected 'p' in the DOI suffix, expected 'r' (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)",
    ]);
    const lookalikeOnly = '10.15826/\u0441ase.1'; // Cyrillic с in a suffix the pattern would otherwise reject anyway
    expect(check(lookalikeOnly).filter((d) => d.rule === 'doi-lookalike').map((d) => d.message)).toEqual([
      "Unexpected Cyrillic letter 'с' (U+0441) at column 10, expected the Latin 'c'",
    ]);
  });

  it('reports look-alikes anywhere: Cyrillic capitals, Greek letters, dashes and fullwidth signs', () => {
    const profileAnySuffix = makeProfile({ doi: { prefix: '10.15826', suffixPattern: 'x{seq}' } });
    const messages = checkDoi(makeMeta({ doi: '10.15826/x1\u2013\u0410\u03bf\uff0e', seq: undefined }), profileAnySuffix)
      .filter((d) => d.rule === 'doi-lookalike')
      .map((d) => d.message);
    expect(messages).toEqual([
      "Unexpected dash '–' (U+2013) at column 12, expected the ASCII '-'",
      "Unexpected Cyrillic capital 'А' (U+0410) at column 13, expected the Latin 'A'",
      "Unexpected Greek letter 'ο' (U+03BF) at column 14, expected the Latin 'o'",
      "Unexpected look-alike character '．' (U+FF0E) at column 15, expected the ASCII '.'",
    ]);
  });

  it('reports a non-ASCII character that resembles nothing as syntax', () => {
    expect(summarize(check('10.15826/qr.2017.3.245ж')).slice(0, 1)).toEqual([
      "doi-syntax @3:28 Unexpected character 'ж' (U+0436) at column 23, expected only a-z A-Z 0-9 - . _ ; ( ) / :",
    ]);
  });

  it('checks the DOI behind a URL form too, with columns in the written value', () => {
    expect(summarize(check('https://doi.org/10.15826/qr.2016.3.245'))).toEqual([
      "doi-url-form @3:6 Unexpected URL form 'https://doi.org/', expected a bare DOI such as 10.15826/…",
      "doi-pattern @3:34 Unexpected year '2016' in the DOI suffix, expected 2017 (the article's year) (pattern qr.{year}.{issue}.{seq} gives qr.2017.3.245)",
    ]);
  });

  it('fills {volume} and takes severities from the profile', () => {
    const byVolume = makeProfile({ doi: { prefix: '10.15826', suffixPattern: 'qr.v{volume}.{seq}' }, rules: { 'doi-pattern': 'warning' } });
    expect(checkDoi(makeMeta({ doi: '10.15826/qr.v5.245' }), byVolume)).toEqual([]);
    const [d] = checkDoi(makeMeta({ doi: '10.15826/qr.v6.245' }), byVolume);
    expect([d.rule, d.severity, d.message]).toEqual(['doi-pattern', 'warning', "Unexpected volume '6' in the DOI suffix, expected 5 (the article's volume) (pattern qr.v{volume}.{seq} gives qr.v5.245)"]);
    const off = makeProfile({ rules: { 'doi-prefix': 'off' } });
    expect(checkDoi(makeMeta({ doi: '10.15862/qr.2017.3.245' }), off)).toEqual([]);
  });

  it('links the rule to its documentation', () => {
    const [d] = check('https://doi.org/10.15826/qr.2017.3.245');
    expect(d.url).toMatch(/^https:\/\/www\.doi\.org\//);
  });
});
