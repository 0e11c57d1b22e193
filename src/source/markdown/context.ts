// State shared by the Markdown handlers while one article is converted.
import type { Position as MdPosition } from 'unist';
import type { Position, Text } from '../../model/types.js';
import { cleanText } from '../hygiene.js';
import type { RuleId } from '../../checks/catalogue/index.js';
import type { LineIndex } from '../text-positions.js';
import type { FootnoteRegistry } from './footnotes.js';

export interface ConvertContext {
  /** Article folder: figure paths resolve against it. */
  dir: string;
  /** Name of the source file as shown in messages. */
  file: string;
  /** The Markdown text being converted (positions index into it). */
  source: string;
  lines: LineIndex;
  report(rule: RuleId, message: string, position?: Position): void;
  footnotes: FootnoteRegistry;
  /** Document-wide counters, so ids stay stable whatever is converted first. */
  counters: { citation: number; figure: number; table: number; formula: number; equation: number; appendix: number; box: number; figureGroup: number };
  sectionIds: Set<string>;
  /** Table labels seen so far (`tbl:name`) and where, so a second use is reported. */
  tableLabels: Map<string, Position | undefined>;
  /** Locator labels as written → CSL locator terms (the built-in table plus the locales' terms). */
  locatorLabels?: Record<string, string>;
}

export function positionOf(ctx: ConvertContext, node: { position?: MdPosition }): Position | undefined {
  const start = node.position?.start;
  return start ? ctx.lines.point(start.line, start.column) : undefined;
}

/** The node's own source text, as a text node: for syntax that only looks like markup. */
export function sourceText(node: { position?: MdPosition }, ctx: ConvertContext): Text {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return { type: 'text', value: cleanText(ctx.source.slice(start, end)), position: positionOf(ctx, node) };
}

/** Readable names for constructs Galley refuses, used in diagnostics. */
export const unsupportedNames: Record<string, string> = {
  html: 'raw HTML',
  code: 'code block',
  table: 'table',
  thematicBreak: 'thematic break (`---`, `***`)',
  definition: 'link reference definition',
  break: 'hard line break (two trailing spaces or `\\`)',
  image: 'image inside a paragraph of text',
  imageReference: 'image reference',
  linkReference: 'link reference',
  delete: 'strikethrough',
  heading: 'heading',
};

export function reportUnsupported(ctx: ConvertContext, node: { type: string; position?: MdPosition }, expected: string): void {
  const name = unsupportedNames[node.type] ?? `\`${node.type}\` node`;
  ctx.report('body-unsupported-node', `Unexpected ${name}, expected ${expected}`, positionOf(ctx, node));
}
