// Table cells of plain text skip micromark: what they get must be exactly what
// micromark gives them, and anything Markdown could read otherwise must still be parsed.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/source/markdown/parse.js';
import { plainTextChildren } from '../../src/source/markdown/plain-text.js';

/** What micromark makes of a text alone, when it is one paragraph. */
function viaMicromark(text: string) {
  const root = parseMarkdown(text);
  return root.children.length === 1 && root.children[0].type === 'paragraph' ? root.children[0].children : root.children;
}

const plain = [
  '1812',
  '6',
  'Verkhnii Brod (post station)',
  'Travellers',
  'Ф. 17',
  '12.5',
  '1914–1917',
  '1914-1917',
  'Правда, № 5 «вечерняя»',
  'Stalin’s Secretariat',
  "Stalin's",
  'a "quoted" word',
  '50 %',
  'a/b',
  'x = y + 1',
  'Item #3',
  'Lugovaia   (relay hut)',
  'Ёлки?',
  '𝔸lpha',
  '1812)x',
];
// Markdown, or (the last ones) plain but not starting with a letter or digit: parsed as before.
const notPlain = [
  '1812.',
  '1812. Then',
  '3) three',
  '- list',
  '+ list',
  '# heading',
  'a *b*',
  'a _b_',
  'a `code`',
  'see [^1]',
  '[link](http://x)',
  'a <b>',
  'AT&amp;T',
  '$x$',
  'a:b',
  'a\\b',
  'a  ',
  ' a',
  'a\nb',
  'a ~b~',
  'a | b',
  '*',
  '',
  '«Правда»',
  '"quoted"',
];

describe('plain text cells', () => {
  it.each(plain)('%j is one text node, exactly as micromark makes it', (text) => {
    const fast = plainTextChildren(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(viaMicromark(text));
  });

  it.each(notPlain)('%j is left to micromark', (text) => {
    expect(plainTextChildren(text)).toBeUndefined();
  });
});
