// Which paragraph captions which table or figure: a paragraph in a caption
// style, or one that starts "Table 1" / "Рис. 2" (Word's caption field prints
// the same), right before or after the table (before first: Word's habit for
// tables) or right after the picture. The label ("Table 1.") is left out:
// Galley numbers tables and figures itself.
import type { DocxBlock, DocxParagraph, DocxRun } from './model.js';
import { paragraphText } from './model.js';

const captionStyle = /caption|подпись|название объекта/i;
const tableLabel = /^\s*(Table|Tab\.|Таблица|Табл\.)\s*(\d+|[IVXLC]+)(\s*[.:–—-])?\s*/i;
const figureLabel = /^\s*(Figure|Fig\.|Рисунок|Рис\.)\s*(\d+)(\s*[.:–—-])?\s*/i;

export type CaptionKind = 'table' | 'figure';

export function isImageParagraph(p: DocxParagraph): boolean {
  return p.runs.some((r) => r.image) && !paragraphText(p).trim();
}

function captionOf(p: DocxBlock | undefined, kind: CaptionKind): DocxParagraph | undefined {
  if (p?.kind !== 'paragraph' || isImageParagraph(p)) return undefined;
  const text = paragraphText(p);
  if (!text.trim()) return undefined;
  const label = kind === 'table' ? tableLabel : figureLabel;
  if (label.test(text)) return p;
  if (p.styleName && captionStyle.test(p.styleName) && !(kind === 'table' ? figureLabel : tableLabel).test(text)) return p;
  return undefined;
}

/** Caption paragraph index → the block index it captions and its kind. */
export function findCaptions(blocks: DocxBlock[]): Map<number, { block: number; kind: CaptionKind }> {
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
      const c = captionOf(blocks[j], kind);
      if (c && !out.has(c.index)) {
        out.set(c.index, { block: i, kind });
        return;
      }
    }
  });
  return out;
}

/** The caption's runs without its printed label ("Table 1. "). */
export function captionRuns(p: DocxParagraph, kind: CaptionKind): DocxRun[] {
  const m = (kind === 'table' ? tableLabel : figureLabel).exec(paragraphText(p));
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
