// A hand-written citation block in the source must say what the generated one
// says: the same words after whitespace is normalised. Italic markers count
// only when the source uses them; the last page may still be unknown.
import type { ArticleMeta, CitationBlock, Position } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { buildCitationBlocks, citationBlockMarkdown, unknownPagePlaceholder } from '../model/citation-block.js';
import { DiagnosticBag, type Diagnostic } from './diagnostic.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export function checkCitationBlocks(meta: ArticleMeta, profile: Profile, blocks: CitationBlock[] = buildCitationBlocks(meta, profile)): Diagnostic[] {
  const bag = new DiagnosticBag(profile.rules);
  for (const [lang, source] of Object.entries(meta.citationBlockSource ?? {})) {
    const position = source.position ?? meta.positions[`citation-block.${lang}`];
    const block = blocks.find((b) => b.lang === lang);
    if (!block) {
      const known = blocks.map((b) => b.lang).join(', ') || 'none';
      bag.report('citation-block-mismatch', `Unexpected hand-written citation block for '${lang}', expected one only for a language the profile has a format for (${known})`, position);
      continue;
    }
    const found = normalise(source.text.normalize('NFC'));
    const withoutLabel = stripLabel(found.text, block.label);
    const written = withoutLabel.text;
    const expected = normalise(written.includes('*') ? citationBlockMarkdown(block) : block.plain).text;
    if (sameBlock(expected, written, meta)) continue;

    const index = firstDifference(expected, written);
    const writtenIndex = found.origin[withoutLabel.offset + index] ?? source.text.length;
    // Columns are exact only for a one-line value; otherwise point at the value.
    const at: Position | undefined = position && !/\n/.test(source.text) ? { ...position, column: position.column + writtenIndex } : position;
    const diff = wordDiff(expected, written);
    bag.report(
      'citation-block-mismatch',
      `Unexpected ${quote(diff.found)} in the '${lang}' citation block (character ${index + 1}), expected ${quote(diff.expected)} as generated from the metadata`,
      at,
      { detail: [`expected: ${expected}`, `found:    ${written}`, `diff:     ${diff.compact}`].join('\n') },
    );
  }
  return bag.items;
}

/** Equal, or equal but for a last page the metadata does not know yet. */
function sameBlock(expected: string, written: string, meta: ArticleMeta): boolean {
  if (expected === written) return true;
  const { first, last } = meta.pages;
  const open = first === undefined ? unknownPagePlaceholder : `${first}–${unknownPagePlaceholder}`;
  if (last !== undefined || !expected.includes(open)) return false;
  const [before, after] = expected.split(open, 2);
  const anyPages = first === undefined ? '\\d+(?:–\\d+)?' : `${first}(?:–\\d+)?`;
  return new RegExp(`^${escapeRegExp(before)}${anyPages}${escapeRegExp(after)}$`).test(written);
}

interface Normalised {
  text: string;
  /** Index in the normalised text → index in the text as written. */
  origin: number[];
}

/** One space for every run of whitespace (no-break and thin spaces too), trimmed. */
export function normalise(text: string): Normalised {
  let out = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    if (/[\s\u00a0\u2009\u202f]/.test(text[i])) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && out) {
      out += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    out += text[i];
    origin.push(i);
  }
  return { text: out, origin };
}

/** The source may repeat the label: `*Citation:* Harris, J. …`. */
function stripLabel(text: string, label: string): { text: string; offset: number } {
  const m = new RegExp(`^\\*?\\s*${escapeRegExp(label)}\\s*\\*?\\s*:\\s*\\*?\\s*`, 'iu').exec(text);
  if (!m) return { text, offset: 0 };
  // `*Citation:* *Journal Title*…` — keep an asterisk that opens italic text after the label.
  const consumed = m[0].endsWith('*') && (m[0].match(/\*/g)?.length ?? 0) % 2 === 1 ? m[0].length - 1 : m[0].length;
  return { text: text.slice(consumed), offset: consumed };
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export interface WordDiff {
  /** The first run of words that differ, as generated and as written. */
  expected: string;
  found: string;
  /** Every difference in `[-expected-]{+found+}` form with a few words of context. */
  compact: string;
}

/** Word-level diff (longest common subsequence; citation blocks are short). */
export function wordDiff(expected: string, found: string, context = 3): WordDiff {
  const a = expected.split(' ');
  const b = found.split(' ');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);

  type Op = { kind: '=' | '-' | '+'; word: string };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: '=', word: a[i++] }), j++;
    else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push({ kind: '+', word: b[j++] });
    else ops.push({ kind: '-', word: a[i++] });
  }

  // Group changes into hunks; keep `context` equal words around each.
  const parts: string[] = [];
  let first: { expected: string; found: string } | undefined;
  let k = 0;
  let lastPrinted = -1;
  while (k < ops.length) {
    if (ops[k].kind === '=') {
      k++;
      continue;
    }
    const start = k;
    while (k < ops.length && ops[k].kind !== '=') k++;
    const removed = ops.slice(start, k).filter((o) => o.kind === '-').map((o) => o.word).join(' ');
    const added = ops.slice(start, k).filter((o) => o.kind === '+').map((o) => o.word).join(' ');
    first ??= { expected: removed, found: added };
    const from = Math.max(start - context, lastPrinted + 1);
    if (from > lastPrinted + 1 || (lastPrinted < 0 && from > 0)) parts.push('…');
    parts.push(...ops.slice(from, start).map((o) => o.word));
    parts.push(`${removed ? `[-${removed}-]` : ''}${added ? `{+${added}+}` : ''}`);
    const until = Math.min(k + context, ops.length);
    const trailing = ops.slice(k, until);
    const nextChange = trailing.findIndex((o) => o.kind !== '=');
    const kept = nextChange < 0 ? trailing : trailing.slice(0, nextChange);
    parts.push(...kept.map((o) => o.word));
    lastPrinted = k + kept.length - 1;
    k += kept.length;
  }
  if (lastPrinted < ops.length - 1 && parts.length) parts.push('…');
  return { expected: first?.expected ?? '', found: first?.found ?? '', compact: parts.join(' ') };
}

function quote(words: string): string {
  return words ? `"${words}"` : 'nothing';
}

