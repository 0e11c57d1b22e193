// Contributors and affiliations: contrib-group/contrib → `authors:`, aff and
// aff-alternatives → `affiliations:`. Names in several scripts come from
// name-alternatives; an affiliation's versions from aff-alternatives.
import { creditRoles, normaliseCreditTerm } from '../../model/meta/credit.js';
import { isValidOrcid } from '../../model/meta/formats.js';
import { childElements, childNamed, childrenNamed, descendants, textOf, type XmlEl } from '../xml-tree.js';
import { decide, drop, flat, langOf, take, touch, type FrontState } from './front-state.js';

type Name = { given: string; surname: string };

export interface ImportedPeople {
  authors: Record<string, unknown>[];
  affiliations: Record<string, unknown>[];
  /** corresp ids → e-mail found in author-notes (filled by the caller before people are read). */
}

/** `meta`: article-meta (or a front-stub); `correspEmails`: author-notes/corresp id → e-mail. */
export function importPeople(s: FrontState, meta: XmlEl, correspEmails: Map<string, string>): ImportedPeople {
  const affiliations: Record<string, unknown>[] = [];
  const affIds = new Map<string, string>();
  const addAff = (el: XmlEl, wanted?: string) => {
    const aff = importAff(s, el, wanted ?? `aff${affiliations.length + 1}`);
    if (!aff) return undefined;
    affiliations.push(aff);
    if (el.attrs.id) affIds.set(el.attrs.id, String(aff.id));
    // An xref without rid (BMJ) names its affiliation by label.
    const label = childNamed(el, 'label');
    if (label && flat(label)) affIds.set(`label:${flat(label)}`, String(aff.id));
    return String(aff.id);
  };
  // Affiliations first (they may sit in article-meta, in contrib-group or inside a contrib).
  const groups = childrenNamed(meta, 'contrib-group');
  for (const holder of [meta, ...groups]) for (const el of childElements(holder)) if (el.local === 'aff' || el.local === 'aff-alternatives') addAff(el);

  const authors: Record<string, unknown>[] = [];
  const ids = new Set<string>();
  for (const group of groups) {
    touch(s, group);
    for (const c of childElements(group)) {
      if (c.local === 'aff' || c.local === 'aff-alternatives') continue;
      if (c.local !== 'contrib') continue;
      const type = c.attrs['contrib-type'] ?? 'author';
      if (type !== 'author') {
        drop(s, c, `a contributor of type ${type} has no source field (authors only)`);
        continue;
      }
      const author = importContrib(s, c, ids, affIds, correspEmails, (el) => addAff(el));
      if (author) authors.push(author);
    }
  }
  return { authors, affiliations };
}

