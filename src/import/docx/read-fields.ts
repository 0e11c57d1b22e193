// Word fields: `begin` … instruction … `separate` … result … `end`. Galley keeps
// the printed result of ordinary fields (SEQ, REF, PAGE) and reports the field;
// Zotero and Mendeley citation fields carry CSL-JSON and become citations;
// fields whose result Word generates over several paragraphs (a Zotero
// bibliography, a table of contents) are recognised so the body can leave them out.
import type { DocxCitation, DocxCitedItem } from './model.js';
import type { FieldKind } from './read-context.js';

const kinds: [RegExp, FieldKind][] = [
  [/^\s*ADDIN\s+ZOTERO_ITEM\b/, 'citation'],
  [/^\s*ADDIN\s+(CSL_CITATION|Mendeley\s+Citation)/i, 'citation'],
  [/^\s*ADDIN\s+(ZOTERO_BIBL|Mendeley\s+Bibliography)\b/i, 'bibliography'],
  [/^\s*BIBLIOGRAPHY\b/, 'bibliography'],
  [/^\s*CITATION\b/, 'word-citation'],
  [/^\s*TOC\b/, 'table of contents'],
  [/^\s*INDEX\b/, 'index'],
];

export function fieldKind(instruction: string): FieldKind {
  for (const [re, kind] of kinds) if (re.test(instruction)) return kind;
  return 'other';
}

/** The CSL-JSON of a Zotero/Mendeley field, or an explanation of why it could not be read. */
export function parseCitationField(instruction: string): DocxCitation | { problem: string } {
  const start = instruction.indexOf('{');
  const end = instruction.lastIndexOf('}');
  if (start < 0 || end < start) return { problem: 'no JSON in the field instruction' };
  let json: unknown;
  try {
    json = JSON.parse(instruction.slice(start, end + 1));
  } catch (e) {
    return { problem: `its JSON does not parse (${(e as Error).message})` };
  }
  const citationItems = (json as { citationItems?: unknown }).citationItems;
  if (!Array.isArray(citationItems) || !citationItems.length) return { problem: 'no citationItems in its JSON' };
  const items: DocxCitedItem[] = [];
  for (const c of citationItems as Record<string, unknown>[]) {
    const data = c.itemData as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') return { problem: 'a cited item without itemData' };
    items.push({
      item: data,
      ...(typeof c.locator === 'string' && c.locator ? { locator: c.locator } : {}),
      ...(typeof c.label === 'string' && c.label ? { label: c.label } : {}),
      ...(typeof c.prefix === 'string' && c.prefix ? { prefix: c.prefix } : {}),
      ...(typeof c.suffix === 'string' && c.suffix ? { suffix: c.suffix } : {}),
      ...(c['suppress-author'] === true ? { suppressAuthor: true } : {}),
    });
  }
  return { plugin: /ZOTERO/.test(instruction) ? 'zotero' : 'mendeley', items };
}
