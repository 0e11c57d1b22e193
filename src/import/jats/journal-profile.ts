// A journal profile written from a JATS file's journal-meta, for articles of
// another journal imported into a folder that has none: titles, ISSNs,
// publisher, DOI prefix and a pattern that fits, the languages found, the
// licence, one reference list. What JATS cannot tell (the depositor's e-mail)
// is marked TODO and reported; the article builds with it as it is.
import { stringify } from 'yaml';
import { loadLabels } from '../../render/html/labels.js';
import { builtinTemplates } from '../../profile/load.js';
import { optionalArticleFields } from '../../profile/article-fields.js';
import { childElements, childNamed, childrenNamed, descendants, type XmlEl } from '../xml-tree.js';
import type { ImportedProfile } from '../types.js';
import type { Rights } from './front-article.js';
import { guessDoiPattern } from './doi-pattern-guess.js';
import { flat, normaliseLang } from './front-state.js';
import type { Decision } from '../report.js';

export interface ProfileInput {
  root: XmlEl;
  journalMeta?: XmlEl;
  frontMatter: Record<string, unknown>;
  rights: Rights;
  /** Path from the journal folder to Galley's vendor/ (the Crossref XSD bundles). */
  vendor: string;
  source: string;
}

export interface WrittenProfile extends ImportedProfile {
  decisions: Decision[];
  /** The running number the written DOI pattern reads from the article's DOI. */
  seq?: number;
}

/** The text when Crossref's length limit admits it (depositor_name 130, registrant 255). */
const fits = (text: string, max: number) => (text && text.length <= max ? text : undefined);

/** Fields Galley asks in every journal language unless required-languages narrows them. */
const languageFields = ['title', 'abstract', 'keywords', 'section', 'name', 'institution'];

