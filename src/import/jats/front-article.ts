// The article's identity and place: article-id, article-categories, volume,
// issue, pages, dates, permissions, related articles, custom-meta — and the
// parts Galley generates itself (counts, self-uri), which are not written back.
import { articleTypes } from '../../model/meta/identifiers.js';
import { builtinTemplates } from '../../profile/load.js';
import { loadLabels } from '../../render/html/labels.js';
import { seqOf } from '../../record/doi-pattern.js';
import { childElements, childNamed, childrenNamed, textOf, type XmlEl } from '../xml-tree.js';
import { decide, drop, flat, langOf, plainOnly, take, touch, type FrontState } from './front-state.js';

export type Fields = Record<string, unknown>;

/** Subjects Galley keeps: the heading (section) and a UDC notation. */
export function importCategories(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const cats of childrenNamed(meta, 'article-categories')) {
    touch(s, cats);
    const section: Record<string, string> = {};
    for (const g of childElements(cats)) {
      const type = g.attrs['subj-group-type'] ?? 'heading';
      const subjects = childrenNamed(g, 'subject');
      if (type === 'udc' && subjects.length === 1) {
        take(s, g);
        out.udc = flat(subjects[0]);
      } else if (type === 'heading' && subjects.length >= 1) {
        const lang = langOf(s, g);
        if (section[lang]) {
          drop(s, g, `a second section heading in ${lang} has no source field`);
          continue;
        }
        touch(s, g);
        plainOnly(s, subjects[0], 'a section name');
        for (const extra of childElements(g).filter((c) => c !== subjects[0])) drop(s, extra, `<${extra.name}> beside the section name has no source field (one section per language)`);
        section[lang] = flat(subjects[0]);
      } else drop(s, g, `subjects of type ${type} have no source field (section and UDC only)`);
    }
    if (Object.keys(section).length) out.section = section;
  }
}

export function importIds(s: FrontState, meta: XmlEl, out: Fields, doiPattern?: { prefix: string; suffixPattern: string }): void {
  for (const id of childrenNamed(meta, 'article-id')) {
    const type = id.attrs['pub-id-type'];
    if (type === 'doi' && !out.doi) {
      take(s, id);
      out.doi = flat(id).replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
      const seq = doiPattern && seqOf({ doi: doiPattern }, String(out.doi));
      if (seq !== undefined) {
        out.seq = seq;
        decide(s, id, `running number ${seq} read from the DOI`, `the journal's DOI pattern ${doiPattern!.suffixPattern}`);
      }
    } else drop(s, id, `an article id of type ${type ?? 'unknown'} has no source field (the DOI only)`);
  }
}

/** volume, issue, pages (fpage, lpage), year and the publication date. */
export function importPlace(s: FrontState, meta: XmlEl, out: Fields): void {
  const volume = childNamed(meta, 'volume');
  if (volume) {
    if (/^\d+$/.test(flat(volume))) {
      take(s, volume);
      out.volume = Number(flat(volume));
    } else drop(s, volume, 'a volume that is not a whole number has no source form');
  }
  const issue = childNamed(meta, 'issue');
  if (issue) {
    take(s, issue);
    out.issue = /^0\d+$/.test(flat(issue)) ? String(Number(flat(issue))) : flat(issue);
    if (out.issue !== flat(issue)) decide(s, issue, `issue ${flat(issue)} written ${String(out.issue)}`, 'leading zeros are not part of the number');
  }
  const fpage = childNamed(meta, 'fpage');
  const lpage = childNamed(meta, 'lpage');
  if (fpage && /^\d+$/.test(flat(fpage))) {
    take(s, fpage);
    const pages: Fields = { first: Number(flat(fpage)) };
    if (lpage && /^\d+$/.test(flat(lpage)) && Number(flat(lpage)) >= Number(flat(fpage))) {
      take(s, lpage);
      pages.last = Number(flat(lpage));
    }
    out.pages = pages;
  }
  for (const el of [fpage, lpage]) if (el && !s.used.has(el)) drop(s, el, 'a page that is not a whole number (or a last page before the first) has no source form');
  for (const el of childrenNamed(meta, 'page-range')) drop(s, el, 'the page range is made from the first and last page');
  for (const el of childrenNamed(meta, 'elocation-id')) drop(s, el, 'no source field for an electronic location id (pages are printed pages)');
  importPubDates(s, meta, out);
}

const printTypes = new Set(['ppub', 'epub-ppub', 'collection']);
const onlineTypes = new Set(['epub', 'pub', 'publication']);

