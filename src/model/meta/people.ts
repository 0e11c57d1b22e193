// Authors and affiliations: bilingual names, ORCID iDs, affiliation ids that resolve.
import type { Affiliation, Author, CreditRole, PersonName } from '../types.js';
import { creditRoles, nearestCreditTerm, normaliseCreditTerm } from './credit.js';
import { bareOrcid, isValidOrcid } from './formats.js';
import { readAuthorCodes } from './identifiers.js';
import type { MetaReader } from './reader.js';

/** A string is an institution, city or country given once for every language. */
const isText = (v: unknown) => typeof v === 'string';
/** A map with `surname` or `given` is a name given once (a personal name is the same in every language written in its script). */
const isName = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && ('surname' in v || 'given' in v);

/** `lang`: the article's language, under which a value given once is kept. */
export function readAffiliations(r: MetaReader, lang: string, languages?: string[]): Affiliation[] {
  const list = r.list('affiliations', { required: false }) ?? [];
  const seen = new Set<string>();
  const out: Affiliation[] = [];
  list.forEach((_, i) => {
    const p = `affiliations.${i}`;
    if (!r.isMap(p)) return r.wrongType(p, 'a map with id and institution');
    const id = r.string(`${p}.id`, { required: true });
    if (id && seen.has(id)) r.report('meta-type', `Unexpected second affiliation with id \`${id}\`, expected unique ids`, r.pos(`${p}.id`));
    if (id) seen.add(id);
    const text = (q: string) => r.string(q, { required: true });
    const aff: Affiliation = {
      id: id ?? '',
      institution: r.localizedOrOnce(`${p}.institution`, text, lang, isText, { required: true, what: 'the institution', languages }) ?? {},
      position: r.pos(p),
    };
    const city = r.localizedOrOnce(`${p}.city`, text, lang, isText, { required: false });
    if (city) aff.city = city;
    const country = r.localizedOrOnce(`${p}.country`, text, lang, isText, { required: false });
    if (country) aff.country = country;
    const code = r.string(`${p}.country-code`);
    if (code && !/^[A-Z]{2}$/.test(code)) r.wrongType(`${p}.country-code`, 'an ISO 3166-1 alpha-2 code such as GB or RU');
    else if (code) aff.countryCode = code;
    const ror = r.string(`${p}.ror`);
    if (ror) aff.ror = ror;
    out.push(aff);
  });
  return out;
}

export function readAuthors(r: MetaReader, affiliationIds: Set<string>, lang: string, languages?: string[]): Author[] {
  const list = r.list('authors', { required: true }) ?? [];
  const out: Author[] = [];
  list.forEach((_, i) => {
    const p = `authors.${i}`;
    if (!r.isMap(p)) return r.wrongType(p, 'a map with id, name and affiliations');
    const author: Author = {
      id: r.string(`${p}.id`, { required: true }) ?? '',
      name: r.localizedOrOnce(`${p}.name`, (q) => readName(r, q), lang, isName, { required: true, what: 'the name', languages }) ?? {},
      affiliations: readAffiliationRefs(r, `${p}.affiliations`, affiliationIds),
      position: r.pos(p),
    };
    const orcid = r.string(`${p}.orcid`);
    if (orcid !== undefined) {
      const bare = bareOrcid(orcid);
      if (!bare) r.report('meta-orcid', `Unexpected ORCID ${JSON.stringify(orcid)}, expected four groups of four digits such as 0000-0002-1825-0097`, r.pos(`${p}.orcid`));
      else if (!isValidOrcid(bare)) r.report('meta-orcid', `Unexpected ORCID ${bare} whose check digit is wrong, expected a valid iD (a typo?)`, r.pos(`${p}.orcid`));
      else author.orcid = bare;
    }
    // Only an iD collected through ORCID's OAuth may be marked authenticated.
    const authenticated = r.boolean(`${p}.orcid-authenticated`);
    if (authenticated && !author.orcid && orcid === undefined)
      r.report('meta-orcid', 'Unexpected `orcid-authenticated` without `orcid`, expected the iD it vouches for', r.pos(`${p}.orcid-authenticated`));
    else if (authenticated !== undefined && author.orcid) author.orcidAuthenticated = authenticated;
    readAuthorCodes(r, p, author);
    const email = r.string(`${p}.email`);
    if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) r.wrongType(`${p}.email`, 'an e-mail address');
    else if (email) author.email = email;
    const corresponding = r.boolean(`${p}.corresponding`);
    if (corresponding !== undefined) author.corresponding = corresponding;
    if (corresponding && !author.email && email === undefined)
      r.report('meta-required', 'Unexpected corresponding author without `email`, expected the address readers write to', r.pos(`${p}.corresponding`));
    const roles = readCreditRoles(r, `${p}.roles`);
    if (roles) author.roles = roles;
    out.push(author);
  });
  return out;
}

function readName(r: MetaReader, path: string): PersonName | undefined {
  if (!r.isMap(path)) {
    r.wrongType(path, 'a map { given: …, surname: … }');
    return undefined;
  }
  const surname = r.string(`${path}.surname`, { required: true });
  const given = r.string(`${path}.given`, { required: false });
  return surname ? { given: given ?? '', surname } : undefined;
}

function readAffiliationRefs(r: MetaReader, path: string, known: Set<string>): string[] {
  const refs = r.list(path, { required: false }) ?? [];
  const out: string[] = [];
  refs.forEach((ref, j) => {
    const id = typeof ref === 'string' || typeof ref === 'number' ? String(ref) : undefined;
    if (id === undefined) return r.wrongType(`${path}.${j}`, 'an affiliation id');
    if (!known.has(id)) {
      const ids = [...known].map((k) => `\`${k}\``).join(', ') || 'none defined';
      r.report('meta-affiliation-ref', `Unexpected affiliation \`${id}\`, expected one of the ids under \`affiliations\` (${ids})`, r.pos(`${path}.${j}`));
    }
    out.push(id);
  });
  return out;
}

/** CRediT roles by key (`writing-original-draft`) or by their name ("Writing – original draft"). */
function readCreditRoles(r: MetaReader, path: string): CreditRole[] | undefined {
  const list = r.list(path);
  if (!list) return undefined;
  const out: CreditRole[] = [];
  list.forEach((_, j) => {
    const written = r.string(`${path}.${j}`, { required: true });
    if (!written) return;
    const key = normaliseCreditTerm(written);
    const role = creditRoles.get(key);
    if (role) {
      if (!out.some((o) => o.term === role.term)) out.push(role);
      return;
    }
    const near = nearestCreditTerm(key);
    r.report(
      'meta-credit-role',
      `Unexpected CRediT role ${JSON.stringify(written)}, expected ${near ? `\`${near}\` (did you mean it?)` : `one of ${[...creditRoles.keys()].join(', ')}`}`,
      r.pos(`${path}.${j}`),
    );
  });
  return out;
}
