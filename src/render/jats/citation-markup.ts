// Reference text arrives as inlines where formatting may wrap tagged fields
// (`*<source>Title</source>*`). JATS does not allow <source> inside <italic>,
// so formatting is pushed inside the fields: <source><italic>Title</italic></source>.
// Elements that take no formatting at all (<person-group>, <year> …) lose it.
import type { Inline } from '../../model/types.js';

type Wrapper = 'emphasis' | 'strong';

export function pushFormattingIntoFields(nodes: Inline[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if ((node.type === 'emphasis' || node.type === 'strong') && containsField(node.children))
      return pushFormattingIntoFields(node.children).map((child) => wrap(child, node.type));
    if (node.type === 'field') return [{ ...node, children: pushFormattingIntoFields(node.children) }];
    if ((node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') && node.children.length)
      return [{ ...node, children: pushFormattingIntoFields(node.children) }];
    return [node];
  });
}

function wrap(node: Inline, type: Wrapper): Inline {
  if (node.type === 'field') return { ...node, children: node.children.map((c) => wrap(c, type)) };
  return { type, children: [node] };
}

function containsField(nodes: Inline[]): boolean {
  return nodes.some((n) => n.type === 'field' || ('children' in n && Array.isArray(n.children) && containsField(n.children)));
}

/** The same inlines without emphasis, strong, links or code: for elements that take only text. */
export function stripFormatting(nodes: Inline[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') return stripFormatting(node.children);
    if (node.type === 'inlineCode') return [{ type: 'text', value: node.value }];
    if (node.type === 'field') return [{ ...node, children: stripFormatting(node.children) }];
    return [node];
  });
}
