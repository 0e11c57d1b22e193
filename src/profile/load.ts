// journal.yaml → Profile. Every problem becomes a diagnostic with its position.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticBag } from '../checks/diagnostic.js';
import { parseYamlDoc, yamlErrorMessage } from '../util/yaml-doc.js';
import type { Localized } from '../model/types.js';
import type { Profile } from './types.js';
import { depositProfileDiagnostics } from '../render/crossref/options.js';
import { readExports } from './exports.js';
import { readRules } from './rules.js';
import { readArticleFields } from './article-fields.js';
import { readDocxTemplate } from './import-docx.js';
import { patternProblems } from '../record/doi-pattern.js';
import { checkLanguages, languageTag, readLabelOverrides, readRequiredLanguages } from './languages.js';
import { parsePrintProfile } from '../pdf/print-profile.js';
import { applySeverities } from '../checks/diagnostic.js';

/** Values of `references.transliteration`: a scheme of src/references/translit/, or none. */
export const transliterationSettings = ['lc', 'bgn-pcgn', 'gost-7.79-b', 'none'] as const;

/** Galley's own template folder, used after the journal's. */
export const builtinTemplates = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');

export interface ProfileResult {
  profile?: Profile;
  diagnostics: DiagnosticBag;
}

export function loadProfile(file: string): ProfileResult {
  const bag = new DiagnosticBag();
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    bag.report('profile-missing', `Unexpected missing journal profile, expected a readable file at ${path}`, { file: path, line: 1, column: 1 });
    return { diagnostics: bag };
  }
  const doc = parseYamlDoc(text, path);
  for (const e of doc.errors) bag.report('profile-invalid', yamlErrorMessage(e), e.position);
  if (doc.errors.length) return { diagnostics: bag };
  const raw = (doc.value ?? {}) as Record<string, unknown>;
  const root = dirname(path);

  const get = (p: string): unknown => p.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), raw);
  const str = (p: string, required = true): string => {
    const v = get(p);
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
    if (required) bag.report('profile-invalid', `Unexpected ${v === undefined ? 'missing' : typeof v} \`${p}\`, expected a non-empty string`, doc.positionOf(p));
    return '';
  };
  const languages = Array.isArray(raw.languages) ? raw.languages.map(String) : [];
  if (!languages.length) bag.report('profile-invalid', 'Unexpected missing `languages`, expected a list such as [en, ru]', doc.positionOf('languages'));
  languages.forEach((lang, i) => {
    if (!languageTag.test(lang)) bag.report('profile-invalid', `Unexpected language ${JSON.stringify(lang)} in \`languages\`, expected a BCP 47 tag such as en, pt or pt-BR`, doc.positionOf(`languages.${i}`));
  });
  const localized = (p: string, required = true): Localized => {
    const v = get(p);
    const out: Localized = {};
    if (v && typeof v === 'object') for (const [k, t] of Object.entries(v)) if (typeof t === 'string') out[k] = t;
    if (required)
      for (const lang of languages)
        if (!out[lang]) bag.report('profile-invalid', `Unexpected missing \`${p}.${lang}\`, expected text in every journal language`, doc.positionOf(p));
    return out;
  };

  const flag = (p: string, fallback: boolean): boolean => {
    const v = get(p);
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') bag.report('profile-invalid', `Unexpected ${JSON.stringify(v)} \`${p}\`, expected true or false`, doc.positionOf(p));
    return v === true;
  };
  // A list of words from a closed set; the default when the key is absent.
  const wordsOf = <T extends string>(p: string, allowed: readonly T[], fallback: T[]): T[] => {
    const v = get(p);
    if (v === undefined) return fallback;
    if (!Array.isArray(v) || !v.length) {
      bag.report('profile-invalid', `Unexpected ${JSON.stringify(v)} \`${p}\`, expected a list of ${allowed.join(', ')}`, doc.positionOf(p));
      return fallback;
    }
    const out: T[] = [];
    v.forEach((w, i) => {
      if (allowed.includes(w as T)) out.push(w as T);
      else bag.report('profile-invalid', `Unexpected ${JSON.stringify(w)} in \`${p}\`, expected one of ${allowed.join(', ')}`, doc.positionOf(`${p}.${i}`));
    });
    return out;
  };
  const licenseScopes = () => wordsOf('license.applies-to', ['vor', 'am', 'tdm'] as const, ['vor']);
  // Without the setting, a journal with a print ISSN is taken to be printed.
  const publicationFormats = () =>
    wordsOf('publication-formats', ['print', 'electronic'] as const, get('issn.print') ? ['print', 'electronic'] : ['electronic']);

  // Citation blocks in the languages the profile gives them (at least one); not every journal language needs one.
  const citationBlock: Profile['citationBlock'] = {};
  const blockSection = get('citation-block');
  if (!blockSection || typeof blockSection !== 'object' || Array.isArray(blockSection) || !Object.keys(blockSection).length)
    bag.report('profile-invalid', `Unexpected ${blockSection === undefined ? 'missing' : 'empty'} \`citation-block\`, expected a label and format for at least one journal language`, doc.positionOf('citation-block'));
  else
    for (const lang of Object.keys(blockSection)) {
      if (!languages.includes(lang)) {
        bag.report('profile-invalid', `Unexpected \`citation-block.${lang}\`, expected one of the journal's languages (${languages.join(', ')})`, doc.positionOf(`citation-block.${lang}`));
        continue;
      }
      // Either a Handlebars format or a CSL style renders the block, never both.
      const style = str(`citation-block.${lang}.style`, false);
      const format = str(`citation-block.${lang}.format`, !style);
      if (style && format)
        bag.report('profile-invalid', `Unexpected both \`format\` and \`style\` in \`citation-block.${lang}\`, expected one of them`, doc.positionOf(`citation-block.${lang}.style`));
      citationBlock[lang] = { label: str(`citation-block.${lang}.label`), format: style ? '' : format, ...(style && { style }) };
    }
  const lists = Array.isArray(get('references.lists')) ? (get('references.lists') as Record<string, unknown>[]) : [];
  if (!lists.length) bag.report('profile-invalid', 'Unexpected missing `references.lists`, expected at least one list with kind, style and title', doc.positionOf('references'));
  const ownTemplates = resolve(root, str('templates', false) || 'templates');

  const profile: Profile = {
    file: path,
    root,
    id: str('id'),
    languages,
    title: localized('title'),
    abbrevTitle: localized('abbrev-title', false),
    issn: { print: str('issn.print', false) || undefined, electronic: str('issn.electronic', false) || undefined },
    publisher: { name: localized('publisher.name'), location: localized('publisher.location', false) },
    doi: { prefix: str('doi.prefix'), suffixPattern: str('doi.suffix-pattern') },
    urls: { site: str('urls.site', false) || undefined, article: str('urls.article'), pdf: str('urls.pdf', false) || undefined, jats: str('urls.jats', false) || undefined },
    license: { url: str('license.url'), text: localized('license.text'), appliesTo: licenseScopes(), openAccess: flag('license.open-access', false) },
    publicationFormats: publicationFormats(),
    copyrightHolder: localized('copyright-holder', false),
    copyrightStatement: flag('copyright-statement', true),
    requiredLanguages: readRequiredLanguages({ get, positionOf: (p) => doc.positionOf(p) }, languages, bag),
    articleFields: readArticleFields({ get, positionOf: (p) => doc.positionOf(p) }, bag),
    citationBlock,
    references: {
      lists: lists.map((l, i) => {
        const kind = String(l.kind ?? `list${i + 1}`);
        const name = l.name === undefined ? kind : String(l.name);
        if (!/^[A-Za-z][\w.-]*$/.test(name))
          bag.report('profile-invalid', `Unexpected list name ${JSON.stringify(l.name)}, expected a word such as references (letters, digits, . _ -)`, doc.positionOf(`references.lists.${i}.name`));
        return { kind, name, style: String(l.style ?? ''), title: String(l.title ?? '') };
      }),
      transliteration: str('references.transliteration', false) || 'lc',
      archiveFiles: str('references.archive-files', false) === 'as-cited' ? 'as-cited' : 'once',
    },
    udc: { label: str('udc.label', false) || 'UDC', required: flag('udc.required', false) },
    schemas: {
      jatsVersion: str('schemas.jats-version', false) || '1.3',
      jats: str('schemas.jats', false) ? resolve(root, str('schemas.jats')) : undefined,
      crossref: process.env.GALLEY_CROSSREF_SCHEMAS
        ? resolve(process.env.GALLEY_CROSSREF_SCHEMAS)
        : str('schemas.crossref', false) ? resolve(root, str('schemas.crossref')) : undefined,
    },
    crossref: {
      schemaVersion: str('crossref.schema-version', false) || '5.4.0',
      citationList: str('crossref.citation-list', false) || undefined,
      depositor: { name: str('crossref.depositor.name'), email: str('crossref.depositor.email') },
      registrant: str('crossref.registrant'),
      endpoints: { test: str('crossref.endpoints.test'), production: str('crossref.endpoints.production') },
      results: { test: str('crossref.results.test'), production: str('crossref.results.production') },
    },
    record: resolve(root, str('record', false) || 'record'),
    templates: ownTemplates === builtinTemplates ? [builtinTemplates] : [ownTemplates, builtinTemplates],
    rules: readRules({ get, positionOf: (p) => doc.positionOf(p) }, bag),
    labels: readLabelOverrides({ get, positionOf: (p) => doc.positionOf(p) }, bag),
    exports: readExports({ get, positionOf: (p) => doc.positionOf(p) }, root, languages, bag),
    raw,
  };
  const docxTemplate = readDocxTemplate({ get, positionOf: (p) => doc.positionOf(p) }, languages, profile.references.lists.map((l) => ({ name: l.name ?? l.kind, kind: l.kind })), bag);
  if (docxTemplate) profile.import = { docx: docxTemplate };
  const archiveFiles = str('references.archive-files', false);
  if (archiveFiles && !['once', 'as-cited'].includes(archiveFiles))
    bag.report('profile-invalid', `Unexpected \`references.archive-files: ${archiveFiles}\`, expected once or as-cited`, doc.positionOf('references.archive-files'));
  if (!['5.4.0', '5.3.1'].includes(profile.crossref.schemaVersion))
    bag.report('profile-invalid', `Unexpected Crossref schema version ${profile.crossref.schemaVersion}, expected 5.4.0 or 5.3.1`, doc.positionOf('crossref.schema-version'));
  const deposited = profile.crossref.citationList;
  const listNames = profile.references.lists.map((l) => l.name ?? l.kind);
  if (deposited !== undefined && !listNames.includes(deposited))
    bag.report('profile-invalid', `Unexpected \`crossref.citation-list: ${deposited}\`, expected the name of one of the reference lists (${listNames.join(', ')})`, doc.positionOf('crossref.citation-list'));
  if (profile.doi.suffixPattern)
    for (const problem of patternProblems(profile.doi.suffixPattern)) bag.report('profile-invalid', problem, doc.positionOf('doi.suffix-pattern'));
  const transliteration = profile.references.transliteration;
  if (!(transliterationSettings as readonly string[]).includes(transliteration))
    bag.report('profile-invalid', `Unexpected \`references.transliteration: ${transliteration}\`, expected one of ${transliterationSettings.join(', ')}`, doc.positionOf('references.transliteration'));
  bag.addAll(depositProfileDiagnostics(raw, path, doc.positionOf));
  // The print section is checked here too, so `check` and `build` report the same problems before anything renders.
  const print = parsePrintProfile(raw, path, doc.positionOf);
  bag.addAll(print.diagnostics);
  checkLanguages({ get, positionOf: (p) => doc.positionOf(p) }, languages, profile.templates, profile.labels ?? {}, print.print.hyphenation, bag);
  // The journal's own severities apply to the profile's diagnostics as to every other.
  const diagnostics = new DiagnosticBag();
  diagnostics.addAll(applySeverities(bag.items, profile.rules));
  return { profile: diagnostics.hasErrors ? undefined : profile, diagnostics };
}

/** Whether the journal is printed: print dates are written only then (`publication-formats`). */
export function isPrinted(profile: Profile): boolean {
  return (profile.publicationFormats ?? (profile.issn.print ? ['print'] : [])).includes('print');
}

/** The Crossref schema folder for the profile's version ({version} in the setting is filled in). */
export function crossrefSchemaDir(profile: Profile, version = profile.crossref.schemaVersion): string | undefined {
  return profile.schemas.crossref?.replace('{version}', version);
}
