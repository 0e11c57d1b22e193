// The PDF's XMP packet: Dublin Core for the bibliographic basics, PRISM for
// what a journal article adds (DOI, ISSNs, volume, number, pages, URL).
// A pure function of the metadata, so the same article gives the same bytes.
import { createHash } from 'node:crypto';
import { escapeXml } from '../render/xml-escape.js';

export interface PdfMetadata {
  /** Article title per language; the first entry is the article's language. */
  titles: { lang: string; text: string }[];
  authors: string[];
  /** Short description (the citation line). */
  subject: string;
  keywords: string[];
  lang: string;
  languages: string[];
  doi?: string;
  url?: string;
  issn?: string;
  eIssn?: string;
  journal: string;
  publisher: string;
  volume: string;
  /** Absent in continuous publication. */
  number?: string;
  startingPage?: number;
  endingPage?: number;
  /** ISO date of publication (cover date). */
  coverDate?: string;
  rights?: string;
  licenseUrl?: string;
  creatorTool: string;
  producer: string;
  /** Build time, from the injected clock. */
  date: Date;
}

const ns = {
  x: 'adobe:ns:meta/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  prism: 'http://prismstandard.org/namespaces/basic/3.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  xmpMM: 'http://ns.adobe.com/xap/1.0/mm/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
};

const e = escapeXml;
const alt = (items: { lang: string; text: string }[]) =>
  `<rdf:Alt>${items.map((i, n) => `<rdf:li xml:lang="${n === 0 ? 'x-default' : e(i.lang)}">${e(i.text)}</rdf:li>`).join('')}</rdf:Alt>`;
const withDefault = (items: { lang: string; text: string }[]) => (items.length ? [items[0], ...items] : items);
const list = (kind: 'Seq' | 'Bag', items: string[]) => `<rdf:${kind}>${items.map((i) => `<rdf:li>${e(i)}</rdf:li>`).join('')}</rdf:${kind}>`;
const simple = (name: string, value: string | number | undefined) => (value === undefined || value === '' ? '' : `<${name}>${e(String(value))}</${name}>`);

/** ISO 8601 without milliseconds, as XMP dates are usually written. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stable document id: the same article always gets the same uuid. */
export function documentUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function buildXmp(m: PdfMetadata): string {
  const date = xmpDate(m.date);
  const id = documentUuid(m.doi ?? m.titles.map((t) => t.text).join('|'));
  const description = [
    `<rdf:Description rdf:about=""`,
    ...Object.entries(ns)
      .filter(([prefix]) => !['x', 'rdf'].includes(prefix))
      .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`),
    '>',
    simple('dc:format', 'application/pdf'),
    `<dc:title>${alt(withDefault(m.titles))}</dc:title>`,
    `<dc:creator>${list('Seq', m.authors)}</dc:creator>`,
    `<dc:description>${alt(withDefault([{ lang: m.lang, text: m.subject }]))}</dc:description>`,
    `<dc:subject>${list('Bag', m.keywords)}</dc:subject>`,
    `<dc:language>${list('Bag', m.languages)}</dc:language>`,
    `<dc:publisher>${list('Bag', [m.publisher])}</dc:publisher>`,
    m.doi ? simple('dc:identifier', `doi:${m.doi}`) : '',
    m.coverDate ? `<dc:date>${list('Seq', [m.coverDate])}</dc:date>` : '',
    m.rights ? `<dc:rights>${alt(withDefault([{ lang: m.lang, text: m.rights }]))}</dc:rights>` : '',
    simple('prism:doi', m.doi),
    simple('prism:url', m.url),
    simple('prism:issn', m.issn),
    simple('prism:eIssn', m.eIssn),
    simple('prism:publicationName', m.journal),
    simple('prism:volume', m.volume),
    simple('prism:number', m.number),
    simple('prism:startingPage', m.startingPage),
    simple('prism:endingPage', m.endingPage),
    m.startingPage !== undefined && m.endingPage !== undefined ? simple('prism:pageRange', `${m.startingPage}-${m.endingPage}`) : '',
    simple('prism:coverDate', m.coverDate),
    simple('pdf:Keywords', m.keywords.join('; ')),
    simple('pdf:Producer', m.producer),
    simple('xmp:CreatorTool', m.creatorTool),
    simple('xmp:CreateDate', date),
    simple('xmp:ModifyDate', date),
    simple('xmp:MetadataDate', date),
    simple('xmpMM:DocumentID', id),
    simple('xmpMM:InstanceID', id),
    m.licenseUrl ? simple('xmpRights:WebStatement', m.licenseUrl) : '',
    m.licenseUrl ? '<xmpRights:Marked>True</xmpRights:Marked>' : '',
    '</rdf:Description>',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n` +
    `<x:xmpmeta xmlns:x="${ns.x}">\n<rdf:RDF xmlns:rdf="${ns.rdf}">\n${description}\n</rdf:RDF>\n</x:xmpmeta>\n` +
    `<?xpacket end="w"?>`
  );
}
