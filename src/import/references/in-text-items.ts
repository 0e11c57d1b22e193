// One item of a printed citation resolved to a work of the parsed lists:
// "Иванов, 2001, с. 5", "Davies, Harris, ch. 1", "Schapiro 1955", "Carr 1979: 12",
// "Justifying War...", "РГАСПИ. Ф. 17. Оп. 3. Д. 337", and the files that follow
// an archive in the same cluster ("Д. 339. Л. 4, 342").
import type { CslItem } from '../../model/reference-types.js';
import type { CslName } from '../../references/prepare.js';
import { parseArchivalLocator } from '../../references/archives.js';
import { locatorLabels } from '../../source/citations.js';
import { comparable } from './text.js';

export interface Resolved {
  key: string;
  /** Cited by its title: the words as cited ("Justifying War"), the work's short title. */
  shortTitle?: string;
  /** As Galley writes it after the key: `с. 5`, `Ф. 17. Оп. 3. Д. 337. Л. 4`. */
  locator?: string;
  prefix?: string;
}

export type ItemResult = { ok: Resolved } | { problem: string };

const prefixes = /^(см\.:?|ср\.:?|напр\.:?|see|cf\.|e\.g\.,?)\s+/iu;
const archivalLevel = /^(?:Ф|Оп|Д|Л|F|Op|D|L)\.\s*\S/u;
const year = /^(\d{4})([a-zа-я])?$/u;

/** A locator label at the start ("с. 5", "p. 3", "ch. 1", "Т. 2"). */
function isLocator(text: string): boolean {
  return Object.keys(locatorLabels).some((l) => text.startsWith(l) && /^(\s|\d|$)/.test(text.slice(l.length)));
}

function families(item: CslItem): string[] {
  return (((item.author ?? item.editor) as CslName[] | undefined) ?? []).map((n) => comparable(n.family ?? n.literal ?? ''));
}

function issuedYear(item: CslItem): number | undefined {
  return (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
}

export function resolveItem(raw: string, items: CslItem[], previous: Resolved | undefined): ItemResult {
  let text = raw.trim();
  const prefix = prefixes.exec(text);
  if (prefix) text = text.slice(prefix[0].length);
  const withPrefix = (r: Resolved): ItemResult => ({ ok: prefix ? { ...r, prefix: prefix[1] } : r });

  // A file of the archive named before it in the cluster, fond and opis carried over.
  const before = previous?.locator ? parseArchivalLocator(splitSuffix(previous.locator).rest) : undefined;
  if (archivalLevel.test(text) && previous && before) {
    const { rest, suffix } = splitSuffix(fixVerso(text));
    const file = parseArchivalLocator(rest);
    if (!file) return { problem: `archival file ${JSON.stringify(text)} not read` };
    const fond = file.fond ?? before.fond;
    const opis = file.fond ? file.opis : (file.opis ?? before.opis);
    const levels = [fond && `Ф. ${fond}`, opis && `Оп. ${opis}`, file.delo && `Д. ${file.delo}`, file.list && `Л. ${file.list}`].filter(Boolean);
    return withPrefix({ key: previous.key, locator: `${joinLevels(levels as string[])}${suffix}` });
  }
  const archive = /^([^.;]+?)\.\s+(?=[ФF]\.\s*\S)/u.exec(text);
  if (archive) {
    const found = items.filter((i) => i.type === 'collection' && comparable(String(i.archive)) === comparable(archive[1]));
    if (found.length !== 1) return { problem: `no archive ${JSON.stringify(archive[1])} in the list` };
    return withPrefix({ key: found[0].id, locator: fixVerso(text.slice(archive[0].length)) });
  }

  // "Carr 1979: 12" (author-date in parentheses) and "Schapiro 1955".
  const spaced = /^(.+?)\s+(\d{4}[a-zа-я]?)(?::\s*(.+))?$/u.exec(text);
  const segments = spaced && !spaced[1].includes(',') ? [spaced[1], spaced[2], ...(spaced[3] ? [`p. ${spaced[3]}`] : [])] : text.split(/,\s+/);
  const names: string[] = [];
  let wanted: number | undefined;
  let locator: string | undefined;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i].trim();
    const y = year.exec(s);
    if (y && i > 0) wanted = Number(y[1]);
    else if (i > 0 && isLocator(s)) {
      locator = segments.slice(i).join(', ');
      break;
    } else names.push(s);
  }
  if (!names.length) return { problem: 'no author or title' };
  const title = /(?:\.\.\.|…)$/.test(names[0]) ? comparable(names[0].replace(/(?:\.\.\.|…)$/, '')) : undefined;
  let candidates = title
    ? items.filter((i) => !i.author && comparable(String(i['title-short'] ?? i.title ?? '')).startsWith(title))
    : items.filter((i) => {
        const fam = families(i);
        const al = /\s+(?:et al\.|и др\.)$/u;
        const listed = names.map((n) => comparable(n.replace(al, '')));
        const etAl = names.some((n) => al.test(n));
        return listed.every((n, k) => fam[k] === n) && (etAl ? fam.length > listed.length : fam.length === listed.length);
      });
  if (wanted !== undefined) candidates = candidates.filter((i) => issuedYear(i) === wanted);
  if (candidates.length === 1)
    return withPrefix({ key: candidates[0].id, ...(locator ? { locator } : {}), ...(title ? { shortTitle: names[0].replace(/(?:\.\.\.|…)$/, '').trim() } : {}) });
  if (!candidates.length) return { problem: `no work of ${JSON.stringify(names.join(', '))}${wanted ? ` (${wanted})` : ''} in the list` };
  return { problem: `${candidates.length} works of ${JSON.stringify(names.join(', '))} in the list (${candidates.map((c) => c.id).join(', ')}), and no year to choose` };
}

/** "Л. 42–42 об" (the abbreviation's period lost) → "Л. 42–42 об.". */
function fixVerso(text: string): string {
  return text.replace(/(\d\s*об)(?=$|\s*\(|,)/u, '$1.');
}

function splitSuffix(text: string): { rest: string; suffix: string } {
  const m = /\s*\([^()]*\)$/.exec(text);
  return m ? { rest: text.slice(0, m.index), suffix: m[0] } : { rest: text, suffix: '' };
}

function joinLevels(levels: string[]): string {
  return levels.reduce((t, l) => (t ? `${t}${t.endsWith('.') ? ' ' : '. '}${l}` : l), '');
}
