// Printed in-text citations → Galley citations, one form per row; a bracket that
// names no work of the list stays as text with a warning, and text that is not a
// citation is left alone.
import { describe, expect, it } from 'vitest';
import { parseReferenceLists, convertInTextCitations } from '../../src/import/references/index.js';

const primary = [
  'Иванов И. И. Русская провинция. М. : Наука, 2001. 200 с.',
  'Иванов И. И. Уездный город. М. : Наука, 2005. 100 с.',
  'Carr E. H. The Russian Revolution from Lenin to Stalin. L. : Macmillan, 1979. 200 p.',
  'Davies S., Harris J. Stalin’s World: Dictating the Soviet Order. N. Haven : Yale Univ. Press, 2014. 340 p.',
  'РГАСПИ. Ф. 17. Оп. 3. Д. 337; Д. 339.',
  'КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК (1898–1986). Т. 3 (1922–1925). М. : Политиздат, 1986. 494 с.',
];

function lists() {
  return parseReferenceLists({ primary: primary.map((text, i) => ({ text, at: `paragraph ${40 + i}` })), lang: 'ru', file: 'manuscript.docx' });
}

const converts: [string, string][] = [
  ['как показано [1]', 'как показано [@ivanov2001]'],
  ['[1, с. 5]', '[@ivanov2001, с. 5]'],
  ['[1; 3]', '[@ivanov2001; @carr1979]'],
  ['[1–3]', '[@ivanov2001; @ivanov2005; @carr1979]'],
  ['[3, p. 12; 4, ch. 2]', '[@carr1979, p. 12; @davies2014, ch. 2]'],
  ['[Иванов, 2001, с. 5]', '[@ivanov2001, с. 5]'],
  ['[Иванов, 2005]', '[@ivanov2005]'],
  ['(Carr 1979: 12)', '[@carr1979, p. 12]'],
  ['[Carr, 1979]', '[@carr1979]'],
  ['[Carr]', '[@carr1979]'],
  ['[Davies, Harris, ch. 1]', '[@davies2014, ch. 1]'],
  ['[см.: Carr, p. 3]', '[см.: @carr1979, p. 3]'],
  ['[РГАСПИ. Ф. 17. Оп. 3. Д. 337; Д. 339. Л. 4, 342]', '[@rgaspi, Ф. 17. Оп. 3. Д. 337; @rgaspi, Ф. 17. Оп. 3. Д. 339. Л. 4, 342]'],
  ['[РГАСПИ. Ф. 17. Оп. 3. Д. 339. Л. 42–42 об]', '[@rgaspi, Ф. 17. Оп. 3. Д. 339. Л. 42–42 об.]'],
  ['[КПСС в резолюциях...]', '[@kpss1986]'],
];

const untouched = ['[sic]', '(1917–1922)', '(Москва, 1917)', 'see [the map](https://example.org/1)', 'a note[^1]', 'already [@carr1979, p. 3]', '![figure 1](fig1.png)', '(in 1979 he wrote)'];

describe('in-text citations → Galley citations', () => {
  it.each(converts)('%s → %s', (text, expected) => {
    const r = convertInTextCitations(text, lists(), { file: 'manuscript.docx', at: 'paragraph 7' });
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe(expected);
  });

  it.each(untouched)('leaves %s alone', (text) => {
    const r = convertInTextCitations(text, lists(), { file: 'manuscript.docx', at: 'paragraph 7' });
    expect(r).toEqual({ text, diagnostics: [], decisions: [] });
  });

  it('keeps an unmatched citation as text, with a warning at its paragraph', () => {
    for (const [text, why] of [
      ['[9, с. 4]', 'the list has 6 entries, no 9'],
      ['[Петров, 2001]', 'no work of "Петров" (2001) in the list'],
      ['[Иванов, с. 5]', '2 works of "Иванов" in the list (ivanov2001, ivanov2005), and no year to choose'],
      ['[ГАРФ. Ф. 5446. Оп. 1. Д. 12]', 'no archive "ГАРФ" in the list'],
    ]) {
      const r = convertInTextCitations(`В тексте ${text}.`, lists(), { file: 'manuscript.docx', at: 'paragraph 7' });
      expect(r.text).toBe(`В тексте ${text}.`);
      expect(r.diagnostics).toEqual([
        { rule: 'import-citation-unmatched', severity: 'warning', message: `paragraph 7: Unexpected citation “${text}”: ${why}, expected a work of the reference list; kept as text`, position: undefined },
      ]);
    }
  });

  it('reports a name alone in brackets, which may be an insertion in a quotation', () => {
    const r = convertInTextCitations('«он [Carr] писал»', lists(), { file: 'manuscript.docx', at: 'paragraph 7' });
    expect(r.text).toBe('«он [@carr1979] писал»');
    expect(r.decisions).toEqual([{ at: 'paragraph 7', what: '“[Carr]” read as a citation of `carr1979`', why: 'a name alone in brackets, which could also be an insertion in a quotation' }]);
  });

  it('warns about a parenthesised name and year when the name is an author of the list', () => {
    const r = convertInTextCitations('(Carr 1990)', lists(), { file: 'manuscript.docx', at: 'paragraph 7' });
    expect(r.text).toBe('(Carr 1990)');
    expect(r.diagnostics.map((d) => d.message)).toEqual(['paragraph 7: Unexpected citation “(Carr 1990)”: no work of "Carr" (1990) in the list, expected a work of the reference list; kept as text']);
  });

  it('reads "[2, 3]" as two works and says so', () => {
    const r = convertInTextCitations('[2, 3]', lists(), { file: 'manuscript.docx', at: 'paragraph 7' });
    expect(r.text).toBe('[@ivanov2005; @carr1979]');
    expect(r.decisions).toEqual([{ at: 'paragraph 7', what: '“[2, 3]” read as works 2, 3', why: 'numbers after a comma without a page label' }]);
  });

  it('gives a work cited by its title that short title', () => {
    const l = lists();
    const r = convertInTextCitations('[КПСС в резолюциях…]', l, { file: 'manuscript.docx', at: 'paragraph 9' });
    expect(r.text).toBe('[@kpss1986]');
    expect(l.items.find((i) => i.id === 'kpss1986')!['title-short']).toBe('КПСС в резолюциях');
    expect(r.decisions[0].what).toBe('`kpss1986` gets the short title “КПСС в резолюциях”');
  });
});