function importPubDates(s: FrontState, meta: XmlEl, out: Fields): void {
  let year: number | undefined;
  let published: string | undefined;
  const dates = childrenNamed(meta, 'pub-date');
  for (const d of dates) {
    const type = d.attrs['pub-type'] ?? d.attrs['date-type'] ?? '';
    const format = d.attrs['publication-format'];
    const iso = isoDate(d);
    const y = Number(flat(childNamed(d, 'year')));
    const online = format === 'electronic' ? type === 'pub' || type === 'publication' || type === '' : onlineTypes.has(type) && format !== 'print';
    if (online && iso && !published) {
      take(s, d);
      published = iso;
      year ??= y || undefined;
    } else if ((printTypes.has(type) || format === 'print' || type === 'collection') && y) {
      take(s, d);
      year = y;
      if (iso && !published && type === 'epub-ppub') published = iso;
    } else if (y && type !== 'update') {
      take(s, d);
      year ??= y;
      decide(s, d, `the ${type || 'publication'} date ${flat(d)} gave only the year`, 'Galley keeps one publication date');
    } else drop(s, d, `a ${type || 'publication'} date has no source field (the year and the online publication date only)`);
  }
  if (year) out.year = year;
  if (published) (out.history as Record<string, string> | undefined) ? ((out.history as Record<string, string>).published = published) : (out.history = { published });
}

const historyTypes: Record<string, string> = { received: 'received', 'rev-recd': 'revised', revised: 'revised', accepted: 'accepted' };

export function importHistory(s: FrontState, meta: XmlEl, out: Fields): void {
  const history = childNamed(meta, 'history');
  if (!history) return;
  touch(s, history);
  const dates: Record<string, string> = {};
  for (const d of childElements(history)) {
    const field = historyTypes[d.attrs['date-type'] ?? ''];
    const iso = d.local === 'date' ? isoDate(d) : undefined;
    if (field && iso && !dates[field]) {
      take(s, d);
      dates[field] = iso;
    } else drop(s, d, field ? 'a history date without year, month and day (or a second one) has no source form' : `a history date of type ${d.attrs['date-type'] ?? 'unknown'} has no source field (received, revised, accepted)`);
  }
  // Published (from pub-date) stays last, as the source format lists it.
  const published = (out.history as Record<string, string> | undefined)?.published;
  if (Object.keys(dates).length || published) out.history = { ...dates, ...(published && { published }) };
}

/** YYYY-MM-DD from iso-8601-date or year/month/day; undefined when a part is missing. */
export function isoDate(d: XmlEl): string | undefined {
  const attr = d.attrs['iso-8601-date'];
  if (attr && /^\d{4}-\d{2}-\d{2}$/.test(attr)) return attr;
  const [y, m, day] = ['year', 'month', 'day'].map((n) => flat(childNamed(d, n)));
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(day)) return undefined;
  return `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The licence URL and texts per language, the copyright holder and year (the profile's business, reported back to the caller). */
export interface Rights {
  licenseUrl?: string;
  licenseText: Record<string, string>;
  holder?: string;
  year?: string;
  statement?: string;
}

export function importPermissions(s: FrontState, meta: XmlEl): Rights {
  const rights: Rights = { licenseText: {} };
  const permissions = childNamed(meta, 'permissions');
  if (!permissions) return rights;
  touch(s, permissions);
  for (const el of childElements(permissions)) {
    if (el.local === 'copyright-statement') rights.statement = flat(el);
    else if (el.local === 'copyright-year') rights.year = flat(el);
    else if (el.local === 'copyright-holder') rights.holder = flat(el);
    else if (el.local === 'license') {
      const ref = childElements(el).find((c) => c.local === 'license_ref');
      const url = el.attrs['xlink:href'] || (ref && flat(ref)) || licenseUrlIn(el);
      rights.licenseUrl ??= url;
      const p = childNamed(el, 'license-p');
      if (p) rights.licenseText[langOf(s, el)] ??= flat(p);
    } else if (el.local === 'free_to_read') {
      // Open access is the profile's `license.open-access`.
    } else {
      drop(s, el, `<${el.name}> in permissions has no source field`);
      continue;
    }
    take(s, el);
    decide(s, el, `<${el.name}> read into the journal's licence and copyright`, 'permissions are the profile\'s (license, copyright-holder) or the article\'s `license:`');
  }
  return rights;
}

