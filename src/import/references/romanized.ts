// An entry of the romanized "References" list (APA-like, as the sample
// journal's romanized style prints it), read into what pairing compares:
//   Fitzpatrick, S. (1989). Title. In Gleason A. (Eds.). *Book*. Bloomington, Ind., Indiana Univ. Press. 305 p.
//   KPSS v rezoliutsiiakh … (1986) [The CPSU in resolutions …]. T. 3. Moscow, Politizdat. 494 p.
//   RGASPI [Russian State Archive …]. Stock 17. List 69. Dos. 140; …
import type { CslName } from '../../references/prepare.js';
import { readRomanizedNames, readRoleNames } from './names.js';
import { squash, withoutNumber } from './text.js';
import { parseGostEntry } from './gost.js';
import type { Expansions } from './types.js';

export interface RomanizedEntry {
  text: string;
  at: string;
  names: CslName[];
  /** The names head the entry as editors: "Fox, J., Welch, D. (Eds.)". */
  namesAreEditors: boolean;
  year?: number;
  title?: string;
  /** The English translation in brackets. */
  titleEn?: string;
  /** An archive: its romanized abbreviation. */
  archive?: string;
  container?: string;
  editors: CslName[];
  place?: string;
  publisher?: string;
  volume?: string;
  edition?: string;
  issue?: string;
  page?: string;
  numberOfPages?: number;
  /** Read as a GOST description (the list follows the primary list's shape, in English). */
  gost?: boolean;
}

export function readRomanizedEntry(text: string, at: string, expansions: Expansions): RomanizedEntry {
  // Italics kept: they delimit a book's title, which may hold ". " ("Stalin: Volume I. Paradoxes …").
  const plain = withoutNumber(squash(text)).replace(/\\([[\]()])/g, '$1').replace(/\.$/, '');
  const out: RomanizedEntry = { text, at, names: [], namesAreEditors: false, editors: [] };
  const archive = /^(\p{Lu}[\p{L}-]*) \[([^\]]+)\]\. (?:Stock|Fond|F\.) /u.exec(plain);
  if (archive) {
    out.archive = archive[1];
    out.titleEn = archive[2];
    return out;
  }
  const year = /\((\d{4})\)\.?\s*/.exec(plain);
  if (!year) return gostShaped(text, at, expansions);
  out.year = Number(year[1]);
  let head = plain.slice(0, year.index).replace(/\*/g, '').trim();
  let rest = plain.slice(year.index + year[0].length);
  const eds = /\s*\((?:Eds?|Hrsg|Red)\.\)$/.exec(head);
  if (eds) {
    out.namesAreEditors = true;
    head = head.slice(0, eds.index);
  }
  const names = readRomanizedNames(head);
  if (names.names.length && !names.rest.replace(/^\.$/, '')) out.names = names.names;
  else {
    // No author: the title heads the entry, its translation follows the year.
    out.title = head;
    const en = /^\[([^\]]+)\]\.?\s*/.exec(rest);
    if (en) {
      out.titleEn = en[1];
      rest = rest.slice(en[0].length);
    }
  }
  if (!out.title) {
    // A book's title is in italics; an article's or chapter's runs to " In " (it may hold ". ").
    const found =
      /^\*([^*]+)\*(?: \[([^\]]+)\])?\.?\s*/.exec(rest) ??
      /^(.+?)(?: \[([^\]]+)\])?\.?\s+(?=In\s)/.exec(rest) ??
      /^(.+?)(?: \[([^\]]+)\])?(?:\.\s+|$)/.exec(rest);
    if (found) {
      out.title = found[1].replace(/\.$/, '');
      if (found[2]) out.titleEn = found[2];
      rest = rest.slice(found[0].length);
    }
  }
  readTail(rest, out);
  return out;
}

