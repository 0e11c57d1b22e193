// Where each kind of output holds the article's own DOI (JATS article-meta,
// HTML meta and JSON-LD, Crossref journal_article/doi_data, citation blocks,
// XMP), and the DOIs found there; containers of cited works, notes and running
// text are passed over. doi-consistency.ts compares them with the source's DOI.
import { decodeEntities, scanMarkup, type ScannedElement, type ScanVisitor } from './doi-consistency-scan.js';

export type OutputKind = 'jats' | 'html' | 'crossref' | 'xmp' | 'text';

export interface Found {
  doi: string;
  offset: number;
  where: string;
}

// "DOI 10.…" in running text, and doi.org links; both may end in sentence punctuation.
const doiText = /\bDOI:?\s*(10\.[^\s<>"]+)/gi;
const doiLink = /https?:\/\/(?:dx\.)?doi\.org\/([^\s<>"']+)/gi;

/** Strip punctuation that ends the sentence, not the DOI (keep a `)` the DOI opened). */
function trimDoi(raw: string): string {
  let doi = raw;
  for (;;) {
    const last = doi.at(-1) ?? '';
    if (/[.,;:\]]/.test(last) || (last === ')' && (doi.match(/\(/g)?.length ?? 0) < (doi.match(/\)/g)?.length ?? 0))) doi = doi.slice(0, -1);
    else return doi;
  }
}

function fromText(text: string, offset: number, where: string, patterns: RegExp[] = [doiText, doiLink]): Found[] {
  const out: Found[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const raw = trimDoi(m[1]);
      const decoded = decodeEntities(pattern === doiLink ? safeDecodeUri(raw) : raw);
      out.push({ doi: decoded, offset: offset + m.index + m[0].indexOf(m[1]), where });
    }
  }
  return out;
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Text of an element (entities decoded) with the offset of its first character. */
function collectElementText(text: string, html: boolean, match: (el: ScannedElement, ancestors: readonly ScannedElement[]) => string | undefined): Found[] {
  const collector = elementTextCollector(match);
  scanMarkup(text, collector.visitor, html);
  return collector.finish();
}

/** The visitor behind collectElementText, to share one scan with other visitors. */
function elementTextCollector(match: (el: ScannedElement, ancestors: readonly ScannedElement[]) => string | undefined): { visitor: ScanVisitor; finish(): Found[] } {
  const out: Found[] = [];
  let open: { where: string; depth: number; start: number; value: string } | undefined;
  // The element ends when an event arrives with fewer ancestors than it had.
  const closeIfLeft = (ancestors: readonly ScannedElement[]) => {
    if (open && ancestors.length < open.depth) {
      out.push(finishOne(open));
      open = undefined;
    }
  };
  const visitor: ScanVisitor = {
    element(el, ancestors) {
      closeIfLeft(ancestors);
      const where = open ? undefined : match(el, ancestors);
      if (where) open = { where, depth: ancestors.length + 1, start: -1, value: '' };
    },
    text(chunk, offset, ancestors) {
      closeIfLeft(ancestors);
      if (!open) return;
      if (open.start < 0 && chunk.trim()) open.start = offset + chunk.length - chunk.trimStart().length;
      open.value += chunk;
    },
  };
  return {
    visitor,
    finish() {
      if (open) out.push(finishOne(open));
      open = undefined;
      return out.filter((f) => f.doi);
    },
  };

  function finishOne(o: { where: string; start: number; value: string }): Found {
    const prefix = /^doi:\s*/i.exec(o.value.trim())?.[0].length ?? 0; // dc:identifier holds `doi:10.…`
    return { doi: decodeEntities(o.value.trim().slice(prefix)), offset: Math.max(o.start, 0) + prefix, where: o.where };
  }
}

/**
 * Whether an element or one of its ancestors is of a kind, remembered per
 * element as the scan meets it (its ancestors came first): a text event then
 * asks its innermost element instead of walking every ancestor again.
 */
function insideTracker() {
  const inside = new WeakMap<ScannedElement, boolean>();
  return {
    /** `isOne` is asked only when no ancestor is of the kind already. */
    enter(el: ScannedElement, ancestors: readonly ScannedElement[], isOne: () => boolean) {
      const parent = ancestors.at(-1);
      inside.set(el, (parent !== undefined && inside.get(parent) === true) || isOne());
    },
    /** Whether this element or one of its ancestors is of the kind. */
    has: (el: ScannedElement) => inside.get(el) === true,
    /** Whether one of these ancestors is of the kind. */
    within: (ancestors: readonly ScannedElement[]) => {
      const parent = ancestors.at(-1);
      return parent !== undefined && inside.get(parent) === true;
    },
  };
}

// Containers whose DOIs belong to cited works or running text.
// funding-group: funder DOIs in the funding statement; product: the reviewed book.
const jatsForeign = new Set(['body', 'back', 'ref-list', 'ref', 'mixed-citation', 'element-citation', 'citation-alternatives', 'related-article', 'related-object', 'fn-group', 'fn', 'abstract', 'trans-abstract', 'funding-group', 'product', 'supplementary-material']);
const htmlForeignRoles = /\bdoc-(bibliography|biblioentry|endnotes|endnote|footnote)\b/;
// back-matter: funder DOIs; related-article: the corrected article or reviewed book.
const htmlForeignClasses = /\b(article-body|references|footnotes|back-matter|related-article)\b/;

/** Per output kind, the DOIs found where the article's own DOI lives (citation-block labels for a PDF text layer). */
export const doiPlaces: Record<OutputKind, (text: string, labels: readonly string[]) => Found[]> = {
  jats(text) {
    // One scan: the article-meta DOI and the citation blocks' text in front.
    const ids = elementTextCollector((el, anc) =>
      el.name === 'article-id' && el.attrs['pub-id-type']?.value === 'doi' && anc.at(-1)?.name === 'article-meta' ? 'JATS article-meta/article-id' : undefined);
    const inFront = insideTracker();
    const inForeign = insideTracker();
    const blocks: Found[] = [];
    scanMarkup(text, {
      element(el, anc) {
        ids.visitor.element!(el, anc);
        inFront.enter(el, anc, () => el.name === 'front');
        inForeign.enter(el, anc, () => jatsForeign.has(el.name.toLowerCase()));
      },
      text(chunk, offset, anc) {
        ids.visitor.text!(chunk, offset, anc);
        if (inFront.within(anc) && !inForeign.within(anc)) blocks.push(...fromText(chunk, offset, 'JATS front-matter text (citation block)'));
      },
    });
    return [...ids.finish(), ...blocks];
  },

  html(text) {
    const out: Found[] = [];
    const foreign = (a: ScannedElement) => htmlForeignRoles.test(a.attrs.role?.value ?? '') || htmlForeignClasses.test(a.attrs.class?.value ?? '');
    const inForeign = insideTracker();
    const inHeadOrForeign = insideTracker();
    scanMarkup(text, {
      element(el, anc) {
        // Inside a foreign container nothing is read: its elements' attributes stay unparsed.
        inForeign.enter(el, anc, () => foreign(el));
        inHeadOrForeign.enter(el, anc, () => inForeign.has(el) || /^(head|style)$/i.test(el.name));
        const name = el.name.toLowerCase();
        if (name === 'meta') {
          const key = (el.attrs.name ?? el.attrs.property)?.value.toLowerCase();
          const content = el.attrs.content;
          if (content && (key === 'citation_doi' || key === 'prism.doi'))
            out.push({ doi: decodeEntities(content.value).trim(), offset: content.offset, where: `HTML meta ${key}` });
          const prefix = content && key === 'dc.identifier' ? /^doi:\s*/i.exec(content.value)?.[0] : undefined;
          if (content && prefix) out.push({ doi: decodeEntities(content.value.slice(prefix.length)).trim(), offset: content.offset + prefix.length, where: 'HTML meta DC.identifier' });
        } else if (name === 'a' && !inForeign.within(anc) && el.attrs.href) {
          out.push(...fromText(el.attrs.href.value, el.attrs.href.offset, 'HTML DOI link', [doiLink]));
        }
      },
      text(chunk, offset, anc) {
        const script = anc.at(-1);
        if (script?.name.toLowerCase() === 'script') {
          if (script.attrs.type?.value === 'application/ld+json') out.push(...fromJsonLd(chunk, offset));
          return;
        }
        if (!inHeadOrForeign.within(anc)) out.push(...fromText(chunk, offset, 'HTML text (citation block)', [doiText]));
      },
    }, true);
    return out;
  },

  crossref(text) {
    return collectElementText(text, false, (el, anc) =>
      el.name === 'doi' && anc.at(-1)?.name === 'doi_data' && anc.at(-2)?.name === 'journal_article' ? 'Crossref journal_article/doi_data/doi' : undefined);
  },

  xmp(text) {
    const elements = collectElementText(text, false, (el) => (/^(prism:doi|pdfx:doi|crossmark:DOI|dc:identifier)$/.test(el.name) ? `XMP ${el.name}` : undefined));
    const rest: Found[] = [];
    scanMarkup(text, {
      text(chunk, offset, anc) {
        if (!anc.some((a) => /^(prism:doi|pdfx:doi|crossmark:DOI|dc:identifier)$/.test(a.name))) rest.push(...fromText(chunk, offset, 'XMP text'));
      },
    });
    return [...elements.filter((f) => f.doi.startsWith('10.') || f.where !== 'XMP dc:identifier'), ...rest];
  },

  text(text, blockLabels) {
    // A PDF text layer: only paragraphs that start with a citation-block label.
    const labels = blockLabels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (!labels.length) return [];
    const out: Found[] = [];
    const block = new RegExp(`(?:^|\\n)[\\s*\\\\]*(?:${labels.join('|')})\\*?:[^\\n]*(?:\\n(?!\\s*\\n)[^\\n]*)*`, 'gu');
    for (let m = block.exec(text); m; m = block.exec(text)) out.push(...fromText(m[0], m.index, 'citation block text', [doiText]));
    return out;
  },
};

function fromJsonLd(json: string, offset: number): Found[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const out: Found[] = [];
  const articles = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && '@graph' in d ? (d as { '@graph': unknown[] })['@graph'] : [d]));
  for (const article of articles) {
    if (!article || typeof article !== 'object') continue;
    const record = article as Record<string, unknown>;
    // Only the article's own identifiers: `citation` lists cited works.
    for (const key of ['@id', 'sameAs', 'identifier']) {
      for (const value of [record[key]].flat()) {
        const doi = doiOfJsonValue(value);
        if (doi === undefined) continue;
        // Point at the value under this key (JSON.stringify keeps the article's own keys first).
        const at = json.indexOf(doi, Math.max(json.indexOf(`"${key}"`), 0));
        out.push({ doi, offset: offset + Math.max(at, 0), where: `JSON-LD ${key}` });
      }
    }
  }
  return out;
}

function doiOfJsonValue(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const link = /^https?:\/\/(?:dx\.)?doi\.org\/(.+)$/i.exec(value);
    if (link) return safeDecodeUri(link[1]);
    if (/^doi:/i.test(value)) return value.replace(/^doi:\s*/i, '');
    return undefined;
  }
  if (value && typeof value === 'object') {
    const pv = value as { propertyID?: unknown; value?: unknown };
    if (typeof pv.propertyID === 'string' && pv.propertyID.toLowerCase() === 'doi' && typeof pv.value === 'string') return pv.value;
  }
  return undefined;
}
