// archival-value.ts walks what these two expressions state (they were the
// parser's until their compile cost showed in the profile): both must give the
// same verdict on every string, here on written cases and on generated ones.
import { describe, expect, it } from 'vitest';
import { endsInVerso, isLevelValue } from '../../src/references/archival-value.js';

const number = String.raw`(?:\p{L}{1,3}-?)?\d+\p{L}?(?:\s*об\.)?`;
const levelValue = new RegExp(`^${number}(?:\\s*[–-]\\s*${number})?(?:,\\s*${number}(?:\\s*[–-]\\s*${number})?)*$`, 'u');
const verso = /(?:^|\P{L})об\.$/u;

const written = [
  '17', '3', '339', '4, 342', '42–42 об.', '42 об.', '42об.', '42 об', 'Р-5446', 'Р5446', 'Р-', '12а', '12аб', '12 а',
  '1–3, 5, 7–9', '1 - 3', '1 –3,4', '1,,2', ',1', '1,', '1-', '-1', 'об.', '5 об., 6', 'ОПИ-12', 'абвг12', 'abc-1',
  '1\u00a0об.', '𝐀1', '𝐀𝐀𝐀-1', '1𝐀', 'x об.', '1 об. об.', '', ' ', '1 ', ' 1', '1–2–3', '1, 2 об.–3 об.',
];

/** Strings from the characters that matter, by a fixed generator (same strings every run). */
function* generated(count: number): Generator<string> {
  const alphabet = ['1', '2', '0', 'а', 'о', 'б', 'Р', 'x', '𝐀', '-', '–', ',', ' ', '\u00a0', '.', 'об.', ' об.', ', ', ' – '];
  let seed = 19;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let n = 0; n < count; n++) {
    let s = '';
    for (let len = next() % 9; len > 0; len--) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

describe('an archival level\'s value', () => {
  it('is judged as the expression judges it, on written cases', () => {
    expect(written.map((s) => [s, isLevelValue(s)])).toEqual(written.map((s) => [s, levelValue.test(s)]));
    expect(written.map((s) => [s, endsInVerso(s)])).toEqual(written.map((s) => [s, verso.test(s)]));
  });

  it('is judged as the expression judges it, on 50,000 generated strings', () => {
    const differ: string[] = [];
    for (const s of generated(50_000)) if (isLevelValue(s) !== levelValue.test(s) || endsInVerso(s) !== verso.test(s)) differ.push(s);
    expect(differ).toEqual([]);
  });

  it('accepts what the journal writes and refuses the rest', () => {
    expect(['17', '4, 342', '42–42 об.', 'Р-5446', '12а'].every(isLevelValue)).toBe(true);
    expect(['', 'x', '1,', '42 об', 'абвг12'].some(isLevelValue)).toBe(false);
  });
});
