// A person group's names as JATS wants them: each person one <string-name>
// holding its <surname> and <given-names> (either order, with the style's
// separator between them); text between persons ("eds. ", ", ", " (Eds.)")
// stays outside. The references stage tags the parts (src/references/style-markup.ts).
import type { Inline } from '../../model/types.js';

/** What may stand between the surname and the given names of one person ("Carr, E. H.", "J. Fox"). */
const withinName = /^[\s,\u00a0]*$/;

const part = (n: Inline | undefined) => (n?.type === 'field' && (n.role === 'surname' || n.role === 'given-names') ? n.role : undefined);

export function groupPersonNames(nodes: Inline[]): Inline[] {
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
