// DocxBlocks → the Galley Markdown body: sections, paragraphs, lists, block
// quotes, tables with captions, figures, display formulas, then the notes as
// Markdown footnotes. Paragraphs the front matter took (`consumed`) and text
// Word generates (a Zotero bibliography, a table of contents) are left out
// and reported.
import { posix } from 'node:path';
import type { BodyContext } from './body-context.js';
import { decide, notKept } from './body-context.js';
import { displayFormula, equationTable, headingOf, isQuote } from './body-blocks.js';
import { captionRuns, findCaptions, isImageParagraph, type CaptionKind } from './body-captions.js';
import { escapeLineStart, escapeText, inlineMarkdown } from './body-inline.js';
import { tableMarkdown } from './body-table.js';
import type { DocxBlock, DocxParagraph, DocxRun } from './model.js';
import { paragraphText } from './model.js';
import { diagnostic } from '../../checks/diagnostic.js';

/** Formats the galleys show; anything else is copied but reported. */
const webImage = /\.(png|jpe?g|gif|svg)$/i;

export function convertBody(blocks: DocxBlock[], ctx: BodyContext, consumed: ReadonlySet<number>): string {
  const out: string[] = [];
  const captions = findCaptions(blocks, ctx.captionLabels);
  const captionFor = new Map([...captions].map(([p, c]) => [c.block, { paragraph: p, kind: c.kind }]));
  const paragraphAt = new Map(blocks.flatMap((b) => (b.kind === 'paragraph' ? [[b.index, b] as const] : [])));
  const caption = (i: number): { runs: DocxRun[]; kind: CaptionKind } | undefined => {
    const c = captionFor.get(i);
    const p = c && paragraphAt.get(c.paragraph);
    return p && c ? { runs: captionRuns(p, c.kind, ctx.captionLabels), kind: c.kind } : undefined;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table') {
      ctx.at = `table ${b.index}`;
      const eq = equationTable(b);
      if (eq) {
        out.push(formulaMarkdown(eq, ctx));
        decide(ctx, `table ${b.index} became a display formula`, 'a one-row table holding only an equation and its number');
        continue;
      }
      const c = caption(i);
      const md = tableMarkdown(b, ctx);
      const text = c ? inlineMarkdown(c.runs, ctx).trim() : '';
      if (c && !text) decide(ctx, `table ${b.index}'s caption paragraph holds only its label`, 'Galley prints the label itself; the table has no caption text');
      out.push(...(text ? [`Table: ${text}`, md] : [md]));
      continue;
    }
    ctx.at = `paragraph ${b.index}`;
    if (consumed.has(b.index) || captions.has(b.index)) continue;
    if (b.generated) {
      notKept(ctx, `${b.generated} field result`, paragraphText(b), `text Word generated (a ${b.generated}); Galley generates its own from the sources`);
      continue;
    }
    if (!hasContent(b)) continue;
    if (b.list) {
      const items: DocxParagraph[] = [];
      while (i < blocks.length && blocks[i].kind === 'paragraph' && (blocks[i] as DocxParagraph).list && !consumed.has((blocks[i] as DocxParagraph).index)) items.push(blocks[i++] as DocxParagraph);
      i--;
      out.push(listMarkdown(items, ctx));
      continue;
    }
    const quote = isQuote(b);
    if (quote) {
      const paras: DocxParagraph[] = [];
      while (i < blocks.length && blocks[i].kind === 'paragraph' && isQuote(blocks[i] as DocxParagraph) && !consumed.has((blocks[i] as DocxParagraph).index)) paras.push(blocks[i++] as DocxParagraph);
      i--;
      if (!quote.why.startsWith('style')) decide(ctx, `paragraph${paras.length > 1 ? `s ${paras[0].index}–${paras[paras.length - 1].index}` : ` ${b.index}`} became a block quote`, quote.why);
      out.push(paras.map((p) => `> ${escapeLineStart(inlineMarkdown(p.runs, { ...ctx, at: `paragraph ${p.index}` }).trim())}`).join('\n>\n'));
      continue;
    }
    const heading = headingOf(b, blocks[i + 1]);
    if (heading) {
      const depth = Math.min(6, heading.level + 2);
      if (heading.level + 2 > 6) decide(ctx, `a level-${heading.level + 1} heading became a level-5 one (###### )`, 'Galley sections go six levels deep with # for the title');
      if (heading.from === 'layout') decide(ctx, `paragraph ${b.index} became a level-1 section heading`, heading.why);
      out.push(`${'#'.repeat(depth)} ${inlineMarkdown(b.runs.map((r) => ({ ...r, bold: false })), ctx).trim()}`);
      continue;
    }
    const formula = displayFormula(b);
    if (formula) {
      out.push(formulaMarkdown(formula, ctx));
      continue;
    }
    if (b.runs.some((r) => r.mathml && / display="block"/.test(r.mathml))) decide(ctx, 'a display equation inside a text paragraph became an inline formula', 'the paragraph holds more than the equation and its number');
    if (!isImageParagraph(b)) {
      const text = inlineMarkdown(b.runs, ctx).trim();
      if (text) out.push(escapeLineStart(text));
      if (b.runs.some((r) => r.image)) decide(ctx, 'a picture inside a text paragraph became a figure after it', 'a Galley figure is a paragraph of its own');
    }
    for (const r of b.runs) if (r.image) out.push(figure(r, isImageParagraph(b) ? caption(i) : undefined, ctx));
  }
  out.push(...footnotes(ctx));
  return out.join('\n\n');
}

