// mdast phrasing content → Galley inline nodes: one handler per node type, in a
// table the compiler checks for completeness. Unknown constructs are reported.
import type { PhrasingContent, PhrasingContentMap, Text as MdText } from 'mdast';
import type { Citation, CrossRef, CrossRefKind, Inline, Text } from '../../model/types.js';
import { findCitations } from '../citations.js';
import { cleanText } from '../hygiene.js';
import { alignParsedToRaw } from '../text-positions.js';
import type { ConvertContext } from './context.js';
import { positionOf, reportUnsupported, sourceText } from './context.js';
import { footnoteId } from './footnotes.js';
import { spanClasses, splitMarks } from './marks.js';
import { convertInlineMath } from './math.js';
import { takeInlineMathml } from './mathml.js';

type InlineHandler<N> = (node: N, ctx: ConvertContext) => Inline[];

const inlineExpected = 'text, *italic*, **bold**, ^sup^, ~sub~, links, $formulas$, footnote calls, citations or cross-references';
const unsupported: InlineHandler<PhrasingContent> = (node, ctx) => {
  reportUnsupported(ctx, node, inlineExpected);
  return [];
};

/** HTML an author may paste for formatting: refused (with the Markdown to use) rather than printed as text. */
const htmlFormattingTags = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'div', 'p', 'font']);

export const inlineHandlers = {
  text: (node, ctx) => convertText(node, ctx),
  emphasis: (node, ctx) => [{ type: 'emphasis', children: convertInlines(node.children, ctx), position: positionOf(ctx, node) }],
  strong: (node, ctx) => [{ type: 'strong', children: convertInlines(node.children, ctx), position: positionOf(ctx, node) }],
  link: (node, ctx) => [{ type: 'link', url: cleanText(node.url), children: convertInlines(node.children, ctx), position: positionOf(ctx, node) }],
  inlineCode: (node, ctx) => [{ type: 'inlineCode', value: cleanText(node.value), position: positionOf(ctx, node) }],
  footnoteReference: (node, ctx) => {
    const number = ctx.footnotes.call(node.identifier);
    return [{ type: 'footnoteRef', id: footnoteId(number), number, position: positionOf(ctx, node) }];
  },
  break: unsupported,
  delete: unsupported,
  html: (node, ctx) => {
    const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(node.value)?.[1]?.toLowerCase();
    if (!tag || htmlFormattingTags.has(tag)) return unsupported(node, ctx);
    // Something that merely looks like a tag (`<Soviets>`) is text the author typed.
    return [{ type: 'text', value: cleanText(node.value), position: positionOf(ctx, node) }];
  },
  inlineMath: (node, ctx) => convertInlineMath(node, ctx),
  // `:name` inside text ("Time:Place") is what the author typed: directives are block containers only.
  textDirective: (node, ctx) => [sourceText(node, ctx)],
  image: unsupported,
  imageReference: unsupported,
  linkReference: unsupported,
} satisfies { [K in keyof PhrasingContentMap]: InlineHandler<PhrasingContentMap[K]> };

export function convertInlines(nodes: PhrasingContent[], ctx: ConvertContext): Inline[] {
  const out: Inline[] = [];
  const rest = [...mergeDirectiveText(nodes, ctx)];
  for (let i = 0; i < rest.length; i++) {
    const span = spanAcrossNodes(rest, i, ctx);
    if (span) {
      out.push(...convertInlines(span.before, ctx), { type: 'mark', mark: span.kind, children: convertInlines(span.inside, ctx), position: span.position });
      // What follows `]{.class}` in its text node is read like any other text.
      rest.splice(i, span.last - i + 1, ...span.after);
      i--;
      continue;
    }
    // Raw MathML spans several html nodes (one per tag): taken whole.
    const math = takeInlineMathml(rest, i, ctx);
    if (math) {
      out.push(...math.inlines);
      i = math.last;
      continue;
    }
    const node = rest[i];
    const handler = (inlineHandlers as Record<string, InlineHandler<PhrasingContent> | undefined>)[node.type] ?? unsupported;
    out.push(...handler(node, ctx));
  }
  return out;
}

/**
 * `[*Salt* works]{.smallcaps}`: a span whose text holds other markup opens in
 * a text node with an unclosed `[` and ends in one starting `]{.class}`
 * (a span of plain text is found inside its text node by splitMarks).
 */
function spanAcrossNodes(nodes: PhrasingContent[], i: number, ctx: ConvertContext) {
  const open = nodes[i];
  if (open.type !== 'text') return undefined;
  const bracket = open.value.lastIndexOf('[');
  if (bracket < 0 || open.value.includes(']', bracket)) return undefined;
  for (let j = i + 1; j < nodes.length; j++) {
    const close = nodes[j];
    if (close.type !== 'text') continue;
    const end = close.value.indexOf(']');
    if (end < 0) continue;
    const m = /^\]\{\.([A-Za-z][\w-]*)\}/.exec(close.value.slice(end));
    if (!m || !spanClasses[m[1]] || close.value.lastIndexOf('[', end) >= 0) return undefined;
    const opening = open.value.length > bracket + 1 ? [shiftText(open, bracket + 1, open.value.length)] : [];
    const closing = end > 0 ? [shiftText(close, 0, end)] : [];
    const rest = end + m[0].length;
    return {
      kind: spanClasses[m[1]],
      before: bracket > 0 ? [shiftText(open, 0, bracket)] : [],
      inside: [...opening, ...nodes.slice(i + 1, j), ...closing],
      after: close.value.length > rest ? [shiftText(close, rest, close.value.length)] : [],
      position: open.position && ctx.lines.at((open.position.start.offset ?? 0) + bracket),
      last: j,
    };
  }
  return undefined;
}

