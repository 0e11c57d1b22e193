// `{#fig:name}` after a figure's image, `{#sec:name}` at the end of a heading
// (Pandoc's attribute syntax): the label is taken off the text and kept on the block.
import type { PhrasingContent } from 'mdast';
import type { CrossRefKind } from '../../model/types.js';
import type { ConvertContext } from './context.js';

const trailingLabel = /\s*\{#([^\s{}]*)\}\s*$/;

/** The inline children without a trailing `{#label}`, and the label when its prefix fits the block. */
export function takeTrailingLabel(children: PhrasingContent[], ctx: ConvertContext, kind: CrossRefKind, blockName: string): { children: PhrasingContent[]; label?: string } {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return { children };
  const m = trailingLabel.exec(last.value);
  if (!m) return { children };
  const rest = last.value.slice(0, m.index);
  const kept = rest ? [...children.slice(0, -1), { ...last, value: rest }] : children.slice(0, -1);
  const label = m[1];
  const offset = (last.position?.start.offset ?? 0) + (last.value.length - m[0].trimStart().length);
  const at = last.position ? ctx.lines.at(offset) : undefined;
  if (!label.startsWith(`${kind}:`) || label.length === kind.length + 1) {
    ctx.report('xref-label-kind', `Unexpected label ${JSON.stringify(`{#${label}}`)} on a ${blockName}, expected \`{#${kind}:name}\``, at);
    return { children: kept };
  }
  return { children: kept, label };
}
