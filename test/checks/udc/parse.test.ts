import { describe, expect, it } from 'vitest';
import { formatUdcAst, parseUdc, printUdc, tokenizeUdc } from '../../../src/checks/udc/index.js';

// [notation, expected tree as formatUdcAst prints it]
const valid: [string, string][] = [
  ['329.8+321.74+929Сталин+94(470)"1917/1927"', '(+ 329.8 321.74 (· 929 alpha:Сталин) (· 94 (place 470) (time (/ 1917 1927))))'],
  ['94', '94'],
  ['329.8', '329.8'],
  ['821.161.1', '821.161.1'],
  ['004.738.5', '004.738.5'],
  ['94(470)', '(· 94 (place 470))'],
  ['94(470+571)', '(· 94 (place (+ 470 571)))'],
  ['94(4-15)', '(· 94 (place (· 4 special:-15)))'],
  ['94(470.5)', '(· 94 (place 470.5))'],
  ['94(=161.1)', '(· 94 (ethnic lang:=161.1))'],
  ['821.161.1=111', '(· 821.161.1 lang:=111)'],
  ['811.161.1=161.1', '(· 811.161.1 lang:=161.1)'],
  ['378(075.8)', '(· 378 (form 075.8))'],
  ['94(091)', '(· 94 (form 091))'],
  ['94(470)"1941/1945"', '(· 94 (place 470) (time (/ 1941 1945)))'],
  ['94"19"', '(· 94 (time 19))'],
  ['316.346.32-058', '(· 316.346.32 special:-058)'],
  ['321.01', '(· 321 special:.01)'],
  ['37.015.3', '(· 37 special:.015.3)'],
  ['32.001', '(· 32 view:.001)'],
  ['821.161.1-31', '(· 821.161.1 special:-31)'],
  ['821.111(73)-31"19"', '(· 821.111 (place 73) special:-31 (time 19))'],
  ['622+669', '(+ 622 669)'],
  ['73/75', '(/ 73 75)'],
  ['629.734/.735', '(/ 629.734 .735)'],
  ['17:7', '(: 17 7)'],
  ['316.3::94', '(:: 316.3 94)'],
  ['539.4.019:[535-15+537.8.029.6]', '(: (· 539.4 special:.019) [(+ (· 535 special:-15) (· 537.8 special:.029.6))])'],
  ['[622+669](485)', '(· [(+ 622 669)] (place 485))'],
  ['(02.053.2)=111:53', '(: (· (form (· 02 special:.053.2)) lang:=111) 53)'],
  ['=111(02.053.2)53', '(· lang:=111 (form (· 02 special:.053.2)) 53)'],
  ['53(035)=111=112.2=133.1', '(· 53 (form 035) lang:=111 lang:=112.2 lang:=133.1)'],
  ['663.4(493)(075)=112.5', '(· 663.4 (place 493) (form 075) lang:=112.5)'],
  ['(410)(051)"20"', '(· (place 410) (form 051) (time 20))'],
  ['"18"785.7', '(· (time 18) 785.7)'],
  ['347.78(410)1', '(· 347.78 (place 410) 1)'],
  ['622(410).333', '(· 622 (place 410) .333)'],
  ['94(47).084.8', '(· 94 (place 47) special:.084.8)'],
  ['523.44*433', '(· 523.44 non-udc:*433)'],
  ['625.711.1(4)*E4', '(· 625.711.1 (place 4) non-udc:*E4)'],
  ['66-97*C150', '(· 66 special:-97 non-udc:*C150)'],
  ['821.161.1*1', '(· 821.161.1 non-udc:*1)'],
  ['005.71-027.563(430)AEG', '(· 005.71 special:-027.563 (place 430) alpha:AEG)'],
  ['(492.83Utrecht)', '(place (· 492.83 alpha:Utrecht))'],
  ['929Бонч-Бруевич', '(· 929 alpha:Бонч-Бруевич)'],
  ['(44:450)', '(place (: 44 450))'],
  ['94"1898.12.11"', '(· 94 (time 1898.12.11))'],
  ['94"-0054"', '(· 94 (time -0054))'],
  ['94"19/20"', '(· 94 (time (/ 19 20)))'],
  ['=03.111=161.1', '(· lang:=03.111 lang:=161.1)'],
  ['811.111\'282', "(· 811.111 special:'282)"],
  ['94(470)(=411.16)"1917"', '(· 94 (place 470) (ethnic lang:=411.16) (time 1917))'],
];

