// Heading, block quote and display-formula recognition for one paragraph.
// Headings come from the style (Heading N, an outline level) or, for authors
// who format by hand, from a short bold paragraph standing alone; quotes from
// a quote style or a left indent without a first-line indent. Each guess from
// layout is written to the report as a decision.
import type { DocxBlock, DocxParagraph, DocxTable } from './model.js';
import { paragraphText } from './model.js';

const headingStyle = /^(heading|заголовок)\s*(\d)$/i;
const quoteStyle = /quote|цитата|block text/i;
/** 1 cm in twentieths of a point: less is a paragraph's usual indentation, not a quotation. */
const quoteIndent = 567;

export type HeadingGuess = { level: number; from: 'style' | 'layout'; why: string };

export function headingOf(p: DocxParagraph, next: DocxBlock | undefined): HeadingGuess | undefined {
  if (p.list) return undefined;
  const m = headingStyle.exec(p.styleName ?? '');
  if (m) return { level: Number(m[2]) - 1, from: 'style', why: `style “${p.styleName}”` };
  if (p.outlineLevel !== undefined) return { level: p.outlineLevel, from: 'style', why: `outline level ${p.outlineLevel + 1}${p.styleName ? ` (style “${p.styleName}”)` : ''}` };
  const text = paragraphText(p).trim();
  if (!text || text.length > 120 || text.split(/\s+/).length > 15 || /[.,;:!?…]$/.test(text)) return undefined;
  const textRuns = p.runs.filter((r) => r.text.trim());
  if (!textRuns.length || !textRuns.every((r) => r.bold) || p.runs.some((r) => r.noteRef || r.mathml || r.image || r.citation)) return undefined;
  if (next?.kind !== 'paragraph' || !paragraphText(next).trim() || next.runs.filter((r) => r.text.trim()).every((r) => r.bold)) return undefined;
  return { level: 0, from: 'layout', why: 'a short bold paragraph alone, followed by body text' };
}

export function isQuote(p: DocxParagraph): { why: string } | undefined {
  if (p.list) return undefined;
  if (p.styleName && quoteStyle.test(p.styleName)) return { why: `style “${p.styleName}”` };
  const ind = p.indent;
  if (ind?.left && ind.left >= quoteIndent && !ind.firstLine && !ind.hanging && p.alignment !== 'center' && paragraphText(p).trim()) return { why: `left indent ${(ind.left / 567).toFixed(1)} cm without a first-line indent` };
  return undefined;
}

/** A paragraph holding one display equation and at most its number "(3)". */
export function displayFormula(p: DocxParagraph): { mathml: string; number?: string } | undefined {
  const maths = p.runs.filter((r) => r.mathml);
  if (maths.length !== 1 || !/ display="block"/.test(maths[0].mathml!)) return undefined;
  const rest = p.runs.filter((r) => !r.mathml).map((r) => r.text).join('').trim();
  if (p.runs.some((r) => r.noteRef || r.image || r.citation)) return undefined;
  const number = /^\((\d+(?:\.\d+)*)\)$/.exec(rest)?.[1];
  if (rest && !number) return undefined;
  return { mathml: maths[0].mathml!, ...(number ? { number } : {}) };
}

/**
 * A one-row table laying out an equation and its number (Word authors' habit:
 * the formula in one cell, "(1)" in another, empty cells around): a display formula.
 */
export function equationTable(t: DocxTable): { mathml: string; number?: string } | undefined {
  if (t.rows.length !== 1) return undefined;
  const cells = t.rows[0].map((c) => c.paragraphs.filter((p) => p.runs.some((r) => r.text.trim() || r.mathml || r.image || r.noteRef)));
  const filled = cells.filter((c) => c.length);
  if (filled.length < 1 || filled.length > 2 || filled.some((c) => c.length !== 1)) return undefined;
  const mathCells = filled.filter((c) => c[0].runs.some((r) => r.mathml));
  if (mathCells.length !== 1) return undefined;
  const p = mathCells[0][0];
  const maths = p.runs.filter((r) => r.mathml);
  const rest = p.runs.filter((r) => !r.mathml).map((r) => r.text).join('').trim();
  if (maths.length !== 1 || !/^[.,;]?$/.test(rest) || p.runs.some((r) => r.noteRef || r.image || r.citation)) return undefined;
  const other = filled.find((c) => c !== mathCells[0]);
  const numberText = other ? other[0].runs.map((r) => r.text).join('').trim() : '';
  const number = /^\((\d+(?:\.\d+)*)\)$/.exec(numberText)?.[1];
  if (other && (!number || other[0].runs.some((r) => r.mathml || r.noteRef || r.image))) return undefined;
  const mathml = / display="block"/.test(maths[0].mathml!) ? maths[0].mathml! : maths[0].mathml!.replace(/^<math xmlns="([^"]+)"/, '<math xmlns="$1" display="block"');
  return { mathml, ...(number ? { number } : {}) };
}
