import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../src/references/resolve.js';
import { plainText } from '../../src/references/html-inlines.js';
import type { CslItem } from '../../src/model/types.js';
import { journalProfile, sourceWith, works } from './fixtures.js';

const lenin = works.find((w) => w.id === 'lenin1966')!;
const romanized = (items: CslItem[], scheme = 'lc') =>
  resolveReferences(sourceWith([], items), journalProfile({ transliteration: scheme }));
const entry = (r: ReturnType<typeof romanized>, kind: string, id: string) =>
  plainText(r.references.find((l) => l.kind === kind)!.entries.find((e) => e.id === id)!.text);

describe('what both styles need', () => {
  it('reports a Cyrillic title without its English translation as an error at the item', () => {
    const { custom: _, ...untranslated } = lenin;
    const { diagnostics } = romanized([untranslated as CslItem]);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'reference-missing-translation', severity: 'error', position: { file: 'references.yaml', line: 1, column: 3 } }),
    );
  });

  it('reports missing title, year and container, and an incomplete book', () => {
    const bad: CslItem[] = [
      { id: 'a', type: 'article-journal', language: 'en', author: [{ family: 'X', given: 'Y' }] },
      { id: 'b', type: 'book', language: 'en', title: 'T', issued: { 'date-parts': [[2000]] } },
    ];
    const rules = romanized(bad).diagnostics.map((d) => `${d.rule}: ${d.message}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reference-missing-field: Unexpected work `a` without `title`/),
        expect.stringMatching(/^reference-missing-field: Unexpected work `a` without `issued`/),
        expect.stringMatching(/^reference-missing-field: Unexpected article-journal `a` without `container-title`/),
        expect.stringMatching(/^reference-incomplete: Unexpected article `a` without `page`/),
        expect.stringMatching(/^reference-incomplete: Unexpected book `b` without `publisher`/),
      ]),
    );
  });

  it('warns about a work without language and still renders it by its script', () => {
    const { language: _, ...bare } = lenin;
    const r = romanized([bare as CslItem]);
    expect(r.diagnostics.map((d) => d.rule)).toContain('reference-language-missing');
    expect(entry(r, 'primary', 'lenin1966')).toContain('С. 306–307');
  });

  it('prints a transliteration override and notes it with both forms', () => {
    const overridden = { ...lenin, custom: { ...(lenin.custom as object), translit: { publisher: 'Politizdat' } } };
    const r = romanized([overridden]);
    expect(entry(r, 'romanized', 'lenin1966')).toContain('Moscow, Politizdat, pp. 306–307.');
    expect(entry(r, 'primary', 'lenin1966')).toContain('М. : Изд-во полит. лит., 1966.');
    const note = r.diagnostics.find((d) => d.rule === 'reference-translit-override')!;
    expect(note.severity).toBe('info');
    expect(note.message).toBe('Transliteration of `publisher` in `lenin1966` overridden: lc gives "Izdatel\'stvo politicheskoi literatury", printed "Politizdat"');
  });

  it('asks to remove an override equal to the automatic transliteration', () => {
    const r = romanized([{ ...lenin, custom: { ...(lenin.custom as object), translit: { 'container-title': 'Polnoe sobranie sochinenii' } } }]);
    expect(r.diagnostics.find((d) => d.rule === 'reference-translit-override')?.message).toMatch(/equal to the automatic lc transliteration .*expected it removed/);
  });

  it('romanizes by the scheme the profile names', () => {
    expect(entry(romanized([lenin], 'lc'), 'romanized', 'lenin1966')).toMatch(/^Lenin, V\. I\. \(1966\)\. Uderzhat li bol’sheviki gosudarstvennuiu vlast’\? \[Can/);
    expect(entry(romanized([lenin], 'bgn-pcgn'), 'romanized', 'lenin1966')).toMatch(/^Lenin, V\. I\. \(1966\)\. Uderzhat li bol’sheviki gosudarstvennuyu vlast’\? \[Can/);
    expect(entry(romanized([lenin], 'gost-7.79-b'), 'romanized', 'lenin1966')).toMatch(/^Lenin, V\. I\. \(1966\)\. Uderzhat li bol`sheviki gosudarstvennuyu vlast`\? \[Can/);
  });

  it('reports an unknown scheme and renders the romanized list without transliteration', () => {
    const r = romanized([lenin], 'iso-r9');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ rule: 'reference-translit-scheme', severity: 'error' }));
    expect(r.references).toHaveLength(2);
  });
});
