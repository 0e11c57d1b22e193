// The profile's DOI suffix pattern (`j.{year}.{issue}.{seq}`,
// `S0104-5970{year}{issue:04}{seq:05}`) read both ways: the running number
// inside a DOI, and the DOI for given issue values. The one parser of the
// pattern language: the DOI check (src/checks/doi.ts) walks the same parts.
import type { Profile } from '../profile/types.js';

export const patternFields = ['year', 'volume', 'issue', 'seq'] as const;
export type PatternField = (typeof patternFields)[number];

/** A piece of the pattern: literal text (compared case-insensitively), or a field with an optional zero-padded width. */
export type PatternPart = { literal: string } | { field: PatternField; width?: number };

const placeholder = /\{([^{}:]*)(?::([^{}]*))?\}/g;

/** The parts of a pattern; throws nothing: an unknown placeholder is a literal here and a problem in patternProblems. */
export function parsePattern(pattern: string): PatternPart[] {
  const parts: PatternPart[] = [];
  let last = 0;
  for (const m of pattern.matchAll(placeholder)) {
    if (m.index > last) parts.push({ literal: pattern.slice(last, m.index) });
    const field = m[1] as PatternField;
    const width = m[2] !== undefined && /^0\d+$/.test(m[2]) ? Number(m[2].slice(1)) : undefined;
    if ((patternFields as readonly string[]).includes(field) && (m[2] === undefined || width)) parts.push(width ? { field, width } : { field });
    else parts.push({ literal: m[0] });
    last = m.index + m[0].length;
  }
  if (last < pattern.length) parts.push({ literal: pattern.slice(last) });
  return parts;
}

/** What is wrong with a pattern, as "Unexpected …, expected …" messages (reported at `doi.suffix-pattern`). */
export function patternProblems(pattern: string): string[] {
  const problems: string[] = [];
  for (const m of pattern.matchAll(placeholder)) {
    if (!(patternFields as readonly string[]).includes(m[1]))
      problems.push(`Unexpected placeholder ${m[0]} in the DOI suffix pattern, expected one of ${patternFields.map((f) => `{${f}}`).join(', ')}`);
    else if (m[2] !== undefined && !/^0[1-9]\d*$/.test(m[2]))
      problems.push(`Unexpected width ${JSON.stringify(m[2])} in ${m[0]}, expected a zero and the number of digits such as {${m[1]}:05}`);
  }
  // Two fields side by side need a fixed width on the first (a year has four digits), or no one can tell where it ends.
  const parts = parsePattern(pattern);
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if ('field' in part && next && 'field' in next && !part.width && part.field !== 'year')
      problems.push(`Unexpected {${part.field}} right before {${next.field}} without a width, expected a width such as {${part.field}:02} so the DOI can be read back`);
  });
  return problems;
}

/** A field's value as the pattern writes it: zero-padded to its width (a longer value is written whole). */
export function fieldText(value: string, width?: number): string {
  return width ? value.padStart(width, '0') : value;
}

export function seqPattern(doi: Profile['doi']): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = parsePattern(doi.suffixPattern);
  const body = parts
    .map((part, i) => {
      if ('literal' in part) return escape(part.literal);
      // A width pads: exactly that many digits before another field, at least that many elsewhere.
      const next = parts[i + 1];
      const digits = part.width ? (next && 'field' in next ? `\\d{${part.width}}` : `\\d{${part.width},}`) : undefined;
      if (part.field === 'seq') return `(?<seq>${digits ?? '\\d+'})`;
      return digits ?? (part.field === 'year' ? '\\d{4}' : '[^/]+?');
    })
    .join('');
  return new RegExp(`^${escape(doi.prefix)}/${body}$`, 'i');
}

/** The running number a DOI carries, when it follows the pattern and the pattern has {seq}. */
export function seqOf(profile: Pick<Profile, 'doi'>, doi: string): number | undefined {
  const seq = seqPattern(profile.doi).exec(doi)?.groups?.seq;
  return seq === undefined ? undefined : Number(seq);
}

export function doiFor(profile: Pick<Profile, 'doi'>, values: { year: number; volume: number; issue?: string; seq: number }): string {
  const text: Record<PatternField, string> = { year: String(values.year), volume: String(values.volume), issue: values.issue ?? '', seq: String(values.seq) };
  const suffix = parsePattern(profile.doi.suffixPattern)
    .map((part) => ('literal' in part ? part.literal : fieldText(text[part.field], part.width)))
    .join('');
  return `${profile.doi.prefix}/${suffix}`;
}
