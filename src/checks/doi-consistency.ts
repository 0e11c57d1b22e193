// The article's DOI must come out unchanged in every output. Each output kind
// names where the article's own DOI lives (JATS article-meta, HTML meta and
// JSON-LD, Crossref journal_article/doi_data, citation blocks, XMP); DOIs of
// cited works (reference lists, citation_list, notes, body) are left alone.
import { DiagnosticBag, type Diagnostic, type SeverityOverrides } from './diagnostic.js';
import { lineColumn } from './doi-consistency-scan.js';
import { doiPlaces, type OutputKind } from './doi-places.js';

export type { OutputKind } from './doi-places.js';

export interface DoiOutput {
  /** File name or path shown in the diagnostics' positions. */
  name: string;
  text: string;
}

export interface DoiConsistencyOptions {
  /** Citation-block labels (the profile's, e.g. "Citation") to find the blocks in plain text (a PDF text layer). */
  labels?: string[];
  rules?: SeverityOverrides;
  /** DOIs the metadata names as something else (funder ids, the related article, the reviewed book): never the article's. */
  otherDois?: string[];
}

/** Open Funder Registry ids are DOIs under 10.13039: a funder, never an article. */
const funderRegistryPrefix = '10.13039/';

/** DOIs of an article's metadata that are not its own (funders, related articles, the reviewed book). */
export function otherDoisOf(meta: { funding?: { funderId?: { type: string; value: string } }[]; related?: { doi?: string }[]; reviewedBook?: { doi?: string } }): string[] {
  const funders = (meta.funding ?? []).flatMap((f) => (f.funderId?.type === 'doi' ? [f.funderId.value.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')] : []));
  return [...funders, ...(meta.related ?? []).flatMap((r) => (r.doi ? [r.doi] : [])), ...(meta.reviewedBook?.doi ? [meta.reviewedBook.doi] : [])];
}

export function checkDoiConsistency(doi: string, outputs: DoiOutput[], options: DoiConsistencyOptions = {}): Diagnostic[] {
  const bag = new DiagnosticBag(options.rules);
  const other = new Set((options.otherDois ?? []).map((d) => d.toLowerCase()));
  const namedElsewhere = (found: string) => found.toLowerCase().startsWith(funderRegistryPrefix) || other.has(found.toLowerCase());
  for (const output of outputs) {
    const kind = outputKind(output.text);
    const found = doiPlaces[kind](output.text, options.labels ?? []);
    const at = (offset: number) => ({ file: output.name, ...lineColumn(output.text, offset) });
    if (!found.length && kind !== 'text') {
      bag.report('doi-mismatch', `Unexpected ${kind} output without the article's DOI, expected ${doi} in ${expectedPlaces[kind]}`, at(0));
      continue;
    }
    for (const f of found) {
      if (f.doi === doi || namedElsewhere(f.doi)) continue;
      bag.report('doi-mismatch', `Unexpected DOI ${f.doi} in ${f.where}, expected ${doi} as in the source`, at(f.offset));
    }
  }
  return bag.items;
}

/** Which kind of output a text is, from its content (names vary). */
export function outputKind(text: string): OutputKind {
  const head = text.slice(0, 4000);
  if (/<doi_batch[\s>]/.test(head)) return 'crossref';
  if (/<x:xmpmeta[\s>]|<rdf:RDF[\s>]/.test(head)) return 'xmp';
  if (/<!doctype html|<html[\s>]/i.test(head)) return 'html';
  if (/<article[\s>]/.test(head) && /<(front|article-meta)[\s>]/.test(text)) return 'jats';
  return 'text';
}

const expectedPlaces: Record<OutputKind, string> = {
  jats: '<article-meta><article-id pub-id-type="doi">',
  html: 'the citation_doi meta tag, the JSON-LD or the DOI link',
  crossref: '<journal_article><doi_data><doi>',
  xmp: 'prism:doi or dc:identifier',
  text: 'the citation blocks',
};
