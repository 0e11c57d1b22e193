// The contract between the references stage and the JATS renderer, as a minimal
// serializer for tests: each Field becomes the element its role names (`x:y` sets
// the element's type attribute), formatting only where the JATS content model
// allows it. src/render/jats does the same for the product; this checks that the
// roles the references stage emits make DTD-valid mixed citations.
import type { Inline, ReferenceEntry } from '../../src/model/types.js';
import { escapeXml } from '../../src/render/xml-escape.js';

/** Elements whose content may hold <italic> and <bold>. Data. */
const allowsFormatting = new Set(['article-title', 'chapter-title', 'source', 'trans-title', 'trans-source', 'series', 'comment', 'mixed-citation']);

/** Extra attributes of an element, keyed by role. Data. */
const typeAttribute: Record<string, string> = { 'person-group': 'person-group-type', 'pub-id': 'pub-id-type' };
const requiredAttributes: Record<string, string> = { size: ' units="pages"' };

export function mixedCitationXml(entry: ReferenceEntry, escape: (s: string) => string = escapeXml): string {
  const type = entry.publicationType ? ` publication-type="${escape(entry.publicationType)}"` : '';
  return `<mixed-citation${type} xml:lang="${escape(entry.lang)}">${inlines(entry.text, 'mixed-citation', escape)}</mixed-citation>`;
}

/** Both (or all) renderings of one work, for a <ref>. */
export function citationAlternativesXml(entries: ReferenceEntry[], escape: (s: string) => string = escapeXml): string {
  const inner = entries.map((e) => mixedCitationXml(e, escape)).join('');
  return entries.length > 1 ? `<citation-alternatives>${inner}</citation-alternatives>` : inner;
}

function inlines(nodes: Inline[], parent: string, escape: (s: string) => string): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += escape(node.value);
        break;
      case 'emphasis':
      case 'strong': {
        const inner = inlines(node.children, allowsFormatting.has(parent) ? 'formatting' : parent, escape);
        const tag = node.type === 'emphasis' ? 'italic' : 'bold';
        out += allowsFormatting.has(parent) ? `<${tag}>${inner}</${tag}>` : inner;
        break;
      }
      case 'field': {
        const [element, kind] = node.role.split(':');
        if (!element || parent === 'formatting' || parent !== 'mixed-citation') {
          out += inlines(node.children, parent, escape);
          break;
        }
        const attrs = kind && typeAttribute[element] ? ` ${typeAttribute[element]}="${escape(kind)}"` : requiredAttributes[element] ?? '';
        out += `<${element}${attrs}>${inlines(node.children, element, escape)}</${element}>`;
        break;
      }
      default:
        if ('children' in node) out += inlines(node.children, parent, escape);
        else if ('value' in node) out += escape(node.value);
    }
  }
  return out;
}
