// Citations against the bibliography: every key resolves, every item is cited.
import { blockParts } from '../model/block-parts.js';
import type { Block, Citation, Footnote, Inline, Localized, Position } from '../model/types.js';
import type { RuleId } from '../checks/catalogue/index.js';
import type { Bibliography } from './bibliography.js';
import { nearest } from '../util/suggest.js';

type Report = (rule: RuleId, message: string, position?: Position) => void;

export function collectCitations(blocks: Block[], footnotes: Footnote[] = [], abstracts: Localized<Block[]> = {}): Citation[] {
  const out: Citation[] = [];
  const inlines = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (n.type === 'citation') out.push(n);
      else if ('children' in n) inlines(n.children);
    }
  };
  const walk = (list: Block[]) => {
    for (const b of list) {
      const parts = blockParts(b);
      parts.inlines.forEach(inlines);
      parts.blocks.forEach(walk);
    }
  };
  walk(blocks);
  for (const f of footnotes) walk(f.children);
  for (const a of Object.values(abstracts)) walk(a);
  return out;
}

export function crossCheckCitations(citations: Citation[], bibliography: Bibliography, report: Report): void {
  // The missing or broken file is already reported; every key would be "unknown".
  if (!bibliography.loaded) return;
  const ids = new Set(bibliography.items.map((i) => i.id));
  const cited = new Set<string>();
  for (const c of citations)
    for (const item of c.items) {
      cited.add(item.key);
      if (!ids.has(item.key)) {
        // A mistyped key (`@fairwether2003`) is answered with the nearest id.
        const near = nearest(item.key, ids);
        report('citation-unknown-key', `Unexpected citation key \`@${item.key}\`, expected ${near ? `\`@${near}\`` : 'the id of an item in the bibliography'}`, item.position ?? c.position);
      }
    }
  for (const item of bibliography.items)
    if (!cited.has(item.id))
      report('bibliography-uncited', `Unexpected work \`${item.id}\` that the text never cites, expected a citation \`[@${item.id}]\` or its removal`, bibliography.positions[item.id]);
}