/** Part of a one-line text node, with its position narrowed to match. */
function shiftText(node: MdText, from: number, to: number): MdText {
  const p = node.position;
  // Only the first line's start and the last line's end move (a text node may span lines).
  const cut = node.value.length - to;
  const position = p && {
    start: { line: p.start.line, column: p.start.column + from, offset: (p.start.offset ?? 0) + from },
    end: { line: p.end.line, column: p.end.column - cut, offset: (p.end.offset ?? 0) - cut },
  };
  return { type: 'text', value: node.value.slice(from, to), position };
}

/**
 * `:name` inside text is the author's text (`@fig:map`, `{#fig:map}`, "Time:Place"),
 * so it is joined with the text around it before citations and labels are read.
 */
export function mergeDirectiveText(nodes: PhrasingContent[], ctx: ConvertContext): PhrasingContent[] {
  if (!nodes.some((n) => n.type === 'textDirective')) return nodes;
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const asText: MdText | undefined = node.type === 'text' ? node : node.type === 'textDirective' ? { type: 'text', value: rawText(node, ctx), position: node.position } : undefined;
    const last = out[out.length - 1];
    if (asText && last?.type === 'text' && last.position && asText.position) {
      out[out.length - 1] = { type: 'text', value: last.value + asText.value, position: { start: last.position.start, end: asText.position.end } };
    } else out.push(asText ?? node);
  }
  return out;
}

function rawText(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, ctx: ConvertContext): string {
  const start = node.position?.start.offset ?? 0;
  return ctx.source.slice(start, node.position?.end.offset ?? start);
}

/** Splits a text node into text and citations, and catches footnote calls micromark left as text. */
function convertText(node: MdText, ctx: ConvertContext): Inline[] {
  const value = node.value;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const toOffset = start !== undefined && end !== undefined ? alignParsedToRaw(value, ctx.source.slice(start, end), start) : undefined;
  const at = (i: number) => (toOffset ? ctx.lines.at(toOffset(i)) : positionOf(ctx, node));
  const { citations, crossRefs, errors } = findCitations(value, ctx.locatorLabels);
  for (const e of errors) ctx.report('citation-syntax', e.message, at(e.start));
  const out: Inline[] = [];
  let cursor = 0;
  const plain = (from: number, to: number): Inline[] => {
    checkFootnoteLikeText(value.slice(from, to), from, at, ctx);
    return [{ type: 'text', value: cleanText(value.slice(from, to)), position: at(from) } satisfies Text];
  };
  const escaped = (i: number) => {
    if (!toOffset) return false;
    const raw = toOffset(i);
    return ctx.source[raw] === value[i] && ctx.source[raw - 1] === '\\';
  };
  const pushText = (from: number, to: number) => {
    if (to <= from) return;
    out.push(...splitMarks({ value, at, escaped }, from, to, ctx, plain));
  };
  const spans = [...citations.map((c) => ({ start: c.start, c })), ...crossRefs.map((r) => ({ start: r.start, r }))].sort((a, b) => a.start - b.start);
  for (const span of spans) {
    if ('r' in span) {
      const { r } = span;
      pushText(cursor, r.start);
      // Resolved (target, number, words) once the whole body is converted: xref-resolve.ts.
      out.push({ type: 'crossRef', label: r.label, kind: r.label.slice(0, r.label.indexOf(':')) as CrossRefKind, text: `@${r.label}`, position: at(r.at) } satisfies CrossRef);
      cursor = r.end;
      continue;
    }
    const { c } = span;
    pushText(cursor, c.start);
    const citation: Citation = {
      type: 'citation',
      id: `cit-${++ctx.counters.citation}`,
      items: c.items.map(({ start: itemStart, ...item }) => ({ ...cleanItem(item), position: at(itemStart) })),
      rendered: [],
      position: at(c.start),
    };
    if (c.narrative) citation.narrative = true;
    out.push(citation);
    cursor = c.end;
  }
  pushText(cursor, value.length);
  return out;
}

function cleanItem<T extends Record<string, unknown>>(item: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) out[k] = typeof v === 'string' ? cleanText(v) : v;
  return out as T;
}

/** `[^x]` left as text means no `[^x]:` definition exists; `[^x` without `]` is malformed. */
function checkFootnoteLikeText(text: string, base: number, at: (i: number) => ReturnType<typeof positionOf>, ctx: ConvertContext): void {
  for (const m of text.matchAll(/\[\^([^\]\s[]*)(\]?)/g)) {
    const label = m[1];
    if (m[2]) ctx.report('footnote-undefined', `Unexpected footnote call \`[^${label}]\` without a definition, expected a \`[^${label}]: …\` line`, at(base + m.index));
    else ctx.report('footnote-unclosed', `Unexpected \`[^${label}\` without a closing \`]\`, expected \`[^${label}]\``, at(base + m.index));
  }
}
