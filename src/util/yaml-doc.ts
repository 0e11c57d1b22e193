// YAML parsing that keeps positions: every value can be traced back to
// file:line:column by its path, so diagnostics point at what the editor wrote.
// Every failure is an error with a position, never an exception: size and depth
// are bounded before parsing, aliases and node counts before conversion.
// Cost (measured, fresh process): nearly all of it is the `yaml` package's lexer
// and CST parser running cold, ~5 µs a byte (references.yaml, 20 KB: ~100 ms);
// positions add nothing to that (ranges come with the nodes, lines with the
// LineCounter), and `positionOf` is a walk done only when asked.
import { LineCounter, parseDocument, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import type { Position } from '../model/types.js';
import { defaultYamlLimits, findYamlLimitBreak, type YamlLimits } from './yaml-limits.js';

export interface YamlError {
  /** The parser's words (a fragment), or with `complete` a whole "Unexpected X, expected Y". */
  message: string;
  position: Position;
  complete?: boolean;
}

/** The diagnostic text of a YAML error. */
export function yamlErrorMessage(e: YamlError): string {
  return e.complete ? e.message : `Unexpected YAML syntax: ${e.message}, expected well-formed YAML`;
}

export interface YamlDoc {
  value: unknown;
  errors: YamlError[];
  /** Position of the value at a dotted path (`authors.0.name.en`), or of its nearest ancestor. */
  positionOf(path: string): Position;
  /** Double-quoted scalars (the only ones with escapes): value, text as written, position of a character of that text. */
  escapedScalars(): { value: string; raw: string; positionAt(index: number): Position }[];
}

/**
 * @param lineOffset lines before the YAML text in its file (front matter starts after `---`).
 */
export function parseYamlDoc(text: string, file: string, lineOffset = 0, limits: Partial<YamlLimits> = {}): YamlDoc {
  const bounds = { ...defaultYamlLimits, ...limits };
  const lineCounter = new LineCounter();
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  const broken = findYamlLimitBreak(text, bounds);
  if (broken) {
    const lines = text.slice(0, broken.offset).split('\n');
    const position = { file, line: lines.length + lineOffset, column: [...lines[lines.length - 1]].length + 1 };
    return { value: undefined, errors: [{ message: broken.message, position, complete: true }], positionOf: () => position, escapedScalars: () => [] };
  }
  // Unique keys are checked below: the parser's own check is quadratic (30,000 keys: 15 s).
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const errors: YamlError[] = doc.errors.map((e) => {
    if (/call stack/i.test(e.message))
      return { message: `Unexpected YAML collections nested too deep for the parser, expected at most ${bounds.maxDepth} levels`, position: toPosition(e.pos[0]), complete: true };
    const italic = italicValueAt(text, e.pos[0]);
    if (italic) return { message: aliasMessage(italic.written), position: toPosition(italic.offset), complete: true };
    return { message: e.message.split('\n')[0], position: toPosition(e.pos[0]) };
  });
  // One walk checks the structure and finds the double-quoted scalars (escapedScalars).
  let quoted: Scalar[] | undefined;
  if (!errors.length) {
    const structure = structureErrors(doc, text, bounds);
    errors.push(...structure.errors.map((e) => ({ message: e.message, position: toPosition(e.offset), complete: true })));
    quoted = structure.quoted;
  }
  let value: unknown;
  if (!errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (error) {
      // Defensive: every known cause is reported above, but none may escape as a stack.
      errors.push({ message: `${(error as Error)?.message ?? error}`.split('\n')[0], position: toPosition(0) });
    }
  }
  const start = toPosition(0);

  function positionOf(path: string): Position {
    let node: unknown = doc.contents;
    let best: Position = start;
    const here = (n: unknown) => {
      const range = (n as Node | undefined)?.range;
      // A quoted value's text starts after its quote: columns inside it then match.
      const quoted = isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE');
      if (range) best = toPosition(range[0] + (quoted ? 1 : 0));
    };
    here(node);
    for (const key of path.split('.').filter(Boolean)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (!pair) break;
        if (pair.key) here(pair.key);
        node = pair.value;
        if (node) here(node);
      } else if (isSeq(node)) {
        node = node.items[Number(key)];
        if (!node) break;
        here(node);
      } else break;
    }
    return best;
  }

  function escapedScalars() {
    const found: ReturnType<YamlDoc['escapedScalars']> = [];
    // Not found by the structure walk (a document with errors): walk for them now.
    if (!quoted) {
      const all: Scalar[] = [];
      eachNode(doc.contents, (node) => {
        if (isScalar(node) && node.type === 'QUOTE_DOUBLE') all.push(node);
        return true;
      });
      quoted = all;
    }
    for (const node of quoted) {
      if (typeof node.value !== 'string' || !node.range) continue;
      const from = node.range[0];
      const raw = text.slice(from, node.range[1]);
      if (raw.includes('\\')) found.push({ value: node.value, raw, positionAt: (index) => toPosition(from + index) });
    }
    return found;
  }

  return { value, errors, positionOf, escapedScalars };
}

