// A DOI suffix pattern that fits an imported article's DOI, for a journal
// profile written from JATS: the article's year becomes {year}, the last run
// of digits the running number {seq:0N}; everything else stays literal.
import { matchSuffixPattern } from '../../checks/doi.js';
import { patternProblems } from '../../record/doi-pattern.js';

export interface GuessedPattern {
  prefix: string;
  suffixPattern: string;
  /** The running number the pattern reads from the DOI, when it has one. */
  seq?: number;
}

export function guessDoiPattern(doi: string, year?: number): GuessedPattern | undefined {
  const m = /^(10\.\d{4,9}(?:\.\d+)*)\/(.+)$/.exec(doi.trim());
  if (!m) return undefined;
  const [, prefix, suffix] = m;
  const literal = (t: string) => t.replace(/[{}]/g, '');
  const runs = [...suffix.matchAll(/\d+/g)];
  const yearText = year ? String(year) : undefined;
  // The last digit run that is not just the year is the running number.
  const seqRun = [...runs].reverse().find((r) => r[0] !== yearText && !(yearText && r[0].startsWith(yearText) && r[0].length === 4));
  let pattern = '';
  let last = 0;
  let seq: number | undefined;
  for (const r of runs) {
    const start = r.index!;
    let text = r[0];
    let out = '';
    if (yearText && text.startsWith(yearText) && (text.length === 4 || r === seqRun)) {
      out += '{year}';
      text = text.slice(4);
    }
    if (r === seqRun && text) {
      out += `{seq:0${text.length}}`;
      seq = Number(text);
    } else out += text;
    pattern += literal(suffix.slice(last, start)) + out;
    last = start + r[0].length;
  }
  pattern += literal(suffix.slice(last));
  const meta = { year: year ?? 0, volume: 0, issue: '', seq };
  if (seq === undefined || seq < 1 || patternProblems(pattern).length || matchSuffixPattern(suffix, pattern, meta)) return { prefix, suffixPattern: literal(suffix) };
  return { prefix, suffixPattern: pattern, seq };
}
