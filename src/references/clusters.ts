// In-text citation clusters: each cited work through the citation style's
// <citation> layout (the engine registered the whole bibliography, so the year is
// added exactly where an author name alone is ambiguous there); archival files
// rendered and collapsed here (archives.ts), as CSL cannot merge across items.
import type { Citation, CitationItem, CslItem, Inline } from '../model/types.js';
import type { StyleEngine } from './engine.js';
import { htmlToInlines, trimInlines } from './html-inlines.js';
import { parseArchivalLocator, renderArchivalRun, type ArchivalCite } from './archives.js';

export interface ClusterProblem {
  citation: Citation;
  item: CitationItem;
  kind: 'archival-locator' | 'unknown-key';
}

export type CitationLayout = NonNullable<Citation['layout']>;

export interface ClusterResult {
  clusters: Map<string, Inline[]>;
  /** Citation.id → the style's brackets and delimiter around its items (none for a narrative citation: they are inside). */
  layouts: Map<string, CitationLayout>;
  problems: ClusterProblem[];
}

export const isArchive = (item: CslItem | undefined): boolean => item?.type === 'collection';

/** The archival cites of a citation, by the archive they name; unparsable locators are skipped. */
export function archivalCites(citation: Citation, items: Map<string, CslItem>): ArchivalCite[] {
  const out: ArchivalCite[] = [];
  for (const ci of citation.items) {
    const item = items.get(ci.key);
    if (!isArchive(item)) continue;
    const file = ci.locator ? parseArchivalLocator(ci.locator) : {};
    if (file) out.push({ archive: ci.key, name: String(item!.archive ?? item!.title ?? ci.key), file });
  }
  return out;
}

/**
 * Render every cluster from an engine that has `load`ed the items prepared for its
 * style. Brackets and the delimiter between works are the style's (its citation
 * layout's affixes); a narrative citation is the author alone, then the rest of the
 * cite inside the style's brackets: "Wehling (1977, p. 3)", "Wehling [3]".
 */
export function renderClusters(citations: Citation[], items: CslItem[], engine: StyleEngine): ClusterResult {
  const byId = new Map(items.map((i) => [i.id, i]));
  const problems: ClusterProblem[] = [];
  const { layout } = engine;
  const delimiter = layout.delimiter;
  const cite = (ci: CitationItem, part?: 'author-only' | 'suppress-author'): string => {
    const located = ci.locator && ci.label !== 'archival' ? { locator: ci.locator, label: ci.label ?? 'page' } : {};
    const mode = part ?? (ci.suppressAuthor ? 'suppress-author' : undefined);
    return engine.cite({ id: ci.key, ...located, ...(mode ? { [mode]: true } : {}) });
  };
  const clusters = new Map<string, Inline[]>();
  const layouts = new Map<string, CitationLayout>();
  for (const c of citations) {
    const only = c.items[0];
    if (c.narrative && only && byId.has(only.key) && !isArchive(byId.get(only.key))) {
      clusters.set(c.id, narrative(only, byId.get(only.key)!, cite, layout));
      layouts.set(c.id, { prefix: '', suffix: '', delimiter });
      continue;
    }
    layouts.set(c.id, layout);
    const parts: Inline[][] = [];
    let run: ArchivalCite[] = [];
    const flush = () => {
      if (run.length) parts.push([{ type: 'text', value: renderArchivalRun(run, engine.style.config.archivalTerms, true) }]);
      run = [];
    };
    c.items.forEach((ci) => {
      const item = byId.get(ci.key);
      if (isArchive(item)) {
        const file = ci.locator ? parseArchivalLocator(ci.locator) : {};
        if (!file) {
          problems.push({ citation: c, item: ci, kind: 'archival-locator' });
          flush();
          parts.push(affixed(ci, [{ type: 'text', value: [item!.archive ?? ci.key, ci.locator].join('. ') }]));
          return;
        }
        run.push({ archive: ci.key, name: String(item!.archive ?? item!.title ?? ci.key), file, prefix: ci.prefix, suffix: ci.suffix });
        return;
      }
      flush();
      if (!item) {
        problems.push({ citation: c, item: ci, kind: 'unknown-key' });
        parts.push(affixed(ci, [{ type: 'text', value: `@${ci.key}` }]));
      } else parts.push(affixed(ci, plainInlines(htmlToInlines(cite(ci)))));
    });
    flush();
    const out: Inline[] = [];
    parts.forEach((p, i) => {
      if (i) out.push({ type: 'text', value: delimiter });
      out.push(...p);
    });
    clusters.set(c.id, mergeText(out));
  }
  return { clusters, layouts, problems };
}

/** "Wehling (1977, p. 3)": the author, then what remains of the cite in the style's brackets (nothing when nothing remains). */
function narrative(ci: CitationItem, item: CslItem, cite: (ci: CitationItem, part: 'author-only' | 'suppress-author') => string, layout: CitationLayout): Inline[] {
  const authorHtml = cite(ci, 'author-only');
  // A style whose citations print no names (numeric) has no author-only form: the family names then.
  const author = authorHtml.includes('NO_PRINTED_FORM') ? [{ type: 'text' as const, value: familyNames(item) }] : plainInlines(htmlToInlines(authorHtml));
  const rest = plainInlines(htmlToInlines(cite(ci, 'suppress-author')));
  const out: Inline[] = [...author];
  if (rest.length) out.push({ type: 'text', value: `${author.length ? ' ' : ''}${layout.prefix}` }, ...affixed(ci, rest), { type: 'text', value: layout.suffix });
  else if (ci.suffix) out.push({ type: 'text', value: ` ${ci.suffix}` });
  return mergeText(out);
}

/** "Marlowe", "Davies, Harris", "Fox et al." (four or more), else the short title. */
function familyNames(item: CslItem): string {
  const names = ((item.author ?? item.editor ?? []) as { family?: string; literal?: string }[]).map((n) => n.family ?? n.literal ?? '').filter(Boolean);
  if (!names.length) return String(item['title-short'] ?? item.title ?? item.id);
  return names.length > 3 ? `${names[0]} et al.` : names.join(', ');
}

function affixed(ci: CitationItem, body: Inline[]): Inline[] {
  const out: Inline[] = [];
  if (ci.prefix) out.push({ type: 'text', value: `${ci.prefix} ` });
  out.push(...body);
  if (ci.suffix) out.push({ type: 'text', value: ` ${ci.suffix}` });
  return out;
}

/** Clusters keep emphasis but not the bibliography's field roles. */
function plainInlines(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of trimInlines(nodes)) {
    if (n.type === 'field') out.push(...plainInlines(n.children));
    else if (n.type === 'emphasis' || n.type === 'strong') out.push({ ...n, children: plainInlines(n.children) });
    else out.push(n);
  }
  return out;
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text') last.value += n.value;
    else out.push(n.type === 'text' ? { ...n } : n);
  }
  return out;
}
