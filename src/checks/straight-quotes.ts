// `text-straight-quote`: the source types a straight apostrophe or quote
// (`Trotsky's`, `"word"`). The galleys set them as typographic ones
// (src/render/no-break.ts, `curlQuotes`); the warning lets the editor see
// where, in case a straight mark was meant (a foot or inch sign, a prime).
import { readFileSync } from 'node:fs';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import type { Article, Block, Inline, Position } from '../model/types.js';

function* textNodes(inlines: Inline[]): Generator<{ value: string; position?: Position }> {
  for (const node of inlines) {
    if (node.type === 'text') yield node;
    else if (node.type === 'inlineCode' || node.type === 'citation' || node.type === 'field') continue; // code is verbatim; rendered citations and fields are not source text
    else if ('children' in node && Array.isArray(node.children)) yield* textNodes(node.children as Inline[]);
  }
}

function* blockTexts(blocks: Block[]): Generator<{ value: string; position?: Position }> {
  for (const block of blocks) {
    if (block.type === 'paragraph') yield* textNodes(block.children);
    else if (block.type === 'section') {
      yield* textNodes(block.title);
      yield* blockTexts(block.children);
    } else if (block.type === 'figure') yield* textNodes(block.caption);
    else if (block.type === 'blockquote') yield* blockTexts(block.children);
    else if (block.type === 'list') for (const item of block.items) yield* blockTexts(item);
  }
}

/** Where a character of a text node sits in the source (its node's start plus the lines and columns before it). */
function at(position: Position, value: string, index: number): Position {
  const before = value.slice(0, index);
  const lines = before.split('\n');
  return lines.length === 1
    ? { ...position, column: position.column + index }
    : { ...position, line: position.line + lines.length - 1, column: lines[lines.length - 1].length + 1 };
}

/**
 * The computed place, checked against the source lines: where a text node's
 * start is only approximate (after an escape or an inline construct), the mark
 * is found by the words around it, the occurrence nearest the computed column.
 */
function exact(position: Position, lines: string[] | undefined, before: string, mark: string): Position {
  if (!lines || lines[position.line - 1]?.[position.column - 1] === mark) return position;
  const needle = before + mark;
  let best: Position | undefined;
  const distance = (p: Position) => Math.abs(p.line - position.line) * 100000 + Math.abs(p.column - position.column);
  for (let n = Math.max(1, position.line - 3); n <= Math.min(lines.length, position.line + 3); n++) {
    const line = lines[n - 1];
    for (let i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + 1)) {
      const found = { ...position, line: n, column: i + before.length + 1 };
      if (!best || distance(found) < distance(best)) best = found;
    }
  }
  return best ?? position;
}

/** One warning per straight mark in the body, the notes and the abstracts. */
export function straightQuotes(article: Article): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lines: string[] | undefined;
  try {
    lines = readFileSync(article.file, 'utf8').split('\n');
  } catch {
    lines = undefined; // a built article (tests) may have no file: the computed places stand
  }
  const sources = [article.body, ...article.footnotes.map((n) => n.children), ...Object.values(article.meta.abstract)];
  for (const blocks of sources) {
    for (const text of blockTexts(blocks)) {
      if (!text.position) continue;
      for (const match of text.value.matchAll(/['"]/g)) {
        const index = match.index ?? 0;
        const context = text.value.slice(Math.max(0, index - 12), index + 12).replace(/\s+/g, ' ');
        const mark = match[0] === "'" ? 'apostrophe' : 'quotation mark';
        const typeset = match[0] === "'" ? '’ (or ‘ ’ as quotes)' : article.meta.lang === 'ru' ? '« » or „ “' : '“ ” or ‘ ’';
        const before = text.value.slice(Math.max(0, index - 6), index);
        const position = exact(at(text.position, text.value, index), lines, before.includes('\n') ? '' : before, match[0]);
        out.push(diagnostic('text-straight-quote', `Unexpected straight ${mark} ${match[0]} in "${context}", expected ${typeset}; the galleys print the typographic one`, position));
      }
    }
  }
  return out;
}
