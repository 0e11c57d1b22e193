// Small helpers for reading WordprocessingML elements from the XML tree.
import type { XmlEl } from '../xml-tree.js';

/** The first child element with local name `local` (the `w:` prefix is implied by context). */
export function child(el: XmlEl | undefined, local: string): XmlEl | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.kind === 'element' && c.local === local) return c;
  return undefined;
}

export function children(el: XmlEl | undefined, local: string): XmlEl[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlEl => c.kind === 'element' && c.local === local);
}

/** An attribute by local name, whatever its prefix (`w:val`, `r:id`). */
export function attr(el: XmlEl | undefined, local: string): string | undefined {
  if (!el) return undefined;
  for (const [k, v] of Object.entries(el.attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
export function toggle(rPr: XmlEl | undefined, local: string): boolean | undefined {
  const el = child(rPr, local);
  if (!el) return undefined;
  const v = attr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

export function intAttr(el: XmlEl | undefined, local: string): number | undefined {
  const v = attr(el, local);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
