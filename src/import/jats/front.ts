// <front> (journal-meta, article-meta) and the fronts of translations → the
// article's YAML front matter. Every element is either carried over, made
// again by Galley (decisions in the report), or listed as not kept.
import { childElements, childNamed, type XmlEl } from '../xml-tree.js';
import type { JatsImportContext } from './context.js';
import { generated, importCategories, importCustomMeta, importHistory, importIds, importPermissions, importPlace, importProduct, importRelated, importType, type Fields, type Rights } from './front-article.js';
import { correspEmails, importPeople } from './front-people.js';
import { decide, frontState, sweep, take, touch, type FrontState } from './front-state.js';
import { importAbstracts, importAuthorNotes, importFunding, importKeywords, importTitles } from './front-texts.js';
import { importTranslation, translations } from './front-translations.js';
import { importSupplementary } from './front-files.js';

/** The order keys are written in article.md (docs/source-format.md). */
const keyOrder = [
  'lang', 'type', 'section', 'doi', 'seq', 'udc', 'volume', 'issue', 'year', 'pages', 'history', 'title', 'short-title', 'authors', 'affiliations',
  'abstract', 'keywords', 'author-notes', 'funding', 'funding-statement', 'conflict-of-interest', 'license', 'corrects', 'retracts', 'reviewed-book', 'supplementary',
];

export interface ImportedFront {
  frontMatter: Fields;
  /** What <front> says about the journal and the rights, for writing or checking a profile. */
  journalMeta?: XmlEl;
  rights: Rights;
}

export function importFront(ctx: JatsImportContext): Record<string, unknown> {
  return importFrontParts(ctx).frontMatter;
}

export function importFrontParts(ctx: JatsImportContext): ImportedFront {
  const s = frontState(ctx);
  const out: Fields = { lang: ctx.lang };
  const front = childNamed(ctx.root, 'front');
  let rights: Rights = { licenseText: {} };
  const journalMeta = front ? childNamed(front, 'journal-meta') : undefined;
  if (front) {
    touch(s, front);
    importType(s, ctx.root, out);
    if (journalMeta) {
      take(s, journalMeta);
      decide(s, journalMeta, 'journal-meta not written into the article', "the journal's titles, ISSNs and publisher are the profile's (journal.yaml)");
    }
    const meta = childNamed(front, 'article-meta');
    if (meta) rights = importArticleMeta(s, meta, out);
    for (const el of childElements(front)) if (el.local === 'notes' && el.attrs['notes-type'] === 'how-to-cite') {
      take(s, el);
      decide(s, el, 'the citation block not written', "Galley makes it from the profile's citation-block");
    }
    sweep(s, front);
  }
  for (const sub of translations(ctx.root)) {
    importTranslation(s, sub, out);
  }
  return { frontMatter: ordered(out), journalMeta, rights };
}

function importArticleMeta(s: FrontState, meta: XmlEl, out: Fields): ReturnType<typeof importPermissions> {
  touch(s, meta);
  importIds(s, meta, out, s.ctx.profile?.doi);
  importCategories(s, meta, out);
  importCustomMeta(s, meta, out);
  importPlace(s, meta, out);
  importHistory(s, meta, out);
  importTitles(s, meta, out);
  const people = importPeople(s, meta, correspEmails(meta));
  if (people.authors.length) out.authors = people.authors;
  if (people.affiliations.length) out.affiliations = people.affiliations;
  importAbstracts(s, meta, out);
  importKeywords(s, meta, out);
  importAuthorNotes(s, meta, out);
  importFunding(s, meta, out);
  importRelated(s, meta, out);
  importProduct(s, meta, out);
  importSupplementary(s, meta, out);
  generated(s, meta);
  const rights = importPermissions(s, meta);
  const url = rights.licenseUrl;
  // An article licence other than the journal's is the article's `license:`.
  if (url && s.ctx.profile && normaliseUrl(url) !== normaliseUrl(s.ctx.profile.license.url)) out.license = url;
  return rights;
}

const normaliseUrl = (u: string) => u.trim().replace(/^http:/, 'https:').replace(/\/?$/, '/');

function ordered(out: Fields): Fields {
  const result: Fields = {};
  for (const k of keyOrder) if (out[k] !== undefined) result[k] = out[k];
  for (const k of Object.keys(out)) if (!(k in result)) result[k] = out[k];
  return result;
}
