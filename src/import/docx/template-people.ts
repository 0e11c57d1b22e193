// The people lines of a template's metadata block: authors with superscript
// affiliation markers and e-mails, and the affiliation lines the markers point
// at (institution, city, country). Layout decides, not words: a paragraph that
// starts with a marker is an affiliation, names are told from their shape.
import type { NameOrder } from '../../profile/import-docx.js';
import type { DocxParagraph, DocxRun } from './model.js';
import { matchLabel, plain } from './template-text.js';

export interface PersonName {
  given: string;
  surname: string;
}

export interface ReadAuthor {
  name: PersonName;
  /** The affiliation markers after the name ("1", "2"); `*` marks the corresponding author. */
  markers: string[];
  email?: string;
  /** An affiliation written on the author's own line ("Name, Institution, City, e-mail"). */
  inlineAffiliation?: ReadAffiliation;
  /** The name as written, before splitting. */
  written: string;
  /** How the name was split, for the report. */
  how: string;
  at: string;
}

export interface ReadAffiliation {
  marker?: string;
  institution: string;
  city?: string;
  country?: string;
  at: string;
}

export interface PeopleLines {
  authors: ReadAuthor[];
  affiliations: ReadAffiliation[];
  /** E-mails on lines of their own ("* E-mail (докладчика): …"), with the marker before them. */
  emails: { email: string; marker?: string; at: string }[];
  /** Lines that are none of these. */
  unread: DocxParagraph[];
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const markerText = /^[\s\d*,;†‡]+$/;

/** A superscript run that is an affiliation marker (digits, `*`, commas), not a superscript in a word. */
function isMarker(r: DocxRun): boolean {
  return !!r.superscript && markerText.test(r.text) && /[\d*†‡]/.test(r.text);
}

export function hasEmail(p: DocxParagraph): boolean {
  return new RegExp(emailPattern.source, 'u').test(plain(p));
}

/** The text with markers written as ⟨1;2⟩, so that splitting at commas keeps them with their name. */
function markedText(p: DocxParagraph): string {
  let out = '';
  let marker = '';
  const flush = () => {
    const parts = marker.split(/[\s,;]+/).filter(Boolean);
    if (parts.length) out += `⟨${parts.join(';')}⟩`;
    marker = '';
  };
  for (const r of p.runs) {
    if (r.noteRef) continue;
    if (isMarker(r)) marker += `${r.text},`;
    else if (r.superscript && !r.text.trim()) continue;
    else {
      flush();
      out += r.text;
    }
  }
  flush();
  // Markers written as "*" straight after a marker run ("1*"), split apart.
  return out.replace(/⟨([^⟩]*?)(\d)\*⟩/g, '⟨$1$2;*⟩').replace(/[\s\u00a0]+/g, ' ').trim();
}

const markersOf = (s: string): string[] => [...s.matchAll(/⟨([^⟩]*)⟩/g)].flatMap((m) => m[1].split(';')).filter(Boolean);
const withoutMarkers = (s: string): string => s.replace(/⟨[^⟩]*⟩/g, '').replace(/\s+/g, ' ').trim();

/** A paragraph that starts with an affiliation marker ("¹University of Leeds, …"). */
export function startsWithMarker(p: DocxParagraph): boolean {
  return /^⟨/.test(markedText(p));
}

export function hasMarkers(p: DocxParagraph): boolean {
  return /⟨/.test(markedText(p));
}

const initial = /^(\p{Lu}\p{Ll}?\.)+$/u;
const nameWord = /^(\p{Lu}[\p{L}'’-]*|\p{Lu}\p{Ll}?\.(\p{Lu}\p{Ll}?\.)*|von|van|de|da|dos|der|le|la|di)$/u;

/** Two to five words, each capitalised (or an initial), no digits: the shape of a personal name. */
export function isNameLike(text: string): boolean {
  const words = withoutMarkers(text).replace(/\s*([.])\s*/g, '$1 ').trim().split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 5 && words.every((w) => nameWord.test(w)) && words.some((w) => !initial.test(w));
}

/** A line of names only: every part between commas (or "и", "and") is name-shaped. */
export function isNamesLine(p: DocxParagraph): boolean {
  const parts = splitNames(withoutMarkers(markedText(p)).replace(emailPattern, ''));
  return parts.length > 0 && parts.every(isNameLike);
}

/** A final `;` or `.` left out, unless the period ends an initial ("Олехвер А.И."). */
function dropFinalStop(text: string): string {
  const t = text.replace(/;$/, '').trim();
  return /(^|[\s.])\p{Lu}\p{Ll}?\.$/u.test(t) ? t : t.replace(/\.$/, '');
}

// Names are separated by commas, "and", "и" or "&" (not by one-letter words, which also join institutions' names).
const nameSeparator = /\s*,\s*|\s+(?:and|и|&)\s+/u;

function splitNames(text: string): string[] {
  return text
    .split(nameSeparator)
    .map((s) => dropFinalStop(s).trim())
    .filter(Boolean);
}

/** "Institution, City, Country": the last two parts are city and country when there are three or more. */
export function readAffiliationText(text: string, at: string, marker?: string): ReadAffiliation {
  const parts = text.replace(/[;.]\s*$/, '').split(/\s*,\s*/).filter(Boolean);
  if (parts.length >= 3) return { marker, institution: parts.slice(0, -2).join(', '), city: parts.at(-2), country: parts.at(-1), at };
  if (parts.length === 2) return { marker, institution: parts[0], city: parts[1], at };
  return { marker, institution: parts[0] ?? '', at };
}

/** Splits one personal name: initials mark the surname; otherwise the template's name order decides. */
export function splitName(text: string, order: NameOrder): { name: PersonName; how: string } {
  const words = text.replace(/(\p{Lu}\p{Ll}?\.)(?=\p{Lu})/gu, '$1 ').split(/\s+/).filter(Boolean);
  const initials = words.filter((w) => initial.test(w));
  if (initials.length && initials.length < words.length) {
    const surname = words.filter((w) => !initial.test(w)).join(' ');
    return { name: { given: initials.join(' '), surname }, how: 'initials mark the given names' };
  }
  if (words.length === 1) return { name: { given: '', surname: words[0] }, how: 'a single word' };
  if (order === 'surname-first') return { name: { surname: words[0], given: words.slice(1).join(' ') }, how: 'surname first (import.docx.name-order)' };
  return { name: { given: words.slice(0, -1).join(' '), surname: words.at(-1)! }, how: 'given names first (import.docx.name-order)' };
}

/**
 * Reads the lines between a block's title and its abstract label. Lines that
 * start with a marker are affiliations; lines of names (with markers and
 * e-mails) are authors; an author line may carry its own affiliation after the
 * name ("Боровкова Татьяна Владимировна, МГТУ им. Н.Э.Баумана, Москва, e-mail").
 */
export function readPeople(paragraphs: DocxParagraph[], order: NameOrder, emailLabels: readonly string[] = []): PeopleLines {
  const isEmailLine = (text: string) => {
    const t = text.replace(/^(⟨[^⟩]*⟩|\*)?\s*/, '');
    return /^e-?mail\b/i.test(t) || !!matchLabel(t, emailLabels, true);
  };
  const out: PeopleLines = { authors: [], affiliations: [], emails: [], unread: [] };
  for (const p of paragraphs) {
    const at = `paragraph ${p.index}`;
    const marked = markedText(p);
    const emails = marked.match(emailPattern) ?? [];
    const text = marked.replace(emailPattern, '⟦@⟧');
    const bare = withoutMarkers(text.replace(/⟦@⟧/g, '')).replace(/[;:,.\s]+$/, '');
    if (!bare && !emails.length) continue;
    // "* E-mail (speaker): x@y": an e-mail line (E-mail, or the template's `email` label); its leading marker says whose.
    if (emails.length && isEmailLine(text)) {
      const marker = /^⟨([^⟩]*)⟩/.exec(text)?.[1] ?? (/^\*/.test(text) ? '*' : undefined);
      for (const email of emails) out.emails.push({ email, marker, at });
      continue;
    }
    if (/^⟨/.test(text)) {
      const marker = markersOf(/^⟨[^⟩]*⟩/.exec(text)![0])[0];
      out.affiliations.push(readAffiliationText(withoutMarkers(text.replace(/⟦@⟧/g, '')), at, marker));
      continue;
    }
    // Names, each with its markers; the first part that is not a name starts an inline affiliation.
    const parts = text.split(nameSeparator).map((s) => s.trim()).filter(Boolean);
    const names: { text: string; markers: string[]; email?: string }[] = [];
    let rest: string[] = [];
    let emailIndex = 0;
    for (const part of parts) {
      const hasAt = part.includes('⟦@⟧');
      const name = dropFinalStop(withoutMarkers(part.replace(/⟦@⟧/g, '')));
      if (!rest.length && name && isNameLike(name)) names.push({ text: name, markers: markersOf(part), email: hasAt ? emails[emailIndex++] : undefined });
      else if (!name && hasAt) {
        const email = emails[emailIndex++];
        const last = names.at(-1);
        if (last && !last.email) last.email = email;
      } else if (names.length) rest.push(name);
      else rest = [];
    }
    // "Name, Bauman Moscow State Technical University, Moscow, e-mail": with an inline
    // affiliation each author has an e-mail, so names beyond the e-mails are the institution.
    if (rest.length && emails.length && names.length > emails.length) {
      const moved = names.splice(emails.length);
      rest = [...moved.map((n) => n.text), ...rest];
      const loose = moved.map((n) => n.email).filter((e): e is string => !!e);
      for (const n of names) if (!n.email) n.email = loose.shift();
    }
    if (!names.length) {
      out.unread.push(p);
      continue;
    }
    const inline = rest.length ? readAffiliationText(rest.join(', '), at) : undefined;
    for (const n of names) {
      const { name, how } = splitName(n.text, order);
      out.authors.push({ name, written: n.text, markers: n.markers, email: n.email, inlineAffiliation: inline, how, at });
    }
  }
  // An e-mail on its own line belongs to the author with the same marker, or to the only author.
  for (const e of out.emails) {
    const author = e.marker ? out.authors.find((a) => a.markers.includes(e.marker!)) : out.authors.length === 1 ? out.authors[0] : undefined;
    if (author && !author.email) author.email = e.email;
  }
  return out;
}
