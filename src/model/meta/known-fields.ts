// The front-matter fields of the source format (docs/source-format.md), as data,
// so a typo (`abstarct`, `orcId`) is reported instead of being ignored.
import type { Report } from './reader.js';
import type { YamlDoc } from '../../util/yaml-doc.js';

type Shape = 'any' | 'localized' | { fields: Record<string, Shape> } | { list: Shape } | { localizedOf: Shape };

const nameShape: Shape = { fields: { given: 'any', surname: 'any' } };

export const frontMatterShape: Shape = {
  fields: {
    lang: 'any',
    section: 'localized',
    doi: 'any',
    edn: 'any',
    type: 'any',
    seq: 'any',
    udc: 'any',
    volume: 'any',
    issue: 'any',
    year: 'any',
    pages: { fields: { first: 'any', last: 'any' } },
    history: { fields: { received: 'any', revised: 'any', accepted: 'any', published: 'any' } },
    title: 'localized',
    'short-title': 'localized',
    authors: {
      list: {
        fields: { id: 'any', name: { localizedOf: nameShape }, orcid: 'any', 'orcid-authenticated': 'any', spin: 'any', 'scopus-id': 'any', 'researcher-id': 'any', email: 'any', affiliations: 'any', corresponding: 'any', roles: 'any' },
      },
    },
    affiliations: {
      list: { fields: { id: 'any', institution: 'localized', city: 'localized', country: 'localized', 'country-code': 'any', ror: 'any' } },
    },
    abstract: 'localized',
    keywords: 'localized',
    'citation-block': 'localized',
    license: 'any',
    deposit: 'any',
    bibliography: 'any',
    notes: 'any',
    corrects: 'any',
    retracts: 'any',
    'reviewed-book': { fields: { authors: 'any', title: 'any', publisher: 'any', place: 'any', year: 'any', isbn: 'any', doi: 'any' } },
    funding: { list: { fields: { funder: 'localized', 'funder-id': 'any', awards: 'any' } } },
    'author-notes': 'localized',
    'funding-statement': 'localized',
    acknowledgements: 'localized',
    'conflict-of-interest': 'localized',
    'data-availability': 'localized',
    supplementary: { list: { fields: { file: 'any', caption: 'localized' } } },
  },
};

/** Warns about every key the shape does not know, at the key's position. */
export function reportUnknownFields(value: unknown, doc: YamlDoc, report: Report, shape: Shape = frontMatterShape, path = ''): void {
  if (shape === 'any' || shape === 'localized' || value === null || typeof value !== 'object') return;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if ('list' in shape) {
    if (Array.isArray(value)) value.forEach((v, i) => reportUnknownFields(v, doc, report, shape.list, at(String(i))));
    return;
  }
  if (Array.isArray(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if ('localizedOf' in shape) {
      reportUnknownFields(v, doc, report, shape.localizedOf, at(key));
      continue;
    }
    const inner = shape.fields[key];
    if (inner === undefined) {
      const known = Object.keys(shape.fields);
      const near = known.find((k) => similar(k, key));
      report(
        'meta-unknown-field',
        `Unexpected field \`${at(key)}\`, expected ${near ? `\`${path ? `${path}.` : ''}${near}\`` : `one of ${known.join(', ')}`}`,
        doc.positionOf(at(key)),
      );
    } else reportUnknownFields(v, doc, report, inner, at(key));
  }
}

/** Same letters ignoring case and dashes, or one edit apart: a likely typo. */
function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  if (norm(a) === norm(b)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}
