// A note style (CSL class="note") cites in footnotes: each citation the author wrote
// in the running text becomes a footnote of its own holding the cluster, at the
// place of the citation; citations already inside a footnote stay where they are.
// All notes are then numbered again in reading order, the author's and the
// generated ones together, so the numbers and ids stay one sequence (fn1, fn2 …).
import type { Block, Citation, Footnote, FootnoteRef, Inline } from '../model/types.js';
import { footnoteId } from '../source/markdown/footnotes.js';

interface Walk {
  notes: Map<string, Footnote>;
  order: Footnote[];
  calls: [FootnoteRef, Footnote | undefined][];
}

export function citationsToNotes(body: Block[], footnotes: Footnote[]): Footnote[] {
  const walk: Walk = { notes: new Map(footnotes.map((f) => [f.id, f])), order: [], calls: [] };
  const seen = new Set<string>();
  const inlines = (nodes: Inline[], inNote: boolean): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      if (node.type === 'citation' && !inNote) return [noteFor(node, walk)];
      // Inside a note the citation is part of the note's sentence: the style's closing period would double the note's own.
      if (node.type === 'citation' && node.layout?.suffix === '.') return [{ ...node, layout: { ...node.layout, suffix: '' } }];
      if (node.type === 'footnoteRef') {
        const note = walk.notes.get(node.id);
        walk.calls.push([node, note]);
        if (note && !seen.has(note.id)) {
          seen.add(note.id);
          walk.order.push(note);
          note.children = blocks(note.children, true);
        }
        return [node];
      }
      if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') return [{ ...node, children: inlines(node.children, inNote) }];
      return [node];
    });
  const blocks = (nodes: Block[], inNote: boolean): Block[] =>
    nodes.map((block): Block => {
      switch (block.type) {
        case 'paragraph':
          return { ...block, children: inlines(block.children, inNote) };
        case 'section':
          return { ...block, children: blocks(block.children, inNote) };
        case 'blockquote':
          return { ...block, children: blocks(block.children, inNote) };
        case 'list':
          return { ...block, items: block.items.map((item) => blocks(item, inNote)) };
        default:
          // Titles and captions keep their citations in place: a note call there would float away from the text.
          return block;
      }
    });
  const converted = blocks(body, false);
  body.splice(0, body.length, ...converted);
  for (const f of footnotes) if (!seen.has(f.id)) walk.order.push(f);
  walk.order.forEach((note, i) => {
    note.number = i + 1;
    note.id = footnoteId(i + 1);
  });
  for (const [ref, note] of walk.calls)
    if (note) {
      ref.number = note.number;
      ref.id = note.id;
    }
  return walk.order;
}

function noteFor(citation: Citation, walk: Walk): FootnoteRef {
  const note: Footnote = { id: '', number: 0, children: [{ type: 'paragraph', children: [citation], position: citation.position }], position: citation.position };
  const ref: FootnoteRef = { type: 'footnoteRef', id: '', number: 0, position: citation.position };
  walk.order.push(note);
  walk.calls.push([ref, note]);
  return ref;
}
