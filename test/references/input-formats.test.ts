// One work written in each accepted bibliography format renders the same in both
// lists and in the text: CSL-YAML, CSL-JSON, BibTeX (langid russian → ru) and RIS
// (LA russian → ru). BibTeX and RIS carry Galley's fields in their note, Zotero style.
import { describe, expect, it } from 'vitest';
import { parseBibliographyText } from '../../src/source/bibliography-formats.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { plainText } from '../../src/references/html-inlines.js';
import type { CslItem } from '../../src/model/types.js';
import { cite, citation, journalProfile, sourceWith } from './fixtures.js';

const inputs: [string, string, string][] = [
  ['CSL-YAML', 'references.yaml', `- id: stalin1952
  type: book
  language: ru
  author: [{ family: Сталин, given: Иосиф Виссарионович }]
  title: Сочинения
  number-of-volumes: 50
  volume: 7
  publisher: Государственное издательство политической литературы
  publisher-place: Москва
  issued: { date-parts: [[1952]] }
  number-of-pages: 424
  custom: { title-en: Works }
`],
  ['CSL-JSON', 'references.json', JSON.stringify([{ id: 'stalin1952', type: 'book', language: 'ru', author: [{ family: 'Сталин', given: 'Иосиф Виссарионович' }], title: 'Сочинения', 'number-of-volumes': 50, volume: 7, publisher: 'Государственное издательство политической литературы', 'publisher-place': 'Москва', issued: { 'date-parts': [[1952]] }, 'number-of-pages': 424, custom: { 'title-en': 'Works' } }])],
  ['BibTeX', 'references.bib', `@book{stalin1952,
  author = {Сталин, Иосиф Виссарионович},
  title = {Сочинения},
  volumes = {50},
  volume = {7},
  publisher = {Государственное издательство политической литературы},
  location = {Москва},
  date = {1952},
  pagetotal = {424},
  langid = {russian},
  note = {title-en: Works}
}
`],
  ['RIS', 'references.ris', `TY  - BOOK
ID  - stalin1952
AU  - Сталин, Иосиф Виссарионович
TI  - Сочинения
NV  - 50
VL  - 7
PB  - Государственное издательство политической литературы
CY  - Москва
PY  - 1952
SP  - 424
LA  - russian
N1  - title-en: Works
ER  - 
`],
];

describe('bibliography formats', () => {
  it.each(inputs)('%s', (_, file, text) => {
    const parsed = parseBibliographyText(text, file);
    expect(parsed.errors).toEqual([]);
    const items = parsed.items.map((i) => i.value as CslItem);
    expect(items.map((i) => [i.id, i.language])).toEqual([['stalin1952', 'ru']]);
    const c = citation('c', [cite('stalin1952', { label: 'page', locator: '368–369' })]);
    const { references, citations, diagnostics } = resolveReferences(sourceWith([c], items), journalProfile());
    expect(references.map((l) => plainText(l.entries[0].text))).toEqual([
      'Сталин И. В. Сочинения : в 50 т. Т. 7. М. : Гос. изд-во полит. лит., 1952. 424 с.',
      'Stalin, I. V. (1952). Sochineniia [Works]. T. 7. Moscow, Gosudarstvennoe izdatel’stvo politicheskoi literatury. 424 p.',
    ]);
    expect(plainText(citations.get('c')!)).toBe('Сталин, с. 368–369');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
