// ref-list/ref → CSL items. element-citation and tagged mixed-citation give
// the fields; the citation's own text is kept beside each item
// (`custom.original-text`). Galley's own JATS carries one rendering per list
// in citation-alternatives: the journal's list (GOST) gives the work's fields
// as written in its language, the romanized list gives `custom.title-en` (the
// trans-title) and `custom.translit` where its form differs from the automatic
// transliteration, so the same item renders both lists again.
import type { CslItem } from '../../model/reference-types.js';
import { getScheme, hasCyrillic, transliterate } from '../../references/translit/transliterate.js';
import { nameVariables, romanizeName, type CslName } from '../../references/prepare.js';
import { loadStyle, type StyleConfig } from '../../references/style.js';
import type { XmlEl } from '../xml-tree.js';
import { childElements, childNamed, descendants, textOf } from '../xml-tree.js';
import { notKept } from './context.js';
import { diagnostic } from '../../checks/diagnostic.js';
import { safeName, squash, type BodyState } from './body-state.js';
import { printedMarkdown, printedText, verbatimItem } from './reference-text.js';
import { personName, personNames } from './reference-names.js';

const typeOf: Record<string, string> = {
  journal: 'article-journal', book: 'book', archive: 'collection', confproc: 'paper-conference', conference: 'paper-conference', thesis: 'thesis', report: 'report',
  webpage: 'webpage', web: 'webpage', data: 'dataset', database: 'dataset', dataset: 'dataset', patent: 'patent', standard: 'standard', software: 'software', 'legal-doc': 'legislation', map: 'map',
  magazine: 'article-magazine', newspaper: 'article-newspaper', preprint: 'article', other: 'document',
};

type Fields = Record<string, unknown>;

/** Keys for every ref of every ref-list (made key-safe and unique), before any xref is read. */
export function assignKeys(refs: XmlEl[], state: BodyState): void {
  const used = new Set<string>();
  for (const ref of refs) {
    const id = ref.attrs.id ?? `ref${used.size + 1}`;
    let key = safeName(id);
    for (let n = 2; used.has(key); n++) key = `${safeName(id)}-${n}`;
    used.add(key);
    state.keys.set(ref.attrs.id ?? key, key);
    state.keyOrder.push(key);
    const label = childNamed(ref, 'label');
    if (label) state.keyByLabel.set(squash(textOf(label)).trim().replace(/[.[\]]/g, ''), key);
    const cit = citations(ref)[0];
    if (cit?.attrs['publication-type'] === 'archive') state.archives.add(key);
  }
}

function citations(ref: XmlEl): XmlEl[] {
  return descendants(ref, (e) => e.name === 'mixed-citation' || e.name === 'element-citation' || e.name === 'nlm-citation');
}

