// Cross-references resolved once the whole body is converted: every block that
// carries a `label` (figures, sections, and any block built on the same contract —
// `label`, `id`, `number` — tables, formulas, appendices) is a target; each
// `@kind:name` gets its target's id and its words in the article's language from
// the label tables ("Fig. {n}" and its translations). Nothing falls back to another language.
import type { Block, CrossRef, CrossRefKind, Position } from '../model/types.js';
import type { RuleId } from '../checks/catalogue/index.js';
import { closest } from '../util/closest.js';

export interface CrossRefTarget {
  label: string;
  id: string;
  /** As printed: `3`, `2.1` for a subsection, `A` for an appendix. */
  number: string;
  position?: Position;
}

export interface CrossRefWords {
  /** The label table's entry in the article's language, or undefined when it has none. */
  own(lang: string, key: string): string | undefined;
}

type Report = (rule: RuleId, message: string, position?: Position) => void;

/** Label-table keys: `xref-fig` = "Fig. {n}"; `appendix-letters` numbers appendices. */
export const xrefLabelKey = (kind: CrossRefKind): string => `xref-${kind}`;

interface Node {
  type: string;
  [key: string]: unknown;
}

/** Every node below `roots`, in document order (blocks, inlines, list items). */
function* walk(value: unknown): Generator<Node> {
  if (Array.isArray(value)) {
    for (const v of value) yield* walk(v);
    return;
  }
  if (!value || typeof value !== 'object' || typeof (value as Node).type !== 'string') return;
  const node = value as Node;
  yield node;
  for (const [key, child] of Object.entries(node)) if (key !== 'position' && typeof child === 'object') yield* walk(child);
}

/** Labelled blocks by label; a second block with the same label is reported. */
export function collectTargets(body: Block[], lang: string, words: CrossRefWords, report: Report): Map<string, CrossRefTarget> {
  const targets = new Map<string, CrossRefTarget>();
  const sectionCounters: number[] = [];
  const letters = [...(words.own(lang, 'appendix-letters') ?? '')];
  for (const node of walk(body)) {
    let number: string | undefined;
    if (node.type === 'section') {
      // Sections are numbered in document order, depth by depth: 2, 2.1, 2.2 …
      const depth = Math.max(0, Number(node.depth) - 2);
      sectionCounters.length = depth + 1;
      sectionCounters[depth] = (sectionCounters[depth] ?? 0) + 1;
      number = Array.from(sectionCounters, (n) => n ?? 1).join('.');
    }
    const label = node.label;
    if (typeof label !== 'string' || typeof node.id !== 'string') continue;
    const position = node.position as Position | undefined;
    if (number === undefined) number = typeof node.number === 'number' ? String(node.number) : typeof node.number === 'string' ? node.number : undefined;
    if (number === undefined) continue;
    if (label.startsWith('app:') && /^\d+$/.test(number)) number = letters[Number(number) - 1] ?? number;
    const first = targets.get(label);
    if (first) {
      const where = first.position ? ` (the first at ${first.position.line}:${first.position.column})` : '';
      report('xref-duplicate-label', `Unexpected second block labelled ${JSON.stringify(label)}${where}, expected each label once`, position);
      continue;
    }
    targets.set(label, { label, id: node.id, number, position });
  }
  return targets;
}

/**
 * Fill every cross-reference of the body and of the other texts (footnotes,
 * abstracts) with its target and words; unknown labels and missing words are
 * reported at the reference. Targets are the body's blocks only.
 */
export function resolveCrossRefs(body: Block[], elsewhere: Block[][], lang: string, words: CrossRefWords, report: Report): void {
  const targets = collectTargets(body, lang, words, report);
  const missingWords = new Set<string>();
  for (const node of walk([body, ...elsewhere])) {
    if (node.type !== 'crossRef') continue;
    const ref = node as unknown as CrossRef;
    const target = targets.get(ref.label);
    if (!target) {
      const known = [...targets.keys()];
      const near = closest(ref.label, known.filter((l) => l.startsWith(`${ref.kind}:`)).length ? known.filter((l) => l.startsWith(`${ref.kind}:`)) : known);
      const expected = near ? `a label of the article such as ${JSON.stringify(near)} (did you mean @${near}?)` : known.length ? `one of ${known.map((l) => `@${l}`).join(', ')}` : `a block labelled {#${ref.label}}`;
      report('xref-unknown-label', `Unexpected cross-reference @${ref.label} to no labelled block, expected ${expected}`, ref.position);
      continue;
    }
    const pattern = words.own(lang, xrefLabelKey(ref.kind));
    if (pattern === undefined) {
      if (!missingWords.has(ref.kind))
        report('xref-label-missing', `Unexpected cross-reference @${ref.label} with no words for "${xrefLabelKey(ref.kind)}" in the article's language "${lang}", expected the key in the label table (html/labels.yaml) for ${lang}`, ref.position);
      missingWords.add(ref.kind);
      continue;
    }
    ref.targetId = target.id;
    ref.text = pattern.replace('{n}', target.number);
  }
}
