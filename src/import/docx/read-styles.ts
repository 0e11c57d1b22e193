// styles.xml: each style's name, what it is based on, its outline level and
// the run formatting a character style carries (an "Emphasis" style is italic).
import type { XmlEl } from '../xml-tree.js';
import type { RunMarks } from './model.js';
import { attr, child, children, intAttr, toggle } from './ooxml.js';

export interface RunFormat extends RunMarks {
  hidden?: boolean;
}

export interface StyleInfo {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  /** List numbering a paragraph style brings. */
  numbering?: { numId: string; level: number };
  indent?: { left?: number; firstLine?: number; hanging?: number };
  run: RunFormat;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  /** The paragraph style used when a paragraph names none. */
  defaultParagraph?: string;
}

export function readStyles(root: XmlEl | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  for (const s of children(root, 'style')) {
    const id = attr(s, 'styleId');
    if (!id) continue;
    const type = attr(s, 'type') ?? 'paragraph';
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const numId = attr(child(numPr, 'numId'), 'val');
    byId.set(id, {
      id,
      type,
      name: attr(child(s, 'name'), 'val') ?? id,
      basedOn: attr(child(s, 'basedOn'), 'val'),
      outlineLevel: intAttr(child(pPr, 'outlineLvl'), 'val'),
      numbering: numId ? { numId, level: intAttr(child(numPr, 'ilvl'), 'val') ?? 0 } : undefined,
      indent: readIndent(pPr),
      run: runFormat(child(s, 'rPr')),
    });
    if (type === 'paragraph' && ['1', 'true', 'on'].includes(attr(s, 'default') ?? '')) defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

/** Follow `basedOn` from `id` (the style itself first), guarding against cycles. */
export function styleChain(styles: Styles, id: string | undefined): StyleInfo[] {
  const out: StyleInfo[] = [];
  const seen = new Set<string>();
  for (let s = id ? styles.byId.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? styles.byId.get(s.basedOn) : undefined) {
    seen.add(s.id);
    out.push(s);
  }
  return out;
}

/** The first value `pick` finds along the chain. */
export function inherited<T>(styles: Styles, id: string | undefined, pick: (s: StyleInfo) => T | undefined): T | undefined {
  for (const s of styleChain(styles, id)) {
    const v = pick(s);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function runFormat(rPr: XmlEl | undefined): RunFormat {
  const f: RunFormat = {};
  if (!rPr) return f;
  const set = (k: keyof RunFormat, v: boolean | undefined) => {
    if (v !== undefined) f[k] = v;
  };
  set('italic', toggle(rPr, 'i'));
  set('bold', toggle(rPr, 'b'));
  set('smallCaps', toggle(rPr, 'smallCaps'));
  set('hidden', toggle(rPr, 'vanish'));
  const u = child(rPr, 'u');
  if (u) set('underline', !['none', '0', 'false'].includes(attr(u, 'val') ?? 'single'));
  const va = attr(child(rPr, 'vertAlign'), 'val');
  if (va) {
    f.superscript = va === 'superscript';
    f.subscript = va === 'subscript';
  }
  return f;
}

export function readIndent(pPr: XmlEl | undefined): StyleInfo['indent'] {
  const ind = child(pPr, 'ind');
  if (!ind) return undefined;
  return {
    left: intAttr(ind, 'left') ?? intAttr(ind, 'start'),
    firstLine: intAttr(ind, 'firstLine'),
    hanging: intAttr(ind, 'hanging'),
  };
}
