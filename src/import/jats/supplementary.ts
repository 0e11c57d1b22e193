// supplementary-material (and media) → the front matter's `supplementary:`
// list, the file copied when it sits next to the XML; otherwise reported.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { XmlEl } from '../xml-tree.js';
import { squash } from './body-state.js';
import { textOf } from '../xml-tree.js';
import { notKept } from './context.js';
import type { BodyState } from './body-state.js';
import { captionMarkdown } from './figures.js';

export interface SupplementaryEntry {
  file: string;
  caption: string;
}

/** Collected here, written by body.ts into the front matter. */
export const supplementaryOf = new WeakMap<BodyState, SupplementaryEntry[]>();

export function supplementary(el: XmlEl, state: BodyState): string[] {
  const href = el.attrs['xlink:href'] ?? '';
  const caption = captionMarkdown(el, state) || squash(textOf(el)).trim();
  const file = href && !/^[a-z]+:/i.test(href) ? resolve(state.ctx.dir, href) : undefined;
  if (!file || !file.startsWith(resolve(state.ctx.dir)) || !existsSync(file) || !statSync(file).isFile()) {
    notKept(state.ctx, el, href ? `the file ${href} is not beside the XML (supplementary files are copied, never fetched)` : 'supplementary material without a file', caption);
    return caption ? [caption] : [];
  }
  const path = `supplementary/${basename(file)}`;
  state.ctx.files.push({ path, bytes: readFileSync(file) });
  const list = supplementaryOf.get(state) ?? [];
  list.push({ file: path, caption: caption || basename(file) });
  supplementaryOf.set(state, list);
  return [];
}