// [notation, column of the error, words the message must hold]
const invalid: [string, number, string][] = [
  ['329.8++321', 7, "Unexpected '+', expected a UDC number or auxiliary after '+'"],
  ['94(470', 3, "Unexpected end of notation, expected a closing ')' for the '(' at column 3"],
  ['94"1917/1927', 3, `Unexpected end of notation, expected a closing '"' for the '"' at column 3`],
  ['329..8', 5, "Unexpected '.', expected a digit after the point at column 4"],
  ['.8', 1, "Unexpected '.', expected a UDC number or auxiliary"],
  ['', 1, 'Unexpected empty notation, expected a UDC number'],
  ['94(470)(', 9, "Unexpected end of notation, expected a place (1/9), form (0…) or ethnic grouping (=…) auxiliary after the '(' at column 8"],
  ['94.8', 3, "Unexpected '.' after 2 digits, expected a point only after every third digit"],
  ['3291', 4, "Unexpected fourth digit '1' in a group, expected a point after every third digit"],
  ['94()', 4, "Unexpected ')', expected a place (1/9), form (0…) or ethnic grouping"],
  ['94 (470)', 3, 'Unexpected space (U+0020), expected no spaces inside a UDC notation'],
  ['94(470)“1917”', 8, `Unexpected '“' (U+201C), expected the plain sign '"'`],
  ['94(abc)', 4, "Unexpected letters 'abc', expected a place (1/9)"],
  ['329.8+', 7, "Unexpected end of notation, expected a UDC number or auxiliary after '+'"],
  ['94(470)]', 8, "Unexpected ']', expected a connector (+ / : ::) or the end of the notation"],
  ['[94+329.8', 1, "Unexpected end of notation, expected a closing ']' for the '[' at column 1"],
  ['94=', 4, "Unexpected end of notation, expected a language number after '='"],
  ['94-', 4, "Unexpected end of notation, expected digits after '-'"],
  ['94*', 4, "Unexpected end of notation, expected a non-UDC code after '*'"],
  ['73/75/77', 6, "Unexpected '/', expected '+', ':' or the end of the range (a range has one '/')"],
  ['94""', 4, `Unexpected '"', expected a date or period inside the quotation marks`],
  ['94"1993-1996"', 8, "Unexpected '-', expected '/' between the ends of a period"],
  ['Сталин', 1, "Unexpected letters 'Сталин', expected a UDC number or auxiliary"],
  ['329.8:', 7, "Unexpected end of notation, expected a UDC number or auxiliary after ':'"],
  ['94:::8', 5, "Unexpected ':', expected a UDC number or auxiliary after '::'"],
  ['94(470))', 8, "Unexpected ')', expected a connector"],
  ['929Сталин.5', 10, "Unexpected '.', expected a connector (+ / : ::), an auxiliary or the end of the notation"],
  ['94.', 4, 'Unexpected end of notation, expected a digit after the point at column 3'],
  ['94(470)"1917/1927"/', 20, "Unexpected end of notation, expected a UDC number or auxiliary after '/'"],
  ['94#', 3, "Unexpected '#' (U+0023), expected digits, letters or a UDC sign"],
];

describe('parseUdc: valid notations', () => {
  it('has a table of at least 30 cases', () => expect(valid.length).toBeGreaterThanOrEqual(30));
  it.each(valid)('%s', (notation, tree) => {
    const result = parseUdc(notation);
    if (!result.ok) throw new Error(`${result.error.column}: ${result.error.message}`);
    expect(formatUdcAst(result.ast)).toBe(tree);
    // The tree keeps every sign: printing it gives the notation back.
    expect(printUdc(result.ast)).toBe(notation);
  });
});

describe('parseUdc: invalid notations', () => {
  it('has a table of at least 15 cases', () => expect(invalid.length).toBeGreaterThanOrEqual(15));
  it.each(invalid)('%s → column %i', (notation, column, message) => {
    const result = parseUdc(notation);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.column).toBe(column);
    expect(result.error.message).toContain(message);
    expect(result.error.message).toMatch(/^Unexpected .+, expected .+/);
  });
});

describe('UDC nodes and tokens carry columns', () => {
  it('gives every token of the seed notation its column', () => {
    const lexed = tokenizeUdc('329.8+929Сталин+94(470)"1917/1927"');
    if (!lexed.ok) throw new Error('tokenize failed');
    expect(lexed.tokens.map((t) => `${t.kind}:${t.text}@${t.column}`)).toEqual([
      'digits:329@1', 'point:.@4', 'digits:8@5', 'plus:+@6', 'digits:929@7', 'letters:Сталин@10', 'plus:+@16',
      'digits:94@17', 'lparen:(@19', 'digits:470@20', 'rparen:)@23', 'quote:"@24', 'digits:1917@25', 'slash:/@29',
      'digits:1927@30', 'quote:"@34', 'end:@35',
    ]);
  });

  it('records where each auxiliary starts', () => {
    const result = parseUdc('94(470)"1917/1927"');
    if (!result.ok || result.ast.type !== 'compound') throw new Error('expected a compound');
    expect(result.ast.parts.map((p) => [p.type, p.column])).toEqual([['number', 1], ['place', 3], ['time', 8]]);
    const time = result.ast.parts[2];
    if (time.type !== 'time' || time.body.type !== 'extension') throw new Error('expected a period');
    expect([time.body.from.column, time.body.to.column]).toEqual([9, 14]);
  });

  it('tells a special auxiliary from a point of view and from a resumed number', () => {
    const kinds = (s: string) => {
      const r = parseUdc(s);
      return r.ok && r.ast.type === 'compound' ? r.ast.parts.map((p) => (p.type === 'special' ? `special${p.indicator}` : p.type === 'number' && p.continuation ? 'continuation' : p.type)) : [];
    };
    expect(kinds('321.01')).toEqual(['number', 'special.0']);
    expect(kinds('321.001')).toEqual(['number', 'point-of-view']);
    expect(kinds('622(410).333')).toEqual(['number', 'place', 'continuation']);
    expect(kinds('94-058')).toEqual(['number', 'special-']);
  });
});
