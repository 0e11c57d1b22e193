// <body> and <back> → Galley Markdown and CSL items.
// Owned by the body import; this first version keeps paragraph text only.
import type { CslItem } from '../../model/reference-types.js';
import { descendants, textOf } from '../xml-tree.js';
import type { JatsImportContext } from './context.js';

export interface ImportedBody {
  /** Galley Markdown. */
  markdown: string;
  references: CslItem[];
  /** Front-matter keys that JATS keeps in <back> (acknowledgements, conflict-of-interest, data-availability …). */
  frontMatter: Record<string, unknown>;
}

export function importBody(ctx: JatsImportContext): ImportedBody {
  const body = ctx.root.children.find((c) => c.kind === 'element' && c.name === 'body');
  const paragraphs = body && body.kind === 'element' ? descendants(body, (e) => e.name === 'p').map((p) => textOf(p).trim()) : [];
  return { markdown: paragraphs.join('\n\n'), references: [], frontMatter: {} };
}
