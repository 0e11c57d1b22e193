// JATS inline and abstract content → Galley Markdown, for the front matter
// (titles, abstracts, statements). What has no Markdown form keeps its text
// and is reported; nothing inside is skipped without a line in the report.
import { childElements, childNamed, textOf, type XmlChild, type XmlEl } from '../xml-tree.js';
import { drop, flat, take, touch, type FrontState } from './front-state.js';

type Wrap = (inner: string) => string;

/** Marks with a Markdown form (docs/source-format.md, Inline marks). */
const marks: Record<string, Wrap> = {
  italic: (t) => around('*', t),
  bold: (t) => around('**', t),
  sup: (t) => (/\s/.test(t.trim()) ? t : around('^', t)),
  sub: (t) => (/\s/.test(t.trim()) ? t : around('~', t)),
  sc: (t) => span(t, 'smallcaps'),
  underline: (t) => span(t, 'underline'),
  monospace: (t) => (t.trim() ? `\`${t.replace(/`/g, '')}\`` : t),
};

/** Spans whose text is kept while the span itself is not (no source syntax). */
const textOnly: Record<string, string> = {
  'named-content': 'a publisher styling span has no source syntax; its text is kept',
  'styled-content': 'a styling span has no source syntax; its text is kept',
  roman: 'no source mark for roman type; its text is kept',
  'sans-serif': 'no source mark for sans-serif type; its text is kept',
  strike: 'no source mark for struck-through text; its text is kept',
  overline: 'no source mark for overlined text; its text is kept',
  abbrev: 'no source mark for abbreviations; its text is kept',
};

function around(mark: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : text;
}

function span(text: string, cls: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}[${m[2]}]{.${cls}}${m[3]}` : text;
}

/** Characters Markdown (and Galley's extensions) would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_`[\]^~$<]/g, (c) => `\\${c}`).replace(/&(?=#?\w+;)/g, '\\&');
}

/** The Markdown of an element's inline content, white space made single spaces. */
export function inlineMarkdown(s: FrontState, el: XmlEl): string {
  touch(s, el);
  return el.children.map((c) => inlineChild(s, c)).join('').replace(/\s+/g, ' ').trim();
}

function inlineChild(s: FrontState, c: XmlChild): string {
  if (c.kind === 'text') return escapeMarkdown(c.text);
  const mark = marks[c.local];
  if (mark) return mark(inlineMarkdown(s, c));
  if (c.local === 'ext-link' || c.local === 'uri') {
    const href = c.attrs['xlink:href'] ?? flat(c);
    const text = inlineMarkdown(s, c);
    return /^(https?|ftp|mailto):/i.test(href) ? `[${text || escapeMarkdown(href)}](${href.replace(/[()\s]/g, encodeURIComponent)})` : text;
  }
  if (c.local === 'email') {
    take(s, c);
    return escapeMarkdown(flat(c));
  }
  if (c.local === 'inline-formula') return formula(s, c);
  if (c.local === 'break') {
    drop(s, c, 'a forced line break has no source form; a space stands for it');
    return ' ';
  }
  if (c.local === 'xref') {
    const text = flat(c);
    if (c.attrs['ref-type'] === 'bibr') {
      drop(s, c, 'a citation in the front matter has no source form there; its text is kept');
      return escapeMarkdown(text);
    }
    drop(s, c, `a ${c.attrs['ref-type'] ?? ''} reference in the front matter has no source form there; dropped`.replace(/ {2}/g, ' '));
    return '';
  }
  if (textOnly[c.local]) {
    const inner = inlineMarkdown(s, c);
    s.ctx.report.notKept.push({ at: c.xpath, element: c.name, text: flat(c).slice(0, 200), reason: textOnly[c.local], line: c.line });
    return inner;
  }
  drop(s, c, `<${c.name}> has no source form in the front matter; its text is kept`);
  return escapeMarkdown(textOf(c));
}

/** `$tex$` when the formula carries TeX; otherwise its text, reported. */
function formula(s: FrontState, el: XmlEl): string {
  const tex = findDeep(el, 'tex-math');
  if (tex) {
    take(s, el);
    return `$${texBody(textOf(tex))}$`;
  }
  drop(s, el, 'a formula without TeX in the front matter is kept as its text (MathML is written for the body only)');
  return escapeMarkdown(flat(el));
}

function findDeep(el: XmlEl, local: string): XmlEl | undefined {
  for (const c of childElements(el)) {
    if (c.local === local) return c;
    const d = findDeep(c, local);
    if (d) return d;
  }
  return undefined;
}

/** The formula inside a TeX document (SciELO wraps each one in \documentclass … \begin{document} $…$). */
export function texBody(tex: string): string {
  const doc = /\\begin\{document\}([\s\S]*?)\\end\{document\}/.exec(tex);
  const body = (doc ? doc[1] : tex).trim();
  return body.replace(/^\$\$?|\\\[|\\\(/, '').replace(/\$\$?$|\\\]$|\\\)$/, '').trim();
}

/**
 * The Markdown of an abstract or statement: paragraphs, a section's title as a
 * bold lead-in of its first paragraph, lists as `-` items. `skip` names
 * children the caller handles (the abstract's own title).
 */
export function blockMarkdown(s: FrontState, el: XmlEl, skip: (c: XmlEl) => boolean = () => false): string {
  touch(s, el);
  const out: string[] = [];
  for (const c of childElements(el)) {
    if (skip(c)) continue;
    if (c.local === 'p') out.push(paragraph(inlineMarkdown(s, c)));
    else if (c.local === 'sec') {
      touch(s, c);
      const title = childNamed(c, 'title');
      const inner = blockMarkdown(s, c, (x) => x === title);
      const lead = title ? inlineMarkdown(s, title).replace(/[.:]?$/, ':') : '';
      out.push(lead ? (inner ? `**${lead}** ${inner}` : `**${lead}**`) : inner);
    } else if (c.local === 'list') {
      touch(s, c);
      const ordered = c.attrs['list-type'] === 'order';
      childElements(c).forEach((item, i) => {
        if (item.local !== 'list-item') return drop(s, item, `<${item.name}> in a list has no source form`);
        touch(s, item);
        out.push(`${ordered ? `${i + 1}.` : '-'} ${childElements(item).map((p) => (p.local === 'p' ? inlineMarkdown(s, p) : (drop(s, p, `<${p.name}> in a list item of the front matter has no source form`), ''))).join(' ')}`);
      });
    } else if (c.local === 'title' || c.local === 'label') {
      out.push(`**${inlineMarkdown(s, c)}**`);
    } else drop(s, c, `<${c.name}> has no source form in an abstract or statement`);
  }
  return out.filter(Boolean).join('\n\n');
}

/** A paragraph whose first characters would start a block construct is escaped. */
function paragraph(text: string): string {
  return text.replace(/^([#>+\-:|])/, '\\$1').replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}
