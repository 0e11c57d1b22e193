// What the front-matter import shares while it reads <front> (and the fronts of
// translations): the elements already carried over, so that a last sweep can
// list every element nobody took (nothing is dropped without a report line).
import { shorten } from '../report.js';
import { childElements, textOf, type XmlEl } from '../xml-tree.js';
import type { JatsImportContext } from './context.js';

export interface FrontState {
  ctx: JatsImportContext;
  /** Elements carried over (or deliberately reported): the sweep skips them. */
  used: Set<XmlEl>;
}

export function frontState(ctx: JatsImportContext): FrontState {
  return { ctx, used: new Set() };
}

/** Mark `el` and everything inside it as carried over. */
export function take(s: FrontState, el: XmlEl | undefined): void {
  if (!el) return;
  s.used.add(el);
  for (const c of childElements(el)) take(s, c);
}

/** Mark `el` alone: its children are looked at one by one (and swept if nobody takes them). */
export function touch(s: FrontState, el: XmlEl | undefined): void {
  if (el) s.used.add(el);
}

/** Text kept as plain text: markup inside it (italic in a keyword) is reported, its text kept. */
export function plainOnly(s: FrontState, el: XmlEl | undefined, what: string): void {
  if (!el) return;
  touch(s, el);
  for (const c of childElements(el)) drop(s, c, `${what} is plain text: the <${c.name}> markup is not kept, its text is`);
}

/** Report `el` as not kept (with its text) and mark it, so the sweep does not report it twice. */
export function drop(s: FrontState, el: XmlEl, reason: string): void {
  s.ctx.report.notKept.push({ at: el.xpath, element: el.name, text: shorten(textOf(el)), reason, line: el.line });
  take(s, el);
}

/** A choice the import made that a person may want to check (import-report.txt lists them). */
export function decide(s: FrontState, el: XmlEl, what: string, why: string): void {
  s.ctx.report.decisions.push({ at: el.xpath, what, why });
}

/** Every element under `root` nobody took, reported once at the outermost such element. */
export function sweep(s: FrontState, root: XmlEl): void {
  for (const c of childElements(root)) {
    if (s.used.has(c)) sweep(s, c);
    else drop(s, c, `no Galley front-matter field for <${c.name}>`);
  }
}

/** `xml:lang` of the element or its nearest ancestor that has one, else the article's language. */
export function langOf(s: FrontState, el: XmlEl): string {
  for (let e: XmlEl | undefined = el; e; e = e.parent) {
    const l = e.attrs['xml:lang'];
    if (l) return normaliseLang(l);
  }
  return s.ctx.lang;
}

/** Language tags as the source writes them: `PT` → `pt`, `pt-br` → `pt-BR`. */
export function normaliseLang(tag: string): string {
  const [lang, ...rest] = tag.trim().split(/[-_]/);
  return [lang.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))].join('-');
}

/** Text with runs of white space made one space, trimmed. */
export function flat(el: XmlEl | undefined): string {
  return el ? textOf(el).replace(/\s+/g, ' ').trim() : '';
}