/** A display formula, labelled `eq:N` when Word numbered it "(N)" by hand. */
function formulaMarkdown(f: { mathml: string; number?: string }, ctx: BodyContext): string {
  if (!f.number) return f.mathml;
  const label = `eq:${f.number.replace(/\./g, '-')}`;
  decide(ctx, `the display formula numbered (${f.number}) got the label ${label}`, 'Word numbers it by hand; Galley numbers labelled formulas itself');
  return `${f.mathml}\n{#${label}}`;
}

function hasContent(p: DocxParagraph): boolean {
  return p.runs.some((r) => r.text.trim() || r.mathml || r.image || r.noteRef || r.citation);
}

function listMarkdown(items: DocxParagraph[], ctx: BodyContext): string {
  const base = Math.min(...items.map((p) => p.list!.level));
  let previous = -1;
  return items
    .map((p) => {
      // Four spaces per level nest under both `- ` and `1. `; a level never jumps by more than one.
      const level = Math.min(p.list!.level - base, previous + 1);
      previous = level;
      const text = inlineMarkdown(p.runs, { ...ctx, at: `paragraph ${p.index}` }).trim();
      return `${'    '.repeat(level)}${p.list!.ordered ? '1.' : '-'} ${escapeLineStart(text)}`;
    })
    .join('\n');
}

function figure(run: DocxRun, caption: { runs: DocxRun[] } | undefined, ctx: BodyContext): string {
  const image = run.image!;
  let path = ctx.figurePaths.get(image.part);
  if (!path) {
    const bytes = ctx.doc.media.get(image.part);
    path = `figures/${posix.basename(image.part)}`;
    ctx.figurePaths.set(image.part, path);
    if (bytes) ctx.files.push({ path, bytes });
    else notKept(ctx, 'picture', image.part, `Unexpected picture ${image.part} missing from the package, expected the image the document refers to`);
  }
  if (image.ole) ctx.report.diagnostics.push(diagnostic('import-docx-embedded-object', `Unexpected embedded object (${image.ole}) at ${ctx.at}, expected text or an equation; it is kept as its preview image ${path}`, { file: ctx.report.source, line: 1, column: 1 }));
  if (!webImage.test(path)) ctx.report.diagnostics.push(diagnostic('import-docx-image-format', `Unexpected image format of ${path} at ${ctx.at}, expected PNG, JPEG, GIF or SVG; convert it and change the path in article.md`, { file: ctx.report.source, line: 1, column: 1 }));
  let alt = caption ? caption.runs.map((r) => r.text).join('').trim() : '';
  if (!alt && image.alt && !/^[A-Za-z]:\\|^\//.test(image.alt)) {
    alt = image.alt;
    decide(ctx, `the picture's description became the caption of ${path}`, 'no caption paragraph next to the picture');
  } else if (!alt) decide(ctx, `${path} has no caption`, 'no caption paragraph next to the picture and no description');
  return `![${escapeText(alt)}](${path})`;
}

/** The notes called in the text, in order of first call, as `[^n]:` definitions; uncalled notes are reported. */
function footnotes(ctx: BodyContext): string[] {
  const out: string[] = [];
  const done = new Set<string>();
  let endnotes = 0;
  for (let again = true; again; ) {
    again = false;
    for (const [key, n] of [...ctx.noteNumbers]) {
      if (done.has(key)) continue;
      done.add(key);
      again = true;
      const note = ctx.notes.get(key)!;
      if (note.kind === 'endnote') endnotes++;
      const at = `${note.kind} ${note.id}`;
      const paras = note.paragraphs.filter(hasContent).map((p) => escapeLineStart(inlineMarkdown(p.runs, { ...ctx, at }).trim()));
      for (const p of note.paragraphs) if (p.runs.some((r) => r.image)) notKept(ctx, 'picture', p.runs.find((r) => r.image)!.image!.part, 'a picture in a note is not carried over (Galley notes hold text)', at);
      out.push(`[^${n}]: ${paras.join('\n\n    ') || ' '}`);
    }
  }
  if (endnotes) decide(ctx, `${endnotes} endnote${endnotes > 1 ? 's' : ''} became footnotes`, 'Galley has one kind of note', 'endnotes');
  for (const [key, note] of ctx.notes) if (!done.has(key)) notKept(ctx, note.kind, note.paragraphs.map(paragraphText).join(' '), `the ${note.kind} is never called in the text`, `${note.kind} ${note.id}`);
  return out;
}
