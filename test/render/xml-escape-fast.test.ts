// escapeXml returns most text unchanged without a replacement pass; what it
// returns must be what the five replacements after the strip always gave.
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, stripIllegalXmlChars } from '../../src/render/xml-escape.js';

const byPasses = (text: string) =>
  stripIllegalXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

// Letters of both scripts, the five specials, entities already escaped, controls, lone and paired surrogates.
const alphabet = ['a', 'Я', ' ', '\u00A0', '&', '<', '>', '"', "'", '&amp;', '\u0001', '\u000B', '\t', '\n', '\uFFFE', '\uD83D', '\uDE00', '\uD83D\uDE00', '—'];

function randomText(seed: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  const length = next() % 24;
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
  return text;
}

describe('escapeXml', () => {
  it('gives what the replacement passes give, on 20,000 generated texts', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const text = randomText(seed);
      expect(escapeXml(text)).toBe(byPasses(text));
    }
  });

  it('escapes each special once and keeps text without one as it is', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s</b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;');
    expect(escapeXml('Сталин и партия, 1917–1924')).toBe('Сталин и партия, 1917–1924');
    expect(escapeXml('a\u0001b\uD83Dc\uD83D\uDE00')).toBe('abc\uD83D\uDE00');
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
});
