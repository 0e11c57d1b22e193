// Archival files: a locator as written (`Ф. 17. Оп. 3. Д. 339. Л. 4, 342`) parsed
// into its levels, and runs of files rendered the way the journal collapses them:
// the archive named once per run, fond and opis only when they change.
import type { StyleConfig } from './style.js';
import { endsInVerso, isLevelValue } from './archival-value.js';

export type ArchivalLevel = 'fond' | 'opis' | 'delo' | 'list';
export interface ArchivalFile {
  fond?: string;
  opis?: string;
  delo?: string;
  list?: string;
}

/** Level labels as sources write them (Russian, or romanized). Data. */
export const archivalLabels: Record<string, ArchivalLevel> = {
  'Ф.': 'fond', 'F.': 'fond',
  'Оп.': 'opis', 'Op.': 'opis',
  'Д.': 'delo', 'D.': 'delo',
  'Л.': 'list', 'L.': 'list',
};

const labelPattern = Object.keys(archivalLabels)
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replace('.', '\\.'))
  .join('|');
/** A label at the start or after ". " (so `об.` inside a value is not one). */
const levelStart = new RegExp(`(?:^|(?<=\\.)\\s+)(${labelPattern})\\s*`, 'g');


/** Parse a locator; undefined when it is not a sequence of labelled levels. */
export function parseArchivalLocator(locator: string): ArchivalFile | undefined {
  const text = locator.trim();
  const starts = [...text.matchAll(levelStart)];
  if (!starts.length || starts[0].index !== 0) return undefined;
  const file: ArchivalFile = {};
  for (let i = 0; i < starts.length; i++) {
    const m = starts[i];
    const from = m.index! + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1].index! : text.length;
    let value = text.slice(from, to).trim();
    const level = archivalLabels[m[1]];
    // The separator before the next level is ". "; a final period belongs to the value only after "об".
    if (value.endsWith('.') && !endsInVerso(value)) value = value.slice(0, -1);
    // Numbers (fond Р-5446, delo 12а), ranges, lists, verso sheets (42 об.).
    if (!isLevelValue(value) || file[level] !== undefined) return undefined;
    file[level] = value;
  }
  return file;
}

export interface ArchivalCite {
  /** CSL item id of the archive. */
  archive: string;
  /** The archive's name as printed in this run (`РГАСПИ`). */
  name: string;
  file: ArchivalFile;
  prefix?: string;
  suffix?: string;
}

type Terms = StyleConfig['archivalTerms'];

/**
 * One run of archival cites in a citation: `РГАСПИ. Ф. 17. Оп. 3. Д. 337; Д. 339. Л. 4, 342`.
 * `withLists: false` leaves out the sheets (the bibliography lists files only).
 */
export function renderArchivalRun(cites: ArchivalCite[], terms: Terms, withLists: boolean, withNames = true): string {
  const parts: string[] = [];
  let previous: ArchivalCite | undefined;
  for (const cite of cites) {
    const sameArchive = previous?.archive === cite.archive;
    const sameSeries = sameArchive && previous!.file.fond === cite.file.fond && previous!.file.opis === cite.file.opis;
    const levels: string[] = [];
    if (withNames && !sameArchive) levels.push(cite.name);
    if (!sameSeries) {
      if (cite.file.fond) levels.push(`${terms.fond} ${cite.file.fond}`);
      if (cite.file.opis) levels.push(`${terms.opis} ${cite.file.opis}`);
    }
    if (cite.file.delo) levels.push(`${terms.delo} ${cite.file.delo}`);
    if (withLists && cite.file.list) levels.push(`${terms.list} ${cite.file.list}`);
    let text = joinLevels(levels);
    if (cite.prefix) text = `${cite.prefix} ${text}`;
    if (cite.suffix) text += ` ${cite.suffix}`;
    // Without sheets, the same file twice in a row is one file.
    if (!withLists && sameSeries && previous!.file.delo === cite.file.delo) continue;
    parts.push(text);
    previous = cite;
  }
  return parts.join('; ');
}

/** Levels joined by ". ", without doubling the period of a value that ends in one (`Д. 5 об.`). */
function joinLevels(levels: string[]): string {
  return levels.reduce((text, level) => (text ? `${text}${text.endsWith('.') ? ' ' : '. '}${level}` : level), '');
}

/**
 * The files of one archive as its list entry shows them. `once`: each file (fond,
 * opis, delo) once, in the order the text first cites it, without sheets; fond and
 * opis collapsed while they stay the same (`Ф. 17. Оп. 3. Д. 337; Д. 339`).
 * `as-cited`: the files of each citation in turn, collapsed within the citation,
 * as some journals print it (a file cited twice is listed twice).
 * @param segments the archive's files, one array per citation, in reading order
 */
export function archiveLocation(segments: ArchivalCite[][], terms: Terms, mode: ArchiveFilesMode = 'once'): string {
  const bare = (c: ArchivalCite): ArchivalCite => ({ archive: c.archive, name: c.name, file: { fond: c.file.fond, opis: c.file.opis, delo: c.file.delo } });
  if (mode === 'as-cited')
    return segments
      .filter((s) => s.length)
      .map((s) => renderArchivalRun(s.map(bare), terms, false, false))
      .join('; ');
  const seen = new Set<string>();
  const files: ArchivalCite[] = [];
  for (const cite of segments.flat()) {
    const key = JSON.stringify([cite.file.fond, cite.file.opis, cite.file.delo]);
    if (seen.has(key)) continue;
    seen.add(key);
    files.push(bare(cite));
  }
  return renderArchivalRun(files, terms, false, false);
}

export type ArchiveFilesMode = 'once' | 'as-cited';
