// The article's own DOI: syntax (DOI handbook, Crossref's recommended
// characters), no URL form, no look-alike letters, the journal's prefix and
// suffix pattern. Columns count UTF-16 code units from the value's first
// character, the way the yaml library and editors count them.
import type { ArticleMeta, Position } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { DiagnosticBag, type Diagnostic } from './diagnostic.js';
import { ruleCatalogue, type RuleId } from './catalogue/index.js';
import { lookalikes, scriptOf } from './lookalikes.js';
import { fieldText, parsePattern, type PatternField } from '../record/doi-pattern.js';

/** Crossref's recommended suffix characters (case-insensitive). */
const suffixChar = /[A-Za-z0-9\-._;()/:]/;
const urlForm = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|(?:dx\.)?doi\.org\/|doi:\s*|doi\s+)/i;

export function checkDoi(meta: ArticleMeta, profile: Profile): Diagnostic[] {
  const bag = new DiagnosticBag(profile.rules);
  if (meta.doi === undefined || meta.doi === '') return bag.items;
  const doi = meta.doi;
  const base = meta.positions['doi'];
  const at = (index: number): Position | undefined => (base ? { ...base, column: base.column + index } : undefined);
  const report = (rule: RuleId, message: string, index: number) =>
    bag.report(rule, message, at(index), { url: (ruleCatalogue[rule] as { url?: string }).url });
  const example = `${profile.doi.prefix}/…`;

  // A URL form is reported once; the bare DOI behind it is still checked.
  const url = urlForm.exec(doi);
  const start = url ? url[0].length : 0;
  if (url) report('doi-url-form', `Unexpected URL form '${url[0].trim()}', expected a bare DOI such as ${example}`, 0);

  // Look-alikes and stray characters; later checks read the folded (Latin) text
  // so one wrong letter does not also fail the prefix and the pattern.
  let folded = '';
  const origin: number[] = []; // folded index → index in the DOI as written
  for (let next = start; next < doi.length; ) {
    const i = next;
    const ch = String.fromCodePoint(doi.codePointAt(i) ?? 0);
    next += ch.length;
    const column = i + 1;
    const latin = lookalikes[ch] ?? asciiFold(ch);
    if (/\s/.test(ch)) {
      report('doi-syntax', `Unexpected whitespace (U+${hex(ch)}) at column ${column}, expected no whitespace in a DOI`, i);
    } else if ((ch.codePointAt(0) ?? 0) > 0x7e && latin) {
      report('doi-lookalike', `Unexpected ${scriptOf(ch)} '${ch}' (U+${hex(ch)}) at column ${column}, expected the ${/[A-Za-z]/.test(latin) ? 'Latin' : 'ASCII'} '${latin}'`, i);
      folded += latin;
      origin.push(i);
      continue;
    } else if ((ch.codePointAt(0) ?? 0) > 0x7e) {
      report('doi-syntax', `Unexpected character '${ch}' (U+${hex(ch)}) at column ${column}, expected only a-z A-Z 0-9 - . _ ; ( ) / :`, i);
    }
    folded += ch;
    for (let k = 0; k < ch.length; k++) origin.push(i + k);
  }
  const written = (k: number): number => origin[k] ?? doi.length;

  const structure = /^10\.([0-9.]*)(\/?)(.*)$/s.exec(folded);
  if (!structure) {
    const bad = firstDifference(folded, '10.');
    report('doi-syntax', `Unexpected '${folded.slice(bad, bad + 1) || 'end of DOI'}' at column ${written(bad) + 1}, expected a DOI beginning with '10.'`, written(bad));
    return bag.items;
  }
  const [, registrant, slash, suffix] = structure;
  const suffixStart = 3 + registrant.length + 1; // in the folded text
  if (!slash) {
    const next = folded.charAt(3 + registrant.length);
    report('doi-syntax', next
      ? `Unexpected '${next}' in the DOI prefix, expected digits, points and then '/' (10.NNNN/suffix)`
      : `Unexpected end of DOI, expected '/' and a suffix after the prefix 10.${registrant}`, written(3 + registrant.length));
    return bag.items;
  }
  if (!/^\d{4,9}(\.\d+)*$/.test(registrant)) {
    report('doi-syntax', `Unexpected registrant code '${registrant}', expected 4 to 9 digits, optionally with .NNNN subdivisions`, written(3));
  } else if (`10.${registrant}` !== profile.doi.prefix) {
    report('doi-prefix', `Unexpected prefix 10.${registrant}, expected the journal's prefix ${profile.doi.prefix}`, start);
  }
  if (!suffix) {
    report('doi-syntax', `Unexpected end of DOI, expected a suffix after '/'`, written(suffixStart));
    return bag.items;
  }
  for (let i = 0; i < suffix.length; i++) {
    if (suffix.charCodeAt(i) <= 0x7e && !/\s/.test(suffix[i]) && !suffixChar.test(suffix[i]))
      report('doi-syntax', `Unexpected '${suffix[i]}' at column ${written(suffixStart + i) + 1}, expected only a-z A-Z 0-9 - . _ ; ( ) / : in the suffix`, written(suffixStart + i));
  }
  const mismatch = matchSuffixPattern(suffix, profile.doi.suffixPattern, meta);
  if (mismatch) report('doi-pattern', mismatch.message, written(suffixStart + mismatch.index));
  return bag.items;
}

