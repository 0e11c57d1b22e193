// numbering.xml: whether list number `numId` at level `ilvl` is numbered
// (decimal, letters, roman) or bulleted; a level override on the instance wins.
import type { XmlEl } from '../xml-tree.js';
import { attr, child, children } from './ooxml.js';

export type Numbering = (numId: string, level: number) => { format: string } | undefined;

export function readNumbering(root: XmlEl | undefined): Numbering {
  const abstract = new Map<string, Map<number, string>>();
  for (const a of children(root, 'abstractNum')) abstract.set(attr(a, 'abstractNumId') ?? '', levels(a));
  const nums = new Map<string, Map<number, string>>();
  for (const n of children(root, 'num')) {
    const base = new Map(abstract.get(attr(child(n, 'abstractNumId'), 'val') ?? '') ?? []);
    for (const o of children(n, 'lvlOverride')) {
      const lvl = child(o, 'lvl');
      const fmt = attr(child(lvl, 'numFmt'), 'val');
      if (fmt) base.set(Number(attr(o, 'ilvl') ?? 0), fmt);
    }
    nums.set(attr(n, 'numId') ?? '', base);
  }
  return (numId, level) => {
    const format = nums.get(numId)?.get(level);
    return format ? { format } : undefined;
  };
}

function levels(a: XmlEl): Map<number, string> {
  const m = new Map<number, string>();
  for (const l of children(a, 'lvl')) m.set(Number(attr(l, 'ilvl') ?? 0), attr(child(l, 'numFmt'), 'val') ?? 'decimal');
  return m;
}

/** Bullets and "none" are unordered; every counting format is ordered. */
export function isOrdered(format: string): boolean {
  return !['bullet', 'none'].includes(format);
}
