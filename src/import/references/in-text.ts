// Printed in-text citations → Galley citations: numeric ([1], [1, с. 5], [1; 3],
// [1–3]) through the list's numbers, author-date ([Иванов, 2001, с. 5],
// (Carr 1979: 12), [Сталин, с. 368–369]) through the parsed items. A bracket that
// reads as a citation but names no work of the list stays as text, with a warning.
// A work cited by its title ("[КПСС в резолюциях...]") gets those words as its
// `title-short` in `lists.items` (the style cites such works by it).
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Decision } from '../report.js';
import type { ParsedLists } from './types.js';
import { resolveItem, type Resolved } from './in-text-items.js';

export interface Converted {
  text: string;
  diagnostics: Diagnostic[];
  /** Readings that were not certain ("[1, 3]" read as two works). */
  decisions: Decision[];
}

const numericCluster = /^\s*\d+(?:\s*[–-]\s*\d+)?(?:\s*[,;]\s*(?:\d+(?:\s*[–-]\s*\d+)?|[^\d;,][^;]*))*\s*$/u;
/** A bracket that reads like an author-date citation: a capitalised name and a year or a locator. */
const authorDateShape = /^(?:[^\]]*?\s)?\p{Lu}[\p{L}’'-]+(?:,?\s+(?:\d{4}[a-zа-я]?|[сСpP]\.\s*\d|ch\.\s*\d|гл\.\s*\d))/u;
const archiveShape = /\.\s+[ФF]\.\s*\d/u;

export function convertInTextCitations(text: string, lists: ParsedLists, ctx: { file: string; at: string }): Converted {
  const diagnostics: Diagnostic[] = [];
  const decisions: Decision[] = [];
  let out = '';
  let from = 0;
  const spans = [...findSpans(text)];
  for (const span of spans) {
    const inner = text.slice(span.start + 1, span.end - 1);
    const result = span.kind === 'bracket' && numericCluster.test(inner) && /^\s*\d/.test(inner) ? numeric(inner, lists, decisions, ctx) : authorDate(inner, lists, span.kind);
    if (result === undefined) continue;
    if ('problem' in result) {
      diagnostics.push(diagnostic('import-citation-unmatched', `${ctx.at}: Unexpected citation “${text.slice(span.start, span.end)}”: ${result.problem}, expected a work of the reference list; kept as text`));
      continue;
    }
    for (const r of result.items) if (r.shortTitle) learnShortTitle(lists, r, decisions, ctx.at);
    // "[Сталин]" may also be an editor's insertion in a quotation: a name alone is worth a look.
    if (span.kind === 'bracket' && result.items.length === 1 && !result.items[0].locator && /^\s*\p{Lu}[\p{L}’'-]+\s*$/u.test(inner))
      decisions.push({ at: ctx.at, what: `“[${inner}]” read as a citation of \`${result.items[0].key}\``, why: 'a name alone in brackets, which could also be an insertion in a quotation' });
    out += text.slice(from, span.start) + galley(result.items);
    from = span.end;
  }
  return { text: out + text.slice(from), diagnostics, decisions };
}

interface Span {
  start: number;
  end: number;
  kind: 'bracket' | 'paren';
}

/** `[…]` not a footnote call, image, link or Galley citation; `(…)` holding a year. */
function* findSpans(text: string): Generator<Span> {
  const re = /\[([^\[\]]+)\](?!\()|\(([^()]*\d{4}[^()]*)\)/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    const inner = m[1] ?? m[2];
    if (inner.includes('@') || inner.startsWith('^') || (m[1] !== undefined && text[start - 1] === '!')) continue;
    yield { start, end: start + m[0].length, kind: m[1] !== undefined ? 'bracket' : 'paren' };
  }
}

type ClusterResult = { items: Resolved[] } | { problem: string } | undefined;

function numeric(inner: string, lists: ParsedLists, decisions: Decision[], ctx: { at: string }): ClusterResult {
  const items: Resolved[] = [];
  for (const part of inner.split(';')) {
    const m = /^\s*(\d+)(?:\s*[–-]\s*(\d+))?(?:\s*,\s*(.+?))?\s*$/u.exec(part);
    if (!m) return { problem: `${JSON.stringify(part.trim())} is not a number with a locator` };
    const first = Number(m[1]);
    const last = m[2] ? Number(m[2]) : first;
    let locator: string | undefined = m[3];
    const more: number[] = [];
    // "[1, 3]": a bare number after the comma is read as a second work (GOST writes a page "с. 3").
    if (locator && /^\d+(?:\s*,\s*\d+)*$/.test(locator)) {
      more.push(...locator.split(/\s*,\s*/).map(Number));
      decisions.push({ at: ctx.at, what: `“[${inner}]” read as works ${[first, ...more].join(', ')}`, why: 'numbers after a comma without a page label' });
      locator = undefined;
    }
    if (last < first) return { problem: `the range ${first}–${last} runs backwards` };
    for (const n of [...range(first, last), ...more]) {
      const key = lists.idByNumber[n - 1];
      if (!key) return { problem: `the list has ${lists.idByNumber.length} entries, no ${n}` };
      items.push({ key, ...(locator && n === last && !more.length ? { locator: locator.trim() } : {}) });
    }
  }
  return { items };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function authorDate(inner: string, lists: ParsedLists, kind: Span['kind']): ClusterResult {
  const parts = inner.split(/\s*;\s*/);
  const items: Resolved[] = [];
  let previous: Resolved | undefined;
  const problems: string[] = [];
  for (const part of parts) {
    const r = resolveItem(part, lists.items, previous);
    if ('problem' in r) problems.push(r.problem);
    else {
      items.push(r.ok);
      previous = r.ok;
    }
  }
  if (!problems.length) return kind === 'paren' && !/\d{4}/.test(inner) ? undefined : { items };
  // Text that only looks like a citation in part ("[sic]", "(1917–1922)") is not one.
  const looksCited = items.length > 0 || parts.some((p) => authorDateShape.test(p) || archiveShape.test(p) || /(?:\.\.\.|…)$/.test(p));
  // In parentheses only a known name makes it a citation: "(Москва, 1917)" is a place and a year.
  if (!looksCited || (kind === 'paren' && !items.length && !parts.some((p) => knownFamily(p, lists)))) return undefined;
  return { problem: problems.join('; ') };
}

function learnShortTitle(lists: ParsedLists, r: Resolved, decisions: Decision[], at: string): void {
  const item = lists.items.find((i) => i.id === r.key);
  if (!item || item['title-short'] === r.shortTitle) return;
  if (item['title-short'] !== undefined) {
    decisions.push({ at, what: `\`${r.key}\` cited as “${r.shortTitle}…” and elsewhere as “${item['title-short']}…”`, why: 'kept the first as its short title' });
    return;
  }
  item['title-short'] = r.shortTitle;
  decisions.push({ at, what: `\`${r.key}\` gets the short title “${r.shortTitle}”`, why: 'the text cites it by these words' });
}

/** The first word is the family name of some work's author or editor. */
function knownFamily(part: string, lists: ParsedLists): boolean {
  const first = /^\s*([\p{L}’'-]+)/u.exec(part)?.[1]?.toLowerCase();
  return Boolean(first) && lists.items.some((i) => [...((i.author as { family?: string }[]) ?? []), ...((i.editor as { family?: string }[]) ?? [])].some((n) => n.family?.toLowerCase() === first));
}

function galley(items: Resolved[]): string {
  return `[${items.map((i) => `${i.prefix ? `${i.prefix} ` : ''}@${i.key}${i.locator ? `, ${i.locator}` : ''}`).join('; ')}]`;
}
