import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/source/bibliography.js';
import type { Position } from '../../src/model/types.js';

const dir = mkdtempSync(join(tmpdir(), 'galley-bib-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(name: string, text: string | undefined, needed = true) {
  if (text !== undefined) writeFileSync(join(dir, name), text);
  const reports: [string, string, number?, number?][] = [];
  const bib = loadBibliography(dir, name, needed, (rule, message, p?: Position) => reports.push([rule, message, p?.line, p?.column]));
  return { bib, reports };
}

describe('loadBibliography', () => {
  it('keeps CSL-YAML items as written, custom fields included, with positions', () => {
    const { bib, reports } = load('a.yaml', '- id: a\n  type: book\n  custom: { title-en: X }\n- id: b\n  type: book\n');
    expect(reports).toEqual([]);
    expect(bib.items).toEqual([{ id: 'a', type: 'book', custom: { 'title-en': 'X' } }, { id: 'b', type: 'book' }]);
    expect(bib.positions).toEqual({ a: { file: join(dir, 'a.yaml'), line: 1, column: 3 }, b: { file: join(dir, 'a.yaml'), line: 4, column: 3 } });
  });

  it('accepts Pandoc’s `references:` map and CSL-JSON', () => {
    expect(load('b.yaml', 'references:\n  - id: a\n    type: book\n').bib.positions.a.line).toBe(2);
    const { bib } = load('c.json', '[\n  {"id": "a", "type": "book"},\n  {"id": "b", "type": "chapter", "language": "ru"}\n]\n');
    expect(bib.items.map((i) => [i.id, i.type])).toEqual([['a', 'book'], ['b', 'chapter']]);
    expect(bib.positions.b.line).toBe(3);
  });

  it('reads BibTeX through citation-js, mapping langid to a language code', () => {
    const { bib, reports } = load('d.bib', '@book{schapiro1955,\n  author = {Schapiro, Leonard},\n  title = {The Origin},\n  year = {1955},\n  langid = {english}\n}\n\n@book{ivanov2000,\n  author = {Иванов, Иван},\n  title = {Книга},\n  year = 2000,\n  langid = {russian}\n}\n');
    expect(reports).toEqual([]);
    expect(bib.items.map((i) => [i.id, i.type, i.language])).toEqual([['schapiro1955', 'book', 'en'], ['ivanov2000', 'book', 'ru']]);
    expect(bib.items[1].author).toEqual([{ family: 'Иванов', given: 'Иван' }]);
    expect(bib.positions.ivanov2000.line).toBe(8);
  });

  it('reads RIS through citation-js', () => {
    const { bib } = load('e.ris', 'TY  - BOOK\nID  - carr1979\nAU  - Carr, E. H.\nTI  - The Russian Revolution\nPY  - 1979\nLA  - en\nER  - \n');
    expect(bib.items[0]).toMatchObject({ id: 'carr1979', type: 'book', language: 'en', title: 'The Russian Revolution' });
  });

  it('reports duplicate ids, items without id or type, and parse errors with positions', () => {
    const { bib, reports } = load('f.yaml', '- id: a\n  type: book\n- id: a\n  type: book\n- type: book\n- id: c\n');
    expect(bib.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(reports.map((r) => [r[0], r[2]])).toEqual([
      ['bibliography-duplicate-id', 3],
      ['bibliography-item', 5],
      ['bibliography-item', 6],
    ]);
    const broken = load('g.bib', '@book{x, title = {unclosed\n');
    expect(broken.reports[0][0]).toBe('bibliography-missing');
    expect(broken.reports[0][1]).toMatch(/^Unexpected syntax: .* in g\.bib, expected BibTeX$/);
    expect(broken.bib.loaded).toBe(false);
  });

  it('reports a missing named file, and a missing default only when something is cited', () => {
    expect(load('none.yaml', undefined).reports.map((r) => r[0])).toEqual(['bibliography-missing']);
    const quiet = loadBibliography(join(dir, 'no-such-dir'), undefined, false, () => expect.unreachable());
    expect(quiet.items).toEqual([]);
  });
});