function readTail(text: string, out: RomanizedEntry): void {
  let rest = text.replace(/\.$/, '');
  const size = /(?:^|\.\s+)(\d+) p\.?$/.exec(rest);
  if (size) {
    out.numberOfPages = Number(size[1]);
    rest = rest.slice(0, size.index);
  }
  const pages = /(?:^|,\s+)pp?\.\s*(\d+(?:[–-]\d+)?)$/.exec(rest);
  if (pages) {
    out.page = pages[1].replace('-', '–');
    rest = rest.slice(0, pages.index);
  }
  const issue = /(?:^|,\s+|\.\s+)No\.\s*(\S+?)$/.exec(rest);
  if (issue) {
    out.issue = issue[1];
    rest = rest.slice(0, issue.index);
  }
  const container = /^In (.+)$/.exec(rest);
  if (container) {
    let c = container[1];
    const eds = /^(.+?) \((?:Eds?)\.\)\.\s+/.exec(c);
    if (eds) {
      const read = readRomanizedNames(eds[1]);
      out.editors = read.names.length ? read.names : readRoleNames(eds[1]).names;
      c = c.slice(eds[0].length);
    }
    const title = /^\*([^*]+)\*\.?\s*|^([^.]+(?:\.[^ ][^.]*)*)\.?(?:\s+|$)/.exec(c);
    if (title) {
      out.container = (title[1] ?? title[2]).trim();
      c = c.slice(title[0].length);
    }
    rest = c.replace(/^\*([^*]+)\*/, '$1');
  }
  rest = rest.replace(/\*/g, '').trim();
  const edition = /^(?:Izd\.|Ed\.)\s*(\d+)\.\s*|^(\d+)(?:st|nd|rd|th) ed\.\s*/.exec(rest);
  if (edition) {
    out.edition = edition[1] ?? edition[2];
    rest = rest.slice(edition[0].length);
  }
  const volume = /^(?:T|Vol|Bd)\.\s*([^.]+?)\.\s+/.exec(rest);
  if (volume) {
    out.volume = volume[1];
    rest = rest.slice(volume[0].length);
  }
  rest = rest.replace(/^[.,\s]+|[.,\s]+$/g, '');
  if (rest) {
    const comma = rest.lastIndexOf(', ');
    // "Cambridge, Mass., Harvard Univ. Press": the publisher is what follows the last comma.
    if (comma > 0) {
      out.place = rest.slice(0, comma);
      out.publisher = rest.slice(comma + 2);
    } else out.place = rest;
  }
}

/** A References list in the GOST shape ("Golovin Yu.I. Introduction to nanotechnology. Moscow, Mashinostroenie, 2007. 496 p."). */
function gostShaped(text: string, at: string, expansions: Expansions): RomanizedEntry {
  const { fields: f } = parseGostEntry(text, expansions);
  const authors = f.author as CslName[] | undefined;
  const year = (f.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0][0] ?? lastYear(text);
  const str = (v: unknown) => (v === undefined ? undefined : String(v));
  const out: RomanizedEntry = {
    text,
    at,
    names: authors ?? (f.editor as CslName[] | undefined) ?? [],
    namesAreEditors: !authors && Boolean(f.editor),
    editors: authors ? ((f.editor as CslName[] | undefined) ?? []) : [],
    gost: true,
  };
  if (year) out.year = year;
  if (f.type === 'collection') out.archive = str(f.archive);
  const fields: [keyof RomanizedEntry, unknown][] = [
    ['title', f.title], ['container', f['container-title']], ['place', f['publisher-place']], ['publisher', f.publisher],
    ['volume', f.volume], ['edition', f.edition], ['issue', f.issue], ['page', f.page],
  ];
  for (const [k, v] of fields) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = str(v);
  if (typeof f['number-of-pages'] === 'number') out.numberOfPages = f['number-of-pages'];
  return out;
}

/** The last year printed outside a URL: the year of publication follows a conference's dates. */
function lastYear(text: string): number | undefined {
  const years = [...text.replace(/https?:\/\/\S+/g, '').matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)];
  return years.length ? Number(years[years.length - 1][1]) : undefined;
}
