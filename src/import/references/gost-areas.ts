// The areas of a GOST R 7.0.5 description, read from its end, where they are
// unambiguous: size or pages, volume, "Place : Publisher, Year", edition; what
// is left is the title area (title : other title information / responsibility).
import { readRoleNames } from './names.js';
import type { CslName } from '../../references/prepare.js';
import { storedTitle } from './text.js';

export interface Publication {
  /** What precedes the areas read: the title area (with a heading name, if any). */
  titleArea: string;
  fields: Record<string, unknown>;
  /** Which areas were found (for the type guess). */
  found: Set<'imprint' | 'year' | 'issue' | 'volume' | 'page' | 'size' | 'edition'>;
}

const pageRange = String.raw`(\d+(?:\s*[–-]\s*\d+)?)`;
const pagesAtEnd = new RegExp(String.raw`(?:^|\.\s+|,\s+)(?:С|P|S|pp?|Pp)\.\s*${pageRange}$`, 'u');
// "c" (Latin) is a common typing of "с".
const sizeAtEnd = /(?:^|\.\s+)(\d+)(?:\s*\[\d+\])?\s*(?:с|c|p|pp|S|Bl|л)\.?$/u;
const volumeAtEnd = /(?:^|\.\s+)(?:Т|Vol|V|T|Bd)\.\s*([^.]+?)\.?$/u;
const issueAtEnd = /(?:^|\.\s+|,\s+)(?:№|No\.|Nr\.|[Вв]ып\.|Iss\.)\s*([^.]+?)\.?$/u;
const yearAtEnd = /(?:^|\.\s+)(\d{4})\.?$/u;
const editionAtEnd = /(?:^|\.\s+)(?:(\d+)-е\s+изд\.?(?:,\s*[^.]+\.?)?|(\d+)(?:st|nd|rd|th)\s+ed\.?|Изд\.\s*(\d+)\.?)$/u;
const volumesPart = /^(?:в|in)\s+(\d+)\s+(?:т\.?|томах|vols?\.?|volumes)$/u;

function peel(text: string, pattern: RegExp): { value: RegExpExecArray; rest: string } | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  // The period that ends the area before is kept: it may be an abbreviation's ("соч.").
  return { value: m, rest: text.slice(0, m.index + (m[0].startsWith('.') ? 1 : 0)).trim() };
}

/** "С. 12–34" at the end: the page range into `fields`. */
function peelPages(text: string, fields: Record<string, unknown>, found: Publication['found']): { rest: string } | undefined {
  const pages = peel(text, pagesAtEnd);
  if (!pages) return undefined;
  fields.page = dash(pages.value[1]);
  found.add('page');
  return { rest: pages.rest };
}

/** The areas after the title area of a book or of the book a chapter is in. */
export function readBookAreas(text: string, places: Record<string, string>): Publication {
  const fields: Record<string, unknown> = {};
  const found: Publication['found'] = new Set();
  let rest = text;
  const pages = peelPages(rest, fields, found);
  if (pages) {
    rest = pages.rest;
  } else {
    const size = peel(rest, sizeAtEnd);
    if (size) {
      fields['number-of-pages'] = Number(size.value[1]);
      found.add('size');
      rest = size.rest;
    }
  }
  const volumeAfter = peel(rest, volumeAtEnd);
  if (volumeAfter && /,\s\d{4}\.$/.test(volumeAfter.rest)) {
    fields.volume = volumeAfter.value[1].trim();
    found.add('volume');
    rest = volumeAfter.rest;
  }
  const imprint = readImprint(rest, places);
  if (imprint) {
    Object.assign(fields, imprint.fields);
    found.add('imprint');
    found.add('year');
    rest = imprint.rest;
  }
  const edition = peel(rest, editionAtEnd);
  if (edition) {
    fields.edition = Number(edition.value[1] ?? edition.value[2] ?? edition.value[3]);
    found.add('edition');
    rest = edition.rest;
  }
  const volumeBefore = peel(rest, volumeAtEnd);
  if (volumeBefore && !fields.volume) {
    fields.volume = volumeBefore.value[1].trim();
    found.add('volume');
    rest = volumeBefore.rest;
  }
  return { titleArea: rest, fields, found };
}

/** "Journal. 1998. Vol. 3. № 3. P. 519–544": the areas after a journal's title. */
export function readJournalAreas(text: string): Publication | undefined {
  const fields: Record<string, unknown> = {};
  const found: Publication['found'] = new Set();
  let rest = text;
  const pages = peelPages(rest, fields, found);
  if (pages) rest = pages.rest;
  const issue = peel(rest, issueAtEnd);
  if (issue) {
    fields.issue = issue.value[1].trim();
    found.add('issue');
    rest = issue.rest;
  }
  const volume = peel(rest, volumeAtEnd);
  if (volume) {
    fields.volume = volume.value[1].trim();
    found.add('volume');
    rest = volume.rest;
  }
  const year = peel(rest, yearAtEnd);
  if (!year || !year.rest.replace(/\.$/, '')) return undefined;
  fields.issued = { 'date-parts': [[Number(year.value[1])]] };
  found.add('year');
  return { titleArea: year.rest, fields, found };
}