export function referenceItem(ref: XmlEl, state: BodyState): CslItem | undefined {
  const key = state.keys.get(ref.attrs.id ?? '') ?? safeName(ref.attrs.id ?? 'ref');
  const list = citations(ref);
  if (!list.length) {
    notKept(state.ctx, ref, 'a reference without element-citation or mixed-citation', squash(textOf(ref)).trim());
    return undefined;
  }
  const alternatives = list.length > 1 && list.every((c) => c.parent?.name === 'citation-alternatives' && c.attrs['specific-use']);
  // One rendering per list (Galley's own JATS): the journal's list and the romanized one.
  // Otherwise (SciELO: the printed text and a tagged copy) the most tagged one gives the fields.
  const primary = alternatives ? pickPrimary(list, state) : mostTagged(list);
  const fields = readCitation(primary, state);
  const item: CslItem = { id: key, type: String(fields.type), ...(fields.language ? { language: String(fields.language) } : {}) };
  for (const [k, v] of Object.entries(fields)) if (k !== 'type' && k !== 'language' && k !== 'custom') item[k] = v;
  const customFields: Fields = { ...((fields.custom as Fields) ?? {}) };
  const romanized = alternatives ? list.find((c) => c !== primary) : undefined;
  if (romanized) {
    const roman = readCitation(romanized, state);
    // What only the romanized list prints (the size of a chapter's book) belongs to the work too.
    for (const field of neutralFields) if (item[field] === undefined && roman[field] !== undefined) item[field] = roman[field];
    storedPlace(item, roman, state);
    Object.assign(customFields, romanizedCustom(item, roman, state));
  }
  if (!alternatives) for (const other of list.filter((c) => c !== primary)) {
    const more = readCitation(other, state);
    for (const field of ['DOI', 'URL'] as const) if (item[field] === undefined && more[field] !== undefined) item[field] = more[field];
  }
  const short = state.shortTitles.get(key);
  if (short && typeof item.title === 'string' && item.title !== short && item.title.startsWith(short)) item['title-short'] = short;
  if (alternatives) for (const other of list.filter((c) => c !== primary && c !== romanized)) notKept(state.ctx, other, 'a third rendering of the reference; the first two are kept', squash(textOf(other)).slice(0, 200));
  const printed = alternatives ? primary : (list.find((c) => c.name === 'mixed-citation') ?? primary);
  const lacking = [...(!item.issued && item.type !== 'collection' ? ['a year (<year>)'] : []), ...(!item.title && item.type !== 'collection' ? ['a title'] : [])];
  const original = printedText(printed);
  if (original) customFields['original-text'] = original;
  if (lacking.length && original) {
    state.ctx.report.diagnostics.push(diagnostic('import-reference-incomplete', `Unexpected reference ${key} without ${lacking.join(' or ')}, expected them in its citation: kept as printed (a verbatim item, its tagged fields under custom.imported-fields); none is invented`, { file: state.ctx.file, line: ref.line, column: 1 }));
    return verbatimItem(item, printedMarkdown(printed), customFields);
  }
  if (lacking.length)
    state.ctx.report.diagnostics.push(diagnostic('import-reference-incomplete', `Unexpected reference ${key} without ${lacking.join(' or ')}, expected them in its citation (a Galley bibliography needs them; none is invented)`, { file: state.ctx.file, line: ref.line, column: 1 }));
  if (Object.keys(customFields).length) item.custom = customFields;
  return item;
}

/** Fields that read the same in every list's language. */
const neutralFields = ['number-of-pages', 'page', 'volume', 'issue', 'number-of-volumes', 'edition', 'ISBN', 'ISSN', 'DOI', 'URL', 'issued'];

/** The styles of the profile's two lists, for their tables of places. */
function listStyles(state: BodyState): StyleConfig[] {
  const profile = state.ctx.profile;
  if (!profile) return [];
  try {
    return profile.references.lists.map((l) => loadStyle(profile.templates, (l as { style: string }).style).config);
  } catch {
    return [];
  }
}

/**
 * Places are stored in full and each style prints its own form ("Москва" → "М." / "Moscow"):
 * the stored place is the one both printed forms come from.
 */
function storedPlace(item: CslItem, roman: Fields, state: BodyState): void {
  const printed = item['publisher-place'];
  if (typeof printed !== 'string') return;
  const [primary, romanized] = listStyles(state);
  if (!primary) return;
  const romanPlace = typeof roman['publisher-place'] === 'string' ? (roman['publisher-place'] as string) : undefined;
  const stored = Object.keys(primary.places).find((k) => primary.places[k] === printed && (!romanized || !romanPlace || (romanized.places[k] ?? k) === romanPlace));
  if (stored) item['publisher-place'] = stored;
}

/** The citation with most parts tagged (formatting and links are no parts); an element-citation on a tie. */
function mostTagged(list: XmlEl[]): XmlEl {
  const formatting = new Set(['italic', 'bold', 'sup', 'sub', 'sc', 'underline', 'monospace', 'ext-link', 'uri', 'comment']);
  const parts = (c: XmlEl) => childElements(c).filter((e) => !formatting.has(e.name)).length + (c.name === 'element-citation' ? 0.5 : 0);
  return [...list].sort((a, b) => parts(b) - parts(a))[0];
}

