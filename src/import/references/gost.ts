// One GOST R 7.0.5-2008 / 7.1-2003 description → the fields of a CSL item, as
// article/harris-2017/references.yaml stores them (full places and words, the
// title without GOST's " : " spacing). What cannot be placed is returned as
// `unread`: the caller keeps such an entry verbatim instead of guessing.
import type { CslName } from '../../references/prepare.js';
import { hasCyrillic } from '../../references/translit/transliterate.js';
import { readBookAreas, readJournalAreas, readTitleArea, type Publication } from './gost-areas.js';
import { readArchiveEntry } from './gost-archive.js';
import { readHeadingNames } from './names.js';
import { plainEntry } from './text.js';
import type { ArchivalFile } from '../../references/archives.js';
import type { Expansions } from './types.js';
import { guessLanguage } from './language.js';
import { genitiveRoles, nominative } from './genitive.js';

export interface GostParse {
  fields: Record<string, unknown> & { type: string };
  unread: string[];
  /** Parts every description has that were not found ("title", "year", "place : publisher, year"). */
  missing: string[];
  /** Guesses worth a line in the report: the type, an abbreviation's full form, the language. */
  guesses: string[];
  /** An archive's files as printed. */
  files?: ArchivalFile[];
}

export function parseGostEntry(text: string, expansions: Expansions): GostParse {
  const { plain } = plainEntry(text);
  const archive = readArchiveEntry(plain);
  if (archive && !/\/\//.test(plain))
    return { fields: { type: 'collection', language: hasCyrillic(archive.archive) ? 'ru' : 'en', archive: archive.archive }, unread: archive.unread, missing: [], guesses: [], files: archive.files };

  const out: GostParse = { fields: { type: 'book' }, unread: [], missing: [], guesses: [] };
  const rest = readOnline(plain, out.fields);
  const slashes = rest.indexOf(' // ');
  const own = slashes < 0 ? rest : rest.slice(0, slashes);
  const container = slashes < 0 ? '' : rest.slice(slashes + 4);
  if (container.includes(' // ')) out.unread.push(container.slice(container.indexOf(' // ')));

  const heading = readHeadingNames(own);
  // "Obradović A.: Title": a colon after the names is punctuation, not a subtitle.
  if (heading.names.length) heading.rest = heading.rest.replace(/^:\s*/, '');
  if (heading.names.length) out.fields.author = heading.names;
  if (heading.etAl) out.guesses.push('the list of authors ends with "et al." / "и др.": only the printed names are kept');

  if (container) {
    const ownArea = readTitleArea(trimAreaPeriod(heading.rest, expansions), 'title');
    take(out, ownArea, ownArea.fields, editorsAsStored(ownArea.editors, ownArea.role, out.guesses), ownArea.statedAuthors, ownArea.unread);
    const journal = readJournalAreas(container);
    if (journal && !/\s:\s.+,\s\d{4}\./.test(container)) {
      out.fields.type = 'article-journal';
      Object.assign(out.fields, journal.fields);
      out.fields['container-title'] = expandWords(trimAreaPeriod(journal.titleArea, expansions), expansions, out.guesses);
      if (!journal.found.has('issue') && !journal.found.has('volume')) out.guesses.push('type article-journal from "// Title. Year" without volume or issue');
    } else {
      out.fields.type = 'chapter';
      const book = readBookAreas(container, expansions.places);
      requireImprint(book, out);
      Object.assign(out.fields, book.fields);
      const containerHeading = readHeadingNames(book.titleArea);
      if (containerHeading.names.length) out.fields['container-author'] = containerHeading.names;
      const area = readTitleArea(trimAreaPeriod(containerHeading.rest, expansions), 'container-title');
      if (typeof area.fields['container-title'] === 'string') area.fields['container-title'] = expandWords(area.fields['container-title'], expansions, out.guesses);
      take(out, area, area.fields, editorsAsStored(area.editors, area.role, out.guesses), [], area.unread);
      if (area.role === 'eds. by') out.guesses.push('"eds. by" read as editors');
    }
  } else {
    const book = readBookAreas(heading.rest, expansions.places);
    requireImprint(book, out);
    Object.assign(out.fields, book.fields);
    const area = readTitleArea(trimAreaPeriod(book.titleArea, expansions), 'title');
    take(out, area, area.fields, editorsAsStored(area.editors, area.role, out.guesses), area.statedAuthors, area.unread);
  }
  if (typeof out.fields.publisher === 'string') out.fields.publisher = expandWords(out.fields.publisher, expansions, out.guesses);
  if (!out.fields.title) out.missing.push('title');
  if (!out.fields.issued) out.missing.push('year');
  const language = guessLanguage(String(out.fields.title ?? ''));
  const { type, ...others } = out.fields;
  out.fields = { type, language: language.lang, ...others };
  if (language.guess) out.guesses.push(language.guess);
  return out;
}

/** URL, access date and DOI at the end of the description. */
function readOnline(text: string, fields: Record<string, unknown>): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    const accessed = /\s*\(дата обращения:\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\)\.?$/u.exec(rest) ?? /\s*\((?:accessed|date of access):?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\)\.?$/iu.exec(rest);
    if (accessed) {
      fields.accessed = { 'date-parts': [[Number(accessed[3]), Number(accessed[2]), Number(accessed[1])]] };
      rest = rest.slice(0, accessed.index).trim();
      changed = true;
    }
    // eLIBRARY's document number: no CSL variable, kept in `note`.
    const edn = /(?:^|\.?\s+)EDN:?\s*([A-Z]{6})\.?$/u.exec(rest);
    if (edn) {
      fields.note = `EDN: ${edn[1]}`;
      rest = rest.slice(0, edn.index).trim();
      changed = true;
    }
    const url = /(?:^|\.?\s+)URL:\s*(\S+?)\.?$/u.exec(rest);
    if (url) {
      fields.URL = url[1];
      rest = rest.slice(0, url.index).trim();
      changed = true;
    }
    const doi = /(?:^|\.?\s+)(?:DOI:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\S+?)\.?$/iu.exec(rest);
    if (doi) {
      fields.DOI = doi[1];
      rest = rest.slice(0, doi.index).trim();
      changed = true;
    }
  }
  return rest.replace(/\s*\[Электронный ресурс\]|\s*\[Electronic resource\]/giu, '').replace(/\.$/, '');
}

