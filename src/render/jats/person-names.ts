// A person group's names as JATS wants them: each person one <string-name>
// holding its <surname> and <given-names> (either order, with the style's
// separator between them); text between persons ("eds. ", ", ", " (Eds.)")
// stays outside. The references stage tags the parts (src/references/style-markup.ts).
import type { Inline } from '../../model/types.js';

/** What may stand between the surname and the given names of one person ("Carr, E. H.", "J. Fox"). */
const withinName = /^[\s,\u00a0]*$/;

const part = (n: Inline | undefined) => (n?.type === 'field' && (n.role === 'surname' || n.role === 'given-names') ? n.role : undefined);

/**
 * CSL renders a dropping particle with the given names, but citeproc as its own
 * span ("Laue, T. H. Von"): a given-names part followed by another, with only a
 * space between, is one given-names.
 */
function mergeGivenRuns(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const [space, previous] = [out[out.length - 1], out[out.length - 2]];
    if (part(node) === 'given-names' && space?.type === 'text' && /^\s+$/.test(space.value) && part(previous) === 'given-names' && previous.type === 'field') {
      out.splice(out.length - 2, 2, { ...previous, children: [...previous.children, space, ...(node as { children: Inline[] }).children] });
    } else out.push(node);
  }
  return out;
}

export function groupPersonNames(input: Inline[]): Inline[] {
  const nodes = mergeGivenRuns(input);
  const out: Inline[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const first = part(nodes[i]);
    if (!first) {
      out.push(nodes[i]);
      continue;
    }
    const between = nodes[i + 1];
    const other = part(nodes[i + 2]);
    if (between?.type === 'text' && withinName.test(between.value) && other && other !== first) {
      out.push({ type: 'field', role: 'string-name', children: nodes.slice(i, i + 3) });
      i += 2;
    } else out.push({ type: 'field', role: 'string-name', children: [nodes[i]] });
  }
  return out;
}
