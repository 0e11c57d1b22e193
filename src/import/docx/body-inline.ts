// Runs → Galley inline Markdown: escapes, *italic*, **bold**, ^sup^, ~sub~,
// [x]{.smallcaps}, [x]{.underline}, links, footnote calls, citations and raw
// <math>. Adjacent runs with the same formatting are joined first, so Word's
// run splits (spell-check, revisions) leave no stray markers.
import type { BodyContext } from './body-context.js';
import { decide, notKept } from './body-context.js';
import type { DocxRun } from './model.js';

type Format = Pick<DocxRun, 'italic' | 'bold' | 'superscript' | 'subscript' | 'smallCaps' | 'underline' | 'href'>;

export interface InlineOptions {
  /** Inside a pipe table cell: `|` is escaped, line breaks become spaces. */
  pipeCell?: boolean;
}

/** Inline Markdown of `runs` (images and display formulas are handled by the block converter). */
export function inlineMarkdown(runs: DocxRun[], ctx: BodyContext, opts: InlineOptions = {}): string {
  let out = '';
  let pending: { fmt: Format; text: string } | undefined;
  const flush = () => {
    if (pending) out += formatted(pending.text, pending.fmt, opts);
    pending = undefined;
  };
  for (const run of runs) {
    if (run.noteRef) {
      flush();
      out += noteCall(run.noteRef.kind, run.noteRef.id, ctx);
    } else if (run.citation) {
      flush();
      out += ctx.citations.markdown(run.citation, (what) => decide(ctx, `citation “${run.text}”: ${what}`, 'Zotero/Mendeley locator label'));
    } else if (run.mathml) {
      flush();
      out += run.mathml.replace(/ display="block"/, '');
    } else if (run.lineBreak) {
      flush();
      out += ' ';
      decide(ctx, 'a line break inside the paragraph became a space', 'Galley paragraphs have no forced line breaks');
    } else if (run.image) {
      flush();
    } else if (run.text) {
      const fmt = formatOf(run);
      if (pending && sameFormat(pending.fmt, fmt)) pending.text += run.text;
      else {
        flush();
        pending = { fmt, text: run.text };
      }
    }
  }
  flush();
  const md = out.replace(/[ \t]+/g, ' ');
  return ctx.inText ? ctx.inText(md, ctx.at) : md;
}

function noteCall(kind: 'footnote' | 'endnote', id: string, ctx: BodyContext): string {
  const key = `${kind}:${id}`;
  if (!ctx.notes.has(key)) {
    notKept(ctx, `${kind} reference`, id, `Unexpected call of ${kind} ${id}, expected a ${kind} of that id in the package`);
    return '';
  }
  let n = ctx.noteNumbers.get(key);
  if (n === undefined) {
    n = ctx.noteNumbers.size + 1;
    ctx.noteNumbers.set(key, n);
  }
  return `[^${n}]`;
}

function formatOf(r: DocxRun): Format {
  const f: Format = {};
  for (const k of ['italic', 'bold', 'superscript', 'subscript', 'smallCaps', 'underline'] as const) if (r[k]) f[k] = true;
  if (r.href) f.href = r.href;
  return f;
}

function sameFormat(a: Format, b: Format): boolean {
  return a.italic === b.italic && a.bold === b.bold && a.superscript === b.superscript && a.subscript === b.subscript && a.smallCaps === b.smallCaps && a.underline === b.underline && a.href === b.href;
}

function formatted(raw: string, fmt: Format, opts: InlineOptions): string {
  const text = raw.replace(/\t/g, ' ');
  const lead = /^\s*/.exec(text)![0];
  const trail = text.slice(lead.length).match(/\s*$/)![0];
  const core = text.slice(lead.length, text.length - trail.length);
  if (!core) return text.replace(/\s+/g, ' ');
  let s = escapeText(core, opts);
  if (fmt.superscript || fmt.subscript) {
    const m = fmt.superscript ? '^' : '~';
    // A mark encloses no whitespace (Pandoc's rule): each word is marked.
    s = s.split(/(\s+)/).map((w) => (/^\s+$/.test(w) || !w ? w : `${m}${w}${m}`)).join('');
  }
  if (fmt.italic && fmt.bold) s = `***${s}***`;
  else if (fmt.bold) s = `**${s}**`;
  else if (fmt.italic) s = `*${s}*`;
  if (fmt.smallCaps) s = `[${s}]{.smallcaps}`;
  if (fmt.underline) s = `[${s}]{.underline}`;
  if (fmt.href) s = core === fmt.href && /^https?:\/\/\S+$/.test(core) ? `<${core}>` : `[${s}](${fmt.href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
  return lead.replace(/\s+/g, ' ') + s + trail.replace(/\s+/g, ' ');
}

/** Backslash-escape what Galley Markdown would read as markup. */
export function escapeText(text: string, opts: InlineOptions = {}): string {
  let s = text.replace(/[\\`*_[\]<>$^~]/g, (c) => `\\${c}`);
  s = s.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  s = s.replace(/\{(?=[#.])/g, '\\{');
  if (opts.pipeCell) s = s.replace(/\|/g, '\\|');
  return s;
}

/** Escape what would open a block construct at the start of a paragraph line. */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*):::/, '$1\\:::')
    .replace(/^Table:/, 'Table\\:');
}
