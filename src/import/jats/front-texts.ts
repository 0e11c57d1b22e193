// The article's texts in every language: titles and trans-titles, running
// heads, abstracts and trans-abstracts, keyword groups, author notes, funding.
import { childElements, childNamed, childrenNamed, type XmlEl } from '../xml-tree.js';
import { blockMarkdown, inlineMarkdown } from './front-inline.js';
import { correspEmail } from './front-people.js';
import { decide, drop, flat, langOf, plainOnly, take, touch, type FrontState } from './front-state.js';
import type { Fields } from './front-article.js';

type ByLang = Record<string, string>;

function add(out: Fields, key: string, lang: string, text: string): boolean {
  const map = ((out[key] as ByLang | undefined) ??= {});
  if (map[lang] !== undefined) return false;
  map[lang] = text;
  return true;
}

export function importTitles(s: FrontState, meta: XmlEl, out: Fields): void {
  const group = childNamed(meta, 'title-group');
  if (!group) return;
  touch(s, group);
  for (const el of childElements(group)) {
    if (el.local === 'article-title') {
      if (!add(out, 'title', langOf(s, el), inlineMarkdown(s, el))) drop(s, el, 'a second title in one language has no source field');
    } else if (el.local === 'trans-title-group') {
      touch(s, el);
      for (const t of childElements(el)) {
        if (t.local === 'trans-title' && add(out, 'title', langOf(s, t), inlineMarkdown(s, t))) continue;
        drop(s, t, t.local === 'trans-title' ? 'a second title in one language has no source field' : `<${t.name}> has no source field (titles only)`);
      }
    } else if (el.local === 'alt-title' && ['running-head', 'short'].includes(el.attrs['alt-title-type'] ?? '')) {
      plainOnly(s, el, 'a running head');
      add(out, 'short-title', langOf(s, el), flat(el));
    } else drop(s, el, `<${el.name}>${el.attrs['alt-title-type'] ? ` (${el.attrs['alt-title-type']})` : ''} has no source field (title, translated titles, running heads)`);
  }
  // A running head equal to the title is the default: not written.
  const short = out['short-title'] as ByLang | undefined;
  const title = out.title as ByLang | undefined;
  if (short && title) {
    for (const [l, t] of Object.entries(short)) if (title[l] === t) delete short[l];
    if (!Object.keys(short).length) delete out['short-title'];
  }
}

/** abstract (no abstract-type) and trans-abstract; other kinds (digests, key points, graphical) are reported. */
export function importAbstracts(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const el of childElements(meta)) {
    if (el.local !== 'abstract' && el.local !== 'trans-abstract') continue;
    const kind = el.attrs['abstract-type'];
    if (kind) {
      drop(s, el, `an abstract of type ${kind} has no source field (one abstract per language)`);
      continue;
    }
    const title = childNamed(el, 'title');
    if (title) {
      take(s, title);
      decide(s, title, `abstract heading “${flat(title)}” not written`, 'the heading is the label of the language');
    }
    for (const id of childrenNamed(el, 'object-id')) drop(s, id, 'no DOI per abstract: Galley registers one DOI per article');
    const lang = langOf(s, el);
    const text = blockMarkdown(s, el, (c) => c === title || c.local === 'object-id');
    if (!add(out, 'abstract', lang, `${text}\n`)) {
      s.used.delete(el);
      drop(s, el, `a second abstract in ${lang} has no source field`);
    }
  }
}

const keywordTypes = new Set(['author', 'author-keywords', 'author-generated', 'keywords']);

export function importKeywords(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const group of childrenNamed(meta, 'kwd-group')) {
    const type = group.attrs['kwd-group-type'];
    const lang = langOf(s, group);
    const existing = (out.keywords as Record<string, string[]> | undefined)?.[lang];
    if ((type && !keywordTypes.has(type)) || existing) {
      drop(s, group, type && !keywordTypes.has(type) ? `keywords of type ${type} have no source field (the author's keywords only)` : `a second keyword group in ${lang} has no source field`);
      continue;
    }
    touch(s, group);
    const kwds: string[] = [];
    for (const k of childElements(group)) {
      if (k.local === 'kwd') {
        plainOnly(s, k, 'a keyword');
        if (flat(k)) kwds.push(flat(k));
      } else if (k.local === 'title') {
        take(s, k);
        decide(s, k, `keyword heading “${flat(k)}” not written`, 'the heading is the label of the language');
      } else drop(s, k, `<${k.name}> in a keyword group has no source field`);
    }
    if (kwds.length) ((out.keywords as Record<string, string[]> | undefined) ??= {})[lang] = kwds;
  }
}

const coiTypes = new Set(['coi-statement', 'conflict']);

