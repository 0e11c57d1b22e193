// What the node handlers share while one JATS document renders: the ids
// handed out so far, where citations and footnote calls point, and the
// renderers for child nodes (passed in, so handlers need not import each other).
import type { Article, Block, Inline } from '../../model/types.js';
import type { FormatTemplates } from '../templates.js';
import { IdRegistry } from './ids.js';
import type { Labels } from '../html/labels.js';

export interface JatsState {
  article: Article;
  templates: FormatTemplates;
  ids: IdRegistry;
  /** Footnote id (source) → XML id of its <fn>. */
  footnoteIds: Map<string, string>;
  /** CSL id → XML id of its <ref>; only works that have an entry in a reference list. */
  refIds: Map<string, string>;
  /** Language of the text being rendered (labels such as "Fig." depend on it). */
  lang: string;
  /** The journal's words per language ("Fig."), from the label tables. */
  labels: Labels;
  /** True inside <mixed-citation>: Field nodes become JATS elements there. */
  inCitation: boolean;
  inlines(nodes: Inline[], state?: JatsState): string;
  blocks(nodes: Block[], state?: JatsState): string;
}

export type Handler<N> = (node: N, state: JatsState) => string;
