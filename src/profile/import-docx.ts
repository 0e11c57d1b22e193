// `import.docx` in journal.yaml: how the journal's Word template lays out an
// article, so that matching a manuscript against it (src/import/docx/template.ts)
// needs no journal-specific code. Everything is data: the words before each part
// per language, the titles of the printed reference lists and the profile list
// each one is, optional style names, and how personal names are written.
import type { DiagnosticBag } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';

/** Parts of the template a label introduces. */
export const templateLabelFields = ['udc', 'abstract', 'keywords', 'body', 'email'] as const;
export type TemplateLabelField = (typeof templateLabelFields)[number];

/** Parts a paragraph style can mark, whatever the paragraph says. */
export const templateStyleRoles = ['udc', 'title', 'authors', 'affiliation', 'abstract', 'keywords'] as const;
export type TemplateStyleRole = (typeof templateStyleRoles)[number];

export type NameOrder = 'given-first' | 'surname-first';

export interface TemplateList {
  /** The printed titles of the list (variants allowed: "Bibliography", "Works cited"). */
  titles: string[];
  /** The profile's reference list this printed list is: its `name` (written as its name or its kind). */
  list: string;
}

export interface DocxTemplateProfile {
  /** Per language, the words that introduce each part (a list holds the template's variants). */
  labels: Record<string, Partial<Record<TemplateLabelField, string[]>>>;
  lists: TemplateList[];
  /** Style names (as Word shows them) per role. */
  styles: Partial<Record<TemplateStyleRole, string[]>>;
  /** How names are written per language; absent languages: given-first. */
  nameOrder: Record<string, NameOrder>;
}

interface Source {
  get(path: string): unknown;
  positionOf(path: string): Position;
}

/** A label or style: one string or a non-empty list of strings. */
function words(source: Source, path: string, bag: DiagnosticBag): string[] | undefined {
  const v = source.get(path);
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
  if (!list || !list.length || !list.every((w) => typeof w === 'string' && w.trim())) {
    bag.report('profile-invalid', `Unexpected ${JSON.stringify(v)} \`${path}\`, expected a word or a list of words such as [Abstract, Summary]`, source.positionOf(path));
    return undefined;
  }
  return list.map((w: string) => w.trim());
}

function mapAt(source: Source, path: string, bag: DiagnosticBag, example: string): Record<string, unknown> | undefined {
  const v = source.get(path);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    bag.report('profile-invalid', `Unexpected \`${path}\` that is not a map, expected ${example}`, source.positionOf(path));
    return undefined;
  }
  return v as Record<string, unknown>;
}

/** `import.docx`, checked against the journal's languages and reference lists; undefined when absent. */
export function readDocxTemplate(source: Source, languages: string[], referenceLists: { name: string; kind: string }[], bag: DiagnosticBag): DocxTemplateProfile | undefined {
  const listNames = referenceLists.map((l) => l.name);
  const section = mapAt(source, 'import.docx', bag, '{ labels, lists }');
  if (!section) return undefined;
  const out: DocxTemplateProfile = { labels: {}, lists: [], styles: {}, nameOrder: {} };
  const known = ['labels', 'lists', 'styles', 'name-order'];
  for (const key of Object.keys(section))
    if (!known.includes(key)) bag.report('profile-invalid', `Unexpected key \`import.docx.${key}\`, expected one of ${known.join(', ')}`, source.positionOf(`import.docx.${key}`));

  const labels = mapAt(source, 'import.docx.labels', bag, 'labels per language such as { en: { abstract: Abstract } }') ?? {};
  for (const [lang, fields] of Object.entries(labels)) {
    const at = `import.docx.labels.${lang}`;
    if (!languages.includes(lang)) {
      bag.report('profile-invalid', `Unexpected language \`${lang}\` in \`import.docx.labels\`, expected one of the journal's languages (${languages.join(', ')})`, source.positionOf(at));
      continue;
    }
    if (!mapAt(source, at, bag, '{ abstract: …, keywords: … }')) continue;
    out.labels[lang] = {};
    for (const field of Object.keys(fields as object)) {
      if (!(templateLabelFields as readonly string[]).includes(field)) {
        bag.report('profile-invalid', `Unexpected label \`${field}\` in \`${at}\`, expected one of ${templateLabelFields.join(', ')}`, source.positionOf(`${at}.${field}`));
        continue;
      }
      const list = words(source, `${at}.${field}`, bag);
      if (list) out.labels[lang][field as TemplateLabelField] = list;
    }
  }
  for (const lang of Object.keys(out.labels))
    if (!out.labels[lang].abstract)
      bag.report('profile-invalid', `Unexpected \`import.docx.labels.${lang}\` without \`abstract\`, expected the word that introduces the ${lang} abstract (it tells the language of each metadata block)`, source.positionOf(`import.docx.labels.${lang}`));

  const lists = source.get('import.docx.lists');
  if (lists !== undefined && !Array.isArray(lists))
    bag.report('profile-invalid', 'Unexpected `import.docx.lists` that is not a list, expected entries such as { title: References, list: references }', source.positionOf('import.docx.lists'));
  (Array.isArray(lists) ? lists : []).forEach((_, i) => {
    const at = `import.docx.lists.${i}`;
    const titles = words(source, `${at}.title`, bag);
    const list = source.get(`${at}.list`);
    // A list is named by its name or its kind (`primary`), stored by its name.
    const named = referenceLists.find((l) => l.name === list) ?? referenceLists.find((l) => l.kind === list);
    if (typeof list !== 'string' || !named) {
      bag.report('profile-invalid', `Unexpected ${JSON.stringify(list)} \`${at}.list\`, expected the name or kind of one of the reference lists (${listNames.join(', ')})`, source.positionOf(`${at}.list`));
      return;
    }
    if (titles) out.lists.push({ titles, list: named.name });
  });

  const styles = mapAt(source, 'import.docx.styles', bag, 'style names per role such as { title: Article Title }') ?? {};
  for (const role of Object.keys(styles)) {
    if (!(templateStyleRoles as readonly string[]).includes(role)) {
      bag.report('profile-invalid', `Unexpected style role \`${role}\` in \`import.docx.styles\`, expected one of ${templateStyleRoles.join(', ')}`, source.positionOf(`import.docx.styles.${role}`));
      continue;
    }
    const list = words(source, `import.docx.styles.${role}`, bag);
    if (list) out.styles[role as TemplateStyleRole] = list;
  }

  const order = mapAt(source, 'import.docx.name-order', bag, '{ ru: surname-first, en: given-first }') ?? {};
  for (const [lang, value] of Object.entries(order)) {
    const at = `import.docx.name-order.${lang}`;
    if (!languages.includes(lang)) bag.report('profile-invalid', `Unexpected language \`${lang}\` in \`import.docx.name-order\`, expected one of the journal's languages (${languages.join(', ')})`, source.positionOf(at));
    else if (value !== 'given-first' && value !== 'surname-first') bag.report('profile-invalid', `Unexpected ${JSON.stringify(value)} \`${at}\`, expected given-first or surname-first`, source.positionOf(at));
    else out.nameOrder[lang] = value;
  }
  return out;
}
