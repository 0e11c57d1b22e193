// The DOI suffix pattern language: fixed-width placeholders and literal digits
// (a SciELO-style S0104-59702020000100016), read both ways, and checked by the
// DOI rule through the same parser.
import { describe, expect, it } from 'vitest';
import { doiFor, patternProblems, seqOf } from '../../src/record/doi-pattern.js';
import { checkDoi } from '../../src/checks/doi.js';
import { makeMeta, makeProfile } from '../checks/helpers.js';

const scielo = { doi: { prefix: '10.1590', suffixPattern: 'S0104-5970{year}{issue:04}{seq:05}' } };
const values = { year: 2020, volume: 27, issue: '1', seq: 16 };

describe('DOI suffix patterns', () => {
  // [pattern, values, DOI it gives]
  const cases: [string, typeof values, string][] = [
    ['qr.{year}.{issue}.{seq}', { year: 2017, volume: 5, issue: '3', seq: 245 }, '10.1590/qr.2017.3.245'],
    ['S0104-5970{year}{issue:04}{seq:05}', values, '10.1590/S0104-59702020000100016'],
    ['j.{year}.v{volume:03}.{issue:02}.{seq:05}', values, '10.1590/j.2020.v027.01.00016'],
    ['art{seq:03}', { ...values, seq: 1234 }, '10.1590/art1234'],
  ];
  it.each(cases)('%s gives the DOI and reads its running number back', (suffixPattern, v, doi) => {
    const profile = { doi: { prefix: '10.1590', suffixPattern } };
    expect(doiFor(profile, v)).toBe(doi);
    expect(seqOf(profile, doi)).toBe(v.seq);
    expect(patternProblems(suffixPattern)).toEqual([]);
  });

  it('reads no running number from a DOI of another shape', () => {
    expect(seqOf(scielo, '10.1590/S0104-5970202000010016')).toBeUndefined(); // four digits where five are fixed
    expect(seqOf(scielo, '10.1590/S0104-59712020000100016')).toBeUndefined(); // another ISSN
  });

  it('reports unknown placeholders, bad widths and fields that cannot be told apart', () => {
    expect(patternProblems('x.{yaer}.{seq}')).toEqual(['Unexpected placeholder {yaer} in the DOI suffix pattern, expected one of {year}, {volume}, {issue}, {seq}']);
    expect(patternProblems('x.{seq:5}')).toEqual(['Unexpected width "5" in {seq:5}, expected a zero and the number of digits such as {seq:05}']);
    expect(patternProblems('x{issue}{seq}')).toEqual(['Unexpected {issue} right before {seq} without a width, expected a width such as {issue:02} so the DOI can be read back']);
    expect(patternProblems('x{year}{seq}')).toEqual([]); // a year has four digits
  });

  it('the DOI rule walks the same pattern: padded values, fixed widths', () => {
    const profile = makeProfile(scielo);
    const meta = { year: 2020, volume: 27, issue: '1', seq: 16 };
    expect(checkDoi(makeMeta({ ...meta, doi: '10.1590/S0104-59702020000100016' }), profile)).toEqual([]);
    expect(checkDoi(makeMeta({ ...meta, seq: undefined, doi: '10.1590/S0104-59702020000100016' }), profile)).toEqual([]);
    const [wrongIssue] = checkDoi(makeMeta({ ...meta, doi: '10.1590/S0104-59702020000200016' }), profile);
    expect(wrongIssue.message).toBe("Unexpected issue '0002' in the DOI suffix, expected 0001 (the article's issue) (pattern S0104-5970{year}{issue:04}{seq:05} gives S0104-59702020000100016)");
    const [short] = checkDoi(makeMeta({ ...meta, seq: undefined, doi: '10.1590/S0104-5970202000010016' }), profile);
    expect(short.message).toMatch(/^Unexpected '0' in the DOI suffix, expected the seq \(5 digits\)/);
  });
});
