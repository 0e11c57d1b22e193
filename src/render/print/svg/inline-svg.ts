// An SVG figure written into the print page instead of shown as an image. As
// an image, Chromium sets its text in the machine's fonts (DejaVu here,
// Liberation there, nothing on a machine without fonts) and loads web fonts
// inside it asynchronously; inside the page it is laid out with the page's
// fonts, which paged.js has loaded before it measures anything. So the figure
// must not reach outside itself: ids and classes are renamed into the
// figure's scope, its style sheet is scoped to it, scripts, animations, HTML
// and external references are refused, and every font family becomes one of
// the journal's (docs/print-typography.md).
import { readFileSync } from 'node:fs';
import type { RuleId } from '../../../checks/catalogue/index.js';
import type { Position } from '../../../model/types.js';
import { readXmlTree, type XmlEl, type XmlTextNode } from '../../../import/xml-tree.js';
import { escapeHtml } from '../../xml-escape.js';
import { rewriteDeclarations, rewriteFontProperty, rewriteStyleSheet, rewriteUrls, type CssRewrite } from './svg-css.js';
import type { FigureFonts } from './svg-fonts.js';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** Elements a printed figure may not hold, and why. */
const refusedElements: Record<string, string> = {
  script: 'a script',
  foreignObject: 'HTML inside the figure (foreignObject)',
  animate: 'an animation (print shows one moment of it, and which one depends on timing)',
  animateMotion: 'an animation (print shows one moment of it, and which one depends on timing)',
  animateTransform: 'an animation (print shows one moment of it, and which one depends on timing)',
  set: 'an animation (print shows one moment of it, and which one depends on timing)',
  discard: 'an animation (print shows one moment of it, and which one depends on timing)',
};

/** Attributes whose value is a list of ids. */
const idListAttributes = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-flowto', 'aria-details']);
/** The page sets these on the figure's root itself. */
const rootOwned = new Set(['class', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'x', 'y']);
/** An embedded raster image is part of the file, not a reference. */
const embeddedImage = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/;

export type SvgReport = (rule: RuleId, message: string, position: Position) => void;

export interface InlineSvgOptions {
  /** Unique in the page (the figure's id): every id and class of the SVG is prefixed with it. */
  scope: string;
  /** The figure's alt text, the SVG's accessible name. */
  alt: string;
  /** Class of the root element (the print CSS sizes it as it sizes an image). */
  className: string;
  /** Class of the block around it, which carries the scope's id (a scoped style sheet reaches the <svg> root only from outside it). */
  wrapperClass: string;
  fonts: FigureFonts;
  report: SvgReport;
}

/** The SVG file's markup for the print page, or undefined (reported) when it cannot be read as SVG. */
export function inlineSvg(file: string, options: InlineSvgOptions): string | undefined {
  const { report } = options;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    report('svg-figure-unreadable', `Unexpected unreadable SVG file (${(error as NodeJS.ErrnoException).code ?? 'error'}), expected an SVG image`, { file, line: 1, column: 1 });
    return undefined;
  }
  const read = readXmlTree(source, file);
  if (!read.root) {
    const first = read.problems[0];
    report('svg-figure-unreadable', `Unexpected XML error in an SVG figure (${first?.message ?? 'not well-formed'}), expected a well-formed SVG file`, { file, line: first?.line ?? 1, column: first?.column ?? 1 });
    return undefined;
  }
  if (read.root.local !== 'svg' || read.root.namespace !== svgNamespace) {
    report('svg-figure-unreadable', `Unexpected root element <${read.root.name}> (namespace "${read.root.namespace}"), expected <svg> in the SVG namespace ${svgNamespace}`, { file, line: read.root.line, column: 1 });
    return undefined;
  }
  const lines = source.split('\n');
  const at = (line: number, needle: string): Position => {
    const column = (lines[line - 1] ?? '').indexOf(needle);
    return { file, line, column: column < 0 ? 1 : column + 1 };
  };
  const scoped = (name: string) => `${options.scope}-${name}`;
  const writer = new SvgWriter(file, options, scoped, at);
  return writer.root(read.root);
}

/** Elements whose text is drawn. */
const drawnText = new Set(['text', 'tspan', 'textPath']);

class SvgWriter {
  /** Characters already reported. */
  private readonly missing = new Set<number>();

  constructor(
    private readonly file: string,
    private readonly options: InlineSvgOptions,
    private readonly scoped: (name: string) => string,
    private readonly at: (line: number, needle: string) => Position,
  ) {}

  root(svg: XmlEl): string {
    const own = [
      ['class', this.options.className],
      ['role', 'img'],
      ['aria-label', this.options.alt],
    ];
    const attrs = own.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('') + this.attributes(svg, rootOwned);
    return `<div class="${escapeHtml(this.options.wrapperClass)}" id="${escapeHtml(this.options.scope)}"><svg${attrs}>${this.children(svg)}</svg></div>`;
  }

