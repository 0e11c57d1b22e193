// Both printed lists → one bibliography: every primary entry parsed (or kept
// verbatim), the romanized list paired with it, keys derived. Pure: text in,
// items, decisions and diagnostics out.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Decision } from '../report.js';
import type { CslItem, Expansions, ParsedLists, PrintedEntry } from './types.js';
import { parseGostEntry } from './gost.js';
import { defaultExpansions } from './expansions.js';
import { verbatimItem } from './verbatim.js';
import { readRomanizedEntry } from './romanized.js';
import { mergePair, pairLists } from './pairing.js';
import { assignIds } from './ids.js';
import { shorten } from '../report.js';
import { squash, withoutNumber } from './text.js';

export interface ListsInput {
  primary: PrintedEntry[];
  romanized?: PrintedEntry[];
  /** The article's language (the primary list's conventions); not used by the reading yet, kept for the report. */
  lang: string;
  /** The input file, for diagnostics. */
  file: string;
  /** Transliteration scheme of the References list (the profile's `references.transliteration`); `lc` by default. */
  scheme?: string;
  /** Abbreviations the lists print → full forms; GOST R 7.0.12's by default. */
  expansions?: Expansions;
}

export function parseReferenceLists(input: ListsInput): ParsedLists {
  const expansions = input.expansions ?? defaultExpansions;
  const scheme = input.scheme ?? 'lc';
  const decisions: Decision[] = [];
  const diagnostics: Diagnostic[] = [];
  const items: CslItem[] = [];
  let verbatim = 0;
  for (const entry of input.primary) {
    const parsed = parseGostEntry(entry.text, expansions);
    if (parsed.unread.length || parsed.missing.length) {
      verbatim++;
      items.push(verbatimItem(entry.text));
      diagnostics.push(
        diagnostic(
          'import-reference-unparsed',
          `${entry.at}: Unexpected reference “${shorten(entry.text)}”${problems(parsed.unread, parsed.missing)}, expected a GOST R 7.0.5 description (authors, title, / responsibility, // container, place : publisher, year, pages); kept as printed`,
          position(input.file, entry),
        ),
      );
      continue;
    }
    const { type, ...fields } = parsed.fields;
    items.push({ id: '', type, ...fields });
    for (const guess of parsed.guesses) decisions.push({ at: entry.at, what: guess, why: `read from “${shorten(entry.text)}”` });
  }

  let paired = 0;
  const pairIndexes: [number, number][] = [];
  if (input.romanized?.length) {
    const romanized = input.romanized.map((e) => readRomanizedEntry(e.text, e.at, expansions));
    const pairs = pairLists(items, romanized, scheme);
    paired = pairs.length;
    for (const p of pairs) pairIndexes.push([p.primary, p.romanized]);
    const pairedR = new Set(pairs.map((p) => p.romanized));
    for (const p of pairs) {
      const r = romanized[p.romanized];
      const item = items[p.primary];
      const at = input.primary[p.primary].at;
      if (item.type === 'document') {
        // A verbatim entry keeps its romanized printing too, for the References list.
        item.custom = { 'verbatim-romanized': withoutNumber(squash(r.text)) };
        decisions.push({ at, what: `kept verbatim; its References entry is ${r.at}`, why: `same year, ${Math.round(p.score * 100)}% of the words` });
        continue;
      }
      const { notes } = mergePair(item, r, scheme, expansions);
      if (item.type !== 'collection' && p.score < 2) decisions.push({ at, what: `paired with the References entry ${r.at}`, why: `by the title's words only (score ${p.score.toFixed(2)})` });
      for (const note of notes) decisions.push({ at, what: note, why: `paired with ${r.at}: “${shorten(r.text)}”` });
    }
    input.primary.forEach((e, i) => {
      if (!pairs.some((p) => p.primary === i)) decisions.push({ at: e.at, what: 'no entry of the References list pairs with this one', why: 'no entry with the same year and first name or archive' });
    });
    romanized.forEach((r, j) => {
      if (!pairedR.has(j))
        diagnostics.push(diagnostic('import-reference-unpaired', `${r.at}: Unexpected References entry “${shorten(r.text)}” with no entry in the primary list, expected the same work in both lists; not kept`, position(input.file, input.romanized![j])));
    });
  }

  assignIds(items);
  return {
    items,
    idByNumber: items.map((i) => i.id),
    pairs: pairIndexes.map(([i, j]) => ({ id: items[i].id, primary: input.primary[i].at, romanized: input.romanized![j].at })),
    decisions,
    diagnostics,
    counts: { primary: input.primary.length, parsed: input.primary.length - verbatim, verbatim, romanized: input.romanized?.length ?? 0, paired },
  };
}

function problems(unread: string[], missing: string[]): string {
  const parts = [];
  if (missing.length) parts.push(`without ${missing.join(', ')}`);
  if (unread.length) parts.push(`with ${unread.map((u) => `“${shorten(u)}”`).join(', ')} not read`);
  return ` ${parts.join(' and ')}`;
}

function position(file: string, entry: PrintedEntry) {
  return entry.line ? { file, line: entry.line, column: entry.column ?? 1 } : undefined;
}
