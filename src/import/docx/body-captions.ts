// Which paragraph captions which table or figure: a paragraph in a caption
// style, or one that starts with a table or figure label and a number ("Table 1",
// Word's caption field prints the same), right before or after the table (before
// first: Word's habit for tables) or right after the picture. The label words
// are the galleys' own (`table`, `figure` in the label tables, every language)
// plus their long and short forms. The label ("Table 1.") is left out: Galley
// numbers tables and figures itself.
import { builtinTemplates } from '../../profile/load.js';
import type { Profile } from '../../profile/types.js';
import { loadLabels } from '../../render/html/labels.js';
import type { DocxBlock, DocxParagraph, DocxRun } from './model.js';
import { paragraphText } from './model.js';

const captionStyle = /caption|подпись|название объекта/i;

export interface CaptionLabels {
  table: RegExp;
  figure: RegExp;
}

/** Forms authors write besides the label tables' own (`Fig.` → `Figure`). */
const otherForms = { table: ['Tab.', 'Табл.'], figure: ['Figure', 'Рисунок'] };

export function captionLabels(profile: Profile | undefined): CaptionLabels {
  const labels = loadLabels(profile?.templates ?? [builtinTemplates], profile?.labels);
  const words = (key: 'table' | 'figure') => {
    const all = new Set([...labels.languages().map((l) => labels.own(l, key)).filter((w): w is string => Boolean(w)), ...otherForms[key]]);
    return [...all].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  };
  return {
    table: new RegExp(`^\\s*(${words('table')})\\s*(\\d+|[IVXLC]+)(\\s*[.:–—-])?\\s*`, 'iu'),
    figure: new RegExp(`^\\s*(${words('figure')})\\s*(\\d+)(\\s*[.:–—-])?\\s*`, 'iu'),
  };
}

export type CaptionKind = 'table' | 'figure';

export function isImageParagraph(p: DocxParagraph): boolean {
  return p.runs.some((r) => r.image) && !paragraphText(p).trim();
}

function captionOf(p: DocxBlock | undefined, kind: CaptionKind, labels: CaptionLabels): DocxParagraph | undefined {
  if (p?.kind !== 'paragraph' || isImageParagraph(p)) return undefined;
  const text = paragraphText(p);
  if (!text.trim()) return undefined;
  if (labels[kind].test(text)) return p;
  if (p.styleName && captionStyle.test(p.styleName) && !labels[kind === 'table' ? 'figure' : 'table'].test(text)) return p;
  return undefined;
}

/** Caption paragraph index → the block index it captions and its kind. */
export function findCaptions(blocks: DocxBlock[], labels: CaptionLabels): Map<number, { block: number; kind: CaptionKind }> {
  const out = new Map<number, { block: number; kind: CaptionKind }>();
  const nonEmpty = (i: number, step: number): number => {
    let j = i + step;
    while (blocks[j]?.kind === 'paragraph' && !paragraphText(blocks[j] as DocxParagraph).trim() && !(blocks[j] as DocxParagraph).runs.some((r) => r.image || r.mathml)) j += step;
    return j;
  };
  blocks.forEach((b, i) => {
    const kind: CaptionKind | undefined = b.kind === 'table' ? 'table' : isImageParagraph(b) ? 'figure' : undefined;
    if (!kind) return;
    const order = kind === 'table' ? [-1, 1] : [1, -1];
    for (const step of order) {
      const j = nonEmpty(i, step);
      const c = captionOf(blocks[j], kind, labels);
      if (c && !out.has(c.index)) {
        out.set(c.index, { block: i, kind });
        return;
      }
    }
  });
  return out;
}

/** The caption's runs without its printed label ("Table 1. "). */
export function captionRuns(p: DocxParagraph, kind: CaptionKind, labels: CaptionLabels): DocxRun[] {
  const m = labels[kind].exec(paragraphText(p));
  let drop = m ? m[0].length : 0;
  const out: DocxRun[] = [];
  for (const r of p.runs) {
    if (drop >= r.text.length && !r.noteRef && !r.mathml && !r.citation) {
      drop -= r.text.length;
      continue;
    }
    out.push(drop ? { ...r, text: r.text.slice(drop) } : r);
    drop = 0;
  }
  return out;
}
