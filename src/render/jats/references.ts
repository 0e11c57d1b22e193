// The reference list: one <ref> per work, holding every rendering of it (one
// per list in article.references, e.g. GOST and romanized) as <mixed-citation>s
// inside <citation-alternatives>, in the order of the first list.
import type { Article, ReferenceEntry, ReferenceList } from '../../model/types.js';
import { escapeXml } from '../xml-escape.js';
import { pushFormattingIntoFields } from './citation-markup.js';
import type { IdRegistry } from './ids.js';
import { publicationType } from './publication-type.js';
import type { JatsState } from './state.js';

/** Works in the order they are first listed, each with its entry in every list. */
function worksInOrder(lists: ReferenceList[]): Map<string, { list: ReferenceList; entry: ReferenceEntry }[]> {
  const works = new Map<string, { list: ReferenceList; entry: ReferenceEntry }[]>();
  for (const list of lists)
    for (const entry of list.entries) {
      const renderings = works.get(entry.id) ?? [];
      if (!renderings.some((r) => r.list === list)) renderings.push({ list, entry });
      works.set(entry.id, renderings);
    }
  return works;
}

/** Claim a <ref> id for every listed work (before the body renders, so citations can link). */
export function claimReferenceIds(article: Article, ids: IdRegistry): Map<string, string> {
  const refIds = new Map<string, string>();
  for (const id of worksInOrder(article.references).keys()) refIds.set(id, ids.claim(id, 'ref'));
  return refIds;
}

export function renderReferenceList(state: JatsState): string {
  const { article } = state;
  const works = worksInOrder(article.references);
  if (works.size === 0) return '';
  const titled = article.references.find((l) => l.lang === article.meta.lang) ?? article.references[0];
  const types = new Map(article.bibliography.map((item) => [item.id, item.type]));
  const alternatives = article.references.length > 1;
  const citationState: JatsState = { ...state, inCitation: true };
  const refs = [...works].map(([workId, renderings]) => {
    const citations = renderings.map(({ list, entry }) => {
      // The references stage may decide the type; otherwise it follows the CSL type.
      const type = entry.publicationType ?? publicationType(types.get(workId));
      // A romanized entry reads in its list's language; its transliterated fields say ru-Latn themselves.
      const lang = entry.textLang ?? entry.lang;
      const attrs = `publication-type="${escapeXml(type)}" xml:lang="${escapeXml(lang)}" specific-use="${escapeXml(list.name ?? list.kind)}"`;
      return `<mixed-citation ${attrs}>${state.inlines(pushFormattingIntoFields(entry.text), citationState)}</mixed-citation>`;
    });
    const body = alternatives ? `<citation-alternatives>\n${citations.join('\n')}\n</citation-alternatives>` : citations.join('\n');
    return `<ref id="${state.refIds.get(workId)}">\n${body}\n</ref>`;
  });
  const title = titled?.title ? `<title>${escapeXml(titled.title)}</title>\n` : '';
  return `<ref-list>\n${title}${refs.join('\n')}\n</ref-list>`;
}
