// `import.docx` in journal.yaml: read as data (labels per language, list titles
// naming the profile's lists, style names, name order), every bad value a
// profile-invalid diagnostic at its line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';

const root = resolve(import.meta.dirname, '../..');
const original = readFileSync(resolve(root, 'journal.yaml'), 'utf8');
const section = /^import:\n  docx:\n(    .*\n|\s*#.*\n)*/m;

/** journal.yaml with the import.docx section replaced, in a temporary folder (relative paths kept valid). */
function withSection(yaml: string) {
  if (!section.test(original)) throw new Error('journal.yaml has no import.docx section');
  const text = original.replace(section, yaml).replace('crossref: vendor/crossref-{version}', `crossref: ${root}/vendor/crossref-{version}`);
  const file = join(mkdtempSync(join(tmpdir(), 'galley-tpl-profile-')), 'journal.yaml');
  writeFileSync(file, text);
  return { text, ...loadProfile(file) };
}

/** The line of the first occurrence of `needle` inside the import section. */
function lineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  const from = lines.indexOf('import:');
  return lines.findIndex((l, i) => i > from && l.includes(needle)) + 1;
}

describe('import.docx in the profile', () => {
  it("reads Quaestio Rossica's template: labels per language, both lists, name order", () => {
    const { profile, diagnostics } = loadProfile(resolve(root, 'journal.yaml'));
    expect(diagnostics.items).toEqual([]);
    const tpl = profile!.import!.docx!;
    expect(tpl.labels.ru).toEqual({ udc: ['УДК'], abstract: ['Аннотация'], keywords: ['Ключевые слова'] });
    expect(tpl.labels.en).toEqual({ abstract: ['Abstract'], keywords: ['Keywords'] });
    expect(tpl.lists).toEqual([
      { titles: ['Список литературы'], list: 'gost' },
      { titles: ['References'], list: 'references' },
    ]);
    expect(tpl.nameOrder).toEqual({ en: 'given-first', ru: 'given-first' });
  });

  it('reads the second journal (Portuguese) and the conference fixture the same way: only data differs', () => {
    const bak = loadProfile(resolve(root, 'test/fixtures/journals/bakhtiniana/journal.yaml'));
    expect(bak.diagnostics.items).toEqual([]);
    expect(bak.profile!.import!.docx!.labels.pt).toEqual({ abstract: ['Resumo'], keywords: ['Palavras-chave'] });
    expect(bak.profile!.import!.docx!.lists).toEqual([{ titles: ['Referências', 'Referências bibliográficas'], list: 'referencias' }]);
    const fapm = loadProfile(resolve(root, 'test/fixtures/journals/fapm/journal.yaml'));
    expect(fapm.diagnostics.items).toEqual([]);
    expect(fapm.profile!.import!.docx!.labels.en!.abstract).toEqual(['Abstract', 'Annotation']);
    expect(fapm.profile!.import!.docx!.labels.ru!.body).toEqual(['Текст тезисов']);
  });

  it('a profile without the section has no template (the matcher says so)', () => {
    const { profile, diagnostics } = withSection('');
    expect(diagnostics.items).toEqual([]);
    expect(profile!.import).toBeUndefined();
  });

  const bad: [string, string, string, RegExp][] = [
    ['a language the journal does not have', 'import:\n  docx:\n    labels:\n      de: { abstract: Zusammenfassung }\n', 'de:', /Unexpected language `de` in `import.docx.labels`, expected one of the journal's languages \(en, ru\)/],
    ['an unknown label', 'import:\n  docx:\n    labels:\n      en: { abstract: Abstract, summary: Summary }\n', 'en:', /Unexpected label `summary` in `import.docx.labels.en`, expected one of udc, abstract, keywords, body, email/],
    ['a language without its abstract label', 'import:\n  docx:\n    labels:\n      en: { keywords: Keywords }\n', 'en:', /without `abstract`, expected the word that introduces the en abstract/],
    ['an empty label', 'import:\n  docx:\n    labels:\n      en: { abstract: [] }\n', 'en:', /Unexpected \[\] `import.docx.labels.en.abstract`, expected a word or a list of words/],
    ['a list that is not one of the profile', 'import:\n  docx:\n    lists:\n      - { title: Bibliography, list: biblio }\n', 'Bibliography', /Unexpected "biblio" `import.docx.lists.0.list`, expected the name or kind of one of the reference lists \(gost, references\)/],
    ['an unknown style role', 'import:\n  docx:\n    styles: { heading: H1 }\n', 'heading', /Unexpected style role `heading` in `import.docx.styles`/],
    ['a bad name order', 'import:\n  docx:\n    name-order: { en: last-first }\n', 'last-first', /Unexpected "last-first" `import.docx.name-order.en`, expected given-first or surname-first/],
    ['an unknown key', 'import:\n  docx:\n    label: {}\n', 'label:', /Unexpected key `import.docx.label`, expected one of labels, lists, styles, name-order/],
  ];
  for (const [what, yaml, needle, message] of bad)
    it(`reports ${what} at its line`, () => {
      const { profile, diagnostics, text } = withSection(yaml);
      expect(profile).toBeUndefined();
      const d = diagnostics.items.find((x) => message.test(x.message));
      expect(d, diagnostics.items.map((x) => x.message).join('\n')).toBeDefined();
      expect(d!.rule).toBe('profile-invalid');
      expect(d!.position!.line).toBe(lineOf(text, needle));
    });
});
