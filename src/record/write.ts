// Records → YAML an editor can read and diff: fixed key order, one fact a
// line, a header saying who writes the file. Written atomically and only when
// the text changes, so a rebuild that decides nothing new touches nothing.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../util/atomic-file.js';
import type { ArticleRecord, IssueRecord } from './types.js';

const header = (what: string) =>
  `# ${what} — written by Galley, committed by the journal (docs/record.md).\n` +
  '# A DOI shown here was given once and never changes; edit by hand only to repair.\n';

// Plain scalars only where YAML cannot read them as anything but the same string.
function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z][A-Za-z0-9 ._/()\-–]*$/.test(value) || /^10\.[0-9.]+\/[A-Za-z0-9._/()\-;:]+$/.test(value);
  return plain && !/^(true|false|yes|no|on|off|null)$/i.test(value) && !/[ ]$/.test(value) ? value : JSON.stringify(value);
}

export function articleRecordText(record: ArticleRecord): string {
  const lines = [header(`Record of article ${record.id}`).trimEnd()];
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) lines.push(`${key}: ${scalar(value)}`);
  };
  put('doi', record.doi);
  put('seq', record.seq);
  put('doi-origin', record.doiOrigin);
  put('issue', record.issue);
  put('volume', record.volume);
  if (record.number !== undefined) lines.push(`number: ${JSON.stringify(record.number)}`);
  put('year', record.year);
  if (record.pages) lines.push(`pages: { first: ${record.pages.first}, last: ${record.pages.last} }`);
  put('blank-before', record.blankBefore);
  if (record.published && (record.published.online || record.published.print)) {
    lines.push('published:');
    if (record.published.online) lines.push(`  online: ${record.published.online}`);
    if (record.published.print) lines.push(`  print: ${record.published.print}`);
  }
  if (record.corrections.length) {
    lines.push('corrections:');
    for (const c of record.corrections) lines.push(`  - date: ${c.date}`, `    note: ${JSON.stringify(c.note)}`);
  }
  return lines.join('\n') + '\n';
}

export function issueRecordText(record: IssueRecord): string {
  return [
    header(`Record of issue ${record.id}`).trimEnd(),
    `volume: ${record.volume}`,
    `number: ${JSON.stringify(record.number)}`,
    `year: ${record.year}`,
    `published: ${record.published}`,
    `first-page: ${record.firstPage}`,
    `last-page: ${record.lastPage}`,
    'articles:',
    ...record.articles.map((id) => `  - ${scalar(id)}`),
  ].join('\n') + '\n';
}

/** Write when the text differs; true when the file changed. */
export function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileAtomically(file, text);
  return true;
}
