// The profile keys of the Crossref and JATS records (publication-formats,
// license.applies-to, license.open-access, references.lists[].name): read with
// their defaults, and a bad value reported at its line in journal.yaml.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrinted, loadProfile } from '../../src/profile/load.js';

const original = readFileSync(resolve(import.meta.dirname, '../../journal.yaml'), 'utf8');

/** journal.yaml with one line replaced (or removed), written to a temporary folder. */
function profileWith(find: RegExp, replace: string) {
  if (!find.test(original)) throw new Error(`journal.yaml has no line matching ${find}`);
  const text = original.replace(find, replace);
  const file = join(mkdtempSync(join(tmpdir(), 'galley-profile-')), 'journal.yaml');
  writeFileSync(file, text);
  return { file, text, ...loadProfile(file) };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the record keys of journal.yaml', () => {
  it('reads the repository profile: printed and online, three licence scopes, open access, list names', () => {
    const { profile } = loadProfile(resolve(import.meta.dirname, '../../journal.yaml'));
    expect(profile!.publicationFormats).toEqual(['print', 'electronic']);
    expect(profile!.license.appliesTo).toEqual(['vor', 'am', 'tdm']);
    expect(profile!.license.openAccess).toBe(true);
    expect(profile!.references.lists.map((l) => [l.kind, l.name])).toEqual([['primary', 'gost'], ['romanized', 'references']]);
  });

  it('defaults: the version of record only, not open access, printed when there is a print ISSN, the list named by its kind', () => {
    let { profile } = profileWith(/^  applies-to: .*\n  open-access: .*\n/m, '');
    expect(profile!.license.appliesTo).toEqual(['vor']);
    expect(profile!.license.openAccess).toBe(false);
    ({ profile } = profileWith(/^publication-formats: .*\n/m, ''));
    expect(isPrinted(profile!)).toBe(true);
    ({ profile } = profileWith(/^      name: gost\n/m, ''));
    expect(profile!.references.lists[0].name).toBe('primary');
  });

  it('an online-only journal is not printed', () => {
    const { profile } = profileWith(/^publication-formats: .*$/m, 'publication-formats: [electronic]');
    expect(isPrinted(profile!)).toBe(false);
  });

  it.each([
    [/^publication-formats: .*$/m, 'publication-formats: [print, paper]', 'Unexpected "paper" in `publication-formats`, expected one of print, electronic', 'publication-formats:'],
    [/^  applies-to: .*$/m, '  applies-to: [vor, preprint]', 'Unexpected "preprint" in `license.applies-to`, expected one of vor, am, tdm', 'applies-to:'],
    [/^  applies-to: .*$/m, '  applies-to: vor', 'Unexpected "vor" `license.applies-to`, expected a list of vor, am, tdm', 'applies-to:'],
    [/^  open-access: .*$/m, '  open-access: yes please', 'Unexpected "yes please" `license.open-access`, expected true or false', 'open-access:'],
    [/^      name: references$/m, '      name: "two words"', 'Unexpected list name "two words", expected a word such as references (letters, digits, . _ -)', 'name: "two words"'],
  ])('reports %s → %s at its line', (find, replace, message, needle) => {
    const { profile, diagnostics, text } = profileWith(find, replace);
    expect(profile).toBeUndefined();
    const [d] = diagnostics.items;
    expect(d).toMatchObject({ rule: 'profile-invalid', severity: 'error', message });
    expect(d.position!.line).toBe(lineOf(text, needle));
  });
});