function importContrib(s: FrontState, c: XmlEl, ids: Set<string>, affIds: Map<string, string>, correspEmails: Map<string, string>, addAff: (el: XmlEl) => string | undefined): Record<string, unknown> | undefined {
  const names = personNames(s, c);
  if (!names) {
    drop(s, c, childNamed(c, 'collab') ? 'a group author (collab) has no source field: authors are persons' : 'a contributor without a name has no source form');
    return undefined;
  }
  touch(s, c);
  const latin = Object.values(names.byLang).find((n) => /^[\p{Script=Latin}\s'’-]+$/u.test(n.surname)) ?? Object.values(names.byLang)[0];
  const author: Record<string, unknown> = { id: uniqueId(latin.surname, ids) };
  author.name = names.once ? names.byLang[Object.keys(names.byLang)[0]] : names.byLang;
  const affiliations: string[] = [];
  let email: string | undefined;
  let corresponding = c.attrs.corresp === 'yes';
  const roles: string[] = [];
  for (const el of childElements(c)) {
    if (el.local === 'name' || el.local === 'name-alternatives') continue;
    if (el.local === 'contrib-id') {
      const type = el.attrs['contrib-id-type'];
      const orcid = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/.exec(flat(el))?.[1];
      if (type === 'orcid' && orcid && !isValidOrcid(orcid)) drop(s, el, `the ORCID iD ${orcid} has a wrong check digit (a typo in the source?)`);
      else if (type === 'orcid' && orcid) {
        take(s, el);
        author.orcid = orcid;
        if (el.attrs.authenticated === 'true') author['orcid-authenticated'] = true;
      } else if (type === 'scopus' && /^\d+$/.test(flat(el))) {
        take(s, el);
        author['scopus-id'] = flat(el);
      } else drop(s, el, `a contributor id of type ${type ?? 'unknown'} has no source field (orcid, scopus-id, researcher-id, spin)`);
    } else if (el.local === 'email') {
      take(s, el);
      email ??= flat(el);
    } else if (el.local === 'xref') {
      const rid = el.attrs.rid ?? '';
      const type = el.attrs['ref-type'];
      if (type === 'aff') {
        take(s, el);
        const targets = rid ? rid.split(/\s+/) : [`label:${flat(el)}`];
        for (const id of targets) if (affIds.has(id)) affiliations.push(affIds.get(id)!);
        decide(s, el, `affiliation ${rid} linked`, 'the label in the xref is generated');
      } else if (type === 'corresp') {
        take(s, el);
        corresponding = true;
        email ??= correspEmails.get(rid);
      } else if (type === 'fn' && inAuthorNotes(s, rid)) {
        take(s, el);
        decide(s, el, `the author note ${rid} is kept in author-notes, not tied to the author`, 'author notes have no link to one author');
      } else if (type === 'fn') drop(s, el, `a link from a contributor to the note ${rid} outside author-notes has no source form (the note has its own entry when not kept)`);
      else drop(s, el, `a link of type ${type ?? 'unknown'} from a contributor has no source form`);
    } else if (el.local === 'aff' || el.local === 'aff-alternatives') {
      const id = addAff(el);
      if (id) affiliations.push(id);
    } else if (el.local === 'role') {
      const key = normaliseCreditTerm(el.attrs['vocab-term'] ?? flat(el));
      if (creditRoles.has(key)) {
        take(s, el);
        if (!roles.includes(key)) roles.push(key);
      } else drop(s, el, 'a role outside the CRediT taxonomy has no source field');
    } else drop(s, el, `<${el.name}> of a contributor has no source field`);
  }
  if (email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) author.email = email;
  author.affiliations = [...new Set(affiliations)];
  if (corresponding && author.email) author.corresponding = true;
  else if (corresponding) decide(s, c, `${latin.surname} is not marked corresponding`, 'no e-mail address was found for the corresponding author');
  if (roles.length) author.roles = roles;
  return author;
}

/** The contributor's names by language; `once` when there is one name (it serves every language). */
function personNames(s: FrontState, c: XmlEl): { byLang: Record<string, Name>; once: boolean } | undefined {
  const alternatives = childNamed(c, 'name-alternatives');
  const list = alternatives ? childElements(alternatives) : childrenNamed(c, 'name');
  if (alternatives) touch(s, alternatives);
  const byLang: Record<string, Name> = {};
  for (const n of list) {
    if (n.local !== 'name') {
      drop(s, n, `<${n.name}> in name-alternatives has no source form (structured names only)`);
      continue;
    }
    touch(s, n);
    const surname = childNamed(n, 'surname');
    const given = childNamed(n, 'given-names');
    take(s, surname);
    take(s, given);
    for (const part of childElements(n)) if (part !== surname && part !== given) drop(s, part, `<${part.name}> of a name has no source field (given names and surname only)`);
    const lang = n.attrs['xml:lang'] ? langOf(s, n) : s.ctx.lang;
    if (!surname || byLang[lang]) {
      if (!surname) drop(s, n, 'a name without a surname has no source form');
      else drop(s, n, `a second name in ${lang} has no source field`);
      continue;
    }
    byLang[lang] = { given: flat(given), surname: flat(surname) };
  }
  if (!Object.keys(byLang).length) return undefined;
  return { byLang, once: list.length === 1 && !list[0].attrs['xml:lang'] };
}

/** An affiliation: each language's institution, city and country; ROR from institution-id. */
function importAff(s: FrontState, el: XmlEl, fallbackId: string): Record<string, unknown> | undefined {
  touch(s, el);
  const versions = el.local === 'aff-alternatives' ? childElements(el).filter((v) => v.local === 'aff' || (drop(s, v, `<${v.name}> in aff-alternatives has no source form`), false)) : [el];
  const id = el.attrs.id ? el.attrs.id.replace(/^aff-(?=.)/, '') : fallbackId;
  const institution: Record<string, string> = {};
  const city: Record<string, string> = {};
  const country: Record<string, string> = {};
  let code: string | undefined;
  let ror: string | undefined;
  for (const v of versions) {
    touch(s, v);
    const lang = v.attrs['xml:lang'] || versions.length > 1 ? langOf(s, v) : s.ctx.lang;
    const parts = affParts(s, v);
    if (parts.institution) institution[lang] = parts.institution;
    if (parts.city) city[lang] = parts.city;
    if (parts.country) country[lang] = parts.country;
    code ??= parts.code;
    ror ??= parts.ror;
  }
  if (!Object.keys(institution).length) {
    drop(s, el, 'an affiliation without an institution has no source form');
    return undefined;
  }
  const once = (m: Record<string, string>) => (versions.length === 1 && !versions[0].attrs['xml:lang'] ? Object.values(m)[0] : m);
  const aff: Record<string, unknown> = { id, institution: once(institution) };
  if (Object.keys(city).length) aff.city = once(city);
  if (Object.keys(country).length) aff.country = once(country);
  if (code) aff['country-code'] = code;
  if (ror) aff.ror = ror;
  return aff;
}

const orgParts = new Set(['orgname', 'orgdiv1', 'orgdiv2', 'orgdiv3']);

function affParts(s: FrontState, v: XmlEl): { institution?: string; city?: string; country?: string; code?: string; ror?: string } {
  const out: { institution?: string; city?: string; country?: string; code?: string; ror?: string } = {};
  const names: { text: string; type?: string }[] = [];
  const original: XmlEl[] = [];
  const looseLines: XmlEl[] = [];
  const visit = (el: XmlEl) => {
    for (const c of childElements(el)) {
      if (c.local === 'institution') {
        const type = c.attrs['content-type'];
        if (type === 'original') original.push(c);
        else {
          take(s, c);
          names.push({ text: flat(c), type });
        }
      } else if (c.local === 'institution-wrap') {
        touch(s, c);
        visit(c);
      } else if (c.local === 'institution-id') {
        const type = c.attrs['institution-id-type'];
        if (type === 'ror') {
          take(s, c);
          out.ror = flat(c).replace(/^(?!https:)/, 'https://ror.org/').replace('https://ror.org/https://ror.org/', 'https://ror.org/');
        } else drop(s, c, `an institution id of type ${type ?? 'unknown'} has no source field (ROR only)`);
      } else if (c.local === 'city') {
        take(s, c);
        out.city = flat(c);
      } else if (c.local === 'country') {
        take(s, c);
        out.country = flat(c);
        if (/^[A-Z]{2}$/.test(c.attrs.country ?? '')) out.code = c.attrs.country;
      } else if (c.local === 'addr-line' && !childElements(c).length) {
        looseLines.push(c);
      } else if (c.local === 'addr-line') {
        touch(s, c);
        visit(c);
      } else if (c.local === 'named-content' && c.attrs['content-type'] === 'city') {
        take(s, c);
        out.city = flat(c);
      } else if (c.local === 'label') {
        take(s, c);
        decide(s, c, `affiliation label “${flat(c)}” not written`, 'labels of affiliations are generated');
      } else drop(s, c, `<${c.name}> of an affiliation has no source field (institution, city, country, ROR)`);
    }
  };
  visit(v);
  // Text directly in <aff> (untagged affiliations): the institution when nothing is tagged.
  const loose = v.children.filter((c) => c.kind === 'text').map((c) => textOf(c)).join(' ').replace(/[\s,;.]+/g, ' ').trim();
  // Untagged address lines (BMJ): the last is the city when no city is tagged; the others are reported.
  looseLines.forEach((line, i) => {
    if (i === looseLines.length - 1 && !out.city && flat(line)) {
      take(s, line);
      out.city = flat(line);
      decide(s, line, `the address line “${flat(line)}” became the city`, 'the last untagged address line of the affiliation');
    } else drop(s, line, 'an untagged address line has no source field (institution, city, country)');
  });
  const ordered = [...names.filter((n) => n.type && orgParts.has(n.type) && n.type !== 'orgname').reverse(), ...names.filter((n) => !n.type || n.type === 'orgname' || !orgParts.has(n.type))];
  out.institution = ordered.map((n) => n.text).filter(Boolean).join(', ') || undefined;
  for (const o of original) {
    if (out.institution) drop(s, o, 'the affiliation as printed duplicates its tagged parts (institution, city, country), which are kept');
    else {
      take(s, o);
      out.institution = flat(o);
    }
  }
  if (!out.institution && loose) {
    out.institution = loose;
    decide(s, v, 'the untagged text of the affiliation became its institution', 'no <institution> element');
  }
  return out;
}

/** Whether `rid` names an element inside <author-notes> (eLife also links contributors to notes in <back>). */
function inAuthorNotes(s: FrontState, rid: string): boolean {
  const target = descendants(s.ctx.root, (e) => e.attrs.id === rid)[0];
  for (let p = target?.parent; p; p = p.parent) if (p.local === 'author-notes') return true;
  return false;
}

function uniqueId(surname: string, ids: Set<string>): string {
  const base = surname.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'author';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}${n}`;
  ids.add(id);
  return id;
}

/** author-notes/corresp id → the e-mail address it holds. */
export function correspEmails(meta: XmlEl): Map<string, string> {
  const out = new Map<string, string>();
  for (const notes of childrenNamed(meta, 'author-notes'))
    for (const c of childrenNamed(notes, 'corresp')) {
      const found = correspEmail(c);
      if (c.attrs.id && found) out.set(c.attrs.id, found);
    }
  return out;
}

export function correspEmail(c: XmlEl): string | undefined {
  const email = descendants(c, (e) => e.local === 'email')[0];
  return email ? flat(email) : /[^\s@:;,()]+@[^\s@;,()]+\.[a-z]{2,}/i.exec(textOf(c))?.[0];
}
