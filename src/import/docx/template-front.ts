// The metadata blocks (one per language) merged into the front matter of a
// Galley source, keys as docs/source-format.md has them: authors and
// affiliations paired across languages by their order, every pairing and every
// gap reported.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Decision } from '../report.js';
import type { DocxBlock } from './model.js';
import type { MetadataBlock } from './template-blocks.js';
import type { ReadAffiliation, ReadAuthor } from './template-people.js';
import { hasCyrillic, transliterate } from '../../references/translit/transliterate.js';

export interface FrontResult {
  frontMatter: Record<string, unknown>;
  decisions: Decision[];
  diagnostics: Diagnostic[];
}

/** An id from a name: ASCII letters of its Latin form, lower case ("Harris" → harris). */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isLatin = (s: string) => /^[\p{Script=Latin}\s\p{P}\p{N}]+$/u.test(s);

// A name compared across scripts: its LC transliteration, letters only, first four.
const nameKey = (word: string) => (hasCyrillic(word) ? transliterate(word, 'lc') : word).normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase().slice(0, 4);

/**
 * The surname of one language's name where the other language's says otherwise:
 * a template that asks for "surname first" still gets "Tatyana Vladimirovna
 * Borovkova" in English; the Russian surname, transliterated, points at the word.
 */
function alignSurname(author: ReadAuthor, other: ReadAuthor): string | undefined {
  const words = author.written.split(/\s+/).filter(Boolean);
  const target = nameKey(other.name.surname);
  if (!target || nameKey(author.name.surname) === target || hasCyrillic(author.name.surname) === hasCyrillic(other.name.surname)) return undefined;
  const hits = words.filter((w) => nameKey(w) === target);
  if (hits.length !== 1) return undefined;
  const surname = hits[0];
  author.name = { given: words.filter((w) => w !== surname).join(' '), surname };
  return `the surname ${surname} matches ${other.name.surname} in the other language`;
}

/** Affiliations of one block in the order they are numbered (markers) or first named (inline). */
function affiliationsOf(block: MetadataBlock): { key: string; aff: ReadAffiliation }[] {
  const out: { key: string; aff: ReadAffiliation }[] = [];
  const sorted = [...block.people.affiliations].sort((a, b) => (Number(a.marker) || 0) - (Number(b.marker) || 0));
  for (const aff of sorted) out.push({ key: aff.marker ?? `#${out.length + 1}`, aff });
  for (const a of block.people.authors) {
    const inline = a.inlineAffiliation;
    if (inline && !out.some((o) => o.aff.institution === inline.institution && o.aff.city === inline.city)) out.push({ key: `inline:${inline.institution}|${inline.city ?? ''}`, aff: inline });
  }
  return out;
}

