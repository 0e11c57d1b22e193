// Pandoc's inline marks inside one run of text: `^sup^`, `~sub~`,
// `[text]{.smallcaps}`, `[text]{.underline}`. micromark has no extension for
// them, so they are read from text nodes after parsing (escapes are seen in
// the raw source). A `^`/`~` pair encloses no whitespace (Pandoc's rule), so
// "~30 km" and "a ~ b" stay text; a `~` inside a URL is never a mark. An
// unclosed `^` is reported, an unknown span class is an error: nothing is
// dropped silently.
import type { Inline, MarkKind, Position } from '../../model/types.js';
import { cleanText } from '../hygiene.js';
import type { ConvertContext } from './context.js';

/** Span classes and the mark each stands for (data; the syntax is Pandoc's). */
export const spanClasses: Record<string, MarkKind> = { smallcaps: 'smallcaps', underline: 'underline' };

const pairMarks: Record<string, MarkKind> = { '^': 'superscript', '~': 'subscript' };

export interface MarkText {
  value: string;
  /** Position of a character of `value`. */
  at(i: number): Position | undefined;
  /** True when the character at `i` was written escaped (`\^`). */
  escaped(i: number): boolean;
}

const span = /^\[([^[\]]*)\]\{\.([A-Za-z][\w-]*)\}/;
const urlStart = /(?:https?:\/\/|www\.)\S*$/;

/**
 * Text with marks as inline nodes. `emit` receives the plain stretches (the
 * caller turns them into text or scans them further); marks hold plain text.
 */
export function splitMarks(text: MarkText, from: number, to: number, ctx: ConvertContext, emit: (from: number, to: number) => Inline[]): Inline[] {
  const { value } = text;
  const out: Inline[] = [];
  let cursor = from;
  const flush = (end: number) => {
    if (end > cursor) out.push(...emit(cursor, end));
  };
  for (let i = from; i < to; i++) {
    const c = value[i];
    if (c === '[' && !text.escaped(i)) {
      const m = span.exec(value.slice(i, to));
      if (!m) continue;
      const kind = spanClasses[m[2]];
      if (!kind) {
        ctx.report('inline-span-class', `Unexpected span class \`.${m[2]}\`, expected one of ${Object.keys(spanClasses).map((k) => `\`{.${k}}\``).join(', ')}`, text.at(i + m[1].length + 2));
        continue;
      }
      flush(i);
      const inner = i + 1;
      out.push({ type: 'mark', mark: kind, children: splitMarks(text, inner, inner + m[1].length, ctx, emit), position: text.at(i) });
      i += m[0].length - 1;
      cursor = i + 1;
      continue;
    }
    const kind = pairMarks[c];
    if (!kind || text.escaped(i)) continue;
    // `~~x~~` (strikethrough elsewhere) and `^^` are no marks: skip the whole run.
    if (value[i + 1] === c) {
      while (value[i + 1] === c) i++;
      continue;
    }
    if (c === '~' && urlStart.test(value.slice(0, i))) continue;
    // `[^x` is a footnote call (the footnote checks report a broken one).
    if (c === '^' && value[i - 1] === '[') continue;
    const close = closingMark(text, c, i + 1, to);
    if (close === undefined) {
      if (c === '^' && i + 1 < to && /\S/.test(value[i + 1]))
        ctx.report('inline-mark-unclosed', 'Unexpected `^` without a closing `^`, expected `^text^` for a superscript (no spaces inside) or `\\^` for a caret', text.at(i));
      continue;
    }
    flush(i);
    out.push({ type: 'mark', mark: kind, children: [{ type: 'text', value: cleanText(value.slice(i + 1, close)), position: text.at(i + 1) }], position: text.at(i) });
    i = close;
    cursor = close + 1;
  }
  flush(to);
  return out;
}

/** The matching unescaped marker with no whitespace before it, or undefined. */
function closingMark(text: MarkText, marker: string, from: number, to: number): number | undefined {
  for (let j = from; j < to; j++) {
    const c = text.value[j];
    if (/\s/.test(c)) return undefined;
    if (c === marker && !text.escaped(j)) return j > from && text.value[j + 1] !== marker ? j : undefined;
  }
  return undefined;
}
