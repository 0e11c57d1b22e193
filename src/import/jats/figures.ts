// fig and fig-group → `![caption](figures/file){#fig:…}` and `:::figure-group`.
// A graphic found next to the XML is copied into figures/; otherwise a marked
// placeholder SVG stands in for it and the import warns.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { XmlEl } from '../xml-tree.js';
import { childElements, childNamed, descendants, textOf } from '../xml-tree.js';
import { diagnostic } from '../../checks/diagnostic.js';
import { notKept } from './context.js';
import { containerLabel, escapeMarkdown, labelFor, squash, type BodyState } from './body-state.js';
import { container } from './blocks.js';
import { inlineMarkdown } from './inline.js';

const imageExtensions = ['', '.svg', '.png', '.jpg', '.jpeg', '.gif', '.tif', '.tiff', '.webp'];

/** Caption text of a fig/table-wrap: title and paragraphs as one line of Markdown. */
export function captionMarkdown(el: XmlEl, state: BodyState): string {
  const caption = childNamed(el, 'caption');
  if (!caption) return '';
  const parts = childElements(caption).filter((c) => c.name === 'title' || c.name === 'p').map((c) => inlineMarkdown(c.children, state).trim());
  return parts.filter(Boolean).join(' ');
}

/** The caption as plain text (a figure's caption is its alt text: no inline Markdown). */
function plainCaption(el: XmlEl): string {
  const caption = childNamed(el, 'caption');
  if (!caption) return '';
  return childElements(caption).filter((c) => c.name === 'title' || c.name === 'p').map((c) => squash(textOf(c)).trim()).filter(Boolean).join(' ');
}

export function figure(el: XmlEl, state: BodyState): string {
  const inGroup = el.parent?.name === 'fig-group';
  const caption = plainCaption(el);
  const graphics = descendants(el, (e) => e.name === 'graphic');
  reportFigureParts(el, caption, state);
  for (const extra of graphics.slice(1)) notKept(state.ctx, extra, 'a figure has one image in Galley; the first is kept', extra.attrs['xlink:href'] ?? '');
  const path = graphics[0] ? figureFile(graphics[0], caption, state) : placeholder(el, el.attrs.id ?? `figure-${el.line}`, caption, state);
  const label = inGroup ? undefined : labelFor(el, state);
  return `![${escapeMarkdown(caption)}](${encodeURI(path)})${label ? `{#${label}}` : ''}`;
}

export function figureGroup(el: XmlEl, state: BodyState): string {
  const caption = captionMarkdown(el, state);
  const label = containerLabel(el, 'fig', state);
  const figures = childElements(el).filter((c) => c.name === 'fig').map((f) => figure(f, state));
  for (const other of childElements(el).filter((c) => !['fig', 'caption', 'label', 'object-id'].includes(c.name))) notKept(state.ctx, other, 'a figure group holds figures only', squash(textOf(other)).slice(0, 200));
  return container('figure-group', `${caption ? `[${caption.replace(/\]/g, '\\]')}]` : ''}${label ? `{#${label}}` : ''}`, figures);
}

/** What a fig holds besides its caption and image: reported, never silently dropped. */
function reportFigureParts(el: XmlEl, caption: string, state: BodyState): void {
  for (const c of childElements(el)) {
    if (['caption', 'graphic', 'label'].includes(c.name)) continue;
    if (c.name === 'alt-text' && squash(textOf(c)).trim() === caption) continue;
    notKept(state.ctx, c, c.name === 'alt-text' ? 'a figure has one text, its caption (also its alt text)' : `no Galley form for ${c.name} in a figure`, squash(textOf(c)).slice(0, 200));
  }
  for (const g of descendants(el, (e) => e.name === 'graphic')) {
    for (const c of childElements(g)) if (!(c.name === 'alt-text' && squash(textOf(c)).trim() === caption)) notKept(state.ctx, c, `no Galley form for ${c.name} of an image`, squash(textOf(c)).slice(0, 200));
  }
}

/** figures/<name>: the file copied when it sits next to the XML, else a placeholder. */
function figureFile(graphic: XmlEl, caption: string, state: BodyState): string {
  const href = graphic.attrs['xlink:href'] ?? '';
  const local = /^[a-z]+:/i.test(href) ? undefined : findBeside(state.ctx.dir, href);
  if (local) {
    const name = uniqueName(basename(local), state);
    state.ctx.files.push({ path: `figures/${name}`, bytes: readFileSync(local) });
    state.ctx.report.counts['figures copied'] = (state.ctx.report.counts['figures copied'] ?? 0) + 1;
    return `figures/${name}`;
  }
  return placeholder(graphic, href, caption, state);
}

function findBeside(dir: string, href: string): string | undefined {
  if (!href) return undefined;
  const base = resolve(dir, href);
  if (!base.startsWith(resolve(dir))) return undefined;
  for (const ext of extname(href) ? [''] : imageExtensions) {
    const f = base + ext;
    if (existsSync(f) && statSync(f).isFile()) return f;
  }
  return undefined;
}

function uniqueName(name: string, state: BodyState): string {
  let out = name;
  for (let n = 2; state.figureFiles.has(out); n++) out = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
  state.figureFiles.add(out);
  return out;
}

function placeholder(el: XmlEl, href: string, caption: string, state: BodyState): string {
  const stem = basename(href).replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'figure';
  const name = uniqueName(`${stem}.placeholder.svg`, state);
  state.ctx.files.push({ path: `figures/${name}`, bytes: new TextEncoder().encode(placeholderSvg(href, caption)) });
  state.ctx.report.counts['figure placeholders'] = (state.ctx.report.counts['figure placeholders'] ?? 0) + 1;
  state.ctx.report.diagnostics.push(diagnostic('import-figure-missing', `Unexpected image ${href || '(no xlink:href)'} not found beside ${basename(state.ctx.file)}, expected the file next to the XML; figures/${name} stands in for it`, { file: state.ctx.file, line: el.line, column: 1 }));
  return `figures/${name}`;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function placeholderSvg(href: string, caption: string): string {
  const short = caption.length > 60 ? `${caption.slice(0, 59)}…` : caption;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- PLACEHOLDER: the imported article's image ${xmlText(href).replace(/--/g, '- -')} was not found beside the JATS file. Replace with the original image. -->
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400" role="img" aria-labelledby="title">
  <title id="title">Placeholder for the figure “${xmlText(short)}”</title>
  <rect x="0" y="0" width="600" height="400" fill="#e6e6e6"/>
  <rect x="1.5" y="1.5" width="597" height="397" fill="none" stroke="#8c8c8c" stroke-width="3"/>
  <path d="M0 0 L600 400 M600 0 L0 400" stroke="#b3b3b3" stroke-width="2"/>
  <rect x="60" y="150" width="480" height="100" fill="#f5f5f5" stroke="#8c8c8c" stroke-width="1"/>
  <g font-family="PT Sans, DejaVu Sans, Arial, sans-serif" text-anchor="middle" fill="#4d4d4d">
    <text x="300" y="195" font-size="36" font-weight="bold" letter-spacing="4">PLACEHOLDER</text>
    <text x="300" y="230" font-size="17">${xmlText(href.length > 50 ? `${href.slice(0, 49)}…` : href)}</text>
  </g>
</svg>
`;
}