/** The rendering of the journal's own list (its first list name), else the first. */
function pickPrimary(list: XmlEl[], state: BodyState): XmlEl {
  const first = state.ctx.profile?.references?.lists?.[0]?.name;
  return (first && list.find((c) => c.attrs['specific-use'] === first)) || list[0];
}

function readCitation(cit: XmlEl, state: BodyState): Fields {
  const f: Fields = {};
  const pubType = cit.attrs['publication-type'] ?? '';
  const has = (name: string) => Boolean(childNamed(cit, name));
  let type = typeOf[pubType] ?? 'document';
  if (type === 'book' && has('chapter-title')) type = 'chapter';
  if (!pubType && has('article-title') && has('source')) type = 'article-journal';
  if (!pubType && !has('article-title') && has('source')) type = 'book';
  f.type = type;
  const lang = cit.attrs['xml:lang'];
  if (lang) f.language = lang;
  const groups = childElements(cit).filter((c) => c.name === 'person-group');
  let authorsSeen = 0;
  for (const g of groups) {
    const role = g.attrs['person-group-type'] ?? 'author';
    let variable = role === 'editor' ? 'editor' : role === 'translator' ? 'translator' : role === 'compiler' ? 'compiler' : 'author';
    if (variable === 'author' && authorsSeen++ > 0 && type === 'chapter') variable = 'container-author';
    const names = personNames(g);
    if (names.length) f[variable] = [...((f[variable] as unknown[]) ?? []), ...names];
  }
  // Names outside person-group (older tagging).
  const loose = childElements(cit).filter((c) => c.name === 'name' || c.name === 'string-name' || c.name === 'collab');
  if (loose.length && !f.author) f.author = loose.map(personName).filter(Boolean);
  const text = (name: string) => {
    const el = childNamed(cit, name);
    return el ? squash(textOf(el)).trim() : undefined;
  };
  const set = (field: string, value: string | undefined) => {
    if (value) f[field] = value;
  };
  const source = text('source');
  const title = text('article-title') ?? text('chapter-title') ?? text('data-title') ?? text('part-title');
  if (title) {
    set('title', title);
    set('container-title', source);
  } else if (type === 'article-journal' || type === 'article-newspaper' || type === 'article-magazine') {
    // A journal article cited without its title (physics: "Rev. Pesqui. Qual. 7, 428"): the source is the journal.
    set('container-title', source);
  } else set('title', source);
  set('collection-title', text('series'));
  set('volume', text('volume'));
  set('issue', text('issue'));
  const fpage = text('fpage');
  const lpage = text('lpage');
  set('page', text('page-range') ?? (fpage ? (lpage && lpage !== fpage ? `${fpage}–${lpage}` : fpage) : text('elocation-id')));
  const size = childNamed(cit, 'size');
  if (size && (size.attrs.units ?? 'pages') === 'pages') set('number-of-pages', squash(textOf(size)).trim());
  const edition = text('edition');
  if (edition) f.edition = /^\d+(-е|-e|th|st|nd|rd|\.)?(\s*(ed|изд)\.?)?$/.test(edition) ? Number(/^\d+/.exec(edition)![0]) : edition;
  set('publisher', text('publisher-name'));
  set('publisher-place', text('publisher-loc'));
  set('event-title', text('conf-name'));
  // A conference paper tagged with its title as `source` (SciELO): the conference is the container.
  if (type === 'paper-conference' && !f['container-title'] && f.title) set('container-title', text('conf-name'));
  set('event-place', text('conf-loc'));
  set('version', text('version'));
  set('number', text('patent'));
  set('note', text('comment'));
  if (type === 'collection') set('archive', text('institution'));
  const year = text('year') ?? (type === 'paper-conference' ? text('conf-date') : undefined);
  const yearNum = year ? /\d{4}/.exec(year)?.[0] : undefined;
  if (yearNum) {
    const parts: number[] = [Number(yearNum)];
    const month = Number(text('month'));
    if (month >= 1 && month <= 12) {
      parts.push(month);
      const day = Number(text('day'));
      if (day >= 1 && day <= 31) parts.push(day);
    }
    f.issued = { 'date-parts': [parts] };
  } else if (year) f.issued = { literal: year };
  for (const id of childElements(cit).filter((c) => c.name === 'pub-id' || c.name === 'object-id')) {
    const v = squash(textOf(id)).trim();
    const t = (id.attrs['pub-id-type'] ?? '').toLowerCase();
    if (t === 'doi') f.DOI = v.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
    else if (t === 'pmid') f.PMID = v;
    else if (t === 'pmcid') f.PMCID = v;
    else if (t === 'isbn') f.ISBN = v;
  }
  const isbn = text('isbn');
  if (isbn) f.ISBN = isbn;
  const issn = text('issn');
  if (issn) f.ISSN = issn;
  const link = childElements(cit).find((c) => c.name === 'ext-link' || c.name === 'uri');
  if (link) {
    const url = (link.attrs['xlink:href'] ?? textOf(link)).trim();
    const doi = /^https?:\/\/(dx\.)?doi\.org\/(10\..+)$/i.exec(url);
    if (doi && !f.DOI) f.DOI = doi[2];
    else if (!doi) f.URL = url;
  }
  const accessed = childNamed(cit, 'date-in-citation');
  if (accessed) {
    const iso = accessed.attrs['iso-8601-date'];
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : undefined;
    if (m) f.accessed = { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
  }
  // What the tagging leaves in its untagged text.
  const loose_ = childElements(cit).length ? cit.children.filter((c) => c.kind === 'text').map((c) => textOf(c)).join(' ') : '';
  const volumes = /в\s+(\d+)\s+т\./.exec(loose_) ?? /in\s+(\d+)\s+vols?\./i.exec(loose_);
  if (volumes) f['number-of-volumes'] = Number(volumes[1]);
  const custom: Fields = {};
  const trans = childElements(cit).find((c) => c.name === 'trans-title' || c.name === 'trans-source');
  if (trans) custom['title-en'] = squash(textOf(trans)).trim();
  if (type === 'collection') {
    const name = /\[([^\]]+)\]/.exec(loose_);
    if (name && !hasCyrillic(name[1])) custom['title-en'] = name[1].trim();
  }
  if (!Object.keys(f).some((k) => !['type', 'language'].includes(k))) {
    // An untagged mixed-citation: the text is the item (its fields could not be read).
    f.title = squash(textOf(cit)).trim();
    state.ctx.report.decisions.push({ at: cit.xpath, what: 'an untagged citation became an item with its text as title', why: 'no element names its parts' });
  }
  if (Object.keys(custom).length) f.custom = custom;
  return f;
}

