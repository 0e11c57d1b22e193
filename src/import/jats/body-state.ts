// What the body import shares while it walks <body> and <back>: the element
// index for cross-references, the footnotes called so far, the citation keys
// of the reference list, and the Markdown escaping every writer uses.
import type { XmlEl } from '../xml-tree.js';
import { descendants, textOf } from '../xml-tree.js';
import type { JatsImportContext } from './context.js';

export type LabelKind = 'fig' | 'tbl' | 'eq' | 'sec' | 'app';

export interface BodyState {
  ctx: JatsImportContext;
  /** Every element in document order, and every element with an id, by id. */
  all: XmlEl[];
  byId: Map<string, XmlEl>;
  /** Ids some `xref` points at: only these get a `{#kind:…}` label. */
  referenced: Set<string>;
  /** Footnote id → its Markdown label, in order of first call. */
  footnotes: Map<string, string>;
  /** Footnote definitions (`[^x]: …`), in order of first call. */
  footnoteDefs: string[];
  /** `ref/@id` → citation key. */
  keys: Map<string, string>;
  /** Citation keys in reference-list order, and by the ref's printed label ("12"), for xrefs without a rid. */
  keyOrder: string[];
  keyByLabel: Map<string, string>;
  /** A short title an in-text citation printed ("КПСС в резолюциях…"), by key. */
  shortTitles: Map<string, string>;
  /** Keys of archive items (citations carry the file as locator). */
  archives: Set<string>;
  /** Figure file names already used in `figures/`. */
  figureFiles: Set<string>;
}

export function createBodyState(ctx: JatsImportContext): BodyState {
  const byId = new Map<string, XmlEl>();
  const referenced = new Set<string>();
  const all = descendants(ctx.root, () => true);
  for (const el of all) {
    if (el.attrs.id && !byId.has(el.attrs.id)) byId.set(el.attrs.id, el);
    if (el.name === 'xref' && el.attrs.rid) for (const rid of el.attrs.rid.split(/\s+/)) referenced.add(rid);
    // An xref without rid (BMJ: "figure 1") names its figure or table by number.
    const target = el.name === 'xref' && !el.attrs.rid ? numberedTarget(el, all) : undefined;
    if (target?.attrs.id) referenced.add(target.attrs.id);
  }
  return { ctx, all, byId, referenced, footnotes: new Map(), footnoteDefs: [], keys: new Map(), keyOrder: [], keyByLabel: new Map(), shortTitles: new Map(), archives: new Set(), figureFiles: new Set() };
}

/** The figure or table an xref without rid names by its number ("figure 1" → the first fig). */
export function numberedTarget(xref: XmlEl, all: XmlEl[]): XmlEl | undefined {
  const type = xref.attrs['ref-type'];
  if (type !== 'fig' && type !== 'table') return undefined;
  const n = Number(/(\d+)\s*$/.exec(textOf(xref))?.[1]);
  return n ? all.filter((e) => e.name === (type === 'fig' ? 'fig' : 'table-wrap') && e.parent?.name !== 'fig-group')[n - 1] : undefined;
}

/** A citation key or label name from an XML id: letters, digits, `_` and `-`, starting and ending with a letter or digit. */
export function safeName(id: string): string {
  const s = id.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^[-_]+|[-_]+$/g, '');
  return s || 'x';
}

const labelKinds: Record<string, LabelKind> = { fig: 'fig', 'fig-group': 'fig', 'table-wrap': 'tbl', 'disp-formula': 'eq', sec: 'sec', app: 'app' };

/** The Galley label of an element some xref points at (`fig:fig1`), or undefined. */
export function labelFor(el: XmlEl, state: BodyState): string | undefined {
  // A figure of a group has no label of its own in Galley: references to it point at the group.
  if (el.name === 'fig' && el.parent?.name === 'fig-group') return labelFor(el.parent, state);
  const kind = labelKinds[el.name];
  const members = el.name === 'fig-group' ? el.children.filter((c): c is XmlEl => c.kind === 'element' && c.name === 'fig') : [];
  const id = el.attrs.id ?? members.find((m) => m.attrs.id)?.attrs.id;
  const referenced = [el.attrs.id, ...members.map((m) => m.attrs.id)].some((i) => i && state.referenced.has(i));
  if (!kind || !id || !referenced) return undefined;
  return `${kind}:${safeName(id)}`;
}

export function labelKindOf(el: XmlEl): LabelKind | undefined {
  return labelKinds[el.name];
}

/** Text as Markdown: characters that would start markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]`$<^~|]/g, (c) => `\\${c}`);
}

/** Escapes what only matters at the start of a line (headings, quotes, list markers, containers). */
export function escapeLineStart(line: string): string {
  const numbered = /^(\s*\d+)([.)])(\s)/.exec(line);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${line.slice(numbered[1].length + 1)}`;
  return line.replace(/^(\s*)(#|>|[-+]|:|=+\s*$)/, (_, sp: string, m: string) => `${sp}\\${m}`);
}

/** Whitespace of XML text as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The label of a box, figure group or appendix: Galley's own ids (`box-articles` from
 * `{#box:articles}`) give their label back, so the id survives; generated ids
 * (`box1`) need none unless something refers to the block.
 */
export function containerLabel(el: XmlEl, prefix: 'box' | 'fig' | 'app', state: BodyState): string | undefined {
  const id = el.attrs.id;
  const generated = { box: /^box\d+$/, fig: /^figgrp\d+$/, app: /^app\d+$/ }[prefix];
  if (id && !generated.test(id) && id.startsWith(`${prefix}-`) && /^[\p{L}\p{N}_-]+$/u.test(id.slice(prefix.length + 1))) return `${prefix}:${id.slice(prefix.length + 1)}`;
  return prefix === 'box' ? undefined : labelFor(el, state);
}
