// Look-alike letters in a UDC notation get the DOI treatment: a Cyrillic О for
// the zero in 94(47О), a Latin C in the Cyrillic name 929Cталин. Both parse
// (letters are alphabetical extensions) and both break search and matching.
import type { UdcToken } from './tokens.js';
import { codePoint, digitLookalikes, latinToCyrillic, lookalikes, scriptOf } from '../lookalikes.js';

export interface UdcLookalike {
  message: string;
  /** 1-based column in the notation. */
  column: number;
}

const cyrillic = /[\u0400-\u052f]/;
const latin = /[A-Za-z]/;

export function findUdcLookalikes(tokens: UdcToken[]): UdcLookalike[] {
  const found: UdcLookalike[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'letters') return;
    const chars = [...token.text];
    // One letter glued to digits is a digit typed on the wrong keyboard.
    const besideDigits = tokens[i - 1]?.kind === 'digits' || tokens[i + 1]?.kind === 'digits';
    const digit = digitLookalikes[token.text];
    if (chars.length === 1 && besideDigits && digit) {
      found.push({ column: token.column, message: `Unexpected ${scriptOf(token.text)} '${token.text}' (${codePoint(token.text)}) among digits, expected the digit '${digit}'` });
      return;
    }
    // A word in two scripts: the minority letters are the look-alikes.
    const cyrillicCount = chars.filter((c) => cyrillic.test(c)).length;
    const latinCount = chars.filter((c) => latin.test(c)).length;
    if (!cyrillicCount || !latinCount) return;
    const wordIsCyrillic = cyrillicCount >= latinCount;
    let offset = 0;
    for (const ch of chars) {
      const meant = wordIsCyrillic ? (latin.test(ch) ? latinToCyrillic[ch] : undefined) : cyrillic.test(ch) ? lookalikes[ch] : undefined;
      const stray = wordIsCyrillic ? latin.test(ch) : cyrillic.test(ch);
      if (stray)
        found.push({
          column: token.column + offset,
          message: `Unexpected ${scriptOf(ch)} '${ch}' (${codePoint(ch)}) in the ${wordIsCyrillic ? 'Cyrillic' : 'Latin'} word '${token.text}', expected ${meant ? `the ${wordIsCyrillic ? 'Cyrillic' : 'Latin'} '${meant}'` : `${wordIsCyrillic ? 'Cyrillic' : 'Latin'} letters only`}`,
        });
      offset += ch.length;
    }
  });
  return found;
}