function localized<T>(blocks: MetadataBlock[], pick: (b: MetadataBlock) => T | undefined): Record<string, T> | undefined {
  const out: Record<string, T> = {};
  for (const b of blocks) {
    const v = pick(b);
    if (v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) out[b.lang] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Paragraph number of a block (tables have none: the nearest paragraph before). */
export function paragraphNumber(docBlocks: readonly DocxBlock[], i: number): number {
  for (let k = i; k >= 0; k--) {
    const b = docBlocks[k];
    if (b?.kind === 'paragraph') return b.index;
  }
  return 1;
}

export function assembleFront(found: MetadataBlock[], docBlocks: readonly DocxBlock[], file: string, languages: string[]): FrontResult {
  const decisions: Decision[] = [];
  const diagnostics: Diagnostic[] = [];
  const at = (i: number) => `paragraph ${paragraphNumber(docBlocks, i)}`;
  // Word has no lines: a diagnostic's line is the paragraph number (column 1).
  const position = (i: number) => ({ file, line: paragraphNumber(docBlocks, i), column: 1 });
  for (const b of found.filter((x) => x.duplicate))
    diagnostics.push(diagnostic('import-template-mismatch', `Unexpected second ${b.lang} metadata block (the label “${b.abstract?.label ?? b.lang}” again), expected one block per language; the first is kept`, position(b.labelAt)));
  const blocks = found.filter((x) => !x.duplicate);
  const fm: Record<string, unknown> = {};
  if (!blocks.length) {
    diagnostics.push(diagnostic('import-template-missing', `Unexpected manuscript without an abstract label, expected the template's metadata block (title, authors, abstract, keywords) in one of ${languages.join(', ')}`, { file, line: 1, column: 1 }));
    return { frontMatter: fm, decisions, diagnostics };
  }
  const lang = blocks[0].lang;
  fm.lang = lang;
  decisions.push({ at: at(blocks[0].start), what: `the article's language is ${lang}`, why: 'the template puts the metadata of the article language first' });

  const udc = blocks.find((b) => b.udc);
  if (udc?.udc) {
    fm.udc = udc.udc.text;
    decisions.push({ at: at(udc.udc.at), what: 'became the UDC', why: 'the UDC label starts it' });
  }

  for (const b of blocks) {
    if (b.title) decisions.push({ at: at(b.title.at), what: `became the ${b.lang} title`, why: `the paragraph above the authors of the block that “${b.abstract?.label ?? b.lang}” introduces` });
    else diagnostics.push(diagnostic('import-template-missing', `Unexpected ${b.lang} metadata block without a title, expected the title above its authors`, position(b.start)));
    if (b.abstract) decisions.push({ at: b.abstract.at.map(at).join(', '), what: `became the ${b.lang} abstract`, why: `after the label “${b.abstract.label}”` });
    else diagnostics.push(diagnostic('import-template-missing', `Unexpected ${b.lang} abstract label with no text after it, expected the abstract`, position(b.start)));
    if (b.keywords) decisions.push({ at: at(b.keywords.at), what: `became the ${b.lang} keywords (${b.keywords.words.length})`, why: `after the label “${b.keywords.label}”` });
    else diagnostics.push(diagnostic('import-template-missing', `Unexpected ${b.lang} abstract without keywords after it, expected a paragraph starting with the keywords label`, position(b.end)));
    if (!b.people.authors.length) diagnostics.push(diagnostic('import-template-missing', `Unexpected ${b.lang} metadata block without authors, expected the authors' names between the title and the abstract`, position(b.start)));
  }
  for (const l of languages)
    if (!blocks.some((b) => b.lang === l))
      diagnostics.push(diagnostic('import-template-missing', `Unexpected manuscript without a ${l} metadata block, expected one introduced by the ${l} abstract label`, { file, line: 1, column: 1 }));

  const title = localized(blocks, (b) => b.title?.text);
  if (title) fm.title = title;

  // Affiliations: paired across languages by position.
  const affs = blocks.map(affiliationsOf);
  const affCount = Math.max(0, ...affs.map((a) => a.length));
  const affiliations: Record<string, unknown>[] = [];
  for (let k = 0; k < affCount; k++) {
    const per = (field: 'institution' | 'city' | 'country') => localized(blocks, (b) => affs[blocks.indexOf(b)][k]?.aff[field]);
    const entry: Record<string, unknown> = { id: `aff${k + 1}`, institution: per('institution') };
    const city = per('city');
    const country = per('country');
    if (city) entry.city = city;
    if (country) entry.country = country;
    affiliations.push(entry);
    blocks.forEach((b, n) => {
      const a = affs[n][k];
      if (a) decisions.push({ at: a.aff.at, what: `became the ${b.lang} affiliation aff${k + 1}`, why: a.aff.marker ? `the line starts with the marker ${a.aff.marker}` : 'written on the author’s line after the name' });
    });
  }
  blocks.forEach((b, n) => {
    if (affs[n].length !== affCount && affCount)
      diagnostics.push(diagnostic('import-template-mismatch', `Unexpected ${affs[n].length} affiliation(s) in the ${b.lang} block, expected ${affCount} as in the other language`, position(b.start)));
  });

  // Authors: the n-th author of each block is the same person.
  const authorCount = Math.max(0, ...blocks.map((b) => b.people.authors.length));
  const authors: Record<string, unknown>[] = [];
  const ids = new Set<string>();
  for (let k = 0; k < authorCount; k++) {
    const per: [MetadataBlock, ReadAuthor][] = blocks.flatMap((b) => (b.people.authors[k] ? [[b, b.people.authors[k]] as [MetadataBlock, ReadAuthor]] : []));
    for (const [, a] of per) {
      const other = per.find(([, x]) => x !== a && hasCyrillic(x.name.surname) !== hasCyrillic(a.name.surname))?.[1];
      const why = other && !hasCyrillic(a.name.surname) && alignSurname(a, other);
      if (why) a.how = why;
    }
    const latin = per.find(([, a]) => isLatin(a.name.surname))?.[1] ?? per[0][1];
    let id = slug(latin.name.surname) || `author${k + 1}`;
    for (let n = 2; ids.has(id); n++) id = `${slug(latin.name.surname)}${n}`;
    ids.add(id);
    const name: Record<string, { given?: string; surname: string }> = {};
    // A one-word name has no given name to write.
    for (const [b, a] of per) name[b.lang] = a.name.given ? a.name : { surname: a.name.surname };
    const entry: Record<string, unknown> = { id, name };
    const email = per.find(([, a]) => a.email)?.[1].email;
    if (email) entry.email = email;
    // Affiliation ids from the markers of the first block that has this author, or its inline affiliation.
    const [b0, a0] = per[0];
    const list = affs[blocks.indexOf(b0)];
    const mine = new Set<string>();
    for (const m of a0.markers) {
      const idx = list.findIndex((x) => x.key === m);
      if (idx >= 0) mine.add(`aff${idx + 1}`);
      else if (m !== '*') diagnostics.push(diagnostic('import-template-mismatch', `Unexpected affiliation marker ${m} after ${a0.name.surname}, expected a line starting with ${m}`, { file, line: Number(a0.at.split(' ')[1]), column: 1 }));
    }
    if (a0.inlineAffiliation) {
      const idx = list.findIndex((x) => x.aff === a0.inlineAffiliation || (x.aff.institution === a0.inlineAffiliation!.institution && x.aff.city === a0.inlineAffiliation!.city));
      if (idx >= 0) mine.add(`aff${idx + 1}`);
    }
    // No markers at all: every affiliation of the block is the author's (one author, one institution).
    if (!mine.size && !a0.markers.length && list.length && list.every((x) => x.aff.marker === undefined)) list.forEach((_, idx) => mine.add(`aff${idx + 1}`));
    if (mine.size) entry.affiliations = [...mine];
    authors.push(entry);
    for (const [b, a] of per) decisions.push({ at: a.at, what: `became ${b.lang} author ${k + 1} (${a.name.given} | ${a.name.surname})`, why: a.how });
  }
  blocks.forEach((b) => {
    if (b.people.authors.length !== authorCount)
      diagnostics.push(diagnostic('import-template-mismatch', `Unexpected ${b.people.authors.length} author(s) in the ${b.lang} block, expected ${authorCount} as in the other language`, position(b.start)));
  });
  if (authors.length) fm.authors = authors;
  if (affiliations.length) fm.affiliations = affiliations;
  const abstract = localized(blocks, (b) => b.abstract?.text);
  if (abstract) fm.abstract = abstract;
  const keywords = localized(blocks, (b) => b.keywords?.words);
  if (keywords) fm.keywords = keywords;
  return { frontMatter: fm, decisions, diagnostics };
}
