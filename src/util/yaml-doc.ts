// YAML parsing that keeps positions: every value can be traced back to
// file:line:column by its path, so diagnostics point at what the editor wrote.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Position } from '../model/types.js';

export interface YamlError {
  message: string;
  position: Position;
}

export interface YamlDoc {
  value: unknown;
  errors: YamlError[];
  /** Position of the value at a dotted path (`authors.0.name.en`), or of its nearest ancestor. */
  positionOf(path: string): Position;
}

/**
 * @param lineOffset lines before the YAML text in its file (front matter starts after `---`).
 */
export function parseYamlDoc(text: string, file: string, lineOffset = 0): YamlDoc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0],
    position: toPosition(e.pos[0]),
  }));
  const value = errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });
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

  return { value, errors, positionOf };
}
