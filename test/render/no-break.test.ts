import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/model/types.js';
import { bindInlines, bindSpaces, curlQuotes, NBSP } from '../../src/render/no-break.js';

const show = (s: string) => s.replace(/\u00A0/g, '⍽');
const text = (value: string): Inline => ({ type: 'text', value });
const field = (role: string, value: string): Inline => ({ type: 'field', role, children: [text(value)] });
const flat = (inlines: Inline[]): string => inlines.map((n) => ('value' in n ? n.value : 'children' in n ? flat(n.children) : '')).join('');

describe('bindInlines: no-break spaces across node boundaries', () => {
  it.each<[string, Inline[], string]>([
    ['a page count rendered as a field', [text('Yale Univ. Press, 2014. '), field('size', '340'), text(' p.')], 'Yale Univ. Press, 2014. 340⍽p.'],
    ['an archival locator split by emphasis', [{ type: 'emphasis', children: [text('РГАСПИ. Ф.')] }, text(' 17. Оп. 171. Д. 476')], 'РГАСПИ. Ф.⍽17. Оп.⍽171. Д.⍽476'],
    ['initials after a surname field', [field('author', 'Carr,'), text(' E. H. The Russian Revolution')], 'Carr,⍽E.⍽H. The Russian Revolution'],
    ['a place abbreviation', [text('N. Y. : '), field('publisher', 'W. W. Norton')], 'N.⍽Y. : W.⍽W.⍽Norton'],
  ])('%s', (_name, input, expected) => {
    expect(show(flat(bindInlines(input, 'en')))).toBe(expected);
  });

  it('never binds into a DOI or across a footnote call', () => {
    const out = bindInlines([text('p.'), { type: 'footnoteRef', id: 'n1', number: 1 } as Inline, text(' 3 DOI '), field('DOI', '10.1/p. 3')], 'en');
    expect(flat(out)).toBe('p. 3 DOI 10.1/p. 3');
  });

  it('keeps every node and its length (the rules only swap spaces)', () => {
    const input = [text('Ленин В.'), text(' И. Полн. собр. соч. в'), text(' 55 т.')];
    const out = bindInlines(input, 'ru');
    expect(out.map((n) => ('value' in n ? n.value.length : 0))).toEqual(input.map((n) => ('value' in n ? n.value.length : 0)));
    expect(show(flat(out))).toBe('Ленин⍽В.⍽И. Полн. собр. соч. в⍽55⍽т.');
  });

  it('gives the same text twice over (a second pass changes nothing)', () => {
    const once = bindSpaces('Harris J. The Party // Ленин В. И. Полн. собр. соч.', 'ru');
    expect(bindSpaces(once, 'ru')).toBe(once);
    expect(once).toContain(`Harris${NBSP}J. The`);
  });
});

describe('curlQuotes: straight marks set as typographic ones', () => {
  it.each([
    ["Trotsky's proposals", 'en', 'Trotsky’s proposals'],
    ["the committees' relations", 'en', 'the committees’ relations'],
    ['a coup d\'état', 'en', 'a coup d’état'],
    ['the "revisionists" said', 'en', 'the “revisionists” said'],
    ['так называемые "ревизионисты"', 'ru', 'так называемые «ревизионисты»'],
    ['5\'', 'en', '5\''],
  ])('%s (%s)', (input, lang, expected) => {
    expect(curlQuotes(input, lang)).toBe(expected);
  });

  it('pairs a quotation across nodes', () => {
    const out = bindInlines([text('the "'), { type: 'emphasis', children: [text('revisionists')] }, text('" said')], 'en', curlQuotes);
    expect(flat(out)).toBe('the “revisionists” said');
  });
});