interface PatternMismatch {
  index: number;
  message: string;
}

/**
 * Walk the suffix along the profile's pattern (`j.{year}.{issue}.{seq}`).
 * Literals compare case-insensitively (DOIs are case-insensitive); placeholders
 * take the article's values; `{seq}` without a value accepts any digits.
 */
export function matchSuffixPattern(suffix: string, pattern: string, meta: Pick<ArticleMeta, 'year' | 'volume' | 'issue' | 'seq'>): PatternMismatch | undefined {
  const values: Record<PatternField, string | undefined> = {
    year: String(meta.year), volume: String(meta.volume), issue: meta.issue, seq: meta.seq === undefined ? undefined : String(meta.seq),
  };
  const parts = parsePattern(pattern);
  const expected = parts.map((p) => ('literal' in p ? p.literal : values[p.field] === undefined ? `{${p.field}}` : fieldText(values[p.field]!, p.width))).join('');
  const hint = `(pattern ${pattern} gives ${expected})`;
  let pos = 0;
  for (const [n, part] of parts.entries()) {
    if ('literal' in part) {
      const got = suffix.slice(pos, pos + part.literal.length);
      if (got.toLowerCase() !== part.literal.toLowerCase()) {
        const d = firstDifference(got.toLowerCase(), part.literal.toLowerCase());
        const found = suffix.charAt(pos + d);
        return { index: pos + d, message: `Unexpected ${found ? `'${found}'` : 'end of DOI'} in the DOI suffix, expected '${part.literal.charAt(d)}' ${hint}` };
      }
      pos += part.literal.length;
      continue;
    }
    const { field } = part;
    const width = part.width ?? (field === 'year' ? 4 : undefined); // a year is four digits
    // What the suffix holds here: a field of fixed width, digits for numeric fields, else up to the next literal.
    const next = parts[n + 1];
    const nextLiteral = next && 'literal' in next ? next.literal : '';
    const raw = values[field];
    // Only {seq} may be missing (it is read from the DOI); an article without an issue cannot fill {issue}.
    if (raw === undefined && field !== 'seq')
      return { index: pos, message: `Unexpected {${field}} in the journal's DOI pattern for an article without \`${field}\`, expected a pattern without {${field}} or the article's ${field} ${hint}` };
    const want = raw === undefined ? undefined : fieldText(raw, width);
    const numeric = want === undefined ? field === 'seq' : /^\d+$/.test(want);
    const rest = suffix.slice(pos);
    const run = width ? (next && 'field' in next ? rest.slice(0, width) : (/^\d*/.exec(rest)?.[0] ?? '')) : numeric ? (/^\d*/.exec(rest)?.[0] ?? '') : nextLiteral ? rest.split(nextLiteral[0])[0] : rest;
    if (want === undefined) {
      if (!run || !/^\d+$/.test(run) || (width && run.length < width))
        return { index: pos, message: `Unexpected ${rest ? `'${rest[0]}'` : 'end of DOI'} in the DOI suffix, expected the ${field} (${width ? `${width} digits` : 'digits'}) ${hint}` };
    } else if (run !== want) {
      return { index: pos, message: `Unexpected ${field} ${run ? `'${run}'` : `'${rest.charAt(0)}'`} in the DOI suffix, expected ${want} (the article's ${field}) ${hint}` };
    }
    pos += run.length;
  }
  if (pos < suffix.length) return { index: pos, message: `Unexpected '${suffix.slice(pos)}' after the DOI suffix, expected the DOI to end ${hint}` };
  return undefined;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Compatibility forms (fullwidth ／ ．, one-dot leader …) that fold to a printable ASCII character. */
function asciiFold(ch: string): string | undefined {
  const n = ch.normalize('NFKC');
  return n !== ch && /^[\x21-\x7e]$/.test(n) ? n : undefined;
}

function hex(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
