import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../src/references/resolve.js';
import { plainText } from '../../src/references/html-inlines.js';
import { cite, citation, journalProfile, sourceWith, works } from './fixtures.js';

describe('resolveReferences', () => {
  const profile = journalProfile();
  const { references } = resolveReferences(sourceWith([]), profile);
  const [primary, romanized] = references;
  const ids = (list: typeof primary) => list.entries.map((e) => e.id);

  it('renders the profile\'s lists in order, with kind, title and language', () => {
    expect(references.map((l) => [l.kind, l.title, l.lang])).toEqual([
      ['primary', 'Список литературы', 'ru'],
      ['romanized', 'References', 'en'],
    ]);
  });

  it('puts Cyrillic works first in the primary list, each script in its own order', () => {
    expect(ids(primary)).toEqual(['davo', 'kpss1986', 'lenin1966', 'rgaspi', 'tsdooso', 'davies2014', 'deutscher1949', 'fox2012', 'kowalski1991', 'schapiro1984', 'schapiro1955', 'smith1998', 'smith1983']);
  });

  it('sorts the romanized list by the romanized headings, and an author\'s works by year', () => {
    expect(ids(romanized)).toEqual(['davies2014', 'davo', 'deutscher1949', 'fox2012', 'kowalski1991', 'kpss1986', 'lenin1966', 'rgaspi', 'schapiro1955', 'schapiro1984', 'smith1998', 'smith1983', 'tsdooso']);
  });

  it('tags each entry with its work\'s language, romanized ones as <lang>-Latn', () => {
    const lang = (list: typeof primary, id: string) => list.entries.find((e) => e.id === id)!.lang;
    expect([lang(primary, 'lenin1966'), lang(primary, 'deutscher1949'), lang(romanized, 'lenin1966'), lang(romanized, 'rgaspi'), lang(romanized, 'deutscher1949')]).toEqual(['ru', 'en', 'ru-Latn', 'ru-Latn', 'en']);
    expect(primary.entries.find((e) => e.id === 'smith1998')!.publicationType).toBe('journal');
    expect(primary.entries.find((e) => e.id === 'rgaspi')!.publicationType).toBe('archive');
  });

  it('lists an archive\'s cited files in the list entry, by the list\'s terms', () => {
    const c1 = citation('c1', [cite('rgaspi', { label: 'archival', locator: 'Ф. 17. Оп. 3. Д. 337' }), cite('rgaspi', { label: 'archival', locator: 'Ф. 17. Оп. 3. Д. 339. Л. 4' })]);
    const c2 = citation('c2', [cite('rgaspi', { label: 'archival', locator: 'Ф. 558. Оп. 1. Д. 2569. Л. 71' })]);
    const [p, r] = resolveReferences(sourceWith([c1, c2]), profile).references;
    expect(plainText(p.entries.find((e) => e.id === 'rgaspi')!.text)).toBe('РГАСПИ. Ф. 17. Оп. 3. Д. 337; Д. 339; Ф. 558. Оп. 1. Д. 2569.');
    expect(plainText(r.entries.find((e) => e.id === 'rgaspi')!.text)).toBe('RGASPI [Russian State Archive of Socio-Political History]. Stock 17. List 3. Dos. 337; Dos. 339; Stock 558. List 1. Dos. 2569.');
  });

  it('renders the same again for the same article, and afresh when a work or citation changes', () => {
    const c = citation('c', [cite('deutscher1949', { label: 'page', locator: '5' })]);
    const first = resolveReferences(sourceWith([c]), profile);
    const again = resolveReferences(sourceWith([c]), profile);
    expect(again.references).toEqual(first.references);
    expect([...again.citations]).toEqual([...first.citations]);
    const renamed = works.map((w) => (w.id === 'deutscher1949' ? { ...w, title: 'Stalin', author: [{ family: 'Doyscher', given: 'Isaac' }] } : w));
    const changed = resolveReferences(sourceWith([citation('c', [cite('deutscher1949', { label: 'page', locator: '6' })])], renamed), profile);
    expect(plainText(changed.citations.get('c')!)).toBe('Doyscher, p. 6');
    expect(plainText(changed.references[0].entries.find((e) => e.id === 'deutscher1949')!.text)).toBe('Doyscher I. Stalin. L. : Oxford Univ. Press, 1949. 600 p.');
    const back = resolveReferences(sourceWith([c]), profile);
    expect(back.references).toEqual(first.references);
    expect(plainText(back.citations.get('c')!)).toBe('Deutscher, p. 5');
  });

  it('returns empty lists for an empty bibliography', () => {
    const r = resolveReferences(sourceWith([], []), profile);
    expect(r.references.map((l) => l.entries)).toEqual([[], []]);
    expect(r.diagnostics).toEqual([]);
  });

  it('reports a style that is in no template folder, and renders the other lists', () => {
    const broken = journalProfile({ lists: [{ kind: 'primary', style: 'no-such-style', title: 'X' }, profile.references.lists[1]] });
    const r = resolveReferences(sourceWith([citation('c', [cite('deutscher1949')])]), broken);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ rule: 'template-missing', severity: 'error', message: expect.stringContaining('csl/no-such-style.csl') }));
    expect(r.references.map((l) => l.kind)).toEqual(['romanized']);
    expect(r.citations.size).toBe(0);
  });

  it('renders clusters by `references.citation-style` when the profile names one', () => {
    const other = { ...profile, raw: { ...profile.raw, references: { ...(profile.raw.references as object), 'citation-style': 'references-qr' } } };
    const r = resolveReferences(sourceWith([citation('c', [cite('deutscher1949')])], works), other);
    expect(plainText(r.citations.get('c')!)).toBe('Deutscher, 1949');
  });
});