  private element(el: XmlEl): string {
    // Editors' own markup (Inkscape's sodipodi:namedview, RDF metadata) is never drawn: left out.
    if (el.namespace !== svgNamespace) return '';
    const refused = refusedElements[el.local];
    if (refused) {
      this.problem('svg-figure-unsafe', `Unexpected ${refused} (<${el.name}>) in an SVG figure, expected drawing elements only`, el, `<${el.name}`);
      return '';
    }
    if (el.local === 'style') return this.styleSheet(el);
    return `<${el.local}${this.attributes(el)}>${this.children(el)}</${el.local}>`;
  }

  private children(el: XmlEl): string {
    return el.children.map((c) => (c.kind === 'text' ? this.text(el, c) : this.element(c))).join('');
  }

  /** Text drawn in the figure must be in the journal's fonts' repertoire, or the machine would draw it. */
  private text(el: XmlEl, node: XmlTextNode): string {
    if (drawnText.has(el.local)) {
      // libxml2 gives a text node the line where it ends.
      const first = node.line - (node.text.match(/\n/g)?.length ?? 0);
      for (const [index, char] of [...node.text].entries()) {
        const cp = char.codePointAt(0)!;
        if (/\s/.test(char) || this.options.fonts.coverage.has(cp) || this.missing.has(cp)) continue;
        this.missing.add(cp);
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const line = first + ([...node.text].slice(0, index).join('').match(/\n/g)?.length ?? 0);
        this.options.report('svg-figure-font', `Unexpected character '${char}' (U+${hex}) in an SVG figure, expected one the journal's fonts have (${this.options.fonts.families.join(', ')}): it would be drawn in a font of the machine`, this.at(line, char));
      }
    }
    return escapeHtml(node.text);
  }

  /** A style sheet applies to the whole page unless scoped; paged.js must leave it where it is. */
  private styleSheet(el: XmlEl): string {
    const text = el.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
    // The sheet starts right after <style> (libxml2 would give the line where its text ends).
    const line = el.line;
    const css = rewriteStyleSheet(text, this.cssRewrite((offset) => ({ file: this.file, line: line + (text.slice(0, offset).match(/\n/g)?.length ?? 0), column: 1 })));
    return `<style data-pagedjs-ignore="">@scope (#${this.options.scope}) {\n${escapeHtml(css)}}</style>`;
  }

  private attributes(el: XmlEl, skip?: Set<string>): string {
    let out = '';
    for (const [qualified, value] of Object.entries(el.attrs)) {
      const written = this.attribute(el, qualified, value, skip);
      if (written) out += ` ${written[0]}="${escapeHtml(written[1])}"`;
    }
    return out;
  }

  private attribute(el: XmlEl, qualified: string, value: string, skip?: Set<string>): [string, string] | undefined {
    if (skip?.has(qualified)) return undefined;
    if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) return undefined;
    const colon = qualified.indexOf(':');
    const prefix = colon < 0 ? '' : qualified.slice(0, colon);
    const name = colon < 0 ? qualified : qualified.slice(colon + 1);
    if (prefix === 'xlink' && name === 'href') return this.reference(el, qualified, value);
    if (prefix === 'xml') return [qualified, value];
    // Other namespaces (inkscape:label, sodipodi:…) are the editor's notes.
    if (prefix) return undefined;
    if (/^on/i.test(name)) {
      this.problem('svg-figure-unsafe', `Unexpected event handler ${name}="…" in an SVG figure, expected no scripts`, el, `${name}=`);
      return undefined;
    }
    if (name === 'href') return this.reference(el, qualified, value);
    if (name === 'id') return [name, this.scoped(value)];
    if (name === 'class') return [name, value.split(/\s+/).filter(Boolean).map(this.scoped).join(' ')];
    if (idListAttributes.has(name)) return [name, value.split(/\s+/).filter(Boolean).map(this.scoped).join(' ')];
    if (name === 'style') return [name, rewriteDeclarations(value, this.cssRewrite(() => this.at(el.line, 'style=')))];
    if (name === 'font-family' || name === 'font') {
      const font = rewriteFontProperty(name, value, this.cssRewrite(() => this.at(el.line, `${name}=`)), 0);
      return [name, font ?? value];
    }
    if (/url\(/i.test(value)) return [name, rewriteUrls(value, this.cssRewrite(() => this.at(el.line, `${name}=`)))];
    return [name, value];
  }

  /** `href="#id"` stays inside the figure; an embedded raster image is allowed; nothing else may be loaded. */
  private reference(el: XmlEl, qualified: string, value: string): [string, string] | undefined {
    const target = value.trim();
    if (target.startsWith('#') && target.length > 1) return ['href', `#${this.scoped(target.slice(1))}`];
    if (el.local === 'image' && embeddedImage.test(target)) return ['href', target];
    this.problem('svg-figure-unsafe', `Unexpected reference ${qualified}="${target.slice(0, 60)}" in an SVG figure, expected a reference inside the figure (#id) or an embedded PNG/JPEG image`, el, `${qualified}=`);
    return undefined;
  }

  private cssRewrite(position: (offset: number) => Position): CssRewrite {
    return {
      scoped: this.scoped,
      fonts: this.options.fonts,
      problem: (rule, message, offset) => this.options.report(rule, message, position(offset)),
    };
  }

  private problem(rule: RuleId, message: string, el: XmlEl, needle: string): void {
    this.options.report(rule, message, this.at(el.line, needle));
  }
}