/** "… L. : Macmillan, 1979": place (full form), publisher, year; or "М., 2001" with a known place. */
function readImprint(text: string, places: Record<string, string>): { fields: Record<string, unknown>; rest: string } | undefined {
  const year = /,\s+(\d{4})\.?$/.exec(text);
  if (!year) return undefined;
  const before = text.slice(0, year.index);
  const fields: Record<string, unknown> = { issued: { 'date-parts': [[Number(year[1])]] } };
  // The colon nearest the year whose left side ends with a place ("М. : Наука", "М.: Наука", "Cambridge ; Mass. :").
  let colon = -1;
  let width = 0;
  for (const m of [...before.matchAll(/\s?:\s/g)].reverse()) {
    const split = splitPlace(before.slice(0, m.index));
    if (split && split.left && plausiblePlace(split.place, places)) {
      colon = m.index!;
      width = m[0].length;
      break;
    }
  }
  if (colon < 0) {
    // "М., 2020": no publisher, a known place; "Moscow, Nauka, 2007": a known place, a comma, the publisher.
    const split = splitPlace(before);
    if (!split) return undefined;
    if (split.place in places) {
      fields['publisher-place'] = places[split.place];
      return { fields, rest: split.left };
    }
    const comma = split.place.indexOf(', ');
    const place = comma > 0 ? split.place.slice(0, comma) : '';
    if (!(place in places)) return undefined;
    fields['publisher-place'] = places[place];
    fields.publisher = split.place.slice(comma + 2);
    return { fields, rest: split.left };
  }
  const split = splitPlace(before.slice(0, colon))!;
  fields['publisher-place'] = places[split.place] ?? split.place;
  fields.publisher = before.slice(colon + width).trim();
  return { fields, rest: split.left };
}

/** A place is short: a known abbreviation, or up to four capitalised words ("Cambridge ; Mass.", "Санкт-Петербург"). */
function plausiblePlace(place: string, places: Record<string, string>): boolean {
  return place in places || (/^\p{Lu}[\p{L}.,;\s-]{0,40}$/u.test(place) && place.split(/\s+/).length <= 4);
}

/**
 * The place at the end of "Title. N. Haven": after the last ". ", extended over
 * single-letter abbreviations ("N. Y.", "N. Haven"); several places joined by " ; ".
 */
export function splitPlace(text: string): { left: string; place: string } | undefined {
  const boundaries = [...text.matchAll(/\.\s+/g)].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
  let start = 0;
  for (let i = boundaries.length - 1; i >= 0; i--) {
    const b = boundaries[i];
    const word = /(\S+)$/.exec(text.slice(0, b.at + 1))?.[1] ?? '';
    start = b.end;
    if (/^\p{Lu}\.$/u.test(word)) {
      // "N." belongs to the place when it starts it: look at the boundary before the letter.
      const wordStart = b.at + 1 - word.length;
      const previous = boundaries[i - 1];
      if (wordStart === 0 || (previous && previous.end === wordStart)) {
        start = wordStart;
        continue;
      }
    }
    break;
  }
  const place = text.slice(start).trim();
  if (!place) return undefined;
  return { left: text.slice(0, start).trim(), place };
}

export interface TitleArea {
  fields: Record<string, unknown>;
  editors: CslName[];
  /** Names of a responsibility without a role (the authors restated, or all of them). */
  statedAuthors: CslName[];
  /** Text of the responsibility not read (a translator's note, a role not known). */
  unread: string[];
  /** The role as printed ("eds. by"), when there is one. */
  role?: string;
  /** The responsibility ends with "[и др.]" / "et al.": only the printed names are known. */
  etAl?: boolean;
}

const editorRole = /^(eds?\.(?:\s+by)?|ed\.|под\s+(?:общ\.\s+|науч\.\s+)?ред\.|отв\.\s+ред\.|ред\.|hrsg\.\s+von|Hrsg\.|сост\.|comp\.(?:\s+by)?)\s+/iu;

/** "Title : subtitle : в 55 т. / eds. A. Gleason, P. Kenez" → title, number-of-volumes, editors. */
export function readTitleArea(text: string, titleField: 'title' | 'container-title'): TitleArea {
  const out: TitleArea = { fields: {}, editors: [], statedAuthors: [], unread: [] };
  const slash = text.indexOf(' / ');
  const main = slash < 0 ? text : text.slice(0, slash);
  const responsibility = slash < 0 ? '' : text.slice(slash + 3);
  const parts = main.split(/\s+:\s+/);
  const titleParts: string[] = [];
  for (const part of parts) {
    const volumes = volumesPart.exec(part.trim());
    if (volumes) out.fields['number-of-volumes'] = Number(volumes[1]);
    else titleParts.push(part);
  }
  const title = storedTitle(titleParts.join(' : '));
  if (title) out.fields[titleField] = title;
  for (const statement of responsibility.split(/\s+;\s+/).filter(Boolean)) {
    const role = editorRole.exec(statement);
    const read = readRoleNames(role ? statement.slice(role[0].length) : statement);
    if (!read.names.length) {
      out.unread.push(statement);
      continue;
    }
    if (read.etAl) out.etAl = true;
    if (role) {
      out.editors.push(...read.names);
      out.role = role[1];
    } else out.statedAuthors.push(...read.names);
    if (read.rest.replace(/^[.\s]+$/, '')) out.unread.push(read.rest);
  }
  return out;
}

function dash(range: string): string {
  return range.replace(/\s*[–-]\s*/, '–');
}