function requireImprint(book: Publication, out: GostParse): void {
  if (!book.found.has('year')) out.missing.push('“Place : Publisher, Year”');
}

function take(out: GostParse, area: { etAl?: boolean }, fields: Record<string, unknown>, editors: CslName[], stated: CslName[], unread: string[]): void {
  Object.assign(out.fields, fields);
  if (area.etAl) out.guesses.push('the responsibility ends with "[и др.]" / "et al.": only the printed names are kept');
  if (editors.length) out.fields.editor = editors;
  // The responsibility restates the authors (GOST), names all of them after the first
  // (7.1-2003: up to three), or, with four and more, names them all.
  const heading = (out.fields.author as CslName[] | undefined) ?? [];
  if (stated.length && (!heading.length || sameFamilies(stated.slice(0, heading.length), heading))) out.fields.author = stated;
  else if (stated.length) unread.push(`/ ${stated.map((n) => `${n.given} ${n.family}`).join(', ')}`);
  out.unread.push(...unread);
}

/** Editors in the nominative when the role governs the genitive ("под ред. И. И. Иванова" → Иванов). */
function editorsAsStored(editors: CslName[], role: string | undefined, guesses: string[]): CslName[] {
  if (!role || !genitiveRoles.test(role)) return editors;
  return editors.map((e) => {
    const { name, unsure } = nominative(e);
    guesses.push(unsure ?? `editor "${e.family}" after "${role}" stored in the nominative as "${name.family}" (the list prints the nominative unless the full given name and patronymic are added)`);
    return name;
  });
}

function sameFamilies(a: CslName[], b: CslName[]): boolean {
  return a.map((n) => n.family).join('|') === b.map((n) => n.family).join('|');
}

/** A final period is the area's separator, unless it ends an abbreviation ("соч."). */
function trimAreaPeriod(text: string, expansions: Expansions): string {
  const t = text.trim();
  if (!t.endsWith('.')) return t;
  const last = /(\S+)$/.exec(t)![1];
  // An abbreviation: in the table, an initial, a short Cyrillic word not ending in a vowel (соч., зап., учеб.), a short Latin one (ed., vol.).
  const abbreviation = last in expansions.words || /^\p{Lu}\.$/u.test(last) || /^[а-яё-]{0,4}[бвгджзйклмнпрстфхцчшщ]\.$/u.test(last) || /^[a-z]{1,4}\.$/.test(last);
  if (abbreviation) return t;
  return t.slice(0, -1);
}

/** GOST R 7.0.12 abbreviations back to the words (the first form of the table; a choice is a guess). */
export function expandWords(text: string, expansions: Expansions, guesses: string[]): string {
  return text.replace(/[\p{L}-]+\.?/gu, (w) => {
    const forms = expansions.words[w];
    if (!forms) return w;
    if (forms.length > 1) guesses.push(`"${w}" read as "${forms[0]}" (also: ${forms.slice(1).join(', ')})`);
    return forms[0];
  });
}
