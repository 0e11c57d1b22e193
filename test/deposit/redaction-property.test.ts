// Redaction as a property: any password, each character spelled in any of the
// encodings an echo may use (mixed within one echo), is replaced whole; a
// short password is replaced where it is a whole word and nowhere else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactor } from '../../src/deposit/redact.js';

const alphabet = [...'aZ09 &<>"\'%+/\\;#@=é…😀'];
const named: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const json: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/' };

/** Every spelling of one character an echo may use. */
function spellings(char: string): string[] {
  const code = char.codePointAt(0)!;
  const bytes = [...new TextEncoder().encode(char)];
  const percent = bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  return [
    char,
    percent,
    percent.toLowerCase(),
    `&#${code};`,
    `&#x${code.toString(16)};`,
    `&#X${code.toString(16).toUpperCase()};`,
    ...(named[char] ? [named[char], named[char].replace('&', '&amp;')] : []),
    ...(json[char] ? [json[char]] : []),
    Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
    ...(char === ' ' ? ['+'] : []),
  ];
}

const longSecret = fc
  .array(fc.constantFrom(...alphabet), { minLength: 8, maxLength: 24 })
  .map((chars) => chars.join('').trim())
  .filter((s) => [...s].length >= 8);

describe('redaction property', () => {
  it('replaces a long password whole, whatever mix of spellings its echo uses', () => {
    fc.assert(
      fc.property(longSecret, fc.infiniteStream(fc.nat()), (secret, picks) => {
        const it = picks[Symbol.iterator]();
        const echo = [...secret].map((c) => { const s = spellings(c); return s[it.next().value! % s.length]; }).join('');
        const text = `Login refused for ${echo} at 05:06.`;
        expect(redactor([secret])(text)).toBe('Login refused for [redacted] at 05:06.');
      }),
      { numRuns: 400, seed: 18 },
    );
  });

  it('replaces a short password only where it is a whole word', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,9}$/);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,7}$/), fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (secret, words, asIs) => {
        // Some words are the password itself, some merely contain it.
        const mixed = words.map((w, i) => (asIs[i] ? secret : `${w}${secret}${w}`));
        const expected = mixed.map((w) => (w === secret ? '[redacted]' : w)).join(' ');
        expect(redactor([secret])(mixed.join(' '))).toBe(expected);
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