/** The romanized rendering → `title-en` and the transliterations the scheme would not give. */
function romanizedCustom(item: CslItem, roman: Fields, state: BodyState): Fields {
  const out: Fields = {};
  const titleEn = (roman.custom as Fields | undefined)?.['title-en'];
  if (titleEn) out['title-en'] = titleEn;
  const schemeId = state.ctx.profile?.references?.transliteration ?? 'lc';
  let scheme;
  try {
    scheme = getScheme(schemeId);
  } catch {
    return out;
  }
  const translit: Fields = {};
  for (const [field, value] of Object.entries(item)) {
    if (['id', 'type', 'language', 'custom', 'issued', 'DOI', 'URL'].includes(field)) continue;
    const r = roman[field];
    if (r === undefined) continue;
    if (nameVariables.includes(field) && Array.isArray(value) && Array.isArray(r)) {
      // Names the primary list printed inflected ("под ред. Полуденного"): the romanized list has them as stored.
      const automatic = (value as CslName[]).map((n) => romanizeName(n, scheme));
      if (hasCyrillic(JSON.stringify(value)) && JSON.stringify(automatic) !== JSON.stringify(r)) translit[field] = r;
      continue;
    }
    if (typeof value === 'string') {
      if (!hasCyrillic(value) && value === r) continue;
      if (hasCyrillic(value) && transliterate(value, scheme) === r) continue;
      if (!hasCyrillic(value)) continue;
      translit[field] = r;
    }
  }
  if (Object.keys(translit).length) out.translit = translit;
  return out;
}
