// Source lines inside converted inline runs: verse lines and definition-list
// lines are the soft line breaks of a paragraph. A break inside italics splits
// the italics too, so no line is lost or merged.
import type { Inline } from '../../model/types.js';

export function splitLines(nodes: Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  const push = (node: Inline) => lines[lines.length - 1].push(node);
  for (const node of nodes) {
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) push({ ...node, value: part });
      });
    } else if ((node.type === 'emphasis' || node.type === 'strong' || node.type === 'mark' || node.type === 'link') && node.children.length) {
      splitLines(node.children).forEach((children, i) => {
        if (i > 0) lines.push([]);
        if (children.length) push({ ...node, children } as Inline);
      });
    } else push(node);
  }
  return lines;
}

/** Removes `pattern` from the start of the run's first text node; undefined when it does not start so. */
export function stripLead(nodes: Inline[], pattern: RegExp): Inline[] | undefined {
  const first = nodes[0];
  if (first?.type !== 'text') return undefined;
  const m = pattern.exec(first.value);
  if (!m || m.index !== 0) return undefined;
  const value = first.value.slice(m[0].length);
  return value ? [{ ...first, value }, ...nodes.slice(1)] : nodes.slice(1);
}

/** Trailing whitespace of the run's last text node, removed. */
export function trimEnd(nodes: Inline[]): Inline[] {
  const last = nodes[nodes.length - 1];
  if (last?.type !== 'text') return nodes;
  const value = last.value.trimEnd();
  return value ? [...nodes.slice(0, -1), { ...last, value }] : nodes.slice(0, -1);
}
