// A small, forgiving tag scanner for the outputs the DOI check reads (XML and
// the HTML galley): elements with attributes and ancestors, text with offsets.
// Not a validator — the schema checks do that — it only has to find things.

export interface Attribute {
  value: string;
  /** Offset of the value in the scanned text. */
  offset: number;
}

export interface ScannedElement {
  name: string;
  /** Parsed on first use: most elements' attributes are never asked for. */
  readonly attrs: Record<string, Attribute>;
  offset: number;
}

class Element implements ScannedElement {
  #attrs: Record<string, Attribute> | undefined;
  constructor(
    readonly name: string,
    readonly offset: number,
    private readonly attrText: string,
  ) {}

  get attrs(): Record<string, Attribute> {
    return (this.#attrs ??= parseAttributes(this.attrText, this.offset + 1 + this.name.length));
  }
}

export interface ScanVisitor {
  element?(element: ScannedElement, ancestors: readonly ScannedElement[]): void;
  /** Raw text (entities not decoded) between tags; CDATA and script content included. */
  text?(text: string, offset: number, ancestors: readonly ScannedElement[]): void;
}

const htmlVoid = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const tagPattern = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y;
const attrPattern = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function scanMarkup(text: string, visitor: ScanVisitor, html = false): void {
  const stack: ScannedElement[] = [];
  const same = (a: string, b: string) => (html ? a.toLowerCase() === b.toLowerCase() : a === b);
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    if (end > i) visitor.text?.(text.slice(i, end), i, stack);
    if (lt < 0) break;
    const skipTo = (close: string, from: number) => {
      const at = text.indexOf(close, from);
      return at < 0 ? text.length : at + close.length;
    };
    if (text.startsWith('<!--', lt)) {
      i = skipTo('-->', lt + 4);
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      i = skipTo(']]>', lt + 9);
      visitor.text?.(text.slice(lt + 9, Math.max(lt + 9, i - 3)), lt + 9, stack);
      continue;
    }
    if (text.startsWith('<!', lt) || text.startsWith('<?', lt)) {
      i = skipTo('>', lt);
      continue;
    }
    tagPattern.lastIndex = lt;
    const m = tagPattern.exec(text);
    if (!m) {
      visitor.text?.('<', lt, stack);
      i = lt + 1;
      continue;
    }
    const [whole, closing, name, attrText, selfClosing] = m;
    i = lt + whole.length;
    if (closing) {
      let open = stack.length - 1;
      while (open >= 0 && !same(stack[open].name, name)) open--;
      if (open >= 0) stack.length = open; // an unmatched closing tag is ignored
      continue;
    }
    const element = new Element(name, lt, attrText);
    visitor.element?.(element, stack);
    if (selfClosing || (html && htmlVoid.has(name.toLowerCase()))) continue;
    stack.push(element);
    if (html && /^(script|style)$/i.test(name)) {
      // Raw text: a `<` inside a script is not a tag.
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = i;
      const stop = closing.exec(text)?.index ?? text.length;
      visitor.text?.(text.slice(i, stop), i, stack);
      i = stop;
    }
  }
}

function parseAttributes(text: string, base: number): Record<string, Attribute> {
  const attrs: Record<string, Attribute> = {};
  attrPattern.lastIndex = 0;
  for (let m = attrPattern.exec(text); m; m = attrPattern.exec(text)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const quoted = m[2] !== undefined || m[3] !== undefined;
    const valueStart = m.index + m[0].length - value.length - (quoted ? 1 : 0);
    attrs[m[1]] = { value, offset: base + valueStart };
  }
  return attrs;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
