// The romanized "References" list paired entry by entry with the primary list:
// by year and the romanized first name (or the archive's abbreviation), then by
// the title's words. A pair supplies what only the References list prints (the
// English title, an archive's English name, a chapter's book size) and checks
// the rest: the transliteration of a Cyrillic work, the facts of a Latin one.
import type { CslItem } from '../../model/reference-types.js';
import type { CslName } from '../../references/prepare.js';
import { hasCyrillic, transliterate } from '../../references/translit/transliterate.js';
import type { RomanizedEntry } from './romanized.js';
import { comparable, overlap, similarity } from './text.js';
import type { Expansions } from './types.js';

export interface Pair {
  primary: number;
  romanized: number;
  score: number;
}

export function pairLists(items: CslItem[], romanized: RomanizedEntry[], scheme: string): Pair[] {
  const scores: Pair[] = [];
  items.forEach((item, i) => {
    romanized.forEach((r, j) => {
      const score = pairScore(item, r, scheme);
      if (score >= 0.5) scores.push({ primary: i, romanized: j, score });
    });
  });
  scores.sort((a, b) => b.score - a.score || a.primary - b.primary || a.romanized - b.romanized);
  const usedP = new Set<number>();
  const usedR = new Set<number>();
  const pairs: Pair[] = [];
  for (const s of scores) {
    if (usedP.has(s.primary) || usedR.has(s.romanized)) continue;
    usedP.add(s.primary);
    usedR.add(s.romanized);
    pairs.push(s);
  }
  return pairs.sort((a, b) => a.primary - b.primary);
}

function pairScore(item: CslItem, r: RomanizedEntry, scheme: string): number {
  if (item.type === 'collection' || r.archive) {
    if (item.type !== 'collection' || !r.archive) return 0;
    return comparable(transliterate(String(item.archive), scheme)) === comparable(r.archive) ? 3 : 0;
  }
  if (item.type === 'document') {
    // A verbatim entry: its year and words are all there is.
    const year = r.year && new RegExp(`\\b${r.year}\\b`).test(String(item.note)) ? 1 : 0;
    const first = /^[\p{L}'’-]+/u.exec(transliterate(String(item.note), scheme))?.[0];
    const name = first && r.names[0] && comparable(first) === comparable(r.names[0].family ?? '') ? 2 : 0;
    return year ? name + overlap(transliterate(String(item.note), scheme), `${r.names.map((n) => n.family).join(' ')} ${r.title ?? ''}`) : 0;
  }
  const year = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0][0];
  if (!year || year !== r.year) return 0;
  let score = 0;
  const first = ((item.author ?? item.editor) as CslName[] | undefined)?.[0]?.family;
  if (first && r.names[0] && comparable(transliterate(first, scheme)) === comparable(r.names[0].family ?? '')) score += 2;
  score += overlap(transliterate(String(item.title ?? ''), scheme), r.title ?? '');
  return score;
}

export interface Merge {
  /** Uncertain or conflicting points, each a sentence for the report. */
  notes: string[];
}

/**
 * Fill the item from its romanized entry. A Cyrillic work keeps the primary list's
 * facts (the original); a Latin work takes the References list's where the two
 * disagree (the GOST list retypes them: "Cambridge ; Mass.", "eds. by").
 */
export function mergePair(item: CslItem, r: RomanizedEntry, scheme: string, expansions: Expansions): Merge {
  const notes: string[] = [];
  const custom = ((item.custom as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
  if (r.titleEn) {
    custom['title-en'] = r.titleEn;
    item.custom = custom;
  }
  if (item.type === 'collection') return { notes };
  const cyrillic = hasCyrillic(String(item.title ?? ''));
  if (r.numberOfPages !== undefined && item['number-of-pages'] === undefined) item['number-of-pages'] = r.numberOfPages;
  if (cyrillic) {
    // A References list that translates (rather than romanizes) gives the English title as the title.
    const translated = !r.titleEn && r.title !== undefined && similarity(transliterate(String(item.title), scheme), r.title) < 0.6;
    if (translated) {
      custom['title-en'] = r.title!.replace(/\.$/, '');
      item.custom = custom;
      notes.push(`References translates the title: “${custom['title-en']}” taken as \`custom.title-en\``);
      return { notes };
    }
    if (!r.titleEn) notes.push('the References list gives no English title; add `custom.title-en`');
    checkTranslit('title', String(item.title ?? ''), r.title, scheme, notes);
    if (item['container-title']) checkTranslit('container-title', String(item['container-title']), r.container, scheme, notes);
    if (item.publisher) checkTranslit('publisher', String(item.publisher), r.publisher, scheme, notes);
    for (const [field, theirs] of [['page', r.page], ['volume', r.volume], ['edition', r.edition]] as const)
      if (theirs !== undefined && item[field] !== undefined && comparable(String(item[field])) !== comparable(theirs))
        notes.push(`\`${field}\`: the lists differ (${JSON.stringify(String(item[field]))} here, ${JSON.stringify(theirs)} in References); kept the primary list's`);
    return { notes };
  }
  const prefer = (field: string, theirs: string | number | undefined, same: (a: string, b: string) => boolean = (a, b) => comparable(a) === comparable(b)) => {
    if (theirs === undefined || item[field] === undefined) return;
    const ours = String(item[field]);
    if (same(ours, String(theirs))) return;
    notes.push(`\`${field}\`: the lists differ (${JSON.stringify(ours)} in the primary list, ${JSON.stringify(String(theirs))} in References); took the References list's`);
    item[field] = theirs;
  };
  prefer('title', r.title);
  prefer('publisher', r.publisher);
  const place = r.place === undefined ? undefined : (expansions.places[r.place] ?? r.place);
  prefer('publisher-place', place);
  prefer('number-of-pages', r.numberOfPages, (a, b) => a === b);
  prefer('page', r.page, (a, b) => a.replace(/-/g, '–') === b.replace(/-/g, '–'));
  prefer('issue', r.issue);
  prefer('container-title', r.container);
  // "/ ed. by Z. Sternhell" in one list, "Sternhell, Z. (1996)" as author in the other.
  if (r.names.length && !item.author && item.editor && !r.namesAreEditors && sameFamilies(item.editor as CslName[], r.names)) {
    notes.push('author or editor: the primary list names an editor, References an author; took the author');
    item.author = item.editor;
    delete item.editor;
  }
  return { notes };
}

function sameFamilies(a: CslName[], b: CslName[]): boolean {
  return a.map((n) => comparable(n.family ?? '')).join('|') === b.map((n) => comparable(n.family ?? '')).join('|');
}

function checkTranslit(field: string, original: string, printed: string | undefined, scheme: string, notes: string[]): void {
  if (printed === undefined) return;
  const automatic = transliterate(original, scheme);
  if (comparable(automatic) === comparable(printed)) return;
  const tokens = (s: string) => s.toLowerCase().split(/[\s,.:;!?()«»"“”]+/).map((w) => w.replace(/[’]/g, "'")).filter(Boolean);
  const ours = tokens(automatic);
  const theirs = tokens(printed);
  const differing = theirs.filter((w) => !ours.includes(w));
  const expected = ours.filter((w) => !theirs.includes(w));
  notes.push(
    `\`${field}\`: References prints ${JSON.stringify(printed)}, the ${scheme} transliteration is ${JSON.stringify(automatic)}` +
      (differing.length && expected.length <= 4 ? ` (${differing.join(', ')} where ${scheme} gives ${expected.join(', ')})` : '') +
      '; the lists print the automatic form',
  );
}
