// An archive as a GOST list prints it: "РГАСПИ. Ф. 17. Оп. 3. Д. 337; Д. 339".
// The item keeps the archive; its files are not stored (the list shows the files
// the text cites, docs/references.md), but they are read to check the entry.
import { parseArchivalLocator, type ArchivalFile } from '../../references/archives.js';

export interface ArchiveEntry {
  archive: string;
  /** The files as printed, each with fond and opis carried over from the one before. */
  files: ArchivalFile[];
  /** Files that are not fond/opis/delo sequences. */
  unread: string[];
}

/** "РГАСПИ. Ф. 17" or "Государственный архив … области. Ф. Р-5446": a name, then a fond with its number. */
const archiveHead = /^([^.]{2,160}?)\.\s+(?=[ФF]\.\s*(?:\p{L}{1,2}-?)?\d)/u;

export function readArchiveEntry(plain: string): ArchiveEntry | undefined {
  const head = archiveHead.exec(plain);
  if (!head) return undefined;
  const out: ArchiveEntry = { archive: head[1], files: [], unread: [] };
  let previous: ArchivalFile = {};
  for (const raw of plain.slice(head[0].length).split(/;\s+|\.\s+(?=[ФF]\.\s)/u)) {
    // The seed prints "Ф. 1, Оп. 1, Д. 43" once: commas where GOST has periods.
    const text = raw.trim().replace(/,\s+(?=(?:Оп|Д|Л|Op|D|L)\.\s)/gu, '. ');
    const file = parseArchivalLocator(text);
    if (!file) {
      out.unread.push(raw.trim());
      continue;
    }
    const full = file.fond ? file : { ...previous, ...file, fond: previous.fond, opis: file.opis ?? previous.opis };
    out.files.push(full);
    previous = full;
  }
  return out;
}