/**
 * Depth first in the order of the `yaml` package's `visit`: a node, then its
 * items; a pair's key, then its value. `false` from `visit` stops the walk.
 * A plain recursion: `visit` builds a frozen path array per collection.
 */
function eachNode(node: unknown, visit: (node: Node) => boolean): boolean {
  if (isPair(node)) return eachNode(node.key, visit) && eachNode(node.value, visit);
  if (!isNode(node)) return true;
  if (!visit(node)) return false;
  if (isCollection(node)) for (const item of node.items) if (!eachNode(item, visit)) return false;
  return true;
}

/**
 * Duplicate keys, aliases without an anchor or inside their own anchor, and
 * documents that expand past the node limit; and, when the walk went through
 * the whole document, its double-quoted scalars.
 */
function structureErrors(doc: Document, text: string, limits: YamlLimits): { errors: { message: string; offset: number }[]; quoted?: Scalar[] } {
  const errors: { message: string; offset: number }[] = [];
  const quoted: Scalar[] = [];
  const anchors = new Map<string, Node>();
  /** Expanded size of a node; -1 while it is being measured (an alias inside its own anchor). */
  const sizes = new Map<unknown, number>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      return target ? sizeOf(target) : 1;
    }
    if (!node || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known < 0 ? Infinity : known;
    sizes.set(node, -1);
    let n = 1;
    if (isMap(node)) for (const p of node.items) n += sizeOf(p.key) + sizeOf(p.value);
    else if (isSeq(node)) for (const item of node.items) n += sizeOf(item);
    sizes.set(node, n);
    return n;
  };
  let total = 0;
  const stop = (message: string, node: Node) => {
    errors.push({ message, offset: node.range?.[0] ?? 0 });
    return false;
  };
  const complete = eachNode(doc.contents, (node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        const [at, end] = node.range ?? [0, 0];
        const written = text.slice(at, end).trim();
        return stop(aliasMessage(italicValueAt(text, at)?.written ?? written), node);
      }
      const size = sizeOf(node);
      if (size === Infinity) return stop(`Unexpected YAML alias \`*${node.source}\` inside its own anchor, expected a value that does not contain itself`, node);
      total += size;
      if (total > limits.maxNodes)
        return stop(`Unexpected YAML aliases expanding to more than ${limits.maxNodes} values, expected at most ${limits.maxNodes} (article sources need no anchors or aliases)`, node);
      return true;
    }
    if (++total > limits.maxNodes) return stop(`Unexpected YAML with more than ${limits.maxNodes} values, expected at most ${limits.maxNodes}`, node);
    if (node.anchor) anchors.set(node.anchor, node);
    if (isScalar(node) && node.type === 'QUOTE_DOUBLE') quoted.push(node);
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (pair.key !== null && !isScalar(pair.key)) {
          // JavaScript would stringify it (with a warning on stderr): no source needs one.
          errors.push({ message: 'Unexpected YAML key that is a list, map or alias, expected a plain key such as `title`', offset: (pair.key as Node).range?.[0] ?? node.range?.[0] ?? 0 });
          continue;
        }
        const key = String(isScalar(pair.key) ? pair.key.value : null);
        if (seen.has(key)) errors.push({ message: `Unexpected YAML key \`${key}\` twice in one map, expected map keys to be unique`, offset: (pair.key as Node | null)?.range?.[0] ?? node.range?.[0] ?? 0 });
        seen.add(key);
      }
    }
    return true;
  });
  return { errors, ...(complete && { quoted }) };
}

/** The plain value starting with `*` on the line of `offset` (`en: *Pravda* and the Party`), if any. */
function italicValueAt(text: string, offset: number): { written: string; offset: number } | undefined {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? undefined : end);
  const m = /^(\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?)(\*[^\s*,\]}].*?)\s*(?:\s#.*)?$/.exec(line);
  return m ? { written: m[2], offset: start + m[1].length } : undefined;
}

/** Markdown italics at the start of a value are the usual way into a YAML alias: say so. */
function aliasMessage(written: string): string {
  return `Unexpected YAML alias \`${written}\` (a plain value starting with \`*\` names an anchor), expected a value; for Markdown italics quote the value: "${written.replace(/["\\]/g, '\\$&')}"`;
}
