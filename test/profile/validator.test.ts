// One validator for the whole profile: rules, print, languages, UDC,
// transliteration and the DOI pattern, each problem at its line in journal.yaml.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { nearest } from '../../src/profile/rules.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const original = readFileSync(join(repoRoot, 'journal.yaml'), 'utf8').replace(/^templates: .*$/m, `templates: ${join(repoRoot, 'templates')}`);

function profileWith(find: RegExp, replace: string) {
  if (!find.test(original)) throw new Error(`journal.yaml has no line matching ${find}`);
  const text = original.replace(find, replace);
  const file = join(mkdtempSync(join(tmpdir(), 'galley-profile-')), 'journal.yaml');
  writeFileSync(file, text);
  return { file, text, ...loadProfile(file) };
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const summary = (r: ReturnType<typeof profileWith>) => r.diagnostics.items.map((d) => `${d.rule} ${d.severity} @${d.position?.line} ${d.message}`);

describe('the profile validator', () => {
  it('accepts the repository profile with no diagnostic at all', () => {
    expect(loadProfile(join(repoRoot, 'journal.yaml')).diagnostics.items).toEqual([]);
  });

  // [line to replace, replacement, expected `rule severity @line message` lines; the line is that of `needle`]
  const cases: [RegExp, string, string, string[]][] = [
    [/^rules: \{\}$/m, 'rules: { udc-mising: off }', 'rules:', ['profile-rule-unknown error @L Unexpected rule id `udc-missing`'.replace('udc-missing', 'udc-mising') + ' in `rules`, expected a rule of the catalogue (did you mean `udc-missing`?)']],
    [/^rules: \{\}$/m, 'rules: { udc-missing: warn }', 'rules:', ['profile-invalid error @L Unexpected severity "warn" for `rules.udc-missing`, expected one of error, warning, info, off']],
    [/^rules: \{\}$/m, 'rules: [udc-missing]', 'rules:', ['profile-invalid error @L Unexpected list `rules`, expected a map of rule id to error | warning | info | off']],
    [/^  font-size: 10pt$/m, '  font-size: ten', 'font-size: ten', ['print-profile-invalid error @L Unexpected "ten" at `print.font-size`, expected a length with a unit such as 170mm or 10pt']],
    [/^  transliteration: lc .*$/m, '  transliteration: iso9', 'transliteration:', ['profile-invalid error @L Unexpected `references.transliteration: iso9`, expected one of lc, bgn-pcgn, gost-7.79-b, none']],
    [/^  required: true .*$/m, '  required: yes', 'required: yes', ['profile-invalid error @L Unexpected "yes" `udc.required`, expected true or false']],
    [/^  suffix-pattern: .*$/m, '  suffix-pattern: qr.{year}.{issue}{seq}', 'suffix-pattern:', ['profile-invalid error @L Unexpected {issue} right before {seq} without a width, expected a width such as {issue:02} so the DOI can be read back']],
    [/^languages: .*$/m, 'languages: [en, ru]\nrequired-languages: { keywords: [en, de], summary: [en] }', 'required-languages:', [
      'profile-invalid error @L Unexpected ["en","de"] for `required-languages.keywords`, expected a list of journal languages (en, ru)',
      'profile-invalid error @L Unexpected field `summary` in `required-languages`, expected one of title, abstract, keywords, section, name, institution',
    ]],
    [/^languages: .*$/m, 'languages: [en, Russian]', 'languages:', ['profile-invalid error @L Unexpected language "Russian" in `languages`, expected a BCP 47 tag such as en, pt or pt-BR']],
  ];
  it.each(cases)('%s → %s is reported at its line', (find, replace, needle, expected) => {
    const result = profileWith(find, replace);
    const line = lineOf(result.text, needle);
    // Other diagnostics may follow from the same change (a bad language has no citation block): the first ones are these.
    expect(summary(result).slice(0, expected.length)).toEqual(expected.map((e) => e.replace('@L', `@${line}`)));
    expect(result.profile).toBeUndefined();
  });

  it('a rule the journal turns off is off for the profile diagnostics too', () => {
    const result = profileWith(/^rules: \{\}$/m, 'rules: { profile-hyphenation-missing: off }');
    expect(result.diagnostics.items).toEqual([]);
    expect(result.profile!.rules).toEqual({ 'profile-hyphenation-missing': 'off' });
  });

  it('udc.required: false makes UDC optional; no udc section means optional too', () => {
    expect(profileWith(/^  required: true .*$/m, '  required: false').profile!.udc.required).toBe(false);
    expect(profileWith(/^udc:\n  label: УДК\n  required: true .*\n/m, '').profile!.udc).toEqual({ label: 'UDC', required: false });
    expect(loadProfile(join(repoRoot, 'journal.yaml')).profile!.udc.required).toBe(true);
  });

  it('transliteration: none is a setting', () => {
    expect(profileWith(/^  transliteration: lc .*$/m, '  transliteration: none').profile!.references.transliteration).toBe('none');
  });

  it('a citation block may be given in one journal language only, never in a language the journal does not have', () => {
    const one = profileWith(/^  ru:\n    label: Цитирование\n.*\n/m, '');
    expect(one.diagnostics.items).toEqual([]);
    expect(Object.keys(one.profile!.citationBlock)).toEqual(['en']);
    const other = profileWith(/^  ru:\n    label: Цитирование\n/m, '  de:\n    label: Zitieren\n');
    expect(summary(other)).toEqual([`profile-invalid error @${lineOf(other.text, 'label: Zitieren')} Unexpected \`citation-block.de\`, expected one of the journal's languages (en, ru)`]);
  });

  it('suggests the nearest rule id only for a plausible typo', () => {
    expect(nearest('pdf-page-cont', ['pdf-page-count', 'udc-missing'])).toBe('pdf-page-count');
    expect(nearest('something-else', ['pdf-page-count', 'udc-missing'])).toBeUndefined();
  });
});
