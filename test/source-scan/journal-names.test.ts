// Nothing in src/ may name a journal: a second journal is a profile and
// templates, never code. The forbidden strings are taken from the journals'
// own profiles and label tables, so a new journal is covered by adding its
// profile below. The patterns, and why they cannot match innocently:
// - the profile's `id` as a whole word, case-insensitive (`\bqr\b` matches
//   `qr.2017` and `'qr'`, never `sqrt` or `qrcode`);
// - the DOI prefix and the ISSNs, literally (`10.15826`: digits and dots that no
//   code writes by chance);
// - the full titles, and the first word of each title when it has six letters or
//   more (`Quaestio`), case-insensitive, as whole words;
// - the host names of the profile's URLs (`qrjournal.org`);
// - every label of the journals' label tables written in a non-Latin script with
//   at least two letters (`Аннотация`, `Цитирование`, `Ключевые слова`). Single
//   letters are left out: transliteration tables and look-alike checks in src/
//   are made of them and name no journal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = resolve(import.meta.dirname, '../..');
const profiles = [join(repoRoot, 'journal.yaml'), join(repoRoot, 'test/fixtures/journals/bakhtiniana/journal.yaml')];
const labelTables = [join(repoRoot, 'templates/html/labels.yaml'), ...readdirSync(join(repoRoot, 'templates/labels')).map((f) => join(repoRoot, 'templates/labels', f))];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'iu');
const nonLatinLabel = /^(?=(?:.*\p{L}){2})(?!.*\p{Script=Latin})/u;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The patterns that name a journal, each with what it stands for. */
export function journalPatterns(): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  for (const file of profiles) {
    const p = parse(readFileSync(file, 'utf8')) as Record<string, any>;
    out.push([`id ${p.id}`, word(String(p.id))]);
    out.push([`DOI prefix ${p.doi.prefix}`, new RegExp(escape(String(p.doi.prefix)))]);
    for (const issn of strings(p.issn)) out.push([`ISSN ${issn}`, new RegExp(escape(issn))]);
    for (const title of new Set([...strings(p.title), ...strings(p['abbrev-title'])])) {
      out.push([`title ${title}`, word(title)]);
      const first = title.split(/[\s:,.]+/)[0];
      if ([...first].length >= 6) out.push([`title word ${first}`, word(first)]);
    }
    for (const url of strings(p.urls)) out.push([`host ${new URL(url).host}`, new RegExp(escape(new URL(url).host), 'i')]);
    for (const text of [...strings(p['citation-block']), ...strings(p.references?.lists?.map((l: any) => l.title)), ...strings(p.print?.labels)])
      if (nonLatinLabel.test(text) && !text.includes('{')) out.push([`label ${text}`, word(text)]);
  }
  for (const file of labelTables)
    for (const text of strings(parse(readFileSync(file, 'utf8')))) if (nonLatinLabel.test(text)) out.push([`label ${text}`, word(text)]);
  // One pattern per thing named (a title word shared by several titles once).
  return [...new Map(out.map((p) => [p[0], p])).values()];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mts|js|mjs|json)$/.test(name) ? [path] : [];
  });
}

function findNames(text: string, patterns: [string, RegExp][]): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [what, re] of patterns) if (re.test(line)) found.push(`${i + 1}: ${what}`);
  });
  return found;
}

describe('src/ names no journal', () => {
  const patterns = journalPatterns();

  it('covers both journals: ids, DOI prefixes, titles, hosts and non-Latin labels', () => {
    const names = patterns.map(([what]) => what);
    for (const expected of ['id qr', 'DOI prefix 10.15826', 'title word Quaestio', 'host qrjournal.org', 'label Аннотация', 'label Цитирование', 'id bakhtiniana', 'DOI prefix 10.1590'])
      expect(names).toContain(expected);
  });

  it('the patterns find a journal name where there is one, and nothing in innocent code', () => {
    expect(findNames("const suffix = 'qr.2017.3.245';\n// see Quaestio Rossica\nconst t = 'Аннотация';", patterns)).toEqual(['1: id qr', '2: title Quaestio Rossica', '2: title word Quaestio', '3: label Аннотация']);
    expect(findNames('Math.sqrt(x); const qrcode = 1; const bak = file + ".bak"; // Т. 5, С. 306', patterns)).toEqual([]);
  });

  it('no file of src/ matches', () => {
    const hits = sourceFiles(join(repoRoot, 'src')).flatMap((file) => findNames(readFileSync(file, 'utf8'), patterns).map((hit) => `${relative(repoRoot, file)}:${hit}`));
    expect(hits).toEqual([]);
  });
});
