// What the reader carries while it walks one part (document, footnotes,
// endnotes, comments): styles and numbering, the part's relationships, how
// pending changes are resolved, and where everything it sets aside goes.
import type { DocxChange, DocxComment, DocxOmission, DocxParagraph, DocxRun } from './model.js';
import type { Numbering } from './read-numbering.js';
import type { Relationship } from './read-package.js';
import type { Styles } from './read-styles.js';

/** How pending tracked changes are applied while reading: accepted, rejected (as told), or accepted while they are only reported. */
export type ChangeMode = 'accept' | 'reject';

export interface OpenField {
  instruction: string;
  phase: 'instruction' | 'result';
  /** Runs of the result, when the field's result is captured (a citation) rather than passed through. */
  captured?: DocxRun[];
  kind: FieldKind;
  at: string;
}

export type FieldKind = 'citation' | 'word-citation' | 'bibliography' | 'table of contents' | 'index' | 'other';

export interface ReadContext {
  styles: Styles;
  numbering: Numbering;
  /** Relationships of the part being read. */
  rels: Map<string, Relationship>;
  /** Parts the document refers to (images), collected for DocxDocument.media. */
  usedMedia: Set<string>;
  mode: ChangeMode;
  changes: DocxChange[];
  omissions: DocxOmission[];
  comments: Map<string, DocxComment>;
  /** Comments whose range is open, collecting the anchored text. */
  openComments: Set<string>;
  fields: OpenField[];
  /** Counts paragraphs of the part for `at` ("paragraph 12"). */
  paragraphCount: number;
  tableCount: number;
  /** `paragraph` in the body, `footnote 3, paragraph` in notes. */
  atPrefix: string;
  /** The paragraph being read (set by the block reader). */
  current?: DocxParagraph;
  at: string;
}

export function omit(ctx: ReadContext, element: string, text: string, reason: string, line?: number): void {
  ctx.omissions.push({ at: ctx.at, element, text, reason, line });
}

/** Put a run where it belongs: into a citation field's captured result, or the paragraph. */
export function emit(ctx: ReadContext, out: DocxRun[], run: DocxRun): void {
  if (ctx.fields.some((f) => f.phase === 'result' && (f.kind === 'bibliography' || f.kind === 'table of contents' || f.kind === 'index')) && ctx.current) {
    const generated = ctx.fields.find((f) => f.phase === 'result' && (f.kind === 'bibliography' || f.kind === 'table of contents' || f.kind === 'index'))!.kind;
    ctx.current.generated = generated as 'bibliography' | 'table of contents' | 'index';
  }
  for (const id of ctx.openComments) {
    const c = ctx.comments.get(id);
    if (c) c.anchoredText = (c.anchoredText ?? '') + run.text;
  }
  const top = ctx.fields[ctx.fields.length - 1];
  if (top?.phase === 'result' && top.captured) top.captured.push(run);
  else out.push(run);
}