export function profileFromJats(input: ProfileInput): WrittenProfile {
  const { frontMatter: fm, journalMeta: jm, rights } = input;
  const decisions: Decision[] = [];
  const at = jm?.xpath ?? input.root.xpath;
  const decide = (what: string, why: string) => decisions.push({ at, what, why });
  const lang = String(fm.lang);
  const languages = [lang];
  for (const key of ['title', 'abstract', 'keywords'])
    for (const l of Object.keys((fm[key] as Record<string, unknown> | undefined) ?? {})) if (!languages.includes(l)) languages.push(l);
  const everyLang = (text: string) => Object.fromEntries(languages.map((l) => [l, text]));

  const titles: Record<string, string> = {};
  const group = jm && childNamed(jm, 'journal-title-group');
  for (const t of group ? childrenNamed(group, 'journal-title') : []) titles[t.attrs['xml:lang'] ? normaliseLang(t.attrs['xml:lang']) : lang] ??= flat(t);
  for (const tg of group ? childrenNamed(group, 'trans-title-group') : []) for (const t of childrenNamed(tg, 'trans-title')) titles[normaliseLang(tg.attrs['xml:lang'] ?? t.attrs['xml:lang'] ?? lang)] ??= flat(t);
  const mainTitle = titles[lang] ?? Object.values(titles)[0] ?? (jm ? flat(childNamed(jm, 'journal-id')) : '') ?? 'TODO journal title';
  const title = Object.fromEntries(languages.map((l) => [l, titles[l] ?? mainTitle]));
  if (languages.some((l) => !titles[l])) decide(`the journal title “${mainTitle}” stands for every language`, 'journal-meta gives no translated title');
  const abbrev = group ? childrenNamed(group, 'abbrev-journal-title').map(flat).find(Boolean) : undefined;

  const issn: Record<string, string> = {};
  for (const i of jm ? childrenNamed(jm, 'issn') : []) {
    const kind = i.attrs['publication-format'] ?? i.attrs['pub-type'];
    if (kind === 'print' || kind === 'ppub') issn.print ??= flat(i);
    else if (kind === 'electronic' || kind === 'epub') issn.electronic ??= flat(i);
  }
  if (issn.print && issn.print === issn.electronic) delete issn.print;
  const publisher = jm && childNamed(jm, 'publisher');
  const publisherName = publisher ? flat(childNamed(publisher, 'publisher-name')) : '';
  const publisherLoc = publisher ? flat(childNamed(publisher, 'publisher-loc')) : '';
  const idEl = jm && (childrenNamed(jm, 'journal-id').find((j) => j.attrs['journal-id-type'] === 'publisher-id') ?? childNamed(jm, 'journal-id'));
  const id = (idEl ? flat(idEl) : mainTitle).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '') || 'journal';

  const doi = typeof fm.doi === 'string' ? fm.doi : undefined;
  const pattern = doi ? guessDoiPattern(doi, typeof fm.year === 'number' ? fm.year : undefined) : undefined;
  if (pattern) decide(`DOI prefix ${pattern.prefix} and suffix pattern ${pattern.suffixPattern}`, `read from the article's DOI ${doi}${pattern.seq === undefined ? ' (no running number found: the suffix is literal)' : ''}`);
  else decide('DOI prefix 10.5555 (Crossref test prefix)', 'the article has no DOI');

  const licenseUrl = rights.licenseUrl ?? 'TODO';
  if (!rights.licenseUrl) decide('licence URL left TODO', 'the article names no licence');
  const firstText = Object.values(rights.licenseText)[0] ?? (rights.licenseUrl ? `Licensed under ${rights.licenseUrl}.` : 'TODO licence text');
  const licenseText = Object.fromEntries(languages.map((l) => [l, rights.licenseText[l] ?? firstText]));
  const openAccess = descendants(input.root, (e) => e.local === 'license' && e.attrs['license-type'] === 'open-access').length > 0;

  // Continuous publication, errata, items without keywords: the journal says so instead of the article inventing them.
  const isEmpty = (v: unknown) => v === undefined || (typeof v === 'object' && v !== null && !Object.keys(v).length);
  const optional = optionalArticleFields.filter((f) => isEmpty(fm[f]));
  for (const f of optional) decide(`article-fields.${f}: optional`, `the imported article has no ${f === 'issue' ? 'issue number' : f}`);

  const labels = loadLabels([builtinTemplates]);
  const refTitle = descendants(input.root, (e) => e.local === 'ref-list' && e.parent?.local === 'back').map((r) => flat(childNamed(r, 'title'))).find(Boolean) ?? 'References';

  const profile: Record<string, unknown> = {
    id,
    languages,
    title,
    ...(abbrev && { 'abbrev-title': { [lang]: abbrev } }),
    ...(Object.keys(issn).length && { issn }),
    'publication-formats': issn.print ? ['print', 'electronic'] : ['electronic'],
    publisher: { name: everyLang(publisherName || 'TODO publisher'), ...(publisherLoc && { location: { [lang]: publisherLoc } }) },
    // One article's languages: the others are asked only where it has them.
    'required-languages': Object.fromEntries(languageFields.map((f) => [f, []])),
    ...(optional.length && { 'article-fields': Object.fromEntries(optional.map((f) => [f, 'optional'])) }),
    doi: { prefix: pattern?.prefix ?? '10.5555', 'suffix-pattern': pattern?.suffixPattern ?? `${id}.{year}.{seq}` },
    urls: { article: 'https://doi.org/{doi}' },
    license: { url: licenseUrl, text: licenseText, 'open-access': openAccess },
    ...(rights.holder && { 'copyright-holder': { [lang]: rights.holder } }),
    ...(!rights.holder && { 'copyright-statement': false }),
    'citation-block': { [lang]: { label: labels.get(lang, 'how-to-cite'), style: 'apa' } },
    references: { lists: [{ kind: 'primary', name: 'references', style: 'apa', title: refTitle }], transliteration: 'none' },
    schemas: { 'jats-version': '1.3', crossref: `${input.vendor}/crossref-{version}` },
    crossref: {
      'schema-version': '5.4.0',
      depositor: { name: fits(publisherName, 130) ?? 'TODO depositor', email: 'depositor@example.org' },
      registrant: fits(publisherName, 255) ?? 'TODO registrant',
      endpoints: { test: 'https://test.crossref.org/servlet/deposit', production: 'https://doi.crossref.org/servlet/deposit' },
      results: { test: 'https://test.crossref.org/servlet/submissionDownload', production: 'https://doi.crossref.org/servlet/submissionDownload' },
    },
    rules: {},
  };
  decide('the depositor e-mail is depositor@example.org (TODO)', 'JATS does not name who deposits with Crossref');
  if (publisherName && !fits(publisherName, 130)) decide('the depositor name is TODO', `the publisher's name is longer than the 130 characters Crossref allows a depositor name`);
  decide('citation block and reference list in APA (the CSL repository style apa)', "JATS does not say the journal's citation style");
  for (const el of jm ? childElements(jm) : []) if (!['journal-id', 'journal-title-group', 'issn', 'publisher'].includes(el.local)) decide(`<${el.local}> of journal-meta not written`, 'no profile key for it');
  const text = [
    `# Journal profile written by \`galley import jats\` from the journal-meta of ${input.source}.`,
    '# Check the values marked TODO and the DOI pattern; `galley check` lists what is still wrong.',
    stringify(profile, { lineWidth: 0 }),
  ].join('\n');
  return { text, files: [], decisions, ...(pattern?.seq !== undefined && { seq: pattern.seq }) };
}
