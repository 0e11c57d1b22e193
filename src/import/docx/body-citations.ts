// Zotero and Mendeley citation fields → Galley citations and CSL items. Each
// work gets one key by Galley's convention (first author's surname in ASCII +
// year, a letter when two works collide); the same work cited twice (same
// Zotero URI or the same item data) keeps its key.
import type { CslItem } from '../../model/reference-types.js';
import { transliterate } from '../../references/translit/transliterate.js';
import type { DocxCitation, DocxCitedItem } from './model.js';

/** CSL locator labels → the label written in the source (src/source/citations.ts reads them back). */
const writtenLabels: Record<string, string> = {
  page: 'p.', chapter: 'ch.', volume: 'vol.', issue: 'no.', note: 'n.', folio: 'fol.', section: 'sec.', column: 'col.', line: 'l.', paragraph: 'para.',
};

/** Zotero/Mendeley bookkeeping in itemData that is not CSL. */
const notCsl = new Set(['id', 'citation-key', 'system_id', 'uris', 'uri']);

export class CitationRegistry {
  readonly items: CslItem[] = [];
  private readonly byIdentity = new Map<string, string>();
  private readonly used = new Set<string>();

  /** `[@key, p. 2; @key2]` for a citation field; problems go to `note`. */
  markdown(c: DocxCitation, note: (what: string) => void): string {
    const parts = c.items.map((i) => this.item(i, note));
    return `[${parts.join('; ')}]`;
  }

  private item(cited: DocxCitedItem, note: (what: string) => void): string {
    const key = this.keyFor(cited.item);
    let s = `${cited.prefix ? `${cited.prefix.trim()} ` : ''}${cited.suppressAuthor ? '-' : ''}@${key}`;
    if (cited.locator) {
      const label = writtenLabels[cited.label ?? 'page'];
      if (!label) note(`locator label “${cited.label}” has no written form in Galley; the locator ${cited.locator} is written without it`);
      s += `, ${label ? `${label} ` : ''}${cited.locator}`;
    }
    if (cited.suffix) s += ` ${cited.suffix.trim().replace(/^,\s*/, '')}`;
    return s;
  }

  private keyFor(data: Record<string, unknown>): string {
    const identity = JSON.stringify(data.uris ?? data.uri ?? data.id ?? data);
    const known = this.byIdentity.get(identity);
    if (known) return known;
    const base = baseKey(data);
    let key = base;
    for (let n = 0; this.used.has(key); n++) key = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
    this.used.add(key);
    this.byIdentity.set(identity, key);
    const item: CslItem = { id: key, type: typeof data.type === 'string' ? data.type : 'document' };
    for (const [k, v] of Object.entries(data)) if (!notCsl.has(k) && k !== 'type') item[k] = v;
    this.items.push(item);
    return key;
  }
}

function baseKey(data: Record<string, unknown>): string {
  const people = (data.author ?? data.editor) as { family?: string; literal?: string }[] | undefined;
  const first = people?.[0];
  const name = first?.family ?? first?.literal ?? String(data.title ?? 'untitled').split(/\s+/).find((w) => w.length > 3) ?? 'untitled';
  const issued = (data.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const ascii = transliterate(String(name), 'lc')
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  return `${ascii || 'work'}${issued ?? ''}`;
}
