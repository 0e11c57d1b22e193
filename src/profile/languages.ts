// The journal's languages must be complete: every label the galleys print and
// hyphenation patterns for its text. A gap is reported at the language in
// journal.yaml, naming what is missing, instead of a renderer falling back to
// another language's words (or to no hyphenation) without a word.
import type { DiagnosticBag } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';
import { loadLabels, type LabelTable } from '../render/html/labels.js';
import { patternFor } from '../pdf/hyphenate.js';

/** BCP 47 as journals write it: language, optional script, region or variants (`pt`, `pt-BR`, `sr-Latn`). */
export const languageTag = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-[A-Za-z0-9]{5,8})*$/;

interface Source {
  get(path: string): unknown;
  positionOf(path: string): Position;
}

/** Front-matter fields whose languages `required-languages` may set. Data (the JSON Schema of journal.yaml can list them). */
export const languageFields = ['title', 'abstract', 'keywords', 'section', 'name', 'institution'] as const;

/** `required-languages: { abstract: [pt, en], keywords: [pt] }`: each field's languages, all of them journal languages. */
export function readRequiredLanguages(source: Source, languages: string[], bag: DiagnosticBag): Record<string, string[]> | undefined {
  const section = source.get('required-languages');
  if (section === undefined || section === null) return undefined;
  if (typeof section !== 'object' || Array.isArray(section)) {
    bag.report('profile-invalid', `Unexpected \`required-languages\` that is not a map, expected languages per field such as { keywords: [${languages[0] ?? 'en'}] }`, source.positionOf('required-languages'));
    return undefined;
  }
  const out: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(section as Record<string, unknown>)) {
    const at = source.positionOf(`required-languages.${field}`);
    if (!(languageFields as readonly string[]).includes(field)) bag.report('profile-invalid', `Unexpected field \`${field}\` in \`required-languages\`, expected one of ${languageFields.join(', ')}`, at);
    else if (!Array.isArray(list) || !list.every((l) => typeof l === 'string' && languages.includes(l)))
      bag.report('profile-invalid', `Unexpected ${JSON.stringify(list)} for \`required-languages.${field}\`, expected a list of journal languages (${languages.join(', ')})`, at);
    else out[field] = list as string[];
  }
  return out;
}

/** The profile's `labels:` overrides ({ pt: { abstract: Resumo } }), checked for shape. */
export function readLabelOverrides(source: Source, bag: DiagnosticBag): LabelTable {
  const section = source.get('labels');
  const out: LabelTable = {};
  if (section === undefined || section === null) return out;
  if (typeof section !== 'object' || Array.isArray(section)) {
    bag.report('profile-invalid', 'Unexpected `labels` that is not a map, expected words per language such as { pt: { abstract: Resumo } }', source.positionOf('labels'));
    return out;
  }
  for (const [lang, words] of Object.entries(section as Record<string, unknown>)) {
    if (!languageTag.test(lang)) bag.report('profile-invalid', `Unexpected language \`${lang}\` in \`labels\`, expected a BCP 47 tag such as pt or pt-BR`, source.positionOf(`labels.${lang}`));
    else if (!words || typeof words !== 'object' || Array.isArray(words) || !Object.values(words).every((w) => typeof w === 'string'))
      bag.report('profile-invalid', `Unexpected \`labels.${lang}\` that is not a map of words, expected { key: text } such as { abstract: Resumo }`, source.positionOf(`labels.${lang}`));
    else out[lang] = words as Record<string, string>;
  }
  return out;
}

/** Labels and hyphenation for each journal language; `hyphenation` is the print section's setting. */
export function checkLanguages(source: Source, languages: string[], templates: string[], overrides: LabelTable, hyphenation: Record<string, string>, bag: DiagnosticBag): void {
  const labels = loadLabels(templates, overrides);
  languages.forEach((lang, i) => {
    const at = source.positionOf(`languages.${i}`);
    const missing = labels.missing(lang);
    if (missing.length)
      bag.report(
        'profile-labels-missing',
        `Unexpected language \`${lang}\` without the label${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, expected a label table for it (templates/labels/${lang}.yaml or \`labels.${lang}\` in the profile)`,
        at,
      );
    if (!patternFor(lang, hyphenation))
      bag.report('profile-hyphenation-missing', `Unexpected language \`${lang}\` without hyphenation patterns, expected \`print.hyphenation.${lang}\` naming a file of the hyphen package's patterns/ (its text is not hyphenated in the PDF)`, at);
  });
}