/** author-notes: notes → `author-notes:`, conflict of interest → `conflict-of-interest:`; corresp is generated from the authors. */
export function importAuthorNotes(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const notes of childrenNamed(meta, 'author-notes')) {
    touch(s, notes);
    for (const el of childElements(notes)) {
      if (el.local === 'corresp') {
        const authors = (out.authors as Fields[] | undefined) ?? [];
        const email = correspEmail(el);
        const named = email ? correspondent(authors, email, flat(el)) : undefined;
        if (named && !named.corresponding) {
          named.email ??= email;
          named.corresponding = true;
          authors[authors.indexOf(named)] = authorKeysInOrder(named);
          decide(s, el, `${String(named.id)} is the corresponding author, ${email}`, 'the correspondence note names the author or the address, though no link ties them');
        }
        if (named) {
          take(s, el);
          decide(s, el, 'corresp not written', 'made from the corresponding authors and their e-mail addresses');
        } else drop(s, el, 'a correspondence note tied to no author with its e-mail address has no source form');
      } else if (el.local === 'fn') {
        const label = childNamed(el, 'label');
        if (label) drop(s, label, 'labels of author notes are generated (notes are not tied to one author)');
        const key = coiTypes.has(el.attrs['fn-type'] ?? '') ? 'conflict-of-interest' : 'author-notes';
        const text = blockMarkdown(s, el, (c) => c === label);
        if (!text) continue;
        const lang = langOf(s, el);
        const map = ((out[key] as ByLang | undefined) ??= {});
        map[lang] = map[lang] ? `${map[lang]}\n\n${text}` : text;
        if (el.attrs['fn-type'] && el.attrs['fn-type'] !== 'other' && key === 'author-notes') decide(s, el, `a note of type ${el.attrs['fn-type']} went into author-notes`, 'author notes are free text');
      } else drop(s, el, `<${el.name}> in author notes has no source field`);
    }
  }
}

/** funding-group → `funding:` (funder, funder-id, awards) and `funding-statement:`. */
export function importFunding(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const group of childrenNamed(meta, 'funding-group')) {
    touch(s, group);
    for (const el of childElements(group)) {
      if (el.local === 'award-group') {
        const entry = awardGroup(s, el);
        if (entry) ((out.funding as Fields[] | undefined) ??= []).push(entry);
      } else if (el.local === 'funding-statement') {
        if (!add(out, 'funding-statement', langOf(s, el), inlineMarkdown(s, el))) drop(s, el, 'a second funding statement in one language has no source field');
      } else drop(s, el, `<${el.name}> in funding has no source field`);
    }
  }
}

function awardGroup(s: FrontState, g: XmlEl): Fields | undefined {
  const source = childNamed(g, 'funding-source');
  if (!source) {
    drop(s, g, 'an award without a funding source has no source form (funder: is required)');
    return undefined;
  }
  touch(s, g);
  touch(s, source);
  const entry: Fields = {};
  const wrap = childNamed(source, 'institution-wrap');
  const institution = wrap ? childNamed(wrap, 'institution') : undefined;
  const id = wrap ? childNamed(wrap, 'institution-id') : undefined;
  if (wrap) touch(s, wrap);
  plainOnly(s, institution, "a funder's name");
  entry.funder = institution ? flat(institution) : source.children.filter((c) => c.kind === 'text' || c.local !== 'institution-wrap').map((c) => (c.kind === 'text' ? c.text : (take(s, c), flat(c)))).join(' ').replace(/\s+/g, ' ').trim();
  if (id) {
    const value = flat(id);
    if (/^(https?:\/\/(dx\.)?doi\.org\/)?10\.13039\//.test(value) || /^https:\/\/ror\.org\//.test(value)) {
      take(s, id);
      entry['funder-id'] = value.replace(/^https?:\/\/(dx\.)?doi\.org\//, '');
    } else drop(s, id, 'a funder id that is neither a Funder Registry DOI nor a ROR id has no source field');
  }
  const awards = childrenNamed(g, 'award-id').map((a) => (take(s, a), flat(a))).filter(Boolean);
  if (awards.length) entry.awards = awards;
  for (const c of childElements(g)) if (!s.used.has(c)) drop(s, c, `<${c.name}> of an award has no source field (funder, funder id, award numbers)`);
  return entry.funder ? entry : undefined;
}

/** The author a correspondence note is about: the one with its address, else the only one whose surname it names. */
function correspondent(authors: Fields[], email: string, text: string): Fields | undefined {
  const byEmail = authors.find((a) => a.email === email);
  if (byEmail) return byEmail;
  const surnames = (a: Fields) => {
    const name = a.name as Record<string, unknown>;
    return ('surname' in name ? [name] : Object.values(name)).map((n) => String((n as { surname: string }).surname));
  };
  const named = authors.filter((a) => !a.email && surnames(a).some((n) => n && text.includes(n)));
  return named.length === 1 ? named[0] : undefined;
}

const authorKeys = ['id', 'name', 'orcid', 'orcid-authenticated', 'scopus-id', 'email', 'affiliations', 'corresponding', 'roles'];

function authorKeysInOrder(a: Fields): Fields {
  const out: Fields = {};
  for (const k of authorKeys) if (a[k] !== undefined) out[k] = a[k];
  for (const k of Object.keys(a)) if (!(k in out)) out[k] = a[k];
  return out;
}