function licenseUrlIn(el: XmlEl): string | undefined {
  const link = childElements(el).flatMap((c) => [c, ...childElements(c)]).find((c) => c.local === 'ext-link' && /creativecommons|licen/i.test(c.attrs['xlink:href'] ?? ''));
  return link?.attrs['xlink:href'];
}

/** The parts Galley makes itself from the article and the profile. */
export function generated(s: FrontState, meta: XmlEl): void {
  for (const el of childElements(meta)) {
    if (el.local === 'counts') {
      take(s, el);
      decide(s, el, 'counts not written', 'Galley counts figures, tables, references and pages itself');
    } else if (el.local === 'self-uri') {
      take(s, el);
      decide(s, el, `self-uri ${el.attrs['xlink:href'] ?? ''} not written`, "Galley links the article's pages from the profile's urls");
    }
  }
}

/** article-type → `type:`; a type Galley does not have becomes `other`, reported. */
export function importType(s: FrontState, root: XmlEl, out: Fields): void {
  const type = root.attrs['article-type'];
  if (!type || type === 'research-article') return;
  if ((articleTypes as readonly string[]).includes(type)) out.type = type;
  else {
    out.type = 'other';
    s.ctx.report.notKept.push({ at: `${root.xpath}/@article-type`, element: '@article-type', text: type, reason: `the article type ${type} is not one of Galley's (${articleTypes.join(', ')}); written as other`, line: root.line });
  }
}

const relations: Record<string, { key: string; type: string }> = {
  'corrected-article': { key: 'corrects', type: 'correction' },
  'retracted-article': { key: 'retracts', type: 'retraction' },
};

export function importRelated(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const el of childrenNamed(meta, 'related-article')) {
    const rel = relations[el.attrs['related-article-type'] ?? ''];
    const doi = (el.attrs['xlink:href'] ?? '').replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
    if (rel && out.type === rel.type && /^10\.\d+\//.test(doi) && !out[rel.key]) {
      take(s, el);
      out[rel.key] = doi;
    } else drop(s, el, `a related article of type ${el.attrs['related-article-type'] ?? 'unknown'} has no source field (corrects: for a correction, retracts: for a retraction)`);
  }
}

/** What a UDC is called: `UDC`, the profile's label, and the `udc` label of every language Galley has words for. */
function udcNames(s: FrontState): Set<string> {
  const labels = loadLabels(s.ctx.profile?.templates ?? [builtinTemplates]);
  return new Set(['udc', s.ctx.profile?.udc.label ?? '', ...labels.languages().map((l) => labels.own(l, 'udc') ?? '')].filter(Boolean).map((n) => n.toLowerCase()));
}

/** custom-meta named as a UDC → `udc:`; other custom metadata is reported. */
export function importCustomMeta(s: FrontState, meta: XmlEl, out: Fields): void {
  const names = udcNames(s);
  for (const group of childrenNamed(meta, 'custom-meta-group')) {
    touch(s, group);
    for (const m of childElements(group)) {
      const name = flat(childNamed(m, 'meta-name'));
      const value = flat(childNamed(m, 'meta-value'));
      if (names.has(name.toLowerCase()) && value && !out.udc) {
        take(s, m);
        out.udc = value;
      } else drop(s, m, `custom metadata ${JSON.stringify(name)} has no source field (UDC only)`);
    }
  }
}

/** A book review's product → `reviewed-book:`. */
export function importProduct(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const p of childrenNamed(meta, 'product')) {
    const title = childNamed(p, 'source');
    if (out.type !== 'book-review' || !title || out['reviewed-book']) {
      drop(s, p, 'a product is kept for book reviews only (reviewed-book:)');
      continue;
    }
    take(s, p);
    const book: Fields = {};
    const names = childElements(p).flatMap((c) => (c.local === 'person-group' ? childElements(c) : [])).map((n) => flat(n)).filter(Boolean);
    if (names.length) book.authors = names;
    book.title = flat(title);
    const field = (local: string, key: string) => {
      const el = childElements(p).find((c) => c.local === local);
      if (el) book[key] = local === 'year' && /^\d{4}$/.test(flat(el)) ? Number(flat(el)) : flat(el);
    };
    field('publisher-loc', 'place');
    field('publisher-name', 'publisher');
    field('year', 'year');
    field('isbn', 'isbn');
    const doi = childElements(p).find((c) => c.local === 'pub-id' && c.attrs['pub-id-type'] === 'doi');
    if (doi) book.doi = flat(doi);
    out['reviewed-book'] = book;
  }
}

export function plain(el: XmlEl): string {
  return textOf(el).replace(/\s+/g, ' ').trim();
}
